import { describe, expect, it } from 'vitest';
import { checkPermintaanLaporan } from '../../../src/domain/rules/permintaan-laporan.js';

const ok = { pemintaNip: 'puo', peminta: 'puo', tahap: 'PELAKSANAAN', perihal: 'Kemajuan penyusunan dasbor' };

describe('R-NAT-48 the unit leader may request reports at any time', () => {
  it('R-NAT-48: given the PUO pemilik kinerja during pelaksanaan, then the request is accepted', () => {
    expect(checkPermintaanLaporan(ok).violations).toEqual([]);
  });
  it('R-NAT-48: given another requester, then it is refused naming the PUO', () => {
    expect(checkPermintaanLaporan({ ...ok, pemintaNip: 'lain' }).violations.map((v) => [v.ruleId, v.field])).toEqual([['R-NAT-48', 'pengusulNip']]);
  });
  it('R-NAT-48: given no running kegiatan, a kegiatan in evaluation, or no subject, then it is refused', () => {
    expect(checkPermintaanLaporan({ ...ok, peminta: undefined }).violations).toHaveLength(1);
    expect(checkPermintaanLaporan({ ...ok, tahap: 'EVALUASI' }).violations.map((v) => v.field)).toEqual(['penugasanId']);
    expect(checkPermintaanLaporan({ ...ok, perihal: 'ada' }).violations.map((v) => v.field)).toEqual(['perihalLaporan']);
  });
});
