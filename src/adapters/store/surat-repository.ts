import { sql, type Kysely } from 'kysely';
import type { KotakMasukItem, SuratRepository } from '../../application/surat/ports.js';
import type { Database } from './schema.js';
import { toSurat } from './kasus-repository.js';

/** Letter formats, PDFs (immutable, R-SYS-04), the inbox and e-mail deliveries of issue 12. */
export function createSuratRepository(db: Kysely<Database>): SuratRepository {
  return {
    async format(instansiId) {
      const row = await db.selectFrom('format_surat').selectAll().where('instansi_id', '=', instansiId).executeTakeFirst();
      if (!row) return undefined;
      return { format: row.format, logo: row.logo && row.logo_jenis ? { isi: new Uint8Array(row.logo), jenis: row.logo_jenis } : null };
    },

    async aturFormat(instansiId, format, logo, oleh) {
      const values = { format: JSON.stringify(format), logo: logo ? Buffer.from(logo.isi) : null, logo_jenis: logo?.jenis ?? null, diubah_oleh: oleh };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('format_surat').values({ instansi_id: instansiId, ...values })
          .onConflict((oc) => oc.column('instansi_id').doUpdateSet({ ...values, diubah_pada: sql<string>`now()` })).execute();
        await trx.insertInto('audit_log').values({ aktor: oleh, aksi: 'FORMAT_SURAT', process_instance_id: null, data: JSON.stringify({ instansiId, format, logo: logo?.jenis ?? null }) }).execute();
      });
    },

    async dokumen(suratId) {
      const row = await db.selectFrom('dokumen_surat').select(['surat_id', 'pdf', 'sha256']).where('surat_id', '=', suratId).executeTakeFirst();
      return row && { suratId: row.surat_id, pdf: new Uint8Array(row.pdf), sha256: row.sha256 };
    },

    async simpanDokumen(d) {
      await db.insertInto('dokumen_surat').values({ surat_id: d.suratId, pdf: Buffer.from(d.pdf), sha256: d.sha256, ukuran: d.pdf.byteLength })
        .onConflict((oc) => oc.column('surat_id').doNothing()).execute();
      const row = await db.selectFrom('dokumen_surat').select(['surat_id', 'pdf', 'sha256']).where('surat_id', '=', d.suratId).executeTakeFirstOrThrow();
      return { suratId: row.surat_id, pdf: new Uint8Array(row.pdf), sha256: row.sha256 };
    },

    async byId(id) {
      const row = await db.selectFrom('surat').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSurat(row);
    },

    async kotakMasuk(nip, f) {
      let q = db.selectFrom('kotak_masuk as k').innerJoin('surat as s', 's.id', 'k.surat_id')
        .select(['k.id', 'k.surat_id', 's.nomor', 's.jenis', 's.perihal', 's.penandatangan_nip', 'k.sebagai', 'k.diterima_pada', 'k.dibaca_pada'])
        .where('k.nip', '=', nip);
      if (f.status === 'BELUM_DIBACA') q = q.where('k.dibaca_pada', 'is', null);
      if (f.status === 'DIBACA') q = q.where('k.dibaca_pada', 'is not', null);
      const rows = await q.orderBy('k.id', 'desc').limit(f.limit).offset(f.offset).execute();
      return rows.map((r): KotakMasukItem => ({
        id: r.id, suratId: r.surat_id, nomor: r.nomor, jenis: r.jenis, perihal: r.perihal, penandatanganNip: r.penandatangan_nip,
        sebagai: r.sebagai as KotakMasukItem['sebagai'], diterimaPada: new Date(r.diterima_pada).toISOString(),
        dibacaPada: r.dibaca_pada ? new Date(r.dibaca_pada).toISOString() : null,
      }));
    },

    async tandaiDibaca(nip, suratId) {
      const r = await db.updateTable('kotak_masuk').set({ dibaca_pada: sql<string>`coalesce(dibaca_pada, now())` })
        .where('nip', '=', nip).where('surat_id', '=', suratId).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async email(nips) {
      if (nips.length === 0) return {};
      const rows = await db.selectFrom('kontak_pegawai').select(['nip', 'email']).where('nip', 'in', [...nips]).execute();
      return Object.fromEntries(rows.map((r) => [r.nip, r.email]));
    },

    async aturEmail(kontak) {
      if (kontak.length === 0) return;
      await db.insertInto('kontak_pegawai').values(kontak.map((k) => ({ nip: k.nip, email: k.email })))
        .onConflict((oc) => oc.column('nip').doUpdateSet((eb) => ({ email: eb.ref('excluded.email'), diubah_pada: sql<string>`now()` }))).execute();
    },

    async sudahDikirim(suratId) {
      return (await db.selectFrom('pengiriman_surel').select('nip').where('surat_id', '=', suratId).execute()).map((r) => r.nip);
    },

    async catatKiriman(k) {
      await db.insertInto('pengiriman_surel').values({ surat_id: k.suratId, nip: k.nip, email: k.email, message_id: k.messageId })
        .onConflict((oc) => oc.columns(['surat_id', 'nip']).doNothing()).execute();
    },
  };
}
