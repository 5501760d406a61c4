import fs from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type Migration } from 'kysely';
import pg from 'pg';
import * as m001 from './migrations/001-awal.js';
import * as m002 from './migrations/002-alasan-tolak-wajib.js';
import * as m003 from './migrations/003-direktori-berlaku.js';
import * as m004 from './migrations/004-permohonan.js';
import * as m005 from './migrations/005-kasus.js';
import * as m006 from './migrations/006-tim-kerja.js';
import * as m007 from './migrations/007-kegiatan.js';
import * as m008 from './migrations/008-koordinasi-tim.js';
import * as m009 from './migrations/009-instans-kasus.js';
import * as m010 from './migrations/010-kata-sandi-awal.js';
import * as m015 from './migrations/015-status-akhir-kasus.js';
import * as m020 from './migrations/020-model-proses.js';
import * as m040 from './migrations/040-naskah-dinas.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

/** Migrations in order; the name is the version recorded in kysely_migration. */
const migrations: Record<string, Migration> = {
  '001-awal': m001,
  '002-alasan-tolak-wajib': m002,
  '003-direktori-berlaku': m003,
  '004-permohonan': m004,
  '005-kasus': m005,
  '006-tim-kerja': m006,
  '007-kegiatan': m007,
  '008-koordinasi-tim': m008,
  '009-instans-kasus': m009,
  '010-kata-sandi-awal': m010,
  '015-status-akhir-kasus': m015,
  '020-model-proses': m020,
  '040-naskah-dinas': m040,
};

export type StoreLocation =
  | { readonly kind: 'pglite'; readonly dir: string }
  | { readonly kind: 'pglite-memory' }
  | { readonly kind: 'postgres'; readonly url: string };

const DATE_OID = 1082;
const keepText = (value: string): string => value;

/** Opens the store (embedded PGlite or PostgreSQL) and brings its schema up to date. */
export async function openStore(location: StoreLocation): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: await dialectFor(location) });
  // Unordered: migrations of parallel branches (numbered in ranges) may land after a higher number already ran.
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    await db.destroy();
    const reason = error instanceof Error ? error.message : JSON.stringify(error ?? null);
    throw new Error(`Migrasi basis data gagal${failed ? ` pada ${failed.migrationName}` : ''}: ${reason}`);
  }
  return db;
}

async function dialectFor(location: StoreLocation): Promise<PGliteDialect | PostgresDialect> {
  switch (location.kind) {
    case 'pglite': {
      await fs.mkdir(location.dir, { recursive: true });
      return new PGliteDialect(await PGlite.create(location.dir, { parsers: { [DATE_OID]: keepText } }));
    }
    case 'pglite-memory':
      return new PGliteDialect(await PGlite.create({ parsers: { [DATE_OID]: keepText } }));
    case 'postgres': {
      const types = {
        getTypeParser: (oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) =>
          oid === DATE_OID ? keepText : (pg.types.getTypeParser(oid, format) as (value: string) => unknown),
      };
      const pool = new pg.Pool({ connectionString: location.url, max: 10, types });
      // An idle connection the server ends (restart, failover, pg_terminate_backend) is an 'error' event of the
      // pool; unheard, it would end the whole process. The pool drops that connection and opens a new one.
      pool.on('error', (error) => console.warn(`Koneksi penyimpanan yang menganggur terputus dan dibuang: ${error.message}`));
      // The same for a connection in use between two statements (a transaction awaiting its caller): its next statement
      // fails, the transaction is rolled back by the server, and the pool drops the connection on release.
      pool.on('connect', (client) => client.on('error', (error) => console.warn(`Koneksi penyimpanan terputus saat dipakai: ${error.message}`)));
      return new PostgresDialect({ pool });
    }
  }
}
