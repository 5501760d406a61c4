import { sql, type Kysely } from 'kysely';

/**
 * The organisation directory with history by effective date (issue "Organisation directory"): kedudukan,
 * unit leaders, Pejabat yang Berwenang and delegations become dated records; master-data changes keep the
 * previous version in pegawai_riwayat. Existing rows of 001 are carried over.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('instansi').addColumn('jenis', 'text', (c) => c.notNull().defaultTo('PROVINSI')).execute();
  await db.schema.alterTable('instansi').addColumn('profil', 'text', (c) => c.notNull().defaultTo('NAT')).execute();
  await db.schema.alterTable('unit_organisasi').addColumn('pola', 'text').execute();
  for (const [name, type, dflt] of [
    ['status_kepegawaian', 'text', sql`'PNS'`], ['jenjang', 'text', null], ['golongan', 'text', null],
    ['pendidikan', 'text', null], ['pengalaman', 'jsonb', sql`'[]'::jsonb`],
  ] as const) {
    await db.schema.alterTable('pegawai').addColumn(name, type, (c) => (dflt ? c.notNull().defaultTo(dflt) : c)).execute();
  }

  await db.schema.createTable('kedudukan')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('nip', 'text', (c) => c.notNull().references('pegawai.nip'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit_organisasi.id'))
    .addColumn('ppk_nip', 'text', (c) => c.references('pegawai.nip'))
    .addColumn('mulai', 'date', (c) => c.notNull())
    .addColumn('selesai', 'date')
    .addUniqueConstraint('kedudukan_nip_mulai', ['nip', 'mulai'])
    .addCheckConstraint('kedudukan_periode', sql`selesai is null or selesai >= mulai`)
    .execute();
  await db.schema.createTable('pimpinan_unit')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit_organisasi.id'))
    .addColumn('nip', 'text', (c) => c.notNull().references('pegawai.nip'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('DEFINITIF', 'PLT', 'PLH')`))
    .addColumn('mulai', 'date', (c) => c.notNull())
    .addColumn('selesai', 'date')
    .addUniqueConstraint('pimpinan_unit_kunci', ['unit_id', 'status', 'mulai'])
    .addCheckConstraint('pimpinan_unit_periode', sql`selesai is null or selesai >= mulai`)
    .execute();
  await db.schema.createTable('pejabat_berwenang')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('instansi_id', 'text', (c) => c.notNull().references('instansi.id'))
    .addColumn('nip', 'text', (c) => c.notNull().references('pegawai.nip'))
    .addColumn('mulai', 'date', (c) => c.notNull())
    .addColumn('selesai', 'date')
    .addUniqueConstraint('pejabat_berwenang_kunci', ['instansi_id', 'mulai'])
    .addCheckConstraint('pejabat_berwenang_periode', sql`selesai is null or selesai >= mulai`)
    .execute();
  await db.schema.createTable('delegasi')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('pemberi_nip', 'text', (c) => c.notNull().references('pegawai.nip'))
    .addColumn('penerima_nip', 'text', (c) => c.notNull().references('pegawai.nip'))
    .addColumn('dasar', 'text', (c) => c.notNull())
    .addColumn('mulai', 'date', (c) => c.notNull())
    .addColumn('selesai', 'date')
    .addUniqueConstraint('delegasi_kunci', ['pemberi_nip', 'penerima_nip', 'mulai'])
    .addCheckConstraint('delegasi_periode', sql`selesai is null or selesai >= mulai`)
    .execute();
  await db.schema.createTable('pegawai_riwayat')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('nip', 'text', (c) => c.notNull().references('pegawai.nip'))
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('diganti_pada', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('pegawai_riwayat_nip').on('pegawai_riwayat').column('nip').execute();
  await db.schema.createIndex('pimpinan_unit_nip').on('pimpinan_unit').column('nip').execute();
  await db.schema.createIndex('pegawai_instansi').on('pegawai').column('instansi_id').execute();
  await db.schema.createIndex('unit_instansi').on('unit_organisasi').column('instansi_id').execute();

  // Carry the 001 rows over: a kedudukan per placed pegawai, a definitive leader per led unit.
  await sql`insert into kedudukan (nip, unit_id, ppk_nip, mulai)
            select nip, unit_organisasi_id, ppk_nip, kedudukan_sejak from pegawai where kedudukan_sejak is not null`.execute(db);
  await sql`insert into pimpinan_unit (unit_id, nip, status, mulai)
            select u.id, u.pimpinan_nip, 'DEFINITIF', coalesce(p.kedudukan_sejak, date '2000-01-01')
            from unit_organisasi u join pegawai p on p.nip = u.pimpinan_nip`.execute(db);
  await db.schema.alterTable('unit_organisasi').dropColumn('pimpinan_nip').execute();
  for (const column of ['unit_organisasi_id', 'ppk_nip', 'kedudukan_sejak']) {
    await db.schema.alterTable('pegawai').dropColumn(column).execute();
  }
}

export function down(): Promise<void> {
  return Promise.reject(new Error('003-direktori-berlaku cannot be undone: the dated history has no place in the 001 schema.'));
}
