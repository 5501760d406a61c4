import { sql, type Kysely } from 'kysely';

/**
 * What every flow (F1–F10) shares: the role holders resolved for a case (R-SYS-02 snapshot), the decisions
 * taken in it and the letters it issued (immutable, R-SYS-04), and penugasan of several pegawai per case
 * (F3: the daftar of assigned pegawai).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('peran_kasus')
    .addColumn('kunci_kasus', 'text', (c) => c.notNull())
    .addColumn('peran', 'text', (c) => c.notNull())
    .addColumn('nip', 'text', (c) => c.notNull())
    .addColumn('ditetapkan_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('peran_kasus_pk', ['kunci_kasus', 'peran'])
    .execute();

  await db.schema.createTable('keputusan_kasus')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    /** The completed user task: a redelivered validation records nothing twice. */
    .addColumn('task_id', 'text', (c) => c.notNull().unique())
    .addColumn('kunci_kasus', 'text', (c) => c.notNull())
    .addColumn('process_instance_id', 'text', (c) => c.notNull())
    .addColumn('langkah', 'text', (c) => c.notNull())
    .addColumn('aktor_nip', 'text', (c) => c.notNull())
    .addColumn('keputusan', 'text', (c) => c.notNull())
    .addColumn('alasan', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('waktu', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('keputusan_kasus_kunci').on('keputusan_kasus').column('kunci_kasus').execute();

  await db.schema.createTable('surat')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    /** The issuing activity instance: a redelivered task issues nothing twice. */
    .addColumn('kunci', 'text', (c) => c.notNull().unique())
    .addColumn('nomor', 'text', (c) => c.notNull().unique())
    .addColumn('kunci_kasus', 'text', (c) => c.notNull())
    .addColumn('process_instance_id', 'text', (c) => c.notNull())
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('perihal', 'text', (c) => c.notNull())
    .addColumn('penandatangan_nip', 'text', (c) => c.notNull())
    .addColumn('penerima', 'jsonb', (c) => c.notNull())
    .addColumn('tembusan', 'jsonb', (c) => c.notNull())
    .addColumn('isi', 'jsonb', (c) => c.notNull())
    .addColumn('diterbitkan_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('surat_kunci_kasus').on('surat').column('kunci_kasus').execute();

  // R-SYS-04: letters and decisions are immutable; the database refuses to change or delete them.
  await sql`create function tolak_perubahan_arsip() returns trigger language plpgsql as $$
    begin raise exception 'R-SYS-04: % tidak dapat diubah atau dihapus (arsip tidak dapat diubah)', tg_table_name; end $$`.execute(db);
  for (const table of ['surat', 'keputusan_kasus']) {
    await sql`create trigger ${sql.raw(`${table}_tidak_berubah`)} before update or delete on ${sql.table(table)}
      for each row execute function tolak_perubahan_arsip()`.execute(db);
  }

  // R-SYS-01: a duplicate is found by its key among cases that are open or approved.
  await db.schema.alterTable('permohonan').addColumn('kunci_duplikat', 'text').execute();
  await db.schema.alterTable('permohonan').addColumn('status', 'text', (c) => c.notNull().defaultTo('BERJALAN')).execute();
  await db.schema.createIndex('permohonan_kunci_duplikat').on('permohonan').column('kunci_duplikat').execute();

  await db.schema.alterTable('penugasan').dropConstraint('penugasan_process_instance_id_key').execute();
  await db.schema.alterTable('penugasan').addUniqueConstraint('penugasan_proses_pegawai', ['process_instance_id', 'pegawai_nip']).execute();
  await db.schema.alterTable('penugasan').addColumn('surat_nomor', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('penugasan').dropColumn('surat_nomor').execute();
  await db.schema.alterTable('penugasan').dropConstraint('penugasan_proses_pegawai').execute();
  await db.schema.alterTable('penugasan').addUniqueConstraint('penugasan_process_instance_id_key', ['process_instance_id']).execute();
  await db.schema.alterTable('permohonan').dropColumn('status').execute();
  await db.schema.alterTable('permohonan').dropColumn('kunci_duplikat').execute();
  await db.schema.dropTable('surat').execute();
  await db.schema.dropTable('keputusan_kasus').execute();
  await sql`drop function tolak_perubahan_arsip()`.execute(db);
  await db.schema.dropTable('peran_kasus').execute();
}
