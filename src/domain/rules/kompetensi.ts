import type { Pegawai } from '../organisasi.js';
import { emptyReport, mergeReports, violation, warning, type RuleReport } from '../rule-violation.js';

const normalise = (s: string): string => s.trim().toLocaleLowerCase('id');

/** R-NAT-06: a penugasan states the competence it relies on (checkable before the pegawai is known). */
export function checkKompetensiDisebut(kompetensiDibutuhkan: readonly string[]): RuleReport {
  return kompetensiDibutuhkan.some((k) => k.trim().length > 0) ? emptyReport
    : violation('R-NAT-06', 'kompetensiDibutuhkan', 'Sebutkan paling sedikit satu kompetensi, keahlian, atau keterampilan yang dibutuhkan.');
}

/** R-NAT-06: a penugasan states the competence it relies on; a gap in the pegawai's record is a warning. */
export function checkKompetensi(pegawai: Pegawai, kompetensiDibutuhkan: readonly string[]): RuleReport {
  const required = checkKompetensiDisebut(kompetensiDibutuhkan);
  const kurang = kompetensiKurang(pegawai, kompetensiDibutuhkan);
  const gap = kurang.length === 0 ? emptyReport
    : warning('R-NAT-06', 'W-COMPETENCE',
      `Kompetensi ${pegawai.nama} yang tercatat belum mencakup: ${kurang.join(', ')}.`);
  return mergeReports(required, gap);
}

/** The competences asked for that the pegawai's record does not hold (case and surrounding spaces ignored). */
function kompetensiKurang(pegawai: Pegawai, kompetensiDibutuhkan: readonly string[]): string[] {
  const dimiliki = new Set(pegawai.kompetensi.map(normalise));
  return kompetensiDibutuhkan.filter((k) => k.trim() && !dimiliki.has(normalise(k)));
}

/**
 * R-NAT-14: the pegawai assigned after a surat permohonan pelibatan should match its criteria; a gap is a
 * warning the decider must justify.
 */
export function checkKriteriaPermohonan(pegawai: Pegawai, kompetensiDibutuhkan: readonly string[]): RuleReport {
  const kurang = kompetensiKurang(pegawai, kompetensiDibutuhkan);
  return kurang.length === 0 ? emptyReport : warning('R-NAT-14', 'W-CRITERIA',
    `Kompetensi ${pegawai.nama} yang tercatat belum sesuai kriteria surat permohonan: ${kurang.join(', ')}. Setujui hanya dengan justifikasi.`, true);
}
