import { describe, expect, it } from 'vitest';
import { checkMulaiKegiatan, type MulaiKegiatan } from '../../../src/domain/rules/mulai-kegiatan.js';

const ok: MulaiKegiatan = {
  penugasan: { status: 'DITETAPKAN', unitPemilikKinerjaId: 'unit-a1' }, pemulaNip: 'puo', pimpinanPemilikNip: 'puo', duplikatDari: undefined,
};
const rules = (m: Partial<MulaiKegiatan>) => checkMulaiKegiatan({ ...ok, ...m }).violations.map((v) => v.ruleId);

describe('starting the pelaksanaan of a penugasan', () => {
  it('R-NAT-47: given a DITETAPKAN penugasan started by the PUO pemilik kinerja, then it is accepted', () => {
    expect(rules({})).toEqual([]);
  });
  it('R-NAT-34: given an unknown or refused penugasan, then it is refused', () => {
    expect(rules({ penugasan: undefined })).toEqual(['R-NAT-34']);
    expect(rules({ penugasan: { status: 'DITOLAK', unitPemilikKinerjaId: 'unit-a1' } })).toEqual(['R-NAT-34']);
  });
  it('R-NAT-47: given a starter who is not the PUO pemilik kinerja, or a vacant post, then it is refused', () => {
    expect(rules({ pemulaNip: 'pegawai' })).toEqual(['R-NAT-47']);
    expect(rules({ pimpinanPemilikNip: undefined })).toEqual(['R-NAT-47']);
  });
  it('R-SYS-01: given another pelaksanaan of the same penugasan, then it is refused naming it', () => {
    const [v] = checkMulaiKegiatan({ ...ok, duplikatDari: 'pid-1' }).violations;
    expect(v?.ruleId).toBe('R-SYS-01');
    expect(v?.message).toContain('pid-1');
  });
});
