import { describe, expect, it } from 'vitest';
import { dapatDitarik, dihitungDuplikat, pemohonKasus, STATUS_AKHIR } from '../../src/domain/status-kasus.js';

describe('status kasus (issue 9)', () => {
  const tabel: [string, boolean][] = [
    ['BERJALAN', true], ['DITETAPKAN', true], ['SELESAI', true],
    ...STATUS_AKHIR.filter((s) => s !== 'DITETAPKAN' && s !== 'SELESAI').map((s): [string, boolean] => [s, false]),
  ];
  it.each(tabel)('R-SYS-01: a case %s counts as a duplicate: %s (only open cases and those whose outcome stands do)', (status, dihitung) => {
    expect(dihitungDuplikat(status)).toBe(dihitung);
  });

  it('only a running case (or one sent back as not valid) can be withdrawn', () => {
    expect(['BERJALAN', ...STATUS_AKHIR].filter(dapatDitarik)).toEqual(['BERJALAN', 'TIDAK_VALID']);
  });

  it('the pemohon is who started the instance; for an instance our API started, the pengusul it stored', () => {
    expect(pemohonKasus('198108192009121002', 'skapi', '197204151998031005')).toBe('198108192009121002');
    expect(pemohonKasus('skapi', 'skapi', '197204151998031005')).toBe('197204151998031005');
    expect(pemohonKasus(undefined, 'skapi', '197204151998031005')).toBeUndefined();
  });
});
