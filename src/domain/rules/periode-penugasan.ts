import type { IsoDate } from '../organisasi.js';
import { mergeReports, violation, emptyReport, type RuleReport } from '../rule-violation.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form (no 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth;
}

/**
 * R-NAT-05: a penugasan is time-bound (start and end present).
 * R-SYS-03: both are real dates and the end is not before the start.
 */
export function checkPeriode(tanggalMulai: IsoDate | undefined, tanggalSelesai: IsoDate | undefined): RuleReport {
  const missing = mergeReports(
    tanggalMulai ? emptyReport : violation('R-NAT-05', 'tanggalMulai', 'Tanggal mulai penugasan wajib diisi.'),
    tanggalSelesai ? emptyReport : violation('R-NAT-05', 'tanggalSelesai', 'Tanggal selesai penugasan wajib diisi.'),
  );
  if (!tanggalMulai || !tanggalSelesai) return missing;
  const invalid = mergeReports(
    isIsoDate(tanggalMulai) ? emptyReport
      : violation('R-SYS-03', 'tanggalMulai', `Tanggal mulai "${tanggalMulai}" bukan tanggal yang sah (format TTTT-BB-HH).`),
    isIsoDate(tanggalSelesai) ? emptyReport
      : violation('R-SYS-03', 'tanggalSelesai', `Tanggal selesai "${tanggalSelesai}" bukan tanggal yang sah (format TTTT-BB-HH).`),
  );
  if (invalid.violations.length > 0) return invalid;
  if (tanggalSelesai < tanggalMulai) {
    return violation('R-SYS-03', 'tanggalSelesai',
      `Tanggal selesai (${tanggalSelesai}) tidak boleh sebelum tanggal mulai (${tanggalMulai}).`);
  }
  return emptyReport;
}
