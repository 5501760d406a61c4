import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { LingkupBaca } from '../../domain/akses.js';
import type { Database } from './schema.js';

/**
 * The access policy of src/domain/akses.ts as SQL, so lists filter in the database instead of loading
 * everything: each function says, for one table, the same as `bolehBaca` / `proyeksiPegawai` say for one
 * record (the engine tests in test/keamanan/akses-data.engine.test.ts hold them to it).
 */

const salah = sql<SqlBool>`false`;
const ada = (xs: readonly string[]) => xs.length > 0;

/** A pegawai (by a NIP column) who sits today in one of the led units. */
function diUnit(nipKolom: string, unit: readonly string[]): Expression<SqlBool> {
  if (!ada(unit)) return salah;
  return sql<SqlBool>`exists (select 1 from kedudukan k where k.nip = ${sql.ref(nipKolom)} and k.selesai is null and k.unit_id in (${sql.join([...unit])}))`;
}

/** A pegawai (by a NIP column) of one of the instansi read in full. */
function pegawaiDiInstansi(nipKolom: string, instansi: readonly string[]): Expression<SqlBool> {
  if (!ada(instansi)) return salah;
  return sql<SqlBool>`exists (select 1 from pegawai p where p.nip = ${sql.ref(nipKolom)} and p.instansi_id in (${sql.join([...instansi])}))`;
}

/** A unit (by a unit id column) of one of the instansi read in full. */
function unitDiInstansi(unitKolom: string, instansi: readonly string[]): Expression<SqlBool> {
  if (!ada(instansi)) return salah;
  return sql<SqlBool>`exists (select 1 from unit_organisasi u where u.id = ${sql.ref(unitKolom)} and u.instansi_id in (${sql.join([...instansi])}))`;
}

/** Pegawai a caller may see at all (LENGKAP or RINGKAS), except people of another instansi met in a shared case. */
export function saringPegawai(eb: ExpressionBuilder<Database, 'pegawai'>, l: LingkupBaca): Expression<SqlBool> {
  if (l.semua) return sql<SqlBool>`true`;
  const instansi = [...l.instansi, ...(l.instansiSendiri ? [l.instansiSendiri] : [])];
  return eb.or([
    eb('pegawai.nip', '=', l.diri),
    ada(l.nipDinilai) ? eb('pegawai.nip', 'in', [...l.nipDinilai]) : salah,
    ada(instansi) ? eb('pegawai.instansi_id', 'in', instansi) : salah,
    diUnit('pegawai.nip', l.unit),
  ]);
}

export function saringPenugasan(eb: ExpressionBuilder<Database, 'penugasan'>, l: LingkupBaca): Expression<SqlBool> {
  if (l.semua) return sql<SqlBool>`true`;
  return eb.or([
    eb('penugasan.pegawai_nip', '=', l.diri),
    eb('penugasan.pengusul_nip', '=', l.diri),
    eb('penugasan.penetap_nip', '=', l.diri),
    ada(l.nipDinilai) ? eb('penugasan.pegawai_nip', 'in', [...l.nipDinilai]) : salah,
    ada(l.unit) ? eb('penugasan.unit_pemilik_kinerja_id', 'in', [...l.unit]) : salah,
    diUnit('penugasan.pegawai_nip', l.unit),
    pegawaiDiInstansi('penugasan.pegawai_nip', l.instansi),
    unitDiInstansi('penugasan.unit_pemilik_kinerja_id', l.instansi),
  ]);
}

export function saringTimKerja(eb: ExpressionBuilder<Database, 'tim_kerja'>, l: LingkupBaca): Expression<SqlBool> {
  if (l.semua) return sql<SqlBool>`true`;
  const anggota = (syarat: Expression<SqlBool>) =>
    sql<SqlBool>`exists (select 1 from anggota_tim a where a.tim_id = tim_kerja.id and ${syarat})`;
  return eb.or([
    eb('tim_kerja.ketua_nip', '=', l.diri),
    anggota(sql<SqlBool>`a.nip = ${l.diri}`),
    ada(l.nipDinilai) ? anggota(sql<SqlBool>`a.nip in (${sql.join([...l.nipDinilai])})`) : salah,
    ada(l.unit) ? eb('tim_kerja.unit_pemilik_id', 'in', [...l.unit]) : salah,
    ada(l.unit) ? anggota(diUnit('a.nip', l.unit)) : salah,
    ada(l.instansi) ? anggota(pegawaiDiInstansi('a.nip', l.instansi)) : salah,
    unitDiInstansi('tim_kerja.unit_pemilik_id', l.instansi),
  ]);
}
