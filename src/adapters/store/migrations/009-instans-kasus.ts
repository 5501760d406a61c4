import { sql, type Kysely } from 'kysely';

/**
 * Issue 8 (workers verify): the process instances that belong to a case besides the one that registered it
 * (permohonan.process_instance_id): a call activity's subprocess, the tujuan side of F3 started by our worker.
 * A pending link (process_instance_id null) is written before our worker starts the instance.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('instans_kasus')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kunci_kasus', 'text', (c) => c.notNull())
    .addColumn('proses', 'text', (c) => c.notNull())
    .addColumn('process_instance_id', 'text', (c) => c.unique())
    .addColumn('asal', 'text', (c) => c.notNull().check(sql`asal in ('PESAN', 'PANGGILAN')`))
    .addColumn('induk_process_instance_id', 'text')
    .addColumn('dibuat_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('instans_kasus_kunci').on('instans_kasus').column('kunci_kasus').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('instans_kasus').execute();
}
