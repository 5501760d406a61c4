import { sql, type Kysely } from 'kysely';

/**
 * Production mode: the individual initial password of each pegawai made (or re-activated) by the identity sync,
 * readable only by the organisation admin of their instansi (GET /api/organisasi/kata-sandi-awal). A later sync
 * replaces a pegawai's row; a deactivated pegawai's row is removed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('kata_sandi_awal')
    .addColumn('nip', 'text', (c) => c.primaryKey())
    .addColumn('instansi_id', 'text', (c) => c.notNull())
    .addColumn('kata_sandi', 'text', (c) => c.notNull())
    .addColumn('dibuat_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('kata_sandi_awal_instansi').on('kata_sandi_awal').column('instansi_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kata_sandi_awal').execute();
}
