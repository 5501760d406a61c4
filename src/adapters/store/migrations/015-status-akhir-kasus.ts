import { sql, type Kysely } from 'kysely';

/**
 * Issue 9 (every case finishes): when a case ended and how. `status` stays the case's state (BERJALAN while it runs);
 * the end events of every flow write its final value (DITETAPKAN, DITOLAK, DIBATALKAN, SELESAI, KEDALUWARSA,
 * TIDAK_VALID, DIHENTIKAN) and `selesai_pada`. Only BERJALAN, DITETAPKAN and SELESAI cases count as duplicates (R-SYS-01).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('permohonan').addColumn('selesai_pada', 'timestamptz').execute();
  await db.schema.alterTable('permohonan').addColumn('akhir_di', 'text').execute();
  await db.schema.alterTable('permohonan').addCheckConstraint('permohonan_status_dikenal',
    sql`status in ('BERJALAN', 'DITETAPKAN', 'DITOLAK', 'TIDAK_VALID', 'DIBATALKAN', 'SELESAI', 'KEDALUWARSA', 'DIHENTIKAN')`).execute();
  await db.schema.createIndex('permohonan_status').on('permohonan').column('status').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('permohonan_status').execute();
  await db.schema.alterTable('permohonan').dropConstraint('permohonan_status_dikenal').execute();
  await db.schema.alterTable('permohonan').dropColumn('akhir_di').execute();
  await db.schema.alterTable('permohonan').dropColumn('selesai_pada').execute();
}
