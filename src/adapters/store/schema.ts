import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Table types of the store. Dates are ISO strings (the date type parser is set to return text). */
export interface Database {
  instansi: InstansiTable;
  unit_organisasi: UnitOrganisasiTable;
  pegawai: PegawaiTable;
  penugasan: PenugasanTable;
  audit_log: AuditLogTable;
}

export interface InstansiTable {
  id: string;
  nama: string;
}

export interface UnitOrganisasiTable {
  id: string;
  instansi_id: string;
  nama: string;
  jenis: string;
  induk_id: string | null;
  pimpinan_nip: string | null;
}

export interface PegawaiTable {
  nip: string;
  nama: string;
  instansi_id: string;
  unit_organisasi_id: string;
  jabatan_nama: string;
  jabatan_kategori: string;
  kompetensi: JSONColumnType<string[]>;
  ppk_nip: string | null;
  kedudukan_sejak: string | null;
  aktif: boolean;
}

export interface PenugasanTable {
  id: Generated<number>;
  /** One penugasan record per process instance: the idempotency key of catat-penugasan/catat-penolakan. */
  process_instance_id: string;
  bentuk: string;
  ruang_lingkup: string;
  status: string;
  pegawai_nip: string;
  unit_pemilik_kinerja_id: string;
  pengusul_nip: string;
  penetap_nip: string;
  uraian_tugas: string;
  target_kinerja: string;
  kompetensi_dibutuhkan: JSONColumnType<string[]>;
  tanggal_mulai: string;
  tanggal_selesai: string;
  alasan: string | null;
  dicatat_pada: ColumnType<Date, string | undefined, never>;
}

export interface AuditLogTable {
  id: Generated<number>;
  waktu: ColumnType<Date, string | undefined, never>;
  aktor: string;
  aksi: string;
  process_instance_id: string | null;
  data: JSONColumnType<Record<string, unknown>>;
}
