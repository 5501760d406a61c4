import { sql, type Kysely } from 'kysely';

/** The first schema: the organisation of the foundation slice and the penugasan register. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('instansi')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('nama', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('unit_organisasi')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instansi_id', 'text', (c) => c.notNull().references('instansi.id'))
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('induk_id', 'text', (c) => c.references('unit_organisasi.id'))
    .addColumn('pimpinan_nip', 'text')
    .execute();
  await db.schema.createTable('pegawai')
    .addColumn('nip', 'text', (c) => c.primaryKey().check(sql`nip ~ '^[0-9]{18}$'`))
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('instansi_id', 'text', (c) => c.notNull().references('instansi.id'))
    .addColumn('unit_organisasi_id', 'text', (c) => c.notNull().references('unit_organisasi.id'))
    .addColumn('jabatan_nama', 'text', (c) => c.notNull())
    .addColumn('jabatan_kategori', 'text', (c) => c.notNull())
    .addColumn('kompetensi', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('ppk_nip', 'text', (c) => c.references('pegawai.nip'))
    .addColumn('kedudukan_sejak', 'date')
    .addColumn('aktif', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await db.schema.createTable('penugasan')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('process_instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('bentuk', 'text', (c) => c.notNull().check(sql`bentuk in ('PENUNJUKAN', 'PENGAJUAN_SUKARELA')`))
    .addColumn('ruang_lingkup', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('DITETAPKAN', 'DITOLAK')`))
    .addColumn('pegawai_nip', 'text', (c) => c.notNull().references('pegawai.nip'))
    .addColumn('unit_pemilik_kinerja_id', 'text', (c) => c.notNull().references('unit_organisasi.id'))
    .addColumn('pengusul_nip', 'text', (c) => c.notNull())
    .addColumn('penetap_nip', 'text', (c) => c.notNull())
    .addColumn('uraian_tugas', 'text', (c) => c.notNull())
    .addColumn('target_kinerja', 'text', (c) => c.notNull())
    .addColumn('kompetensi_dibutuhkan', 'jsonb', (c) => c.notNull())
    .addColumn('tanggal_mulai', 'date', (c) => c.notNull())
    .addColumn('tanggal_selesai', 'date', (c) => c.notNull())
    .addColumn('alasan', 'text')
    .addColumn('dicatat_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('penugasan_periode', sql`tanggal_selesai >= tanggal_mulai`)
    .addCheckConstraint('penugasan_alasan_tolak', sql`status <> 'DITOLAK' or length(trim(alasan)) > 0`)
    .execute();
  await db.schema.createIndex('penugasan_pegawai').on('penugasan').column('pegawai_nip').execute();
  await db.schema.createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('waktu', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('aktor', 'text', (c) => c.notNull())
    .addColumn('aksi', 'text', (c) => c.notNull())
    .addColumn('process_instance_id', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'penugasan', 'pegawai', 'unit_organisasi', 'instansi']) {
    await db.schema.dropTable(table).execute();
  }
}
