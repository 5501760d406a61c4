import type { Keputusan } from '../penugasan.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/** Words that say nothing on their own; a refusal made of them has no reason (R-NAT-13). */
const PLACEHOLDERS = new Set(['-', '--', '.', 'tidak', 'tidak setuju', 'ditolak', 'tolak', 'n/a', 'na', 'tidak ada', 'x']);

/** R-NAT-13: a refusal states its reasons: at least `minLength` characters, not a placeholder. */
export function checkAlasanPenolakan(keputusan: Keputusan, alasan: string | null | undefined, minLength: number): RuleReport {
  if (keputusan !== 'TOLAK') return emptyReport;
  const text = (alasan ?? '').trim();
  if (text.length === 0) {
    return violation('R-NAT-13', 'alasan', 'Penolakan wajib disertai alasan.');
  }
  if (PLACEHOLDERS.has(text.toLocaleLowerCase('id')) || text.length < minLength) {
    return violation('R-NAT-13', 'alasan',
      `Alasan penolakan harus menjelaskan mengapa permohonan tidak dapat disetujui (paling sedikit ${minLength} karakter).`);
  }
  return emptyReport;
}
