import { describe, expect, it } from 'vitest';
import { checkMulaiPenilaian } from '../../../src/domain/rules/mulai-penilaian.js';

const ok = { pegawaiDikenal: true, ppkNip: 'ppk' as string | undefined, pemulaNip: 'ppk' as string | undefined, tahun: '2027', duplikatDari: undefined as string | undefined };
const rules = (m: Partial<typeof ok>) => checkMulaiPenilaian({ ...ok, ...m }).violations.map((v) => v.ruleId);

describe('starting an appraisal (F10)', () => {
  it('R-NAT-41: given the PPK starts it for a known year, then it is accepted', () => {
    expect(rules({})).toEqual([]);
  });
  it('R-NAT-41: given someone who is not the PPK, then it is refused', () => {
    expect(rules({ pemulaNip: 'puo-lain' })).toEqual(['R-NAT-41']);
  });
  it('R-NAT-07: given an unknown pegawai or one without PPK, then it is refused', () => {
    expect(rules({ pegawaiDikenal: false })).toEqual(['R-NAT-07']);
    expect(rules({ ppkNip: undefined })).toEqual(['R-NAT-07']);
  });
  it('R-SYS-03 R-SYS-01: given a malformed year or a second appraisal of the year, then it is refused', () => {
    expect(rules({ tahun: '27' })).toEqual(['R-SYS-03']);
    expect(rules({ duplikatDari: 'pid-9' })).toEqual(['R-SYS-01']);
  });
});
