import type { Instansi, OrganisasiSnapshot, OrganisasiView, Pegawai, UnitOrganisasi } from '../domain/organisasi.js';
import type { RuangLingkup } from '../domain/penugasan.js';

/** Ports the use cases need (DESIGN.md §3 application/). Adapters implement them; tests may fake them. */

export interface OrganisasiRepository {
  /** The part of the organisation around the named pegawai and units: themselves, their PPK, unit leaders. */
  viewAround(query: { pegawaiNip: readonly string[]; unitId: readonly string[] }): Promise<OrganisasiView>;
  isEmpty(): Promise<boolean>;
  /** Loads a whole organisation in one transaction (all or nothing); existing rows are updated by key. */
  load(snapshot: OrganisasiSnapshot): Promise<void>;
  listPegawai(page: { limit: number; offset: number }): Promise<Pegawai[]>;
  listUnit(): Promise<UnitOrganisasi[]>;
  listInstansi(): Promise<Instansi[]>;
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
