import { describe, expect, it } from 'vitest';
import { checkRencanaKerjaIndividu } from '../../../src/domain/rules/rencana-kerja.js';

describe('planning artefacts of an individual kegiatan (SOFT)', () => {
  it('R-NAT-52 R-NAT-54: given a plan that references a unit target, then there is no warning', () => {
    expect(checkRencanaKerjaIndividu({ rencanaKerjaIndividu: 'Minggu 1-2: kumpulkan data; minggu 3: susun dasbor', acuanTargetUnit: 'IKU 2: data sektoral terbit' }))
      .toEqual({ violations: [], warnings: [] });
  });

  it('R-NAT-52: given an empty rencana kerja individu, then the W-NO-RENCANA warning is raised, never a refusal', () => {
    const report = checkRencanaKerjaIndividu({ rencanaKerjaIndividu: ' - ', acuanTargetUnit: 'IKU 2: data sektoral terbit' });
    expect(report.violations).toEqual([]);
    expect(report.warnings).toEqual([expect.objectContaining({ ruleId: 'R-NAT-52', code: 'W-NO-RENCANA' })]);
  });

  it('R-NAT-54: given no unit target or PUO direction referenced, then W-NO-CASCADE is raised', () => {
    expect(checkRencanaKerjaIndividu({ rencanaKerjaIndividu: 'Minggu 1-2: kumpulkan data', acuanTargetUnit: null }).warnings)
      .toEqual([expect.objectContaining({ ruleId: 'R-NAT-54', code: 'W-NO-CASCADE' })]);
  });
});
