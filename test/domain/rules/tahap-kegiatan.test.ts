import { describe, expect, it } from 'vitest';
import { checkTransisiTahap } from '../../../src/domain/rules/tahap-kegiatan.js';

describe('R-NAT-44 stages run in order: perencanaan → pelaksanaan → evaluasi', () => {
  it.each([
    [null, 'PERENCANAAN'], ['PERENCANAAN', 'PELAKSANAAN'], ['PELAKSANAAN', 'EVALUASI'], ['EVALUASI', 'SELESAI'], ['EVALUASI', 'PELAKSANAAN'],
  ] as const)('R-NAT-44: given stage %s, when moving to %s, then it is allowed', (dari, ke) => {
    expect(checkTransisiTahap(dari, ke).violations).toEqual([]);
  });

  it.each([
    [null, 'PELAKSANAAN'], ['PERENCANAAN', 'EVALUASI'], ['PERENCANAAN', 'SELESAI'], ['PELAKSANAAN', 'SELESAI'], ['SELESAI', 'PELAKSANAAN'], ['PELAKSANAAN', 'PERENCANAAN'],
  ] as const)('R-NAT-44: given stage %s, when skipping or going back to %s, then it is refused', (dari, ke) => {
    const report = checkTransisiTahap(dari, ke);
    expect(report.violations).toHaveLength(1);
    expect(report.violations[0]).toMatchObject({ ruleId: 'R-NAT-44', field: 'tahap' });
  });
});
