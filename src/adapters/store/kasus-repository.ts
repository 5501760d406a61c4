import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { KasusRepository, KeputusanTercatat, SuratTercatat } from '../../application/ports.js';
import type { JenisSurat } from '../../domain/kasus.js';
import { formatNomor } from '../../domain/surat/format-surat.js';
import type { Database, KeputusanKasusTable, SuratTable } from './schema.js';

export function createKasusRepository(db: Kysely<Database>): KasusRepository {
  return {
    async tetapkanPeran(kunciKasus, peran, nip) {
      await db.insertInto('peran_kasus').values({ kunci_kasus: kunciKasus, peran, nip })
        .onConflict((oc) => oc.columns(['kunci_kasus', 'peran']).doUpdateSet({ nip, ditetapkan_pada: sql<string>`now()` }))
        .execute();
    },

    async peran(kunciKasus) {
      const rows = await db.selectFrom('peran_kasus').select(['peran', 'nip']).where('kunci_kasus', '=', kunciKasus).execute();
      return Object.fromEntries(rows.map((r) => [r.peran, r.nip]));
    },

    async catatKeputusan(k) {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx.insertInto('keputusan_kasus').values({
          task_id: k.taskId, kunci_kasus: k.kunciKasus, process_instance_id: k.processInstanceId, langkah: k.langkah,
          aktor_nip: k.aktorNip, keputusan: k.keputusan, alasan: k.alasan, data: JSON.stringify(k.data),
        }).onConflict((oc) => oc.column('task_id').doNothing()).returning('id').executeTakeFirst();
        if (inserted) {
          await trx.insertInto('audit_log').values({
            aktor: k.aktorNip, aksi: `KEPUTUSAN_${k.langkah}`, process_instance_id: k.processInstanceId,
            data: JSON.stringify({ keputusan: k.keputusan, alasan: k.alasan, ...k.data }),
          }).execute();
        }
        const row = await trx.selectFrom('keputusan_kasus').selectAll().where('task_id', '=', k.taskId).executeTakeFirstOrThrow();
        return toKeputusan(row);
      });
    },

    async keputusan(kunciKasus) {
      const rows = await db.selectFrom('keputusan_kasus').selectAll().where('kunci_kasus', '=', kunciKasus).orderBy('id').execute();
      return rows.map(toKeputusan);
    },

    async terbitkanSurat(s) {
      return db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('surat').selectAll().where('kunci', '=', s.kunci).executeTakeFirst();
        if (existing) return { created: false, surat: toSurat(existing) };
        const p = s.penomoran;
        // One row per instansi (unit), year: its row lock orders concurrent issuers; a rollback returns the number.
        const urut = await ambilNomorUrut(trx, p.instansiId, p.lingkup, p.tahun);
        // A redelivered task that raced the first delivery finds the letter once the lock is ours.
        const raced = await trx.selectFrom('surat').selectAll().where('kunci', '=', s.kunci).executeTakeFirst();
        if (raced) throw new Error(`Surat untuk ${s.kunci} sedang diterbitkan oleh pengiriman lain; dicoba lagi.`);
        const nomor = formatNomor(p, urut);
        const row = await trx.insertInto('surat').values({
          kunci: s.kunci, nomor, kunci_kasus: s.kunciKasus, process_instance_id: s.processInstanceId, jenis: s.jenis,
          perihal: s.perihal, penandatangan_nip: s.penandatanganNip, penerima: JSON.stringify(s.penerima),
          tembusan: JSON.stringify(s.tembusan), isi: JSON.stringify(s.isi),
          instansi_id: p.instansiId, lingkup_nomor: p.lingkup, tahun_nomor: p.tahun, urut,
        }).returningAll().executeTakeFirstOrThrow();
        // Delivery (issue 12 item 4): every addressee and tembusan finds it in their inbox, once (R-SYS-05).
        const kotak = [...s.penerima.map((nip) => ({ nip, sebagai: 'PENERIMA' })), ...s.tembusan.map((t) => ({ nip: t.nip, sebagai: 'TEMBUSAN' }))]
          .filter((k, i, all) => all.findIndex((x) => x.nip === k.nip) === i);
        if (kotak.length > 0) {
          await trx.insertInto('kotak_masuk').values(kotak.map((k) => ({ surat_id: row.id, nip: k.nip, sebagai: k.sebagai })))
            .onConflict((oc) => oc.columns(['surat_id', 'nip']).doNothing()).execute();
        }
        await trx.insertInto('audit_log').values({
          aktor: s.penandatanganNip, aksi: `SURAT_${s.jenis}`, process_instance_id: s.processInstanceId,
          data: JSON.stringify({ nomor, penerima: s.penerima, tembusan: s.tembusan }),
        }).execute();
        return { created: true, surat: toSurat(row) };
      });
    },

    async surat(kunciKasus) {
      const rows = await db.selectFrom('surat').selectAll().where('kunci_kasus', '=', kunciKasus).orderBy('id').execute();
      return rows.map(toSurat);
    },

    async pihak(kunciKasus) {
      const { rows } = await sql<{ nip: string }>`with pihak as (${PIHAK_KASUS}) select distinct nip from pihak where kunci = ${kunciKasus} and nip is not null`.execute(db);
      return rows.map((r) => r.nip);
    },

    async kasusBersama(nipA, nipB) {
      const { rows } = await sql<{ ada: number }>`with pihak as (${PIHAK_KASUS})
        select 1 as ada from pihak a join pihak b on a.kunci = b.kunci where a.nip = ${nipA} and b.nip = ${nipB} limit 1`.execute(db);
      return rows.length > 0;
    },

    async kasusDiikuti(nip, batas) {
      const { rows } = await sql<{ business_key: string; process_instance_id: string | null; jenis: string; pengusul_nip: string; status: string; diajukan_pada: Date | string }>`
        with pihak as (${PIHAK_KASUS}), milik as (select distinct kunci from pihak where nip = ${nip})
        select p.business_key, p.process_instance_id, p.jenis, p.pengusul_nip, p.status, p.diajukan_pada from permohonan p
        where p.business_key in (select kunci from milik) or p.process_instance_id in (select kunci from milik)
        order by p.diajukan_pada desc, p.business_key limit ${batas}`.execute(db);
      return rows.map((r) => ({
        kunci: r.business_key, processInstanceId: r.process_instance_id, jenis: r.jenis, pengusulNip: r.pengusul_nip,
        status: r.status, diajukanPada: new Date(r.diajukan_pada).toISOString(),
      }));
    },

    async suratByNomor(nomor) {
      const row = await db.selectFrom('surat').selectAll().where('nomor', '=', nomor).executeTakeFirst();
      return row && toSurat(row);
    },

    async tautan(kunciKasus) {
      const rows = await db.selectFrom('instans_kasus').select(['kunci_kasus', 'proses', 'process_instance_id', 'asal'])
        .where('kunci_kasus', '=', kunciKasus).orderBy('id').execute();
      return rows.map((r) => ({ kunciKasus: r.kunci_kasus, proses: r.proses, processInstanceId: r.process_instance_id, asal: r.asal }));
    },

    async siapkanTautan(kunciKasus, proses) {
      await db.transaction().execute(async (trx) => {
        const ada = await trx.selectFrom('instans_kasus').select('id').where('kunci_kasus', '=', kunciKasus).where('proses', '=', proses).executeTakeFirst();
        if (!ada) await trx.insertInto('instans_kasus').values({ kunci_kasus: kunciKasus, proses, asal: 'PESAN' }).execute();
      });
    },

    async tautkanInstans(t) {
      await db.transaction().execute(async (trx) => {
        const sudah = await trx.selectFrom('instans_kasus').select(['kunci_kasus']).where('process_instance_id', '=', t.processInstanceId).executeTakeFirst();
        if (sudah) {
          if (sudah.kunci_kasus !== t.kunciKasus) throw new Error(`Instance ${t.processInstanceId} sudah tertaut ke kasus ${sudah.kunci_kasus}.`);
          return;
        }
        const menunggu = t.asal === 'PESAN'
          ? await trx.selectFrom('instans_kasus').select('id').where('kunci_kasus', '=', t.kunciKasus).where('proses', '=', t.proses)
            .where('process_instance_id', 'is', null).executeTakeFirst()
          : undefined;
        if (menunggu) {
          await trx.updateTable('instans_kasus').set({ process_instance_id: t.processInstanceId, induk_process_instance_id: t.indukProcessInstanceId })
            .where('id', '=', menunggu.id).execute();
        } else {
          await trx.insertInto('instans_kasus').values({
            kunci_kasus: t.kunciKasus, proses: t.proses, process_instance_id: t.processInstanceId, asal: t.asal, induk_process_instance_id: t.indukProcessInstanceId,
          }).execute();
        }
        await trx.insertInto('audit_log').values({
          aktor: 'sistem', aksi: 'TAUTKAN_INSTANS', process_instance_id: t.processInstanceId,
          data: JSON.stringify({ kunciKasus: t.kunciKasus, proses: t.proses, asal: t.asal, induk: t.indukProcessInstanceId }),
        }).execute();
      });
    },
  };
}

/** Who takes part in which case (kunci): the one definition behind pihak() and kasusBersama(). */
const PIHAK_KASUS = sql`
  select kunci_kasus as kunci, nip from peran_kasus
  union select business_key, pengusul_nip from permohonan
  union select process_instance_id, pengusul_nip from permohonan where process_instance_id is not null
  union select kunci_kasus, aktor_nip from keputusan_kasus
  union select kunci_kasus, penandatangan_nip from surat
  union select s.kunci_kasus, e.nip from surat s cross join lateral jsonb_array_elements_text(s.penerima) as e(nip)
  union select s.kunci_kasus, t.value->>'nip' from surat s cross join lateral jsonb_array_elements(s.tembusan) as t(value)
  union select process_instance_id, pegawai_nip from penugasan
  union select process_instance_id, pengusul_nip from penugasan
  union select process_instance_id, penetap_nip from penugasan
  union select kunci_kasus, ketua_nip from tim_kerja where ketua_nip is not null
  union select t.kunci_kasus, a.nip from anggota_tim a join tim_kerja t on t.id = a.tim_id`;

function toKeputusan(row: Selectable<KeputusanKasusTable>): KeputusanTercatat {
  return {
    id: row.id, taskId: row.task_id, kunciKasus: row.kunci_kasus, processInstanceId: row.process_instance_id,
    langkah: row.langkah, aktorNip: row.aktor_nip, keputusan: row.keputusan, alasan: row.alasan, data: row.data,
    waktu: new Date(row.waktu).toISOString(),
  };
}

/** The next number of a sequence, under a row lock (SELECT ... FOR UPDATE) held until the transaction ends. */
async function ambilNomorUrut(trx: Transaction<Database>, instansiId: string, lingkup: string, tahun: number): Promise<number> {
  await trx.insertInto('nomor_surat_urut').values({ instansi_id: instansiId, lingkup, tahun, terakhir: 0 })
    .onConflict((oc) => oc.columns(['instansi_id', 'lingkup', 'tahun']).doNothing()).execute();
  const { terakhir } = await trx.selectFrom('nomor_surat_urut').select('terakhir')
    .where('instansi_id', '=', instansiId).where('lingkup', '=', lingkup).where('tahun', '=', tahun)
    .forUpdate().executeTakeFirstOrThrow();
  await trx.updateTable('nomor_surat_urut').set({ terakhir: terakhir + 1 })
    .where('instansi_id', '=', instansiId).where('lingkup', '=', lingkup).where('tahun', '=', tahun).execute();
  return terakhir + 1;
}

export function toSurat(row: Selectable<SuratTable>): SuratTercatat {
  return {
    instansiId: row.instansi_id,
    id: row.id, kunci: row.kunci, nomor: row.nomor, kunciKasus: row.kunci_kasus, processInstanceId: row.process_instance_id,
    jenis: row.jenis as JenisSurat, perihal: row.perihal, penandatanganNip: row.penandatangan_nip, penerima: row.penerima,
    tembusan: row.tembusan, isi: row.isi, diterbitkanPada: new Date(row.diterbitkan_pada).toISOString(),
  };
}
