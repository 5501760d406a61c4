import { sql, type Kysely } from 'kysely';

/**
 * Tim kerja (RULES.md F6) and their members, one team per process instance (a redelivered registration
 * updates it, never duplicates it); a team penugasan references its team (R-NAT-04: mode TIM ⇒ timKerjaId).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('tim_kerja')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('process_instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('kunci_kasus', 'text', (c) => c.notNull())
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('unit_pemilik_id', 'text', (c) => c.notNull())
    .addColumn('ruang_lingkup', 'text', (c) => c.notNull())
    .addColumn('tahun', 'integer', (c) => c.notNull())
    .addColumn('tanggal_mulai', 'date', (c) => c.notNull())
    .addColumn('tanggal_selesai', 'date', (c) => c.notNull())
    .addColumn('ketua_nip', 'text')
    .addColumn('instrumen', 'text', (c) => c.notNull())
    .addColumn('tujuan', 'text')
    .addColumn('rincian_tugas', 'text', (c) => c.notNull())
    /** DIUSULKAN while the case runs; DITETAPKAN or DITOLAK when it ends. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('surat_nomor', 'text')
    .addColumn('dicatat_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('tim_kerja_unit_tahun').on('tim_kerja').columns(['unit_pemilik_id', 'tahun']).execute();

  await db.schema.createTable('anggota_tim')
    .addColumn('tim_id', 'integer', (c) => c.notNull().references('tim_kerja.id').onDelete('cascade'))
    .addColumn('nip', 'text', (c) => c.notNull())
    .addColumn('peran', 'text', (c) => c.notNull().check(sql`peran in ('KETUA', 'ANGGOTA', 'PENANGGUNG_JAWAB', 'SEKRETARIAT')`))
    .addPrimaryKeyConstraint('anggota_tim_pk', ['tim_id', 'nip'])
    .execute();
  await db.schema.createIndex('anggota_tim_nip').on('anggota_tim').column('nip').execute();

  await db.schema.alterTable('penugasan').addColumn('mode', 'text', (c) => c.notNull().defaultTo('INDIVIDU')).execute();
  await db.schema.alterTable('penugasan').addColumn('tim_kerja_id', 'integer', (c) => c.references('tim_kerja.id')).execute();
  await db.schema.alterTable('penugasan')
    .addCheckConstraint('penugasan_mode_tim', sql`mode in ('INDIVIDU', 'TIM') and (mode <> 'TIM' or tim_kerja_id is not null)`).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('penugasan').dropConstraint('penugasan_mode_tim').execute();
  await db.schema.alterTable('penugasan').dropColumn('tim_kerja_id').execute();
  await db.schema.alterTable('penugasan').dropColumn('mode').execute();
  await db.schema.dropTable('anggota_tim').execute();
  await db.schema.dropTable('tim_kerja').execute();
}
