import type { Kysely, Selectable } from 'kysely';
import {
  viewOf,
  type JabatanKategori,
  type JenisUnit,
  type OrganisasiSnapshot,
  type Pegawai,
  type UnitOrganisasi,
} from '../../domain/organisasi.js';
import type { OrganisasiRepository } from '../../application/ports.js';
import type { Database, PegawaiTable, UnitOrganisasiTable } from './schema.js';

export function createOrganisasiRepository(db: Kysely<Database>): OrganisasiRepository {
  const pegawaiByNip = async (nips: readonly string[]): Promise<Pegawai[]> =>
    nips.length === 0 ? [] : (await db.selectFrom('pegawai').selectAll().where('nip', 'in', [...nips]).execute()).map(toPegawai);
  const unitById = async (ids: readonly string[]): Promise<UnitOrganisasi[]> =>
    ids.length === 0 ? [] : (await db.selectFrom('unit_organisasi').selectAll().where('id', 'in', [...ids]).execute()).map(toUnit);

  return {
    async viewAround(query) {
      const pegawai = await pegawaiByNip(query.pegawaiNip);
      const unit = await unitById([...new Set([...query.unitId, ...pegawai.map((p) => p.unitOrganisasiId)])]);
      const known = new Set(pegawai.map((p) => p.nip));
      const related = [...pegawai.map((p) => p.pejabatPenilaiKinerjaNip), ...unit.map((u) => u.pimpinanNip)]
        .filter((nip): nip is string => nip !== null && !known.has(nip));
      const more = await pegawaiByNip([...new Set(related)]);
      const instansi = await db.selectFrom('instansi').selectAll()
        .where('id', 'in', [...new Set(unit.map((u) => u.instansiId)), '']).execute();
      return viewOf({ instansi, unit, pegawai: [...pegawai, ...more] });
    },

    async isEmpty() {
      const row = await db.selectFrom('pegawai').select('nip').limit(1).executeTakeFirst();
      return row === undefined;
    },

    async load(snapshot: OrganisasiSnapshot) {
      await db.transaction().execute(async (trx) => {
        for (const i of snapshot.instansi) {
          await trx.insertInto('instansi').values(i)
            .onConflict((oc) => oc.column('id').doUpdateSet({ nama: i.nama })).execute();
        }
        // Units first without leaders (leaders are pegawai, which reference units), then the leaders.
        for (const u of snapshot.unit) {
          const row = { id: u.id, instansi_id: u.instansiId, nama: u.nama, jenis: u.jenis, induk_id: null, pimpinan_nip: null };
          await trx.insertInto('unit_organisasi').values(row)
            .onConflict((oc) => oc.column('id').doUpdateSet({ instansi_id: row.instansi_id, nama: row.nama, jenis: row.jenis })).execute();
        }
        for (const p of snapshot.pegawai) {
          const update = {
            nama: p.nama, instansi_id: p.instansiId, unit_organisasi_id: p.unitOrganisasiId,
            jabatan_nama: p.jabatanNama, jabatan_kategori: p.jabatanKategori, kompetensi: JSON.stringify(p.kompetensi),
            kedudukan_sejak: p.kedudukanSejak, aktif: p.aktif,
          };
          await trx.insertInto('pegawai').values({ nip: p.nip, ppk_nip: null, ...update })
            .onConflict((oc) => oc.column('nip').doUpdateSet(update)).execute();
        }
        for (const p of snapshot.pegawai) {
          await trx.updateTable('pegawai').set({ ppk_nip: p.pejabatPenilaiKinerjaNip }).where('nip', '=', p.nip).execute();
        }
        for (const u of snapshot.unit) {
          await trx.updateTable('unit_organisasi').set({ induk_id: u.indukId, pimpinan_nip: u.pimpinanNip })
            .where('id', '=', u.id).execute();
        }
      });
    },

    async listPegawai({ limit, offset }) {
      const rows = await db.selectFrom('pegawai').selectAll().orderBy('nip').limit(limit).offset(offset).execute();
      return rows.map(toPegawai);
    },
    async listUnit() {
      return (await db.selectFrom('unit_organisasi').selectAll().orderBy('id').execute()).map(toUnit);
    },
    async listInstansi() {
      return db.selectFrom('instansi').selectAll().orderBy('id').execute();
    },
  };
}

function toPegawai(row: Selectable<PegawaiTable>): Pegawai {
  return {
    nip: row.nip,
    nama: row.nama,
    instansiId: row.instansi_id,
    unitOrganisasiId: row.unit_organisasi_id,
    jabatanNama: row.jabatan_nama,
    jabatanKategori: row.jabatan_kategori as JabatanKategori,
    kompetensi: row.kompetensi,
    pejabatPenilaiKinerjaNip: row.ppk_nip,
    kedudukanSejak: row.kedudukan_sejak,
    aktif: row.aktif,
  };
}

function toUnit(row: Selectable<UnitOrganisasiTable>): UnitOrganisasi {
  return {
    id: row.id,
    instansiId: row.instansi_id,
    nama: row.nama,
    jenis: row.jenis as JenisUnit,
    indukId: row.induk_id,
    pimpinanNip: row.pimpinan_nip,
  };
}
