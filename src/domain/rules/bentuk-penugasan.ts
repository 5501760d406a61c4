import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/** R-NAT-01: the only two forms of penugasan. */
export const BENTUK_PENUGASAN = ['PENUNJUKAN', 'PENGAJUAN_SUKARELA'] as const;
export type BentukPenugasan = (typeof BENTUK_PENUGASAN)[number];

/** R-NAT-01: a penugasan is made by penunjukan or pengajuan sukarela, nothing else (e.g. not "MUTASI"). */
export function checkBentukPenugasan(bentuk: string): RuleReport {
  if ((BENTUK_PENUGASAN as readonly string[]).includes(bentuk)) return emptyReport;
  return violation('R-NAT-01', 'bentuk', `Bentuk penugasan "${bentuk}" tidak dikenal: hanya penunjukan atau pengajuan sukarela.`);
}
