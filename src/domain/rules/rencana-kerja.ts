import { mergeReports, emptyReport, warning, type RuleReport } from '../rule-violation.js';

/** Shorter than this, a plan or a reference is treated as missing (a placeholder such as "-" or "ada"). */
const MIN_ISI = 10;

const kosong = (s: string | null | undefined): boolean => (s ?? '').trim().length < MIN_ISI;

/**
 * SOFT checks on the PERENCANAAN → PELAKSANAAN transition of an individual kegiatan:
 * R-NAT-52 the pegawai prepares a rencana kerja individu; R-NAT-54 individual work derives from a unit target
 * or the PUO's direction (W-NO-CASCADE).
 */
export function checkRencanaKerjaIndividu(rencana: { rencanaKerjaIndividu?: string | null; acuanTargetUnit?: string | null }): RuleReport {
  return mergeReports(
    kosong(rencana.rencanaKerjaIndividu)
      ? warning('R-NAT-52', 'W-NO-RENCANA', 'Rencana kerja individu belum disusun; pelaksanaan akan dimulai tanpa rencana kerja.')
      : emptyReport,
    kosong(rencana.acuanTargetUnit)
      ? warning('R-NAT-54', 'W-NO-CASCADE', 'Rencana kerja tidak menyebut target kinerja unit atau arahan pimpinan yang menjadi acuannya.')
      : emptyReport,
  );
}
