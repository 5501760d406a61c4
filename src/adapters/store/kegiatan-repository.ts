import { sql, type Kysely, type Selectable } from 'kysely';
import type { KegiatanRepository, KegiatanTercatat } from '../../application/ports.js';
import type { Database, KegiatanTable } from './schema.js';

export function createKegiatanRepository(db: Kysely<Database>): KegiatanRepository {
  const ambil = async (kunciKasus: string, trx: Kysely<Database> = db) => {
    const row = await trx.selectFrom('kegiatan').selectAll().where('kunci_kasus', '=', kunciKasus).executeTakeFirst();
    return row && toKegiatan(row);
  };
  return {
    async daftarkan(k) {
      await db.insertInto('kegiatan').values({
        kunci_kasus: k.kunciKasus, penugasan_id: k.penugasanId, pegawai_nip: k.pegawaiNip, unit_pemilik_kinerja_id: k.unitPemilikKinerjaId,
      }).onConflict((oc) => oc.column('kunci_kasus').doUpdateSet({
        // The starter may correct the penugasan before planning starts; afterwards the row is fixed.
        penugasan_id: k.penugasanId, pegawai_nip: k.pegawaiNip, unit_pemilik_kinerja_id: k.unitPemilikKinerjaId,
      }).where('kegiatan.tahap', 'is', null)).execute();
    },

    ambil: (kunciKasus) => ambil(kunciKasus),

    async pindahTahap(p, periksa) {
      return db.transaction().execute(async (trx) => {
        const sudah = await trx.selectFrom('kegiatan_tahap').select('id').where('kunci', '=', p.kunci).executeTakeFirst();
        const kini = await trx.selectFrom('kegiatan').selectAll().where('kunci_kasus', '=', p.kunciKasus).forUpdate().executeTakeFirst();
        if (!kini) throw new Error(`Kegiatan ${p.kunciKasus} tidak terdaftar.`);
        if (sudah) return toKegiatan(kini);
        const galat = periksa(kini.tahap);
        if (galat) throw new Error(`Kegiatan ${p.kunciKasus}: ${galat}`);
        await trx.insertInto('kegiatan_tahap').values({ kunci: p.kunci, kunci_kasus: p.kunciKasus, dari: kini.tahap, ke: p.ke, aktor_nip: p.aktorNip }).execute();
        await trx.updateTable('kegiatan').set({ tahap: p.ke, diperbarui_pada: sql<string>`now()` }).where('kunci_kasus', '=', p.kunciKasus).execute();
        await trx.insertInto('audit_log').values({
          aktor: p.aktorNip, aksi: `KEGIATAN_${p.ke}`, process_instance_id: p.kunciKasus, data: JSON.stringify({ dari: kini.tahap, ke: p.ke }),
        }).execute();
        const hasil = await ambil(p.kunciKasus, trx);
        if (!hasil) throw new Error(`Kegiatan ${p.kunciKasus} hilang.`);
        return hasil;
      });
    },

    async byPenugasan(penugasanId) {
      const row = await db.selectFrom('kegiatan').selectAll().where('penugasan_id', '=', penugasanId).orderBy('dibuat_pada', 'desc').executeTakeFirst();
      return row && toKegiatan(row);
    },

    async riwayatTahap(kunciKasus) {
      const rows = await db.selectFrom('kegiatan_tahap').selectAll().where('kunci_kasus', '=', kunciKasus).orderBy('id').execute();
      return rows.map((r) => ({ dari: r.dari, ke: r.ke, aktorNip: r.aktor_nip, waktu: new Date(r.waktu).toISOString() }));
    },
  };
}

function toKegiatan(row: Selectable<KegiatanTable>): KegiatanTercatat {
  return { kunciKasus: row.kunci_kasus, penugasanId: row.penugasan_id, pegawaiNip: row.pegawai_nip, unitPemilikKinerjaId: row.unit_pemilik_kinerja_id, tahap: row.tahap };
}
