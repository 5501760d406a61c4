import { describe, expect, it } from 'vitest';
import { checkPeriode, isIsoDate } from '../../../src/domain/rules/periode-penugasan.js';

const ok = { violations: [], warnings: [] };

describe('R-SYS-03 isIsoDate: a real calendar date in TTTT-BB-HH form', () => {
  it.each(['2026-01-05', '2024-02-29', '2026-12-31', '2026-04-30'])('R-SYS-03: given %s, then it is a date', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2027-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-5', '05-01-2026',
    '2026-01-05T00:00:00Z', ' 2026-01-05', ''])('R-SYS-03: given "%s", then it is not a date', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('R-NAT-05 penugasan dalam periode waktu tertentu', () => {
  it.each([
    { mulai: undefined, selesai: '2026-03-31', fields: ['tanggalMulai'] },
    { mulai: '2026-01-05', selesai: undefined, fields: ['tanggalSelesai'] },
    { mulai: '', selesai: '2026-03-31', fields: ['tanggalMulai'] },
    { mulai: undefined, selesai: '', fields: ['tanggalMulai', 'tanggalSelesai'] },
  ])('R-NAT-05: given start $mulai and end $selesai, when checked, then $fields is reported missing', ({ mulai, selesai, fields }) => {
    const report = checkPeriode(mulai, selesai);

    expect(report.violations.map((v) => [v.ruleId, v.field])).toEqual(fields.map((f) => ['R-NAT-05', f]));
    for (const v of report.violations) expect(v.message).toMatch(/^Tanggal (mulai|selesai) penugasan wajib diisi\.$/);
  });

  it('R-NAT-05: given an open-ended penugasan (no end), when checked, then the message says the end date is required', () => {
    expect(checkPeriode('2026-01-05', undefined).violations).toEqual([
      { ruleId: 'R-NAT-05', field: 'tanggalSelesai', message: 'Tanggal selesai penugasan wajib diisi.' },
    ]);
  });
});

describe('R-SYS-03 kewajaran tanggal: real dates, end not before start', () => {
  it.each([
    { mulai: '2026-01-05', selesai: '2026-03-31', when: 'end after start' },
    { mulai: '2026-01-05', selesai: '2026-01-05', when: 'a one-day penugasan (same day)' },
    { mulai: '2025-12-31', selesai: '2026-01-01', when: 'a period across the year end' },
    { mulai: '2024-02-29', selesai: '2024-03-01', when: 'a leap day start' },
  ])('R-SYS-03: given $when, when checked, then it is accepted', ({ mulai, selesai }) => {
    expect(checkPeriode(mulai, selesai)).toEqual(ok);
  });

  it.each([
    { mulai: '2027-02-30', selesai: '2027-03-31', fields: ['tanggalMulai'] },
    { mulai: '2026-01-05', selesai: '2026-02-29', fields: ['tanggalSelesai'] },
    { mulai: '05/01/2026', selesai: '2026-13-01', fields: ['tanggalMulai', 'tanggalSelesai'] },
  ])('R-SYS-03: given an impossible date ($mulai, $selesai), when checked, then each bad field is refused', ({ mulai, selesai, fields }) => {
    const report = checkPeriode(mulai, selesai);

    expect(report.violations.map((v) => [v.ruleId, v.field])).toEqual(fields.map((f) => ['R-SYS-03', f]));
    expect(report.violations[0]?.message).toMatch(/bukan tanggal yang sah \(format TTTT-BB-HH\)\.$/);
  });

  it('R-SYS-03: given 2027-02-30 as start and an earlier end, when checked, then only the invalid date is reported (no order check on a bad date)', () => {
    expect(checkPeriode('2027-02-30', '2027-01-01').violations).toEqual([{
      ruleId: 'R-SYS-03', field: 'tanggalMulai', message: 'Tanggal mulai "2027-02-30" bukan tanggal yang sah (format TTTT-BB-HH).',
    }]);
  });

  it.each([
    { mulai: '2026-03-31', selesai: '2026-01-05' },
    { mulai: '2026-01-06', selesai: '2026-01-05' },
    { mulai: '2027-01-01', selesai: '2026-12-31' },
  ])('R-SYS-03: given end $selesai before start $mulai, when checked, then it is refused on tanggalSelesai', ({ mulai, selesai }) => {
    expect(checkPeriode(mulai, selesai).violations).toEqual([{
      ruleId: 'R-SYS-03',
      field: 'tanggalSelesai',
      message: `Tanggal selesai (${selesai}) tidak boleh sebelum tanggal mulai (${mulai}).`,
    }]);
  });
});
