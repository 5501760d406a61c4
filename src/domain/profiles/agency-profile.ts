import type { JabatanKategori, JenisUnit } from '../organisasi.js';
import type { RuleId } from '../rule-violation.js';

/**
 * An agency profile is typed data (DESIGN.md §5), validated at the edge by src/application/profil/skema.ts. There
 * is a key for every contradiction of RULES.md §5 (C-01 … C-23) that software can decide; `asal` says, for every
 * key, which rule or row the value comes from and whether it is an assumption (RULES.md §6, A-xx). Routing tables
 * that analysts edit (who signs a team decree per scope) are DMN decisions in bpmn/ (`dmnPenandatanganTim`).
 */
export const PERAN_LAPORAN = ['PUO', 'PPK', 'PIMPINAN_UNIT_KERJA', 'PEJABAT_PEMILIK_KINERJA', 'PEJABAT_ADMINISTRASI'] as const;
export type PeranLaporan = (typeof PERAN_LAPORAN)[number];

/** Where one value comes from. */
export interface AsalNilai {
  /** The contradiction row (C-xx) and the rules that decide the value. */
  readonly aturan: readonly string[];
  /** The source passage (S1 … S4 with Pasal / Lampiran). */
  readonly sumber: string;
  /** Set when the value is an assumption: the RULES.md §6 entry and the choice made. */
  readonly asumsi?: string;
}

export interface BatasTim {
  readonly langsungPuoPusat: number;
  readonly perAdministratorPusat: number;
  readonly langsungPimpinanUptPratama: number;
  readonly perAdministratorUptPratama: number;
  readonly uptAdministrator: number;
}

export interface SyaratPelaksanaKetua {
  readonly pendidikanMinimal: 'D4' | 'S1';
  readonly golonganMinimal: string;
  readonly pengalamanWajib: boolean;
}

export interface AgencyProfile {
  readonly code: 'NAT' | 'BTN' | 'MRT' | 'KIN';
  readonly nama: string;
  /** R-NAT-02, C-15: who may be the subject of a penugasan. */
  readonly assignableKategori: readonly JabatanKategori[];
  /** R-NAT-41, C-13: who may be a Pejabat Penilai Kinerja (besides a delegate or a JF appointed to lead a unit). */
  readonly ppkKategori: readonly JabatanKategori[];
  /** R-NAT-42, C-16: who may lead a unit organisasi (a JF only with an appointment record). */
  readonly puoKategori: readonly JabatanKategori[];
  /** R-NAT-03, C-17, A-19: which unit kinds count as a "unit organisasi" when the scope is computed. */
  readonly unitOrganisasiJenis: readonly JenisUnit[];
  /** R-KIN-27, C-13: the PPK's pangkat must not be below the appraisee's. */
  readonly ppkPangkatTidakLebihRendah: boolean;
  /** R-NAT-13: minimum length of a refusal's alasan. */
  readonly minReasonLength: number;
  /** R-NAT-31 / R-MRT-01, A-21: warn (W-WORKLOAD) above this many active penugasan. */
  readonly workloadWarnThreshold: number;
  /** R-NAT-28, C-09: who may be ketua tim; the assignable population when absent. */
  readonly ketuaTimKategori?: readonly JabatanKategori[];
  /** The rule a ketua outside `ketuaTimKategori` breaks (R-NAT-28 when absent; R-BTN-05, R-KIN-13). */
  readonly ketuaTimAturan?: RuleId;
  /** C-09, R-BTN-02..04: extra conditions for a Pelaksana as ketua. */
  readonly syaratPelaksanaKetua: SyaratPelaksanaKetua | null;
  /** R-NAT-27, C-10: whether a team must have a ketua. */
  readonly ketuaTimWajib?: boolean;
  /** C-12, R-KIN-07..11: team caps per leader type; null when the count is the PUO's strategy (R-NAT-32). */
  readonly batasTim: BatasTim | null;
  /** C-12, R-KIN-15: at most this many teams per person within one unit organisasi; null: no cap (R-NAT-30). */
  readonly maksTimPerPegawaiPerUnit: number | null;
  /** C-12, R-KIN-14: a ketua may not lead a second team in an overlapping period. */
  readonly ketuaSatuTim: boolean;
  /** C-19, R-KIN-01: a team's term is 1 January – 31 December of one year. */
  readonly masaTimSatuTahunKalender: boolean;
  /** R-KIN-02: the team formation of year Y is sent by this month-day of Y-1 ("MM-DD"); null: no deadline. */
  readonly batasPenyampaianTim: string | null;
  /** C-11, R-KIN-04/05: who receives a copy (salinan) of every team decree besides the members. */
  readonly salinanKeputusanTim: readonly ('SEKJEN' | 'BIRO_OSDM')[];
  /** C-11, R-BTN-06..08, R-KIN-03/19: the DMN decision (bpmn/*.dmn) that routes the team decree's signer. */
  readonly dmnPenandatanganTim: 'penandatangan-keputusan-tim';
  /** R-NAT-43, C-08: who declares a kegiatan complete. */
  readonly completionAcceptor: 'PUO' | 'PEJABAT_JPT';
  /** C-08, R-MRT-08, R-BTN-19: the reviews that precede the acceptance, in order. */
  readonly urutanReviu: readonly ('PPK' | 'PEJABAT_ADMINISTRASI' | 'PUO' | 'PEJABAT_JPT')[];
  /** R-NAT-35, C-03: an individual reports to the PUO directly, or (R-BTN-10) through the PPK. */
  readonly individualReportRoute: 'LANGSUNG' | 'VIA_PPK';
  /** C-03, R-KIN-24: an Ahli Utama of a unit pusat reports through the PPT Pratama to the PPT Madya. */
  readonly ahliUtamaLaporKePptMadya: boolean;
  /** C-01, R-NAT-37, R-BTN-09, R-MRT-10, R-KIN-25: who receives the ketua's periodic team report, and copies. */
  readonly penerimaLaporanKetua: PeranLaporan;
  readonly tembusanLaporanKetua: readonly PeranLaporan[];
  /** C-02, R-NAT-38: who receives the ketua's input on members' performance. */
  readonly penerimaPenilaianAnggota: readonly PeranLaporan[];
  /** C-04, R-NAT-48, R-BTN-11, R-MRT-10: who may request reports at any time. */
  readonly pemintaLaporanSewaktuWaktu: PeranLaporan;
  /** C-07, R-MRT-03, R-BTN-12: who may set (menetapkan) a penugasan dalam unit. */
  readonly penetapPenugasan: readonly ('PUO' | 'PPK' | 'PIMPINAN_UNIT_KERJA')[];
  /** C-18, R-NAT-12, R-KIN-18: the approvals a penunjukan lintas unit needs. */
  readonly persetujuanLintasUnit: readonly ('PPK' | 'PUO')[];
  /** C-05: the cross-agency flow (PYB_FULL = R-NAT-16..20 with the Banten daftar and tembusan). */
  readonly alurLintasInstansi: 'PYB_FULL' | 'PYB_SAMPAI_D';
  /** C-06, R-NAT-25: approvals of a pengajuan sukarela lintas unit. */
  readonly persetujuanSukarelaLintasUnit: number;
  /** C-22, A-31: whether pengajuan sukarela is offered. */
  readonly sukarelaDiizinkan: boolean;
  /** C-14, R-BTN-18, R-MRT-04: who establishes a kedudukan. */
  readonly penetapKedudukan: 'PUO' | 'PEJABAT_PEMBINA_KEPEGAWAIAN' | 'POLA_ORGANISASI';
  /** C-20, R-BTN-19: where the ketua submits results. */
  readonly penerimaHasil: 'PUO' | 'PEJABAT_ADMINISTRASI';
  /** R-NAT-53: the cadence of the scheduled evaluations, an ISO 8601 repeating interval (quarterly). */
  readonly evaluationCadence: string;
  /** R-NAT-40: how long the pemilik kinerja has to send the bahan pertimbangan (ISO 8601 duration). */
  readonly bahanPertimbanganBatasWaktu: string;
  /** For every key below `nama`: its rule and source, marked where it is an assumption. */
  readonly asal: Readonly<Record<string, AsalNilai>>;
}

export type KunciProfil = Exclude<keyof AgencyProfile, 'code' | 'nama' | 'asal'>;

const KUNCI: Record<KunciProfil, true> = {
  assignableKategori: true, ppkKategori: true, puoKategori: true, unitOrganisasiJenis: true, ppkPangkatTidakLebihRendah: true,
  minReasonLength: true, workloadWarnThreshold: true, ketuaTimKategori: true, ketuaTimAturan: true, syaratPelaksanaKetua: true,
  ketuaTimWajib: true, batasTim: true, maksTimPerPegawaiPerUnit: true, ketuaSatuTim: true, masaTimSatuTahunKalender: true,
  batasPenyampaianTim: true, salinanKeputusanTim: true, dmnPenandatanganTim: true, completionAcceptor: true, urutanReviu: true,
  individualReportRoute: true, ahliUtamaLaporKePptMadya: true, penerimaLaporanKetua: true, tembusanLaporanKetua: true,
  penerimaPenilaianAnggota: true, pemintaLaporanSewaktuWaktu: true, penetapPenugasan: true, persetujuanLintasUnit: true,
  alurLintasInstansi: true, persetujuanSukarelaLintasUnit: true, sukarelaDiizinkan: true, penetapKedudukan: true, penerimaHasil: true,
  evaluationCadence: true, bahanPertimbanganBatasWaktu: true,
};
/** Every key a profile sets (each needs an `asal` entry). */
export const KUNCI_PROFIL = Object.keys(KUNCI) as KunciProfil[];
