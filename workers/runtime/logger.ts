// The runtime's logging port: one event per call, structured fields beside a short message.
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

type Level = 'info' | 'warn' | 'error';

export interface ConsoleLoggerOptions {
  /** Fields added to every line, e.g. `{ service: 'workers' }`. */
  base?: LogFields;
  /**
   * `json` (default): one JSON object per line, for log shipping (SK_LOG=json). `teks`: one readable line per event
   * for a person at a terminal (npm start's default), coloured only when `warna` is set.
   */
  format?: 'json' | 'teks';
  /** ANSI colours in `teks` (npm start: only when stdout is a terminal and NO_COLOR is unset). */
  warna?: boolean;
  /** Where lines go; by default info to stdout, warn and error to stderr. */
  write?: (level: Level, line: string) => void;
  now?: () => Date;
}

/** Prints one JSON object per line so logs can be grepped and shipped as they are. */
export function createConsoleLogger(options: ConsoleLoggerOptions = {}): Logger {
  const write = options.write ?? writeToStdio;
  const now = options.now ?? (() => new Date());
  const format = options.format === 'teks' ? (level: Level, message: string, fields: LogFields, time: Date) => formatTeks(level, message, fields, time, options.warna ?? false) : formatLine;
  const log = (level: Level) => (message: string, fields?: LogFields) => {
    write(level, format(level, message, { ...options.base, ...fields }, now()));
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export function formatLine(level: Level, message: string, fields: LogFields, time: Date): string {
  const entry: Record<string, unknown> = { time: time.toISOString(), level, msg: message };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) entry[key] = value instanceof Error ? describeError(value) : value;
  }
  try {
    return JSON.stringify(entry);
  } catch {
    // A circular or BigInt field must not cost us the event itself.
    return JSON.stringify({ time: entry.time, level, msg: message, fieldsUnserializable: true });
  }
}

const WARNA: Record<Level, string> = { info: '\u001b[36m', warn: '\u001b[33m', error: '\u001b[31m' };
const LABEL: Record<Level, string> = { info: 'info ', warn: 'PERINGATAN', error: 'GALAT' };

/** `08:15:02 info  polling started  workerId=… topics=33 topik`: what a person reads; the stack of an error below it. */
export function formatTeks(level: Level, message: string, fields: LogFields, time: Date, warna: boolean): string {
  const jam = time.toTimeString().slice(0, 8);
  const bagian: string[] = [];
  let tumpukan = '';
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value instanceof Error) {
      bagian.push(`${key}=${JSON.stringify(value.message)}`);
      tumpukan = value.stack ? `\n${value.stack}` : '';
    } else if (Array.isArray(value) && value.length > 5) {
      bagian.push(`${key}=${value.length} butir`);
    } else {
      let teks: string;
      try {
        teks = typeof value === 'string' ? (/[\s"=]/.test(value) ? JSON.stringify(value) : value) : JSON.stringify(value);
      } catch {
        teks = '[tidak dapat ditampilkan]';
      }
      bagian.push(`${key}=${teks}`);
    }
  }
  const label = warna ? `${WARNA[level]}${LABEL[level]}\u001b[0m` : LABEL[level];
  return `${jam} ${label} ${message}${bagian.length ? `  ${bagian.join(' ')}` : ''}${tumpukan}`;
}

/** Errors stringify to `{}`; keep what an operator needs. */
export function describeError(error: Error): Record<string, unknown> {
  const fields = error as Error & { code?: unknown; httpStatusCode?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(fields.httpStatusCode === undefined ? {} : { httpStatusCode: fields.httpStatusCode }),
    ...(fields.code === undefined ? {} : { code: fields.code }),
    stack: error.stack,
  };
}

function writeToStdio(level: Level, line: string): void {
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}
