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
  /** Where lines go; by default info to stdout, warn and error to stderr. */
  write?: (level: Level, line: string) => void;
  now?: () => Date;
}

/** Prints one JSON object per line so logs can be grepped and shipped as they are. */
export function createConsoleLogger(options: ConsoleLoggerOptions = {}): Logger {
  const write = options.write ?? writeToStdio;
  const now = options.now ?? (() => new Date());
  const log = (level: Level) => (message: string, fields?: LogFields) => {
    write(level, formatLine(level, message, { ...options.base, ...fields }, now()));
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
