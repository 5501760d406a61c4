import type { JabatanKategori, JenisUnit } from '../organisasi.js';
import type { RuleId } from '../rule-violation.js';

/**
 * An agency profile is typed data (DESIGN.md §5). Only the keys the implemented rules read are here;
 * each key names the rule or choice (RULES.md §5, §6) that needs it.
 */
export interface AgencyProfile {
  readonly code: 'NAT' | 'BTN' | 'MRT' | 'KIN';
  readonly nama: string;
  /** R-NAT-02: who may be the subject of a penugasan. */
  readonly assignableKategori: readonly JabatanKategori[];
  /** R-NAT-41: who may be a Pejabat Penilai Kinerja (besides a delegate or a JF appointed to lead a unit). */
  readonly ppkKategori: readonly JabatanKategori[];
  /** R-NAT-42: who may lead a unit organisasi (a JF only with an appointment record). */
  readonly puoKategori: readonly JabatanKategori[];
  /** R-NAT-03, A-19: which unit kinds count as a "unit organisasi" when the scope is computed. */
  readonly unitOrganisasiJenis: readonly JenisUnit[];
  /** R-KIN-27: the PPK's pangkat must not be below the appraisee's. */
  readonly ppkPangkatTidakLebihRendah: boolean;
  /** R-NAT-13: minimum length of a refusal's alasan. */
  readonly minReasonLength: number;
  /**
   * R-NAT-31 / R-MRT-01: warn (W-WORKLOAD) when a pegawai already carries more than this many active penugasan
   * in the requested period. No source gives a number: each agency sets its own.
   */
  readonly workloadWarnThreshold: number;
  /** R-NAT-28 / C-09: who may be ketua tim; the assignable population when absent (baseline: JF and Pelaksana). */
  readonly ketuaTimKategori?: readonly JabatanKategori[];
  /** The rule a ketua outside `ketuaTimKategori` breaks (R-NAT-28 when absent; R-BTN-05, R-KIN-13). */
  readonly ketuaTimAturan?: RuleId;
  /** R-NAT-27 / C-10: whether a team must have a ketua (Banten R-BTN-01); optional when absent. */
  readonly ketuaTimWajib?: boolean;
  /** R-NAT-43, C-08: who declares a kegiatan complete (R-BTN-19: the Pejabat JPT; R-MRT-08: the PUO). */
  readonly completionAcceptor: 'PUO' | 'PEJABAT_JPT';
  /** R-NAT-35, C-03: an individual reports to the PUO directly, or (R-BTN-10) through the PPK. */
  readonly individualReportRoute: 'LANGSUNG' | 'VIA_PPK';
  /** R-NAT-53: the cadence of the scheduled evaluations, an ISO 8601 repeating interval (quarterly). */
  readonly evaluationCadence: string;
  /** R-NAT-40: how long the pemilik kinerja has to send the bahan pertimbangan (ISO 8601 duration). */
  readonly bahanPertimbanganBatasWaktu: string;
}
