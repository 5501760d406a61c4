import pg from 'pg';

/** The PostgreSQL server of these machines (README: "PostgreSQL"); override with SK_TEST_PG_URL. */
export const PG_ADMIN_URL = process.env.SK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates a throwaway database and returns its URL and a function that drops it. */
export async function throwawayDatabase(prefix: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(`PostgreSQL tidak dapat dihubungi di ${PG_ADMIN_URL} (set SK_TEST_PG_URL); tes PostgreSQL gagal, tidak dilewati: ${(e as Error).message}`, { cause: e });
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The JDBC form of a postgres:// URL, for the engine's ENGINE_DB_URL / USER / PASSWORD. */
export function jdbcOf(url: string): { ENGINE_DB_URL: string; ENGINE_DB_USER: string; ENGINE_DB_PASSWORD: string } {
  const u = new URL(url);
  return {
    ENGINE_DB_URL: `jdbc:postgresql://${u.hostname}:${u.port || 5432}${u.pathname}`,
    ENGINE_DB_USER: decodeURIComponent(u.username),
    ENGINE_DB_PASSWORD: decodeURIComponent(u.password),
  };
}
