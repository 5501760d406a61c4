import { describe, expect, it } from 'vitest';
import { periodeTeks, tanggalPanjang } from '../../src/domain/tanggal.js';

describe('dates as a pegawai reads them (issue 9)', () => {
  it('given an ISO date, then day, Indonesian month name and year; anything else unchanged', () => {
    expect(tanggalPanjang('2026-12-08')).toBe('8 Desember 2026');
    expect(tanggalPanjang('2027-01-04')).toBe('4 Januari 2027');
    expect(tanggalPanjang('2027-13-01')).toBe('2027-13-01');
    expect(tanggalPanjang('')).toBe('');
  });

  it('given a period, then both ends written out with "s.d."', () => {
    expect(periodeTeks('2027-02-01', '2027-06-30')).toBe('1 Februari 2027 s.d. 30 Juni 2027');
  });
});
