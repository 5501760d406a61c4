import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Table types of the store. Dates are ISO strings (the date type parser is set to return text). */
export interface Database {
  instansi: InstansiTable;
  unit_organisasi: UnitOrganisasiTable;
  pegawai: PegawaiTable;
  penugasan: PenugasanTable;
  audit_log: AuditLogTable;
  kedudukan: KedudukanTable;
  pimpinan_unit: PimpinanUnitTable;
  pejabat_berwenang: PejabatBerwenangTable;
  delegasi: DelegasiTable;
  pegawai_riwayat: PegawaiRiwayatTable;
  permohonan: PermohonanTable;
  peran_kasus: PeranKasusTable;
  keputusan_kasus: KeputusanKasusTable;
  surat: SuratTable;
  tim_kerja: TimKerjaTable;
  anggota_tim: AnggotaTimTable;
  kegiatan: KegiatanTable;
  kegiatan_tahap: KegiatanTahapTable;
  koordinasi_tim: KoordinasiTimTable;
  instans_kasus: InstansKasusTable;
  kata_sandi_awal: KataSandiAwalTable;
  format_surat: FormatSuratTable;
  nomor_surat_urut: NomorSuratUrutTable;
  dokumen_surat: DokumenSuratTable;
  kotak_masuk: KotakMasukTable;
  kontak_pegawai: KontakPegawaiTable;
  pengiriman_surel: PengirimanSurelTable;
  draf_model: DrafModelTable;
  publikasi_model: PublikasiModelTable;
}

/** Issue 12 (migration 040): letter formats, number sequences, PDFs, inbox, e-mail. */
export interface FormatSuratTable {
  instansi_id: string;
  format: JSONColumnType<Record<string, unknown>>;
  logo: Uint8Array | null;
  logo_jenis: string | null;
  diubah_oleh: string;
  diubah_pada: ColumnType<Date, string | undefined, string>;
}

export interface NomorSuratUrutTable {
  instansi_id: string;
  lingkup: string;
  tahun: number;
  terakhir: number;
}

export interface DokumenSuratTable {
  surat_id: number;
  pdf: Uint8Array;
  sha256: string;
  ukuran: number;
  dibuat_pada: ColumnType<Date, string | undefined, never>;
}

export interface KotakMasukTable {
  id: Generated<number>;
  surat_id: number;
  nip: string;
  sebagai: string;
  diterima_pada: ColumnType<Date, string | undefined, never>;
  dibaca_pada: ColumnType<Date | null, string | undefined | null, string>;
}

export interface KontakPegawaiTable {
  nip: string;
  email: string;
  diubah_pada: ColumnType<Date, string | undefined, string>;
}

export interface PengirimanSurelTable {
  surat_id: number;
  nip: string;
  email: string;
  message_id: string;
  terkirim_pada: ColumnType<Date, string | undefined, never>;
}

export interface InstansKasusTable {
  id: Generated<number>;
  kunci_kasus: string;
  proses: string;
  process_instance_id: string | null;
  asal: string;
  induk_process_instance_id: string | null;
  dibuat_pada: ColumnType<Date, string | undefined, never>;
}

export interface PermohonanTable {
  business_key: string;
  jenis: string;
  process_instance_id: string | null;
  pengusul_nip: string;
  pejabat_nip: string | null;
  data: JSONColumnType<Record<string, unknown>>;
  diajukan_pada: ColumnType<Date, string | undefined, never>;
  kunci_duplikat: string | null;
  status: ColumnType<string, string | undefined, string>;
  selesai_pada: ColumnType<Date | null, string | undefined, string | null>;
  /** The end event that closed the case (issue 9). */
  akhir_di: string | null;
}

export interface InstansiTable {
  id: string;
  nama: string;
  jenis: string;
  profil: string;
}

export interface UnitOrganisasiTable {
  id: string;
  instansi_id: string;
  nama: string;
  jenis: string;
  induk_id: string | null;
  pola: string | null;
}

export interface PegawaiTable {
  nip: string;
  nama: string;
  instansi_id: string;
  jabatan_nama: string;
  jabatan_kategori: string;
  kompetensi: JSONColumnType<string[]>;
  aktif: boolean;
  status_kepegawaian: string;
  jenjang: string | null;
  golongan: string | null;
  pendidikan: string | null;
  pengalaman: JSONColumnType<{ bidang: string; tahun: number; bukti: string }[]>;
}

interface Berlaku {
  id: Generated<number>;
  mulai: string;
  selesai: string | null;
}

export interface KedudukanTable extends Berlaku {
  nip: string;
  unit_id: string;
  ppk_nip: string | null;
}

export interface PimpinanUnitTable extends Berlaku {
  unit_id: string;
  nip: string;
  status: string;
}

export interface PejabatBerwenangTable extends Berlaku {
  instansi_id: string;
  nip: string;
}

export interface DelegasiTable extends Berlaku {
  pemberi_nip: string;
  penerima_nip: string;
  dasar: string;
}

export interface PegawaiRiwayatTable {
  id: Generated<number>;
  nip: string;
  data: JSONColumnType<Record<string, unknown>>;
  diganti_pada: ColumnType<Date, string | undefined, never>;
}

export interface PenugasanTable {
  id: Generated<number>;
  /** One penugasan record per process instance: the idempotency key of catat-penugasan-kasus. */
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
  surat_nomor: string | null;
  dicatat_pada: ColumnType<Date, string | undefined, never>;
  /** R-NAT-04: INDIVIDU or TIM; a TIM penugasan references its team. */
  mode: ColumnType<string, string | undefined, string>;
  tim_kerja_id: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  waktu: ColumnType<Date, string | undefined, never>;
  aktor: string;
  aksi: string;
  process_instance_id: string | null;
  data: JSONColumnType<Record<string, unknown>>;
}

export interface PeranKasusTable {
  kunci_kasus: string;
  peran: string;
  nip: string;
  ditetapkan_pada: ColumnType<Date, string | undefined, string | undefined>;
}

export interface KeputusanKasusTable {
  id: Generated<number>;
  task_id: string;
  kunci_kasus: string;
  process_instance_id: string;
  langkah: string;
  aktor_nip: string;
  keputusan: string;
  alasan: string | null;
  data: JSONColumnType<Record<string, unknown>>;
  waktu: ColumnType<Date, string | undefined, never>;
}

export interface SuratTable {
  id: Generated<number>;
  kunci: string;
  nomor: string;
  kunci_kasus: string;
  process_instance_id: string;
  jenis: string;
  perihal: string;
  penandatangan_nip: string;
  penerima: JSONColumnType<string[]>;
  tembusan: JSONColumnType<{ peran: string; nip: string }[]>;
  isi: JSONColumnType<Record<string, unknown>>;
  diterbitkan_pada: ColumnType<Date, string | undefined, never>;
  instansi_id: string | null;
  lingkup_nomor: string | null;
  tahun_nomor: number | null;
  urut: number | null;
}

export interface TimKerjaTable {
  id: Generated<number>;
  process_instance_id: string;
  kunci_kasus: string;
  nama: string;
  unit_pemilik_id: string;
  ruang_lingkup: string;
  tahun: number;
  tanggal_mulai: string;
  tanggal_selesai: string;
  ketua_nip: string | null;
  instrumen: string;
  tujuan: string | null;
  rincian_tugas: string;
  status: string;
  surat_nomor: string | null;
  dicatat_pada: ColumnType<Date, string | undefined, never>;
}

export interface AnggotaTimTable {
  tim_id: number;
  nip: string;
  peran: string;
}

export interface KegiatanTable {
  kunci_kasus: string;
  penugasan_id: number;
  pegawai_nip: string;
  unit_pemilik_kinerja_id: string;
  tahap: string | null;
  dibuat_pada: ColumnType<Date, string | undefined, never>;
  diperbarui_pada: ColumnType<Date, string | undefined, string>;
}

export interface KegiatanTahapTable {
  id: Generated<number>;
  kunci: string;
  kunci_kasus: string;
  dari: string | null;
  ke: string;
  aktor_nip: string;
  waktu: ColumnType<Date, string | undefined, never>;
}

export interface KoordinasiTimTable {
  id: Generated<number>;
  kunci: string;
  tim_id: number;
  tahap: string;
  tanggal: string;
  catatan: string;
  dicatat_oleh: string;
  dicatat_pada: ColumnType<Date, string | undefined, never>;
}

/** 009: individual initial passwords of the production mode, for the organisation admin of the instansi. */
export interface KataSandiAwalTable {
  nip: string;
  instansi_id: string;
  kata_sandi: string;
  dibuat_pada: ColumnType<Date | string, never, never>;
}

/** Issue 10: an analyst's draft of a flow, per instansi and process key (migration 020). */
export interface DrafModelTable {
  instansi_id: string;
  proses_key: string;
  xml: string;
  disimpan_oleh: string;
  disimpan_pada: Generated<Date>;
}

/** Issue 10: the audit of each publish from the modeler (migration 020). */
export interface PublikasiModelTable {
  id: Generated<number>;
  instansi_id: string;
  tenant_id: string;
  proses_key: string;
  versi: number;
  process_definition_id: string;
  deployment_id: string;
  oleh: string;
  alasan: string;
  /** JSON: the changed elements (ditambah, dihapus, diubah) against the version deployed before. */
  perubahan: string;
  dipublikasikan_pada: Generated<Date>;
}
