import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import {
  direktoriKosong,
  indexDirektori,
  viewOn,
  type DelegasiRecord,
  type Direktori,
  type InstansiRecord,
  type KedudukanRecord,
  type PegawaiRecord,
  type PejabatBerwenangRecord,
  type PimpinanRecord,
  type UnitRecord,
} from '../../domain/direktori.js';
import type { IsoDate, OrganisasiView } from '../../domain/organisasi.js';
import type { ImportSummary, OrganisasiRepository, OrganisasiQuery, PegawaiFilter } from '../../application/ports.js';
import { saringPegawai } from './saringan-akses.js';
import type { Database, DelegasiTable, InstansiTable, KedudukanTable, PegawaiTable, PejabatBerwenangTable, PimpinanUnitTable, UnitOrganisasiTable } from './schema.js';

const CHUNK = 500;
const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

export function createOrganisasiRepository(db: Kysely<Database>): OrganisasiRepository {
  return {
    viewAround: async (query, tanggal) => viewOn(indexDirektori(await direktoriAround(db, query)), tanggal),
    direktoriAround: (query) => direktoriAround(db, query),

    async isEmpty() {
      return (await db.selectFrom('pegawai').select('nip').limit(1).executeTakeFirst()) === undefined;
    },

    loadDirektori: (d) => db.transaction().execute((trx) => loadDirektori(trx, d)),

    async listPegawai(filter: PegawaiFilter) {
      let q = db.selectFrom('pegawai').selectAll('pegawai');
      const lingkup = filter.lingkup;
      if (lingkup) q = q.where((eb) => saringPegawai(eb, lingkup));
      if (filter.instansiId) q = q.where('pegawai.instansi_id', '=', filter.instansiId);
      if (filter.aktif !== undefined) q = q.where('pegawai.aktif', '=', filter.aktif);
      if (filter.cari) q = q.where((eb) => eb.or([eb('pegawai.nama', 'ilike', `%${filter.cari}%`), eb('pegawai.nip', 'like', `${filter.cari}%`)]));
      if (filter.unitId) {
        const unitId = filter.unitId;
        q = q.where((eb) => eb.exists(eb.selectFrom('kedudukan').select('kedudukan.id')
          .whereRef('kedudukan.nip', '=', 'pegawai.nip').where('kedudukan.unit_id', '=', unitId).where('kedudukan.selesai', 'is', null)));
      }
      const rows = await q.orderBy('pegawai.nip').limit(filter.limit).offset(filter.offset).execute();
      return rows.map(toPegawai);
    },

    async listUnit(filter) {
      let q = db.selectFrom('unit_organisasi').selectAll();
      if (filter.instansiId) q = q.where('instansi_id', '=', filter.instansiId);
      if (filter.instansiIn) {
        if (filter.instansiIn.length === 0) return [];
        q = q.where('instansi_id', 'in', [...filter.instansiIn]);
      }
      return (await q.orderBy('id').execute()).map(toUnit);
    },

    async listInstansi(filter) {
      let q = db.selectFrom('instansi').selectAll();
      if (filter?.idIn) {
        if (filter.idIn.length === 0) return [];
        q = q.where('id', 'in', [...filter.idIn]);
      }
      return (await q.orderBy('id').execute()).map(toInstansi);
    },

    async wewenangBaca(nip, tanggal) {
      const pegawai = await db.selectFrom('pegawai').select(['nip', 'instansi_id']).where('nip', '=', nip).executeTakeFirst();
      if (!pegawai) return { pegawai: null, unitDipimpin: [], unitInstansi: [], nipDinilai: [] };
      const berlakuPada = <T extends 'pimpinan_unit' | 'kedudukan'>(t: T) => sql<boolean>`${sql.ref(`${t}.mulai`)} <= ${tanggal} and (${sql.ref(`${t}.selesai`)} is null or ${sql.ref(`${t}.selesai`)} >= ${tanggal})`;
      const [dipimpin, dinilai] = await Promise.all([
        db.selectFrom('pimpinan_unit').select('unit_id').where('nip', '=', nip).where(berlakuPada('pimpinan_unit')).execute(),
        db.selectFrom('kedudukan').select('nip').where('ppk_nip', '=', nip).where(berlakuPada('kedudukan')).execute(),
      ]);
      const unitInstansi = dipimpin.length === 0 ? [] : await db.selectFrom('unit_organisasi').select(['id', 'induk_id'])
        .where('instansi_id', '=', pegawai.instansi_id).execute();
      return {
        pegawai: { nip: pegawai.nip, instansiId: pegawai.instansi_id },
        unitDipimpin: [...new Set(dipimpin.map((d) => d.unit_id))],
        unitInstansi: unitInstansi.map((u) => ({ id: u.id, indukId: u.induk_id })),
        nipDinilai: [...new Set(dinilai.map((d) => d.nip))],
      };
    },

    async posisi(query, tanggal) {
      const nips = [...new Set(query.pegawaiNip)];
      const units = [...new Set(query.unitId)];
      const [pegawai, kedudukan, unit] = await Promise.all([
        nips.length ? db.selectFrom('pegawai').select(['nip', 'instansi_id']).where('nip', 'in', nips).execute() : Promise.resolve([]),
        nips.length ? db.selectFrom('kedudukan').select(['nip', 'unit_id']).where('nip', 'in', nips).where('mulai', '<=', tanggal)
          .where((eb) => eb.or([eb('selesai', 'is', null), eb('selesai', '>=', tanggal)])).execute() : Promise.resolve([]),
        units.length ? db.selectFrom('unit_organisasi').select(['id', 'instansi_id']).where('id', 'in', units).execute() : Promise.resolve([]),
      ]);
      const unitDari = new Map(kedudukan.map((k) => [k.nip, k.unit_id]));
      return {
        pegawai: new Map(pegawai.map((p) => [p.nip, { instansiId: p.instansi_id, unitId: unitDari.get(p.nip) ?? null }])),
        unit: new Map(unit.map((u) => [u.id, u.instansi_id])),
      };
    },

    async pemilikKunci(query) {
      const unit = [];
      for (const part of chunks(query.unitId)) unit.push(...await db.selectFrom('unit_organisasi').select(['id', 'instansi_id']).where('id', 'in', part).execute());
      const pegawai = [];
      for (const part of chunks(query.pegawaiNip)) pegawai.push(...await db.selectFrom('pegawai').select(['nip', 'instansi_id']).where('nip', 'in', part).execute());
      return { unit: new Map(unit.map((u) => [u.id, u.instansi_id])), pegawai: new Map(pegawai.map((p) => [p.nip, p.instansi_id])) };
    },

    async riwayatKedudukan(nip) {
      return (await db.selectFrom('kedudukan').selectAll().where('nip', '=', nip).orderBy('mulai').execute()).map(toKedudukan);
    },
  };
}

/**
 * The slice of the directory the rules need around some pegawai and units: their instansi's unit tree and
 * its leaders, the pegawai's kedudukan, explicit PPKs, Pejabat yang Berwenang and delegations of those people.
 */
async function direktoriAround(db: Kysely<Database>, query: OrganisasiQuery): Promise<Direktori> {
  const nips = [...new Set(query.pegawaiNip)];
  const named = nips.length ? await db.selectFrom('pegawai').selectAll().where('nip', 'in', nips).execute() : [];
  const units = query.unitId.length ? await db.selectFrom('unit_organisasi').select('instansi_id').where('id', 'in', [...query.unitId]).execute() : [];
  const instansiIds = [...new Set([...named.map((p) => p.instansi_id), ...units.map((u) => u.instansi_id), ...(query.instansiId ?? [])])];
  if (instansiIds.length === 0) return direktoriKosong;
  const [instansi, unit, kedudukan, pyb] = await Promise.all([
    db.selectFrom('instansi').selectAll().where('id', 'in', instansiIds).execute(),
    db.selectFrom('unit_organisasi').selectAll().where('instansi_id', 'in', instansiIds).execute(),
    nips.length ? db.selectFrom('kedudukan').selectAll().where('nip', 'in', nips).execute() : Promise.resolve([]),
    db.selectFrom('pejabat_berwenang').selectAll().where('instansi_id', 'in', instansiIds).execute(),
  ]);
  const pimpinan = unit.length ? await db.selectFrom('pimpinan_unit').selectAll().where('unit_id', 'in', unit.map((u) => u.id)).execute() : [];
  const people = new Set([...nips, ...pimpinan.map((p) => p.nip), ...kedudukan.flatMap((k) => (k.ppk_nip ? [k.ppk_nip] : [])), ...pyb.map((p) => p.nip)]);
  const delegasi = await db.selectFrom('delegasi').selectAll().where('pemberi_nip', 'in', [...people]).execute();
  for (const x of delegasi) people.add(x.penerima_nip);
  const known = new Set(named.map((p) => p.nip));
  const others = [...people].filter((n) => !known.has(n));
  const more = others.length ? await db.selectFrom('pegawai').selectAll().where('nip', 'in', others).execute() : [];
  return {
    instansi: instansi.map(toInstansi),
    unit: unit.map(toUnit),
    pegawai: [...named, ...more].map(toPegawai),
    kedudukan: kedudukan.map(toKedudukan),
    pimpinan: pimpinan.map(toPimpinan),
    pejabatBerwenang: pyb.map(toPyb),
    delegasi: delegasi.map(toDelegasi),
  };
}

/**
 * Loads a whole directory in the caller's transaction: master data updated by natural key (the previous
 * version of a changed pegawai kept in pegawai_riwayat), dated records added or updated by their natural
 * key and never deleted. Batched, so 10,000 pegawai take seconds, not minutes.
 */
async function loadDirektori(trx: Transaction<Database>, d: Direktori): Promise<ImportSummary> {
  for (const part of chunks(d.instansi)) {
    await trx.insertInto('instansi').values(part.map((i) => ({ id: i.id, nama: i.nama, jenis: i.jenis, profil: i.profil })))
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ nama: eb.ref('excluded.nama'), jenis: eb.ref('excluded.jenis'), profil: eb.ref('excluded.profil') })))
      .execute();
  }
  // Units without their induk first (an induk may come later in the file), then the tree.
  for (const part of chunks(d.unit)) {
    await trx.insertInto('unit_organisasi').values(part.map((u) => ({ id: u.id, instansi_id: u.instansiId, nama: u.nama, jenis: u.jenis, induk_id: null, pola: u.pola })))
      // A unit id of another instansi is never moved by an import (issue 8: keys do not collide across instansi).
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ nama: eb.ref('excluded.nama'), jenis: eb.ref('excluded.jenis'), pola: eb.ref('excluded.pola') }))
        .whereRef('unit_organisasi.instansi_id', '=', 'excluded.instansi_id'))
      .execute();
  }
  for (const part of chunks(d.unit.filter((u) => u.indukId))) {
    await sql`update unit_organisasi u set induk_id = v.induk from (values ${sql.join(part.map((u) => sql`(${u.id}, ${u.indukId})`))}) as v(id, induk) where u.id = v.id`.execute(trx);
  }

  let pegawaiBaru = 0;
  let pegawaiBerubah = 0;
  for (const part of chunks(d.pegawai)) {
    const existing = new Map((await trx.selectFrom('pegawai').selectAll().where('nip', 'in', part.map((p) => p.nip)).execute()).map((r) => [r.nip, r]));
    const rows = part.map(fromPegawai);
    const changed = rows.filter((r) => { const old = existing.get(r.nip); return old !== undefined && !samePegawai(old, r); });
    pegawaiBaru += rows.filter((r) => !existing.has(r.nip)).length;
    pegawaiBerubah += changed.length;
    if (changed.length > 0) {
      await trx.insertInto('pegawai_riwayat').values(changed.map((r) => ({ nip: r.nip, data: JSON.stringify(toPegawai(existing.get(r.nip)!)) }))).execute();
    }
    await trx.insertInto('pegawai').values(rows).onConflict((oc) => oc.column('nip').doUpdateSet((eb) => ({
      nama: eb.ref('excluded.nama'), instansi_id: eb.ref('excluded.instansi_id'), jabatan_nama: eb.ref('excluded.jabatan_nama'),
      jabatan_kategori: eb.ref('excluded.jabatan_kategori'), kompetensi: eb.ref('excluded.kompetensi'), aktif: eb.ref('excluded.aktif'),
      status_kepegawaian: eb.ref('excluded.status_kepegawaian'), jenjang: eb.ref('excluded.jenjang'), golongan: eb.ref('excluded.golongan'),
      pendidikan: eb.ref('excluded.pendidikan'), pengalaman: eb.ref('excluded.pengalaman'),
    }))).execute();
  }

  for (const part of chunks(d.kedudukan)) {
    await trx.insertInto('kedudukan').values(part.map((k) => ({ nip: k.nip, unit_id: k.unitId, ppk_nip: k.pejabatPenilaiKinerjaNip, mulai: k.mulai, selesai: k.selesai })))
      .onConflict((oc) => oc.columns(['nip', 'mulai']).doUpdateSet((eb) => ({ unit_id: eb.ref('excluded.unit_id'), ppk_nip: eb.ref('excluded.ppk_nip'), selesai: eb.ref('excluded.selesai') })))
      .execute();
  }
  for (const part of chunks(d.pimpinan)) {
    await trx.insertInto('pimpinan_unit').values(part.map((p) => ({ unit_id: p.unitId, nip: p.nip, status: p.status, mulai: p.mulai, selesai: p.selesai })))
      .onConflict((oc) => oc.columns(['unit_id', 'status', 'mulai']).doUpdateSet((eb) => ({ nip: eb.ref('excluded.nip'), selesai: eb.ref('excluded.selesai') })))
      .execute();
  }
  for (const part of chunks(d.pejabatBerwenang)) {
    await trx.insertInto('pejabat_berwenang').values(part.map((p) => ({ instansi_id: p.instansiId, nip: p.nip, mulai: p.mulai, selesai: p.selesai })))
      .onConflict((oc) => oc.columns(['instansi_id', 'mulai']).doUpdateSet((eb) => ({ nip: eb.ref('excluded.nip'), selesai: eb.ref('excluded.selesai') })))
      .execute();
  }
  for (const part of chunks(d.delegasi)) {
    await trx.insertInto('delegasi').values(part.map((x) => ({ pemberi_nip: x.pemberiNip, penerima_nip: x.penerimaNip, dasar: x.dasar, mulai: x.mulai, selesai: x.selesai })))
      .onConflict((oc) => oc.columns(['pemberi_nip', 'penerima_nip', 'mulai']).doUpdateSet((eb) => ({ dasar: eb.ref('excluded.dasar'), selesai: eb.ref('excluded.selesai') })))
      .execute();
  }
  return {
    instansi: d.instansi.length, unit: d.unit.length, pegawaiBaru, pegawaiBerubah, pegawaiTetap: d.pegawai.length - pegawaiBaru - pegawaiBerubah,
    kedudukan: d.kedudukan.length, pimpinan: d.pimpinan.length, pejabatBerwenang: d.pejabatBerwenang.length, delegasi: d.delegasi.length,
  };
}

type PegawaiRow = Omit<Selectable<PegawaiTable>, 'kompetensi' | 'pengalaman'> & { kompetensi: string; pengalaman: string };

function fromPegawai(p: PegawaiRecord): PegawaiRow {
  return {
    nip: p.nip, nama: p.nama, instansi_id: p.instansiId, jabatan_nama: p.jabatanNama, jabatan_kategori: p.jabatanKategori,
    kompetensi: JSON.stringify(p.kompetensi), aktif: p.aktif, status_kepegawaian: p.statusKepegawaian, jenjang: p.jenjang,
    golongan: p.golongan, pendidikan: p.pendidikan, pengalaman: JSON.stringify(p.pengalaman),
  };
}

function samePegawai(old: Selectable<PegawaiTable>, row: PegawaiRow): boolean {
  return JSON.stringify(fromPegawai(toPegawai(old))) === JSON.stringify(row);
}

function toPegawai(row: Selectable<PegawaiTable>): PegawaiRecord {
  return {
    nip: row.nip, nama: row.nama, instansiId: row.instansi_id, jabatanNama: row.jabatan_nama,
    jabatanKategori: row.jabatan_kategori as PegawaiRecord['jabatanKategori'], kompetensi: row.kompetensi, aktif: row.aktif,
    statusKepegawaian: row.status_kepegawaian as PegawaiRecord['statusKepegawaian'], jenjang: row.jenjang as PegawaiRecord['jenjang'],
    golongan: row.golongan, pendidikan: row.pendidikan as PegawaiRecord['pendidikan'],
    // jsonb reorders object keys; rebuild them in the record's order so versions compare equal.
    pengalaman: row.pengalaman.map((x) => ({ bidang: x.bidang, tahun: x.tahun, bukti: x.bukti })),
  };
}

const toInstansi = (r: Selectable<InstansiTable>): InstansiRecord =>
  ({ id: r.id, nama: r.nama, jenis: r.jenis as InstansiRecord['jenis'], profil: r.profil as InstansiRecord['profil'] });
const toUnit = (r: Selectable<UnitOrganisasiTable>): UnitRecord =>
  ({ id: r.id, instansiId: r.instansi_id, nama: r.nama, jenis: r.jenis as UnitRecord['jenis'], indukId: r.induk_id, pola: r.pola });
const toKedudukan = (r: Selectable<KedudukanTable>): KedudukanRecord =>
  ({ nip: r.nip, unitId: r.unit_id, pejabatPenilaiKinerjaNip: r.ppk_nip, mulai: r.mulai, selesai: r.selesai });
const toPimpinan = (r: Selectable<PimpinanUnitTable>): PimpinanRecord =>
  ({ unitId: r.unit_id, nip: r.nip, status: r.status as PimpinanRecord['status'], mulai: r.mulai, selesai: r.selesai });
const toPyb = (r: Selectable<PejabatBerwenangTable>): PejabatBerwenangRecord =>
  ({ instansiId: r.instansi_id, nip: r.nip, mulai: r.mulai, selesai: r.selesai });
const toDelegasi = (r: Selectable<DelegasiTable>): DelegasiRecord =>
  ({ pemberiNip: r.pemberi_nip, penerimaNip: r.penerima_nip, dasar: r.dasar, mulai: r.mulai, selesai: r.selesai });

export type { IsoDate, OrganisasiView };
