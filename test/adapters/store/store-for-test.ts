import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { parseOrganisasiJson } from '../../../src/adapters/import/organisasi-json.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Database } from '../../../src/adapters/store/schema.js';
import type { OrganisasiSnapshot } from '../../../src/domain/organisasi.js';

/** A store opened for one spec file, and how to throw it away afterwards. */
export interface StoreForTest {
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

export type OpenStoreForTest = () => Promise<StoreForTest>;

export const openPgliteMemory: OpenStoreForTest = async () => {
  const db = await openStore({ kind: 'pglite-memory' });
  return { db, close: () => db.destroy() };
};

/** The server the PostgreSQL suite runs against; its database `postgres` is used only to create and drop. */
export const POSTGRES_ADMIN_URL = process.env.SK_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withAdmin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${(e as Error).message}). ` +
        'The PostgreSQL store suite needs a server with trust auth for user postgres; start one, or point ' +
        'SK_TEST_POSTGRES_URL at one. This suite fails rather than skips so a missing server is never mistaken for a pass.',
      { cause: e },
    );
  }
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** A throwaway database `sk_test_<random>` on the PostgreSQL server, dropped on close. */
export const openPostgresThrowaway: OpenStoreForTest = async () => {
  const name = `sk_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`create database ${name}`));
  const drop = () => withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    const db = await openStore({ kind: 'postgres', url: url.toString() });
    return {
      db,
      close: async () => {
        await db.destroy();
        await drop();
      },
    };
  } catch (e) {
    await drop();
    throw e;
  }
};

/** Empties every table between specs, so each starts from an empty, migrated store. */
export async function emptyStore(db: Kysely<Database>): Promise<void> {
  await sql`truncate table audit_log, penugasan, pegawai, unit_organisasi, instansi restart identity cascade`.execute(db);
}

export async function demoOrganisasi(): Promise<OrganisasiSnapshot> {
  const file = new URL('../../../demo/organisasi-demo.json', import.meta.url);
  return parseOrganisasiJson(await readFile(file, 'utf8'), 'demo/organisasi-demo.json');
}
