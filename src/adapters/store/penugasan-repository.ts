import type { Kysely, Selectable } from 'kysely';
import type { PenugasanBaru, PenugasanRepository, PenugasanTercatat, StatusPenugasan } from '../../application/ports.js';
import type { RuangLingkup } from '../../domain/penugasan.js';
import type { Database, PenugasanTable } from './schema.js';
import { saringPenugasan } from './saringan-akses.js';

export function createPenugasanRepository(db: Kysely<Database>): PenugasanRepository {
  const byProcessInstance = async (processInstanceId: string, trx: Kysely<Database> = db, pegawaiNip?: string) => {
    let q = trx.selectFrom('penugasan').selectAll().where('process_instance_id', '=', processInstanceId);
    if (pegawaiNip) q = q.where('pegawai_nip', '=', pegawaiNip);
    const row = await q.orderBy('id').executeTakeFirst();
    return row && toPenugasan(row);
  };

  return {
    async record(p: PenugasanBaru, aktor: string) {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx.insertInto('penugasan').values({
          process_instance_id: p.processInstanceId, bentuk: p.bentuk, ruang_lingkup: p.ruangLingkup, status: p.status,
          pegawai_nip: p.pegawaiNip, unit_pemilik_kinerja_id: p.unitPemilikKinerjaId, pengusul_nip: p.pengusulNip,
          penetap_nip: p.penetapNip, uraian_tugas: p.uraianTugas, target_kinerja: p.targetKinerja,
          kompetensi_dibutuhkan: JSON.stringify(p.kompetensiDibutuhkan), tanggal_mulai: p.tanggalMulai,
          tanggal_selesai: p.tanggalSelesai, alasan: p.alasan, surat_nomor: p.suratNomor ?? null,
          mode: p.mode ?? 'INDIVIDU', tim_kerja_id: p.timKerjaId ?? null,
        }).onConflict((oc) => oc.columns(['process_instance_id', 'pegawai_nip']).doNothing()).returning('id').executeTakeFirst();
        if (inserted) {
          await trx.insertInto('audit_log').values({
            aktor, aksi: p.status === 'DITETAPKAN' ? 'PENUGASAN_DITETAPKAN' : 'PENUGASAN_DITOLAK',
            process_instance_id: p.processInstanceId, data: JSON.stringify(p),
          }).execute();
        }
        const penugasan = await byProcessInstance(p.processInstanceId, trx, p.pegawaiNip);
        if (!penugasan) throw new Error(`Penugasan ${p.processInstanceId} tidak tercatat`);
        return { created: inserted !== undefined, penugasan };
      });
    },

    byProcessInstance: (id) => byProcessInstance(id),

    async allByProcessInstance(processInstanceId) {
      const rows = await db.selectFrom('penugasan').selectAll().where('process_instance_id', '=', processInstanceId).orderBy('id').execute();
      return rows.map(toPenugasan);
    },

    async list({ pegawaiNip, status, limit, offset, lingkup }) {
      let q = db.selectFrom('penugasan').selectAll();
      if (lingkup) q = q.where((eb) => saringPenugasan(eb, lingkup));
      if (pegawaiNip) q = q.where('pegawai_nip', '=', pegawaiNip);
      if (status) q = q.where('status', '=', status);
      const rows = await q.orderBy('id', 'desc').limit(limit).offset(offset).execute();
      return rows.map(toPenugasan);
    },

    async byId(id) {
      const row = await db.selectFrom('penugasan').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPenugasan(row);
    },
  };
}

function toPenugasan(row: Selectable<PenugasanTable>): PenugasanTercatat {
  return {
    id: row.id,
    processInstanceId: row.process_instance_id,
    bentuk: row.bentuk as PenugasanBaru['bentuk'],
    ruangLingkup: row.ruang_lingkup as RuangLingkup,
    status: row.status as StatusPenugasan,
    pegawaiNip: row.pegawai_nip,
    unitPemilikKinerjaId: row.unit_pemilik_kinerja_id,
    pengusulNip: row.pengusul_nip,
    penetapNip: row.penetap_nip,
    uraianTugas: row.uraian_tugas,
    targetKinerja: row.target_kinerja,
    kompetensiDibutuhkan: row.kompetensi_dibutuhkan,
    tanggalMulai: row.tanggal_mulai,
    tanggalSelesai: row.tanggal_selesai,
    alasan: row.alasan,
    suratNomor: row.surat_nomor,
    mode: row.mode as 'INDIVIDU' | 'TIM',
    timKerjaId: row.tim_kerja_id,
    dicatatPada: new Date(row.dicatat_pada).toISOString(),
  };
}
