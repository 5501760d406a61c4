import { sql, type Kysely } from 'kysely';

/**
 * Issue 10, the modeler. `draf_model`: an analyst's working copy of a flow for their instansi (one per instansi and
 * process key; saving again replaces it). `publikasi_model`: the audit of every publish (who, when, which version,
 * why, what changed against the version deployed before), never updated.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('draf_model')
    .addColumn('instansi_id', 'text', (c) => c.notNull())
    .addColumn('proses_key', 'text', (c) => c.notNull())
    .addColumn('xml', 'text', (c) => c.notNull())
    .addColumn('disimpan_oleh', 'text', (c) => c.notNull())
    .addColumn('disimpan_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('draf_model_pk', ['instansi_id', 'proses_key'])
    .execute();
  await db.schema.createTable('publikasi_model')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('instansi_id', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('proses_key', 'text', (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull())
    .addColumn('process_definition_id', 'text', (c) => c.notNull())
    .addColumn('deployment_id', 'text', (c) => c.notNull())
    .addColumn('oleh', 'text', (c) => c.notNull())
    .addColumn('alasan', 'text', (c) => c.notNull())
    .addColumn('perubahan', 'text', (c) => c.notNull())
    .addColumn('dipublikasikan_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('publikasi_model_instansi').on('publikasi_model').columns(['instansi_id', 'proses_key']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publikasi_model').execute();
  await db.schema.dropTable('draf_model').execute();
}
