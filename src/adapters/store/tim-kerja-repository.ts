import type { Kysely, Selectable } from 'kysely';
import type { PeranAnggotaTim, StatusTimKerja, TimKerjaBaru, TimKerjaRepository, TimKerjaTercatat } from '../../application/ports.js';
import type { RuangLingkup } from '../../domain/penugasan.js';
import type { Database, TimKerjaTable } from './schema.js';
import { saringTimKerja } from './saringan-akses.js';

export function createTimKerjaRepository(db: Kysely<Database>): TimKerjaRepository {
  const withAnggota = async (rows: Selectable<TimKerjaTable>[], trx: Kysely<Database> = db): Promise<TimKerjaTercatat[]> => {
    if (rows.length === 0) return [];
    const anggota = await trx.selectFrom('anggota_tim').selectAll().where('tim_id', 'in', rows.map((r) => r.id)).orderBy('nip').execute();
    return rows.map((r) => toTim(r, anggota.filter((a) => a.tim_id === r.id).map((a) => ({ nip: a.nip, peran: a.peran as PeranAnggotaTim }))));
  };
  const byPid = async (pid: string, trx: Kysely<Database> = db) =>
    (await withAnggota(await trx.selectFrom('tim_kerja').selectAll().where('process_instance_id', '=', pid).execute(), trx))[0];

  return {
    async usulkan(t: TimKerjaBaru) {
      const values = {
        process_instance_id: t.processInstanceId, kunci_kasus: t.kunciKasus, nama: t.nama, unit_pemilik_id: t.unitPemilikId,
        ruang_lingkup: t.ruangLingkup, tahun: t.tahun, tanggal_mulai: t.tanggalMulai, tanggal_selesai: t.tanggalSelesai,
        ketua_nip: t.ketuaNip, instrumen: t.instrumen, tujuan: t.tujuan, rincian_tugas: t.rincianTugas,
      };
      await db.insertInto('tim_kerja').values({ ...values, status: 'DIUSULKAN' })
        // A corrected resubmission of a team still proposed replaces the proposal; an ended one stays as it is.
        .onConflict((oc) => oc.column('process_instance_id').doUpdateSet(values).where('tim_kerja.status', '=', 'DIUSULKAN'))
        .execute();
      const tim = await byPid(t.processInstanceId);
      if (!tim) throw new Error(`Tim kerja ${t.processInstanceId} tidak tercatat`);
      return tim;
    },

    async tetapkan(pid, hasil) {
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('tim_kerja').selectAll().where('process_instance_id', '=', pid).forUpdate().executeTakeFirst();
        if (!row) throw new Error(`Tim kerja ${pid} belum diusulkan`);
        if (row.status === 'DIUSULKAN') {
          await trx.updateTable('tim_kerja').set({ status: hasil.status, surat_nomor: hasil.suratNomor }).where('id', '=', row.id).execute();
          if (hasil.status === 'DITETAPKAN' && hasil.anggota.length > 0) {
            await trx.insertInto('anggota_tim').values(hasil.anggota.map((a) => ({ tim_id: row.id, nip: a.nip, peran: a.peran })))
              .onConflict((oc) => oc.columns(['tim_id', 'nip']).doNothing()).execute();
          }
          await trx.insertInto('audit_log').values({
            aktor: 'sistem', aksi: `TIM_KERJA_${hasil.status}`, process_instance_id: pid, data: JSON.stringify({ timId: row.id, ...hasil }),
          }).execute();
        }
        const tim = await byPid(pid, trx);
        if (!tim) throw new Error(`Tim kerja ${pid} tidak tercatat`);
        return tim;
      });
    },

    byProcessInstance: (pid) => byPid(pid),

    async byId(id) {
      return (await withAnggota(await db.selectFrom('tim_kerja').selectAll().where('id', '=', id).execute()))[0];
    },

    async list({ unitPemilikId, nip, status, limit, offset, lingkup }) {
      let q = db.selectFrom('tim_kerja').selectAll();
      if (lingkup) q = q.where((eb) => saringTimKerja(eb, lingkup));
      if (unitPemilikId) q = q.where('unit_pemilik_id', '=', unitPemilikId);
      if (status) q = q.where('status', '=', status);
      if (nip) q = q.where('id', 'in', db.selectFrom('anggota_tim').select('tim_id').where('nip', '=', nip));
      return withAnggota(await q.orderBy('id', 'desc').limit(limit).offset(offset).execute());
    },
  };
}

function toTim(row: Selectable<TimKerjaTable>, anggota: TimKerjaTercatat['anggota']): TimKerjaTercatat {
  return {
    id: row.id, processInstanceId: row.process_instance_id, kunciKasus: row.kunci_kasus, nama: row.nama,
    unitPemilikId: row.unit_pemilik_id, ruangLingkup: row.ruang_lingkup as RuangLingkup, tahun: row.tahun,
    tanggalMulai: row.tanggal_mulai, tanggalSelesai: row.tanggal_selesai, ketuaNip: row.ketua_nip,
    instrumen: row.instrumen as TimKerjaBaru['instrumen'], tujuan: row.tujuan, rincianTugas: row.rincian_tugas,
    status: row.status as StatusTimKerja, suratNomor: row.surat_nomor, anggota,
  };
}
