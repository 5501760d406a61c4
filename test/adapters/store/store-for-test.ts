import { readFile } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import { parseOrganisasiJson } from '../../../src/adapters/import/organisasi-json.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Database } from '../../../src/adapters/store/schema.js';
import type { OrganisasiSnapshot } from '../../../src/domain/organisasi.js';
import { throwawayDatabase } from '../../support/postgres.js';

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

/** A throwaway database `sk_test_<random>` on the PostgreSQL server, dropped on close. */
export const openPostgresThrowaway: OpenStoreForTest = async () => {
  const { url, drop } = await throwawayDatabase('sk_test');
  try {
    const db = await openStore({ kind: 'postgres', url });
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
