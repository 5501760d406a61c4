import { sql, type Kysely } from 'kysely';

/**
 * R-NAT-45: coordination records of a tim kerja per phase (PERENCANAAN, PELAKSANAAN, PEMANTAUAN, EVALUASI).
 * `kunci` is unique: the same record posted twice (a retried request) is stored once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('koordinasi_tim')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kunci', 'text', (c) => c.notNull().unique())
    .addColumn('tim_id', 'integer', (c) => c.notNull().references('tim_kerja.id').onDelete('cascade'))
    .addColumn('tahap', 'text', (c) => c.notNull())
    .addColumn('tanggal', 'date', (c) => c.notNull())
    .addColumn('catatan', 'text', (c) => c.notNull())
    .addColumn('dicatat_oleh', 'text', (c) => c.notNull())
    .addColumn('dicatat_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('koordinasi_tim_tim_tahap').on('koordinasi_tim').columns(['tim_id', 'tahap']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('koordinasi_tim').execute();
}
