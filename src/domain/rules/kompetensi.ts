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
  const dimiliki = new Set(pegawai.kompetensi.map(normalise));
  const kurang = kompetensiDibutuhkan.filter((k) => k.trim() && !dimiliki.has(normalise(k)));
  const gap = kurang.length === 0 ? emptyReport
    : warning('R-NAT-06', 'W-COMPETENCE',
      `Kompetensi ${pegawai.nama} yang tercatat belum mencakup: ${kurang.join(', ')}.`);
  return mergeReports(required, gap);
}
