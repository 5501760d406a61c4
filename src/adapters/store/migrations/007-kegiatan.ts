import { sql, type Kysely } from 'kysely';

/**
 * F8 pelaksanaan kegiatan: the stage each case is in and the log of its transitions (R-NAT-44 in order;
 * R-SYS-04 immutable audit). One kegiatan per case; a transition is recorded once per activity instance.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('kegiatan')
    .addColumn('kunci_kasus', 'text', (c) => c.primaryKey())
    .addColumn('penugasan_id', 'integer', (c) => c.notNull())
    .addColumn('pegawai_nip', 'text', (c) => c.notNull())
    .addColumn('unit_pemilik_kinerja_id', 'text', (c) => c.notNull())
    .addColumn('tahap', 'text')
    .addColumn('dibuat_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('diperbarui_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('kegiatan_penugasan').on('kegiatan').column('penugasan_id').execute();

  await db.schema.createTable('kegiatan_tahap')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kunci', 'text', (c) => c.notNull().unique())
    .addColumn('kunci_kasus', 'text', (c) => c.notNull())
    .addColumn('dari', 'text')
    .addColumn('ke', 'text', (c) => c.notNull())
    .addColumn('aktor_nip', 'text', (c) => c.notNull())
    .addColumn('waktu', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('kegiatan_tahap_kunci_kasus').on('kegiatan_tahap').column('kunci_kasus').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kegiatan_tahap').execute();
  await db.schema.dropTable('kegiatan').execute();
}
