import { sql, type Kysely } from 'kysely';

/**
 * Issue 12, official letters: the letter format of each instansi (kop, logo, numbering pattern), the number
 * sequences (one row per instansi, unit where wanted, and year; taken under a row lock), each letter's PDF
 * stored once with its SHA-256 (immutable, R-SYS-04), the in-app inbox of every addressee and tembusan, the
 * e-mail deliveries, and the e-mail addresses of pegawai.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('format_surat')
    .addColumn('instansi_id', 'text', (c) => c.primaryKey())
    .addColumn('format', 'jsonb', (c) => c.notNull())
    .addColumn('logo', 'bytea')
    .addColumn('logo_jenis', 'text')
    .addColumn('diubah_oleh', 'text', (c) => c.notNull())
    .addColumn('diubah_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema.createTable('nomor_surat_urut')
    .addColumn('instansi_id', 'text', (c) => c.notNull())
    /** '' for the instansi's one sequence, else the unit organisasi id. */
    .addColumn('lingkup', 'text', (c) => c.notNull())
    .addColumn('tahun', 'integer', (c) => c.notNull())
    .addColumn('terakhir', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('nomor_surat_urut_pk', ['instansi_id', 'lingkup', 'tahun'])
    .execute();

  await db.schema.alterTable('surat').addColumn('instansi_id', 'text').execute();
  await db.schema.alterTable('surat').addColumn('lingkup_nomor', 'text').execute();
  await db.schema.alterTable('surat').addColumn('tahun_nomor', 'integer').execute();
  await db.schema.alterTable('surat').addColumn('urut', 'integer').execute();
  // Two instansi may print the same number (their own patterns); within one instansi a number is unique.
  await db.schema.alterTable('surat').dropConstraint('surat_nomor_key').execute();
  await sql`create unique index surat_instansi_nomor on surat (coalesce(instansi_id, ''), nomor)`.execute(db);
  // A sequence number is used once per instansi, scope and year, whatever the pattern prints.
  await db.schema.createIndex('surat_urut_unik').on('surat').columns(['instansi_id', 'lingkup_nomor', 'tahun_nomor', 'urut']).unique().execute();

  await db.schema.createTable('dokumen_surat')
    .addColumn('surat_id', 'integer', (c) => c.primaryKey().references('surat.id'))
    .addColumn('pdf', 'bytea', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('ukuran', 'integer', (c) => c.notNull())
    .addColumn('dibuat_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create trigger dokumen_surat_tidak_berubah before update or delete on dokumen_surat
    for each row execute function tolak_perubahan_arsip()`.execute(db);

  await db.schema.createTable('kotak_masuk')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('surat_id', 'integer', (c) => c.notNull().references('surat.id'))
    .addColumn('nip', 'text', (c) => c.notNull())
    /** PENERIMA or TEMBUSAN. */
    .addColumn('sebagai', 'text', (c) => c.notNull())
    .addColumn('diterima_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('dibaca_pada', 'timestamptz')
    .addUniqueConstraint('kotak_masuk_surat_nip', ['surat_id', 'nip'])
    .execute();
  await db.schema.createIndex('kotak_masuk_nip').on('kotak_masuk').columns(['nip', 'id']).execute();

  await db.schema.createTable('kontak_pegawai')
    .addColumn('nip', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('diubah_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema.createTable('pengiriman_surel')
    .addColumn('surat_id', 'integer', (c) => c.notNull().references('surat.id'))
    .addColumn('nip', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('terkirim_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('pengiriman_surel_pk', ['surat_id', 'nip'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pengiriman_surel').execute();
  await db.schema.dropTable('kontak_pegawai').execute();
  await db.schema.dropTable('kotak_masuk').execute();
  await db.schema.dropTable('dokumen_surat').execute();
  await db.schema.dropIndex('surat_urut_unik').execute();
  await db.schema.dropIndex('surat_instansi_nomor').execute();
  await db.schema.alterTable('surat').addUniqueConstraint('surat_nomor_key', ['nomor']).execute();
  for (const c of ['urut', 'tahun_nomor', 'lingkup_nomor']) await db.schema.alterTable('surat').dropColumn(c).execute();
  await db.schema.alterTable('surat').dropColumn('instansi_id').execute();
  await db.schema.dropTable('nomor_surat_urut').execute();
  await db.schema.dropTable('format_surat').execute();
}
