import { readFile } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import { parseDirektoriJson } from '../../../src/adapters/import/direktori-json.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Database } from '../../../src/adapters/store/schema.js';
import type { Direktori } from '../../../src/domain/direktori.js';
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
  await sql`truncate table surat, keputusan_kasus, peran_kasus, permohonan, audit_log, penugasan, pegawai_riwayat, delegasi, pejabat_berwenang, pimpinan_unit, kedudukan,
            pegawai, unit_organisasi, instansi restart identity cascade`.execute(db);
}

export async function demoDirektori(): Promise<Direktori> {
  const file = new URL('../../../demo/organisasi-demo.json', import.meta.url);
  return parseDirektoriJson(await readFile(file, 'utf8'), 'demo/organisasi-demo.json');
}

/** The flat domain fixture (one date) as dated records: kedudukan from kedudukanSejak, leaders from 2000-01-01. */
export function direktoriDari(snapshot: OrganisasiSnapshot): Direktori {
  return {
    instansi: snapshot.instansi.map((i) => ({ id: i.id, nama: i.nama, jenis: 'PROVINSI', profil: i.profil ?? 'NAT' })),
    unit: snapshot.unit.map((u) => ({ id: u.id, instansiId: u.instansiId, nama: u.nama, jenis: u.jenis, indukId: u.indukId, pola: null })),
    pegawai: snapshot.pegawai.map((p) => ({
      nip: p.nip, nama: p.nama, instansiId: p.instansiId, statusKepegawaian: 'PNS', jabatanNama: p.jabatanNama,
      jabatanKategori: p.jabatanKategori, jenjang: null, golongan: null, pendidikan: null, pengalaman: [], kompetensi: p.kompetensi, aktif: p.aktif,
    })),
    kedudukan: snapshot.pegawai.filter((p) => p.kedudukanSejak).map((p) => ({
      nip: p.nip, unitId: p.unitId, pejabatPenilaiKinerjaNip: p.pejabatPenilaiKinerjaNip, mulai: p.kedudukanSejak!, selesai: null,
    })),
    pimpinan: snapshot.unit.filter((u) => u.pimpinanNip).map((u) => ({ unitId: u.id, nip: u.pimpinanNip!, status: 'DEFINITIF', mulai: '2000-01-01', selesai: null })),
    pejabatBerwenang: [],
    delegasi: [],
  };
}
