/**
 * Golongan ruang of a PNS, ordered I/a < … < I/d < II/a < … < IV/e (RULES.md R-BTN-03, R-KIN-27).
 * PPPK grades are another scale with no mapping in the sources, so they have no rank here.
 */
const RUANG = ['a', 'b', 'c', 'd', 'e'] as const;
const GOLONGAN = ['I', 'II', 'III', 'IV'] as const;

export function golonganRank(golongan: string | null | undefined): number | undefined {
  const m = /^(IV|III|II|I)\s*\/?\s*([a-e])$/i.exec((golongan ?? '').trim());
  if (!m?.[1] || !m[2]) return undefined;
  const g = GOLONGAN.indexOf(m[1].toUpperCase() as (typeof GOLONGAN)[number]);
  const r = RUANG.indexOf(m[2].toLowerCase() as (typeof RUANG)[number]);
  if (g === 0 && r > 3) return undefined; // I/e does not exist
  if (g < 3 && r > 3) return undefined; // only IV has ruang e
  return g * 5 + r;
}

export function isGolongan(value: string): boolean {
  return golonganRank(value) !== undefined;
}
