import type { Direktori, InstansiRecord, KedudukanRecord, PegawaiRecord, UnitRecord } from '../domain/direktori.js';
import type { IsoDate, OrganisasiView } from '../domain/organisasi.js';
import type { RuangLingkup } from '../domain/penugasan.js';

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

export interface OrganisasiRepository {
  /** The organisation on a date around the named pegawai and units (their instansi's tree, leaders, PPKs). */
  viewAround(query: { pegawaiNip: readonly string[]; unitId: readonly string[] }, tanggal: IsoDate): Promise<OrganisasiView>;
  /** The dated records behind `viewAround`. */
  direktoriAround(query: { pegawaiNip: readonly string[]; unitId: readonly string[] }): Promise<Direktori>;
  isEmpty(): Promise<boolean>;
  /** Loads a directory in one transaction (all or nothing); updates by natural key, keeps history. */
  loadDirektori(direktori: Direktori): Promise<ImportSummary>;
  listPegawai(filter: PegawaiFilter): Promise<PegawaiRecord[]>;
  listUnit(filter: { instansiId?: string }): Promise<UnitRecord[]>;
  listInstansi(): Promise<InstansiRecord[]>;
  riwayatKedudukan(nip: string): Promise<KedudukanRecord[]>;
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
  byProcessInstance(processInstanceId: string): Promise<PenugasanTercatat | undefined>;
  list(filter: { pegawaiNip?: string; status?: StatusPenugasan; limit: number; offset: number }): Promise<PenugasanTercatat[]>;
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
}

/** What the engine's history says about a process, as the use cases need it. */
export interface ProcessHistory {
  /** The user who completed the latest instance of a user task, from the engine's user operation log. */
  penyelesaiTugas(processInstanceId: string, taskDefinitionKey: string): Promise<string | undefined>;
}
