import type { Direktori, InstansiRecord, KedudukanRecord, PegawaiRecord, UnitRecord } from '../domain/direktori.js';
import type { IsoDate, OrganisasiView } from '../domain/organisasi.js';
import type { JenisSurat } from '../domain/kasus.js';
import type { PenomoranSurat } from '../domain/surat/format-surat.js';
import type { RuangLingkup } from '../domain/penugasan.js';
import type { LingkupBaca } from '../domain/akses.js';
import type { PemilikKunci } from '../domain/akses-impor.js';
import type { StatusAkhir, StatusKasus } from '../domain/status-kasus.js';

/** Ports the use cases need (DESIGN.md §3 application/). Adapters implement them; tests may fake them. */

export interface PegawaiFilter {
  readonly limit: number;
  readonly offset: number;
  readonly instansiId?: string;
  /** Pegawai whose current kedudukan is in this unit. */
  readonly unitId?: string;
  /** Part of the name, or the start of the NIP. */
  readonly cari?: string;
  readonly aktif?: boolean;
  /** Only the pegawai this caller may read (src/domain/akses.ts), filtered in SQL. */
  readonly lingkup?: LingkupBaca;
}

/** What the access policy needs to know about a caller who is a pegawai, on a date. */
export interface WewenangBaca {
  readonly pegawai: { readonly nip: string; readonly instansiId: string } | null;
  /** Units led on the date (any status), and the unit tree of their instansi. */
  readonly unitDipimpin: readonly string[];
  readonly unitInstansi: readonly { readonly id: string; readonly indukId: string | null }[];
  /** Pegawai whose explicit PPK the caller is on the date. */
  readonly nipDinilai: readonly string[];
}

/** Where pegawai sit on a date and which instansi units belong to (for single reads of the access policy). */
export interface Posisi {
  readonly pegawai: ReadonlyMap<string, { readonly instansiId: string; readonly unitId: string | null }>;
  readonly unit: ReadonlyMap<string, string>;
}

export interface ImportSummary {
  readonly instansi: number;
  readonly unit: number;
  readonly pegawaiBaru: number;
  readonly pegawaiBerubah: number;
  readonly pegawaiTetap: number;
  readonly kedudukan: number;
  readonly pimpinan: number;
  readonly pejabatBerwenang: number;
  readonly delegasi: number;
}

/** Pegawai, units and instansi whose instansi trees a view must cover. */
export interface OrganisasiQuery {
  readonly pegawaiNip: readonly string[];
  readonly unitId: readonly string[];
  readonly instansiId?: readonly string[];
}

export interface OrganisasiRepository {
  /** The organisation on a date around the named pegawai and units (their instansi's tree, leaders, PPKs). */
  viewAround(query: OrganisasiQuery, tanggal: IsoDate): Promise<OrganisasiView>;
  /** The dated records behind `viewAround`. */
  direktoriAround(query: OrganisasiQuery): Promise<Direktori>;
  isEmpty(): Promise<boolean>;
  /** Loads a directory in one transaction (all or nothing); updates by natural key, keeps history. */
  loadDirektori(direktori: Direktori): Promise<ImportSummary>;
  listPegawai(filter: PegawaiFilter): Promise<PegawaiRecord[]>;
  /** `instansiIn`: only units of these instansi (the caller's scope). */
  listUnit(filter: { instansiId?: string; instansiIn?: readonly string[] }): Promise<UnitRecord[]>;
  listInstansi(filter?: { idIn?: readonly string[] }): Promise<InstansiRecord[]>;
  riwayatKedudukan(nip: string): Promise<KedudukanRecord[]>;
  wewenangBaca(nip: string, tanggal: IsoDate): Promise<WewenangBaca>;
  posisi(query: { pegawaiNip: readonly string[]; unitId: readonly string[] }, tanggal: IsoDate): Promise<Posisi>;
  /** The instansi that own these unit ids and NIPs in the store today (an import must not move them). */
  pemilikKunci(query: { unitId: readonly string[]; pegawaiNip: readonly string[] }): Promise<PemilikKunci>;
}

export type StatusPenugasan = 'DITETAPKAN' | 'DITOLAK';

export interface PenugasanBaru {
  readonly processInstanceId: string;
  readonly bentuk: 'PENUNJUKAN' | 'PENGAJUAN_SUKARELA';
  readonly ruangLingkup: RuangLingkup;
  readonly status: StatusPenugasan;
  readonly pegawaiNip: string;
  readonly unitPemilikKinerjaId: string;
  readonly pengusulNip: string;
  readonly penetapNip: string;
  readonly uraianTugas: string;
  readonly targetKinerja: string;
  readonly kompetensiDibutuhkan: readonly string[];
  readonly tanggalMulai: string;
  readonly tanggalSelesai: string;
  readonly alasan: string | null;
  /** The written proof (R-NAT-34): the number of the surat penugasan / surat tugas / keputusan. */
  readonly suratNomor?: string | null;
  /** R-NAT-04: INDIVIDU (default) or TIM; a TIM penugasan references its tim kerja. */
  readonly mode?: 'INDIVIDU' | 'TIM';
  readonly timKerjaId?: number | null;
}

export interface PenugasanTercatat extends PenugasanBaru {
  readonly id: number;
  readonly dicatatPada: string;
}

export interface PenugasanRepository {
  /**
   * Records the outcome of one process instance, with its audit entry, in one transaction. Idempotent:
   * a redelivered task finds the existing record and changes nothing (created: false).
   */
  record(penugasan: PenugasanBaru, aktor: string): Promise<{ created: boolean; penugasan: PenugasanTercatat }>;
  /** The (first) penugasan of a process instance. */
  byProcessInstance(processInstanceId: string): Promise<PenugasanTercatat | undefined>;
  /** Every penugasan of a process instance (F3 assigns a daftar of pegawai). */
  allByProcessInstance(processInstanceId: string): Promise<PenugasanTercatat[]>;
  /** `lingkup`: only the penugasan this caller may read (src/domain/akses.ts), filtered in SQL. */
  list(filter: { pegawaiNip?: string; status?: StatusPenugasan; limit: number; offset: number; lingkup?: LingkupBaca }): Promise<PenugasanTercatat[]>;
  /** One penugasan by its id (F8 executes a recorded penugasan). */
  byId(id: number): Promise<PenugasanTercatat | undefined>;
}

export interface ProcessStarter {
  startProcess(
    key: string,
    request: { businessKey: string; variables: Record<string, unknown> },
  ): Promise<{ processInstanceId: string }>;
}

/** A permohonan as submitted, with the pejabat resolved to decide it (the source of truth for recording). */
export interface PermohonanTersimpan<T> {
  readonly businessKey: string;
  readonly processInstanceId: string | null;
  readonly pengusulNip: string;
  readonly pejabatNip: string | null;
  readonly data: T;
}

export interface PermohonanRepository {
  simpan(p: { businessKey: string; jenis: string; pengusulNip: string; data: object }): Promise<void>;
  tautkan(businessKey: string, processInstanceId: string): Promise<void>;
  /** Records who was resolved to decide (R-SYS-02 snapshot). Idempotent. */
  tetapkanPejabat(businessKey: string, pejabatNip: string): Promise<void>;
  ambil(businessKey: string): Promise<PermohonanTersimpan<unknown> | undefined>;
  hapus(businessKey: string): Promise<void>;
  /**
   * Stores a permohonan once (a redelivered registration changes nothing) with its duplicate key, and
   * returns the key of another open or approved permohonan with the same duplicate key, if any (R-SYS-01).
   */
  daftarkan(p: { businessKey: string; processInstanceId: string; jenis: string; pengusulNip: string; data: object; kunciDuplikat: string }): Promise<{ duplikatDari: string | undefined }>;
  /** Ties a permohonan stored without an instance (the API's F1 start) to the first instance that claims it; returns the owner. */
  klaimInstans(businessKey: string, processInstanceId: string): Promise<string | null>;
  /** BERJALAN while the case runs; DITETAPKAN, DITOLAK or TIDAK_VALID when it ends. */
  ubahStatus(businessKey: string, status: StatusPermohonan): Promise<void>;
  /**
   * Issue 9: records the case's final status, where it ended and when (the end event's tutup-kasus step). Idempotent:
   * a redelivery with the same end event changes nothing.
   */
  tutup(businessKey: string, akhir: { status: StatusAkhir; akhirDi: string }): Promise<void>;
  /** The case's current status and, once it ended, where and when (undefined when there is no such case). */
  status(businessKey: string): Promise<{ status: StatusKasus; akhirDi: string | null; selesaiPada: string | null } | undefined>;
}

export type StatusPermohonan = StatusKasus;

/** What the engine's history says about a process, as the use cases need it. */
export interface ProcessHistory {
  /** The user who completed the latest instance of a user task, from the engine's user operation log. */
  penyelesaiTugas(processInstanceId: string, taskDefinitionKey: string): Promise<string | undefined>;
  /** The latest completed instance of a user task and who completed it (from the user operation log). */
  tugasSelesai(processInstanceId: string, taskDefinitionKey: string): Promise<{ taskId: string; penyelesai: string | undefined } | undefined>;
  /** The authenticated user who started the process (Tasklist start form), if any. */
  pemulaProses(processInstanceId: string): Promise<string | undefined>;
  /**
   * What the engine says about a process instance's origin: its definition and, for a call activity's
   * subprocess, the instance that called it (set by the engine only; no REST start can choose it).
   */
  asalInstans(processInstanceId: string): Promise<{ proses: string; superProcessInstanceId: string | null } | undefined>;
}

/** One case's role holders, decisions and letters (src/domain/kasus.ts), all append-only except the roles. */
export interface KasusRepository {
  /** Records who holds a role in the case (R-SYS-02 snapshot); a later resolution of the same role replaces it. */
  tetapkanPeran(kunciKasus: string, peran: string, nip: string): Promise<void>;
  peran(kunciKasus: string): Promise<Record<string, string>>;
  /** Idempotent by taskId: a second call returns the first record. */
  catatKeputusan(k: KeputusanBaru): Promise<KeputusanTercatat>;
  keputusan(kunciKasus: string): Promise<KeputusanTercatat[]>;
  /** Idempotent by `kunci` (the issuing activity instance); numbers letters per year. */
  terbitkanSurat(s: SuratBaru): Promise<{ created: boolean; surat: SuratTercatat }>;
  surat(kunciKasus: string): Promise<SuratTercatat[]>;
  suratByNomor(nomor: string): Promise<SuratTercatat | undefined>;
  /** Instances linked to the case besides the one that registered it; a pending link has no instance yet. */
  tautan(kunciKasus: string): Promise<TautanInstans[]>;
  /** Announces that our worker is about to start an instance of `proses` for the case (before the engine call). */
  siapkanTautan(kunciKasus: string, proses: string): Promise<void>;
  /** Links an instance to the case (fills the pending link of its process, or adds one). Idempotent. */
  tautkanInstans(t: { kunciKasus: string; proses: string; processInstanceId: string; asal: 'PESAN' | 'PANGGILAN'; indukProcessInstanceId: string | null }): Promise<void>;
  /** Everyone who takes part in a case: role holders, pengusul, deciders, letter parties, assigned pegawai, team members. */
  pihak(kunciKasus: string): Promise<string[]>;
  /** Whether two people take part in one same case (a case may name people of another instansi). */
  kasusBersama(nipA: string, nipB: string): Promise<boolean>;
  /** The cases (their permohonan) a person takes part in, newest first ("Kasus saya"). */
  kasusDiikuti(nip: string, batas: number): Promise<RingkasanKasus[]>;
}

/** One case as a list shows it. */
export interface RingkasanKasus {
  readonly kunci: string;
  readonly processInstanceId: string | null;
  readonly jenis: string;
  readonly pengusulNip: string;
  readonly status: string;
  readonly diajukanPada: string;
}

/** A process instance that belongs to a case it did not register (R-SYS-02: the case key is tied to its instances). */
export interface TautanInstans {
  readonly kunciKasus: string;
  readonly proses: string;
  readonly processInstanceId: string | null;
  readonly asal: string;
}

export interface KeputusanBaru {
  readonly taskId: string;
  readonly kunciKasus: string;
  readonly processInstanceId: string;
  readonly langkah: string;
  readonly aktorNip: string;
  readonly keputusan: string;
  readonly alasan: string | null;
  readonly data: Record<string, unknown>;
}

export interface KeputusanTercatat extends KeputusanBaru {
  readonly id: number;
  readonly waktu: string;
}

export interface SuratBaru {
  readonly kunci: string;
  readonly kunciKasus: string;
  readonly processInstanceId: string;
  readonly jenis: JenisSurat;
  readonly perihal: string;
  readonly penandatanganNip: string;
  readonly penerima: readonly string[];
  readonly tembusan: readonly { peran: string; nip: string }[];
  readonly isi: Record<string, unknown>;
  /** Where the number comes from (issue 12): the instansi's sequence and pattern (src/domain/surat/format-surat.ts). */
  readonly penomoran: PenomoranSurat;
}

export interface SuratTercatat extends Omit<SuratBaru, 'penomoran'> {
  readonly id: number;
  /** The issuing instansi (null for letters issued before issue 12). */
  readonly instansiId: string | null;
  readonly nomor: string;
  readonly diterbitkanPada: string;
}

/**
 * Messages between processes, possibly of different tenants (F3: the pemohon and tujuan instansi each run their
 * side in their own Camunda tenant). Implemented over the engine's message correlation.
 */
export interface PesanProses {
  /** Correlates a message: starts a process by its message start event in `tenantId`, or wakes a waiting one. */
  kirimPesan(pesan: { messageName: string; tenantId?: string; businessKey?: string; processInstanceId?: string; variables: Record<string, unknown> }): Promise<void>;
  /** Whether a process of that definition with that business key was ever started (makes a start message idempotent). */
  prosesAda(processDefinitionKey: string, businessKey: string): Promise<boolean>;
  /** Whether the activity has completed in that process (makes a reply message idempotent). */
  aktivitasSelesai(processInstanceId: string, activityId: string): Promise<boolean>;
  /** Starts a process by its message start event and returns the new instance's id (for the case's links). */
  mulaiDenganPesan(pesan: { messageName: string; tenantId?: string; businessKey: string; variables: Record<string, unknown> }): Promise<string>;
  /** The instances of a definition started with a business key (history). */
  instansDenganKunci(processDefinitionKey: string, businessKey: string): Promise<string[]>;
  /** Delivers a message to one waiting process instance; false when the process has nothing waiting for it now. */
  correlateMessage(messageName: string, processInstanceId: string, variables: Record<string, unknown>): Promise<boolean>;
}

export const PERAN_ANGGOTA_TIM = ['KETUA', 'ANGGOTA', 'PENANGGUNG_JAWAB', 'SEKRETARIAT'] as const;
export type PeranAnggotaTim = (typeof PERAN_ANGGOTA_TIM)[number];
export type StatusTimKerja = 'DIUSULKAN' | 'DITETAPKAN' | 'DITOLAK';

/** A tim kerja as proposed (F6); its members are written when it is established. */
export interface TimKerjaBaru {
  readonly processInstanceId: string;
  readonly kunciKasus: string;
  readonly nama: string;
  readonly unitPemilikId: string;
  readonly ruangLingkup: RuangLingkup;
  readonly tahun: number;
  readonly tanggalMulai: string;
  readonly tanggalSelesai: string;
  readonly ketuaNip: string | null;
  readonly instrumen: 'SURAT_TUGAS' | 'SURAT_KEPUTUSAN';
  readonly tujuan: string | null;
  readonly rincianTugas: string;
}

export interface TimKerjaTercatat extends TimKerjaBaru {
  readonly id: number;
  readonly status: StatusTimKerja;
  readonly suratNomor: string | null;
  readonly anggota: readonly { readonly nip: string; readonly peran: PeranAnggotaTim }[];
}

export interface TimKerjaRepository {
  /** Registers (or, on a corrected resubmission, updates) the proposed team of a process instance. Idempotent. */
  usulkan(t: TimKerjaBaru): Promise<TimKerjaTercatat>;
  /** Ends the case: DITETAPKAN writes the members (unique per team and NIP) and the letter; idempotent. */
  tetapkan(processInstanceId: string, hasil: { status: 'DITETAPKAN' | 'DITOLAK'; suratNomor: string | null; anggota: readonly { nip: string; peran: PeranAnggotaTim }[] }): Promise<TimKerjaTercatat>;
  byProcessInstance(processInstanceId: string): Promise<TimKerjaTercatat | undefined>;
  byId(id: number): Promise<TimKerjaTercatat | undefined>;
  /** `lingkup`: only the teams this caller may read (src/domain/akses.ts), filtered in SQL. */
  list(filter: { unitPemilikId?: string; nip?: string; status?: StatusTimKerja; limit: number; offset: number; lingkup?: LingkupBaca }): Promise<TimKerjaTercatat[]>;
}

/** A coordination record of a tim kerja in one phase (R-NAT-45). */
export interface KoordinasiTimBaru {
  readonly timId: number;
  readonly tahap: string;
  readonly tanggal: string;
  readonly catatan: string;
  readonly dicatatOleh: string;
}

export interface KoordinasiTimTercatat extends KoordinasiTimBaru {
  readonly id: number;
  readonly dicatatPada: string;
}

/** R-NAT-45: coordination records per team and phase; the same record twice is stored once. */
export interface KoordinasiTimRepository {
  catat(k: KoordinasiTimBaru): Promise<{ koordinasi: KoordinasiTimTercatat; baru: boolean }>;
  daftar(timId: number): Promise<KoordinasiTimTercatat[]>;
}

/** The stages of a kegiatan (F8), one row per case, with its transition log (R-NAT-44, R-SYS-04). */
export interface KegiatanRepository {
  /** Creates the kegiatan of a case once (a redelivered registration changes nothing). */
  daftarkan(k: { kunciKasus: string; penugasanId: number; pegawaiNip: string; unitPemilikKinerjaId: string }): Promise<void>;
  ambil(kunciKasus: string): Promise<KegiatanTercatat | undefined>;
  /**
   * Moves the kegiatan to stage `ke` once per `kunci` (the recording activity instance): a redelivery changes
   * nothing. `periksa` decides on the current stage inside the same transaction; a refusal throws.
   */
  pindahTahap(p: { kunci: string; kunciKasus: string; ke: string; aktorNip: string }, periksa: (dari: string | null) => string | undefined): Promise<KegiatanTercatat>;
  riwayatTahap(kunciKasus: string): Promise<{ dari: string | null; ke: string; aktorNip: string; waktu: string }[]>;
  /** The latest kegiatan of a penugasan, if any. */
  byPenugasan(penugasanId: number): Promise<KegiatanTercatat | undefined>;
}

export interface KegiatanTercatat {
  readonly kunciKasus: string;
  readonly penugasanId: number;
  readonly pegawaiNip: string;
  readonly unitPemilikKinerjaId: string;
  /** null until planning starts; PERENCANAAN, PELAKSANAAN, EVALUASI, SELESAI. */
  readonly tahap: string | null;
}


/** Production: individual initial passwords, kept for the organisation admin of the pegawai's instansi. */
export interface KataSandiAwalRepository {
  simpan(akun: readonly { nip: string; instansiId: string; kataSandi: string }[]): Promise<void>;
  hapus(nips: readonly string[]): Promise<void>;
  untukInstansi(instansiId: string): Promise<{ nip: string; instansiId: string; kataSandi: string; dibuatPada: string }[]>;
}
