import { describe, expect, it } from 'vitest';
import { formulaProblem } from '../../../../src/adapters/import/csv/formula-guard.js';

describe('formulaProblem: CSV injection (OWASP) refused at import', () => {
  it.each([
    '=HYPERLINK("http://contoh.invalid","klik")', '+6281234', '-', '-5', '@SUM(A1:A9)', '\tBudi', '\r=1', '  =1+1', '=',
  ])('given %j, then it is refused', (cell) => {
    expect(formulaProblem(cell)).toMatch(/rumus spreadsheet/);
  });

  it.each(['Budi Santoso', '', '   ', '2024-01-02', 'III/b', 'a=b', 'Analis (+)', '198807222012121003'])('given %j, then it is accepted', (cell) => {
    expect(formulaProblem(cell)).toBeUndefined();
  });

  it.each(['-5', '-12', ' -2,5', '-0.75'])('given the plain negative number %j where a number is expected, then it is accepted', (cell) => {
    expect(formulaProblem(cell, { angka: true })).toBeUndefined();
  });

  it.each(['-5+1', '-A1', '=5', '-1e3'])('given %j where a number is expected, then it is still refused', (cell) => {
    expect(formulaProblem(cell, { angka: true })).toMatch(/rumus spreadsheet/);
  });

  it('given a cell starting with "=", then the message names the sign and what to do, in Bahasa Indonesia', () => {
    expect(formulaProblem('=1+1')).toBe('Sel diawali "=" dan tampak seperti rumus spreadsheet; sel seperti ini ditolak untuk mencegah CSV injection. '
      + 'Hapus tanda itu, atau kosongkan sel bila tidak ada nilainya.');
  });
});
