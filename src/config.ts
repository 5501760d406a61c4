import path from 'node:path';
import { z } from 'zod';

/**
 * The environment, parsed once (STYLE.md 4). Every variable is documented in README.md "Konfigurasi".
 * ENGINE_* are read by the engine (engine/src/main/resources/application.yaml) as well.
 */
// Digits only: z.coerce.number would turn '' into 0 (a random port) and accept '0x50' or '1e3'.
const PORT = 'harus berupa nomor port 0-65535';
const port = z.string().regex(/^\d{1,5}$/, PORT).transform(Number).pipe(z.number().max(65535, PORT));

const schema = z.object({
  SK_DATA_DIR: z.string().min(1).default('data'),
  SK_API_HOST: z.string().min(1).default('127.0.0.1'),
  SK_API_PORT: port.default(3000),
  /** postgres://user:pass@host:5432/db for the store; unset = embedded PGlite under SK_DATA_DIR/store. */
  SK_STORE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'harus berupa URL postgres://...').optional(),
  SK_DEMO_PASSWORD: z.string().min(4).default('demo1234'),
  /** demo | produksi; unset: produksi when PostgreSQL is configured (ENGINE_DB_URL or SK_STORE_URL), else demo. */
  SK_MODE: z.enum(['demo', 'produksi'], { error: 'harus demo atau produksi' }).optional(),
  /** Passwords of the technical users skworker and skapi; required in production, generated under data/ in the demo. */
  SK_WORKER_PASSWORD: z.string().min(1).optional(),
  SK_API_PASSWORD: z.string().min(1).optional(),
  ENGINE_PORT: port.default(8080),
  /** Where the engine REST API is; defaults to the engine npm start runs. */
  ENGINE_URL: z.string().url().optional(),
  ENGINE_ADMIN_USER: z.string().min(1).default('admin'),
  ENGINE_ADMIN_PASSWORD: z.string().min(1).default('admin-dev'),
  ENGINE_DB_URL: z.string().regex(/^jdbc:/, 'harus berupa URL JDBC (jdbc:postgresql://...)').optional(),
  SK_WORKER_ID: z.string().min(1).optional(),
  /** Worker tuning (README "Kinerja dan keandalan"): lock per task, long polling, tasks per fetch. */
  SK_WORKER_LOCK_MS: z.string().regex(/^\d+$/, 'harus berupa bilangan milidetik').transform(Number).pipe(z.number().min(500, 'paling sedikit 500 ms')).optional(),
  SK_WORKER_LONG_POLL_MS: z.string().regex(/^\d+$/, 'harus berupa bilangan milidetik').transform(Number).pipe(z.number().max(1_800_000, 'paling lama 1800000 ms')).optional(),
  SK_WORKER_MAX_TASKS: z.string().regex(/^\d+$/, 'harus berupa bilangan bulat').transform(Number).pipe(z.number().min(1, 'paling sedikit 1').max(2000, 'paling banyak 2000')).optional(),
  // teks: readable lines for a person at a terminal (default); json: one object per line for log shipping
  SK_LOG: z.enum(['teks', 'json', 'silent']).default('teks'),
  /** IANA time zone in which "today" is decided (roles are resolved by date). */
  SK_ZONA_WAKTU: z.string().min(1).default('Asia/Jakarta').refine(isTimeZone, 'bukan zona waktu IANA yang dikenal (mis. Asia/Jakarta, Asia/Makassar)'),
  /** smtp://user:pass@host:587 or smtps://...: letters are also e-mailed to addressees with a known address. */
  SK_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'harus berupa URL smtp://... atau smtps://...').optional(),
  SK_SMTP_DARI: z.string().min(3).default('Sistem Kerja <noreply@sistem-kerja.invalid>'),
  /** The API's address as users' browsers reach it (letter links in Tasklist forms); default http://SK_API_HOST:SK_API_PORT. */
  SK_API_URL_PUBLIK: z.string().url().optional(),
});

export type Mode = 'demo' | 'produksi';

export interface Config {
  /** demo: demo organisation, demo password, logins printed; produksi: see periksaProduksi. */
  readonly mode: Mode;
  readonly dataDir: string;
  readonly api: { readonly host: string; readonly port: number; readonly urlPublik?: string };
  readonly store: { readonly kind: 'pglite'; readonly dir: string } | { readonly kind: 'postgres'; readonly url: string };
  readonly engine: {
    readonly port: number;
    readonly restUrl: string;
    readonly webappUrl: string;
    readonly adminUser: string;
    readonly adminPassword: string;
    readonly externalDatabase: boolean;
  };
  readonly demoPassword: string;
  /** Passwords of the technical users from the environment (undefined: demo file under data/, see akun-teknis.ts). */
  readonly teknis: { readonly workerPassword: string | undefined; readonly apiPassword: string | undefined };
  readonly workerId: string | undefined;
  /** Worker client settings from SK_WORKER_LOCK_MS, SK_WORKER_LONG_POLL_MS, SK_WORKER_MAX_TASKS (undefined: the runtime's defaults). */
  readonly worker: { readonly lockDurationMs: number | undefined; readonly longPollMs: number | undefined; readonly maxTasks: number | undefined };
  readonly log: 'teks' | 'json' | 'silent';
  readonly zonaWaktu: string;
  /** SMTP server for letters (issue 12); undefined: inbox only. */
  readonly smtp: { readonly url: string; readonly dari: string } | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Konfigurasi lingkungan tidak valid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(cwd, e.SK_DATA_DIR);
  const engineBase = (e.ENGINE_URL ?? `http://127.0.0.1:${e.ENGINE_PORT}`).replace(/\/+$/, '').replace(/\/engine-rest$/, '');
  const mode: Mode = e.SK_MODE ?? (e.ENGINE_DB_URL !== undefined || e.SK_STORE_URL !== undefined ? 'produksi' : 'demo');
  return {
    mode,
    dataDir,
    api: { host: e.SK_API_HOST, port: e.SK_API_PORT, ...(e.SK_API_URL_PUBLIK ? { urlPublik: e.SK_API_URL_PUBLIK.replace(/\/+$/, '') } : {}) },
    store: e.SK_STORE_URL ? { kind: 'postgres', url: e.SK_STORE_URL } : { kind: 'pglite', dir: path.join(dataDir, 'store') },
    engine: {
      port: e.ENGINE_PORT,
      restUrl: `${engineBase}/engine-rest`,
      webappUrl: `${engineBase}/camunda`,
      adminUser: e.ENGINE_ADMIN_USER,
      adminPassword: e.ENGINE_ADMIN_PASSWORD,
      externalDatabase: e.ENGINE_DB_URL !== undefined,
    },
    demoPassword: e.SK_DEMO_PASSWORD,
    teknis: { workerPassword: e.SK_WORKER_PASSWORD, apiPassword: e.SK_API_PASSWORD },
    workerId: e.SK_WORKER_ID,
    worker: { lockDurationMs: e.SK_WORKER_LOCK_MS, longPollMs: e.SK_WORKER_LONG_POLL_MS, maxTasks: e.SK_WORKER_MAX_TASKS },
    log: e.SK_LOG,
    zonaWaktu: e.SK_ZONA_WAKTU,
    smtp: e.SK_SMTP_URL ? { url: e.SK_SMTP_URL, dari: e.SK_SMTP_DARI } : undefined,
  };
}

/** Default and well-known passwords that production refuses. */
const KATA_SANDI_BAWAAN = new Set(['admin-dev', 'admin', 'demo', 'demo1234', 'password', 'camunda', 'rahasia']);
export const PANJANG_MINIMUM_PRODUKSI = 12;

/**
 * Why a password is not good enough for production, in Bahasa Indonesia (empty: good). Besides our own minimum
 * (12 characters, not a default), Camunda's password policy, which production turns on, wants lower and upper
 * case, a digit, a special character and not the user id.
 */
export function masalahKataSandi(variable: string, password: string, userId: string): string[] {
  const masalah: string[] = [];
  if (KATA_SANDI_BAWAAN.has(password.toLowerCase()) || password.toLowerCase().startsWith('admin-dev')) {
    masalah.push(`${variable}: kata sandi bawaan tidak boleh dipakai di mode produksi`);
  }
  if (password.length < PANJANG_MINIMUM_PRODUKSI) masalah.push(`${variable}: paling sedikit ${PANJANG_MINIMUM_PRODUKSI} karakter (sekarang ${password.length})`);
  if (!/[a-z]/.test(password)) masalah.push(`${variable}: harus memuat huruf kecil`);
  if (!/[A-Z]/.test(password)) masalah.push(`${variable}: harus memuat huruf besar`);
  if (!/[0-9]/.test(password)) masalah.push(`${variable}: harus memuat angka`);
  if (!/[^A-Za-z0-9]/.test(password)) masalah.push(`${variable}: harus memuat karakter khusus (mis. ! # - _)`);
  if (userId && password.toLowerCase().includes(userId.toLowerCase())) masalah.push(`${variable}: tidak boleh memuat nama pengguna ${userId}`);
  return masalah;
}

/**
 * The checks npm start makes before it starts anything in production mode: an administrator password that is
 * neither a default nor short, and the technical users' passwords given by the environment. Throws a ConfigError
 * listing every problem; does nothing in the demo.
 */
export function periksaProduksi(config: Config): void {
  if (config.mode !== 'produksi') return;
  const masalah = [...masalahKataSandi('ENGINE_ADMIN_PASSWORD', config.engine.adminPassword, config.engine.adminUser)];
  const teknis = [['SK_WORKER_PASSWORD', config.teknis.workerPassword, 'skworker'], ['SK_API_PASSWORD', config.teknis.apiPassword, 'skapi']] as const;
  for (const [variable, value, userId] of teknis) {
    if (value === undefined) masalah.push(`${variable}: wajib diisi di mode produksi (kata sandi pengguna teknis ${userId})`);
    else masalah.push(...masalahKataSandi(variable, value, userId));
  }
  if (masalah.length > 0) {
    throw new ConfigError(`Mode produksi (${alasanProduksi(config)}) menolak konfigurasi ini:\n${masalah.map((m) => `  ${m}`).join('\n')}\n` +
      'Setel kata sandi yang kuat lewat variabel lingkungan, atau SK_MODE=demo untuk mencoba di mesin sendiri.');
  }
}

function alasanProduksi(config: Config): string {
  if (config.store.kind === 'postgres' || config.engine.externalDatabase) return 'PostgreSQL dikonfigurasi';
  return 'SK_MODE=produksi';
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
