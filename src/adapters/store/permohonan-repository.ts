import { sql, type Kysely } from 'kysely';
import type { PermohonanRepository } from '../../application/ports.js';
import { STATUS_DIHITUNG_DUPLIKAT, type StatusKasus } from '../../domain/status-kasus.js';
import type { Database } from './schema.js';

export function createPermohonanRepository(db: Kysely<Database>): PermohonanRepository {
  return {
    async simpan(p) {
      await db.insertInto('permohonan').values({ business_key: p.businessKey, jenis: p.jenis, pengusul_nip: p.pengusulNip, data: JSON.stringify(p.data) }).execute();
    },
    async tautkan(businessKey, processInstanceId) {
      await db.updateTable('permohonan').set({ process_instance_id: processInstanceId }).where('business_key', '=', businessKey).execute();
    },
    async tetapkanPejabat(businessKey, pejabatNip) {
      await db.updateTable('permohonan').set({ pejabat_nip: pejabatNip }).where('business_key', '=', businessKey).execute();
    },
    async ambil(businessKey) {
      const row = await db.selectFrom('permohonan').selectAll().where('business_key', '=', businessKey).executeTakeFirst();
      return row && { businessKey: row.business_key, processInstanceId: row.process_instance_id, pengusulNip: row.pengusul_nip, pejabatNip: row.pejabat_nip, data: row.data };
    },
    async daftarkan(p) {
      return db.transaction().execute(async (trx) => {
        // R-SYS-01 under concurrency: requests with the same duplicate key register one after the other (a
        // transaction-scoped advisory lock), so of two racing duplicates the second always sees the first.
        await sql`select pg_advisory_xact_lock(hashtext(${`permohonan|${p.kunciDuplikat}`}))`.execute(trx);
        await trx.insertInto('permohonan').values({
          business_key: p.businessKey, jenis: p.jenis, process_instance_id: p.processInstanceId, pengusul_nip: p.pengusulNip,
          data: JSON.stringify(p.data), kunci_duplikat: p.kunciDuplikat,
        }).onConflict((oc) => oc.column('business_key').doUpdateSet({ data: JSON.stringify(p.data), kunci_duplikat: p.kunciDuplikat, status: 'BERJALAN' })
          // The case key is tied to the instance that registered it: another instance never overwrites the request.
          .where('permohonan.process_instance_id', '=', p.processInstanceId)).execute();
        const pemilik = await trx.selectFrom('permohonan').select('process_instance_id').where('business_key', '=', p.businessKey).executeTakeFirstOrThrow();
        if (pemilik.process_instance_id !== p.processInstanceId) {
          throw new Error(`Permohonan ${p.businessKey} didaftarkan oleh instance proses lain; instance ${p.processInstanceId} tidak boleh mengubahnya.`);
        }
        const other = await trx.selectFrom('permohonan').select('business_key')
          .where('kunci_duplikat', '=', p.kunciDuplikat).where('business_key', '!=', p.businessKey)
          .where('status', 'in', [...STATUS_DIHITUNG_DUPLIKAT]).orderBy('diajukan_pada').executeTakeFirst();
        return { duplikatDari: other?.business_key };
      });
    },
    async klaimInstans(businessKey, processInstanceId) {
      await db.updateTable('permohonan').set({ process_instance_id: processInstanceId })
        .where('business_key', '=', businessKey).where('process_instance_id', 'is', null).execute();
      const row = await db.selectFrom('permohonan').select('process_instance_id').where('business_key', '=', businessKey).executeTakeFirst();
      return row?.process_instance_id ?? null;
    },
    async ubahStatus(businessKey, status) {
      await db.updateTable('permohonan').set({ status }).where('business_key', '=', businessKey).execute();
    },
    async tutup(businessKey, akhir) {
      await db.updateTable('permohonan').set({ status: akhir.status, akhir_di: akhir.akhirDi, selesai_pada: new Date().toISOString() })
        .where('business_key', '=', businessKey)
        .where((eb) => eb.or([eb('akhir_di', 'is', null), eb('akhir_di', '!=', akhir.akhirDi), eb('status', '!=', akhir.status)])).execute();
    },
    async status(businessKey) {
      const row = await db.selectFrom('permohonan').select(['status', 'akhir_di', 'selesai_pada']).where('business_key', '=', businessKey).executeTakeFirst();
      return row && { status: row.status as StatusKasus, akhirDi: row.akhir_di, selesaiPada: row.selesai_pada ? new Date(row.selesai_pada).toISOString() : null };
    },
    async hapus(businessKey) {
      await db.deleteFrom('permohonan').where('business_key', '=', businessKey).execute();
    },
  };
}
