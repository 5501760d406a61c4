import { sql, type Kysely } from 'kysely';

/**
 * The permohonan as submitted, and the pejabat resolved to decide it, kept in the store: the recording
 * workers read them from here, not from process variables a task completion could overwrite (R-SYS-02/04).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('permohonan')
    .addColumn('business_key', 'text', (c) => c.primaryKey())
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('process_instance_id', 'text', (c) => c.unique())
    .addColumn('pengusul_nip', 'text', (c) => c.notNull())
    .addColumn('pejabat_nip', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('diajukan_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('permohonan').execute();
}
