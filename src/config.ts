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
  ENGINE_PORT: port.default(8080),
  /** Where the engine REST API is; defaults to the engine npm start runs. */
  ENGINE_URL: z.string().url().optional(),
  ENGINE_ADMIN_USER: z.string().min(1).default('admin'),
  ENGINE_ADMIN_PASSWORD: z.string().min(1).default('admin-dev'),
  ENGINE_DB_URL: z.string().regex(/^jdbc:/, 'harus berupa URL JDBC (jdbc:postgresql://...)').optional(),
  SK_WORKER_ID: z.string().min(1).optional(),
  SK_LOG: z.enum(['json', 'silent']).default('json'),
  /** IANA time zone in which "today" is decided (roles are resolved by date). */
  SK_ZONA_WAKTU: z.string().min(1).default('Asia/Jakarta').refine(isTimeZone, 'bukan zona waktu IANA yang dikenal (mis. Asia/Jakarta, Asia/Makassar)'),
});

export interface Config {
  readonly dataDir: string;
  readonly api: { readonly host: string; readonly port: number };
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
  readonly workerId: string | undefined;
  readonly log: 'json' | 'silent';
  readonly zonaWaktu: string;
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
  return {
    dataDir,
    api: { host: e.SK_API_HOST, port: e.SK_API_PORT },
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
    workerId: e.SK_WORKER_ID,
    log: e.SK_LOG,
    zonaWaktu: e.SK_ZONA_WAKTU,
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
