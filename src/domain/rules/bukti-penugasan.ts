import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/**
 * R-NAT-34: an approved penugasan becomes active only with a written (paper or electronic) proof that names
 * every assigned pegawai.
 */
export function checkBuktiTertulis(
  status: 'DITETAPKAN' | 'DITOLAK',
  bukti: { nomor: string; penerima: readonly string[] } | undefined,
  pegawaiNip: readonly string[],
): RuleReport {
  if (status !== 'DITETAPKAN') return emptyReport;
  if (!bukti) return violation('R-NAT-34', 'suratPenugasan', 'Penugasan yang disetujui wajib memiliki surat penugasan atau bukti penugasan tertulis.');
  const tidakDisebut = pegawaiNip.filter((nip) => !bukti.penerima.includes(nip));
  if (tidakDisebut.length > 0) {
    return violation('R-NAT-34', 'suratPenugasan', `Surat ${bukti.nomor} tidak menyebut pegawai yang ditugaskan: ${tidakDisebut.join(', ')}.`);
  }
  return emptyReport;
}
