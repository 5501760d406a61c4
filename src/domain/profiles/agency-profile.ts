import type { JabatanKategori } from '../organisasi.js';

/**
 * An agency profile is typed data (DESIGN.md §5). Only the keys the implemented rules read are here;
 * each key names the rule or choice (RULES.md §5, §6) that needs it.
 */
export interface AgencyProfile {
  readonly code: 'NAT' | 'BTN' | 'MRT' | 'KIN';
  readonly nama: string;
  /** R-NAT-02: who may be the subject of a penugasan. */
  readonly assignableKategori: readonly JabatanKategori[];
  /** R-NAT-41: who may be a Pejabat Penilai Kinerja. */
  readonly ppkKategori: readonly JabatanKategori[];
  /** R-NAT-13: minimum length of a refusal's alasan. */
  readonly minReasonLength: number;
}
