import { describe, expect, it } from 'vitest';
import { pejabatBerwenangPada } from '../../../src/domain/direktori.js';
import { direktori } from './builders.js';

/** The Pejabat yang Berwenang of each instansi is configured, never inferred, and dated. */
const dua = () => direktori()
  .instansi('pemprov-banten', 'BTN', 'PROVINSI')
  .pegawai('sekda-lama', 'PPT_MADYA')
  .pegawai('sekda-baru', 'PPT_MADYA')
  .instansi('kemenperin', 'KIN', 'KEMENTERIAN')
  .pegawai('sekjen', 'PPT_MADYA')
  .instansi('pemkab-tanpa-pyb', 'MRT');

describe('R-NAT-16 R-NAT-17 (A-28): the Pejabat yang Berwenang by date', () => {
  const idx = dua()
    .pejabatBerwenang('pemprov-banten', 'sekda-lama', { mulai: '2024-01-01', selesai: '2025-03-31' })
    .pejabatBerwenang('pemprov-banten', 'sekda-baru', { mulai: '2025-04-01' })
    .pejabatBerwenang('kemenperin', 'sekjen')
    .index();

  it.each([
    { instansi: 'pemprov-banten', tanggal: '2025-03-31', pyb: 'sekda-lama' },
    { instansi: 'pemprov-banten', tanggal: '2025-04-01', pyb: 'sekda-baru' },
    { instansi: 'kemenperin', tanggal: '2025-04-01', pyb: 'sekjen' },
  ])('R-NAT-16 R-NAT-17 (A-28): given the PyB records of $instansi, on $tanggal, then the PyB is $pyb', ({ instansi, tanggal, pyb }) => {
    expect(pejabatBerwenangPada(idx, instansi, tanggal)).toBe(pyb);
  });

  it.each([
    { instansi: 'pemprov-banten', tanggal: '2023-12-31', when: 'before the first record' },
    { instansi: 'pemkab-tanpa-pyb', tanggal: '2025-04-01', when: 'an instansi with none configured' },
    { instansi: 'tidak-ada', tanggal: '2025-04-01', when: 'an unknown instansi' },
  ])('R-NAT-16 R-NAT-17 (A-28): given $when, when the PyB is resolved, then there is none (never inferred)', ({ instansi, tanggal }) => {
    expect(pejabatBerwenangPada(idx, instansi, tanggal)).toBeUndefined();
  });

  it('R-NAT-16 R-NAT-17 (A-28): given a new PyB recorded while the previous record is still open, when resolved, then the new one holds from its start whatever the record order', () => {
    const lamaDulu = dua()
      .pejabatBerwenang('pemprov-banten', 'sekda-lama', { mulai: '2024-01-01' })
      .pejabatBerwenang('pemprov-banten', 'sekda-baru', { mulai: '2025-04-01' })
      .index();
    const baruDulu = dua()
      .pejabatBerwenang('pemprov-banten', 'sekda-baru', { mulai: '2025-04-01' })
      .pejabatBerwenang('pemprov-banten', 'sekda-lama', { mulai: '2024-01-01' })
      .index();

    for (const idx of [lamaDulu, baruDulu]) {
      expect(pejabatBerwenangPada(idx, 'pemprov-banten', '2025-03-31')).toBe('sekda-lama');
      expect(pejabatBerwenangPada(idx, 'pemprov-banten', '2025-04-01')).toBe('sekda-baru');
    }
  });
});
