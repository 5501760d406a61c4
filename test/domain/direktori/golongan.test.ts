import { describe, expect, it } from 'vitest';
import { golonganRank, isGolongan } from '../../../src/domain/golongan.js';

/** The PNS golongan ruang order used by R-KIN-27 (PPK pangkat) and R-BTN-03 (pelaksana ketua ≥ III/b). */
const URUT = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];

describe('R-KIN-27 R-BTN-03: golonganRank orders the golongan ruang', () => {
  it('R-KIN-27 R-BTN-03: given every golongan from I/a to IV/e, when ranked, then the ranks strictly increase', () => {
    const ranks = URUT.map((g) => golonganRank(g));

    expect(ranks.every((r) => r !== undefined)).toBe(true);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]!, `${URUT[i - 1]} < ${URUT[i]}`).toBeGreaterThan(ranks[i - 1]!);
  });

  it.each([
    ['I/a', 'II/d'],
    ['II/d', 'III/a'],
    ['III/a', 'IV/e'],
    ['III/c', 'IV/a'],
    ['I/d', 'II/a'],
  ])('R-KIN-27 R-BTN-03: given %s and %s, when ranked, then the first is lower', (lower, higher) => {
    expect(golonganRank(lower)!).toBeLessThan(golonganRank(higher)!);
  });

  it.each([
    ['III/b', 'III/b'],
    ['III b', 'III/b'],
    ['iii/B', 'III/b'],
    [' IV/e ', 'IV/e'],
    ['IVe', 'IV/e'],
  ])('R-KIN-27 R-BTN-03: given the spelling %j, when ranked, then it ranks as %s', (spelling, canonical) => {
    expect(golonganRank(spelling)).toBe(golonganRank(canonical));
    expect(isGolongan(spelling)).toBe(true);
  });

  it.each([
    'III/f', 'I/e', 'II/e', 'III/e', 'V/a', 'IIII/a', 'IV', 'a', '', 'XI', 'IX', 'III/ab', '3/b',
  ])('R-KIN-27 R-BTN-03 (A-07): given %j, which is no PNS golongan ruang, when ranked, then it has no rank', (value) => {
    expect(golonganRank(value)).toBeUndefined();
    expect(isGolongan(value)).toBe(false);
  });

  it.each([null, undefined])('R-KIN-27: given %s, when ranked, then it has no rank', (value) => {
    expect(golonganRank(value)).toBeUndefined();
  });
});
