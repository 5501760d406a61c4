import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/**
 * R-SYS-02: a decision task may be completed only by the person resolved for that role when the task was
 * created (delegates and Plt/Plh are resolved into that person beforehand).
 */
export function checkPelakuKeputusan(penyelesaiNip: string, pejabatNip: string, peran: string): RuleReport {
  if (penyelesaiNip === pejabatNip) return emptyReport;
  return violation('R-SYS-02', 'keputusan',
    `Keputusan ini hanya dapat diambil oleh ${peran} (NIP ${pejabatNip}); keputusan oleh ${penyelesaiNip} tidak berlaku.`);
}
