import { describe, expect, it } from 'vitest';
import { kedudukanPada, pimpinanPada, viewOn } from '../../../src/domain/direktori.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkPejabatPenilaiKinerja } from '../../../src/domain/rules/pejabat-penilai-kinerja.js';
import { direktori, HARI_INI, ppkOf, ruleIds } from './builders.js';

/**
 * Issue "Organisation directory": history is kept by effective date, never overwritten. Every resolution
 * takes a date; both ends of a period are inclusive and an open end (null) runs on.
 */
const dinas = () => direktori()
  .instansi('pemkab', 'MRT')
  .unit('dinas', { pola: 'MRT_2LEVEL' })
  .unit('bidang-a', { induk: 'dinas' })
  .unit('bidang-b', { induk: 'dinas' })
  .kepala('kadis', 'PPT_PRATAMA', 'dinas')
  .pegawai('kabid-a', 'ADMINISTRATOR').kedudukan('kabid-a', 'bidang-a')
  .pegawai('kabid-b', 'ADMINISTRATOR').kedudukan('kabid-b', 'bidang-b');

describe('R-NAT-07 R-NAT-41: a move to another unit on a date', () => {
  const idx = dinas()
    .pimpinan('bidang-a', 'kabid-a')
    .pimpinan('bidang-b', 'kabid-b')
    .pegawai('jf', 'JF_KEAHLIAN')
    .kedudukan('jf', 'bidang-a', { mulai: '2024-01-01', selesai: '2025-06-30' })
    .kedudukan('jf', 'bidang-b', { mulai: '2025-07-01' })
    .index();

  it('R-NAT-07 R-NAT-41: given a JF moved from Bidang A to Bidang B on 1 July, when the PPK is resolved, then it is the old Kabid up to 30 June and the new Kabid from 1 July', () => {
    expect(ppkOf(idx, 'jf', '2025-06-30')).toBe('kabid-a');
    expect(ppkOf(idx, 'jf', '2025-07-01')).toBe('kabid-b');
    expect(kedudukanPada(idx, 'jf', '2025-06-30')?.unitId).toBe('bidang-a');
    expect(kedudukanPada(idx, 'jf', '2025-07-01')?.unitId).toBe('bidang-b');
  });

  it('R-NAT-07: given the move, when the organisation is viewed on each date, then the pegawai sits in the unit of that date with that date\'s PPK and kedudukan start', () => {
    expect(viewOn(idx, '2025-06-30').pegawai('jf')).toMatchObject({ unitId: 'bidang-a', pejabatPenilaiKinerjaNip: 'kabid-a', kedudukanSejak: '2024-01-01' });
    expect(viewOn(idx, '2025-07-01').pegawai('jf')).toMatchObject({ unitId: 'bidang-b', pejabatPenilaiKinerjaNip: 'kabid-b', kedudukanSejak: '2025-07-01' });
  });

  it('R-NAT-07: given a new kedudukan recorded without closing the old one, when resolved after its start, then the latest started kedudukan wins and the old one still holds before', () => {
    const open = dinas()
      .pimpinan('bidang-a', 'kabid-a')
      .pimpinan('bidang-b', 'kabid-b')
      .pegawai('jf', 'JF_KEAHLIAN')
      .kedudukan('jf', 'bidang-b', { mulai: '2025-07-01' })
      .kedudukan('jf', 'bidang-a', { mulai: '2024-01-01' })
      .index();

    expect(ppkOf(open, 'jf', '2025-06-30')).toBe('kabid-a');
    expect(ppkOf(open, 'jf', '2025-07-01')).toBe('kabid-b');
  });
});

describe('R-NAT-41 R-NAT-09: definitive, Plt and Plh leaders by date', () => {
  it('R-NAT-41: given the definitive Kabid left on 28 Feb, a Plt from 1 Mar to 31 May and a new definitive Kabid from 1 Jun, when the PPK is resolved, then it follows the leader of each date', () => {
    const idx = dinas()
      .staf('jf', 'JF_KEAHLIAN', 'bidang-a')
      .pegawai('kabid-baru', 'ADMINISTRATOR').kedudukan('kabid-baru', 'bidang-a', { mulai: '2025-06-01' })
      .pimpinan('bidang-a', 'kabid-a', { mulai: '2024-01-01', selesai: '2025-02-28' })
      .pimpinan('bidang-a', 'kabid-b', { status: 'PLT', mulai: '2025-03-01', selesai: '2025-05-31' })
      .pimpinan('bidang-a', 'kabid-baru', { mulai: '2025-06-01' })
      .index();

    expect(ppkOf(idx, 'jf', '2025-02-28')).toBe('kabid-a');
    expect(ppkOf(idx, 'jf', '2025-03-01')).toBe('kabid-b');
    expect(ppkOf(idx, 'jf', '2025-05-31')).toBe('kabid-b');
    expect(ppkOf(idx, 'jf', '2025-06-01')).toBe('kabid-baru');
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf', '2025-04-01', nasional))).toEqual([]);
  });

  it('R-NAT-41: given a definitive Kabid and a Plh recorded for the same days, when the leader is resolved, then the definitive holder wins, and a Plt wins over a Plh', () => {
    const idx = dinas()
      .staf('jf', 'JF_KEAHLIAN', 'bidang-a')
      .pimpinan('bidang-a', 'kabid-b', { status: 'PLH', mulai: '2025-03-01', selesai: '2025-03-10' })
      .pimpinan('bidang-a', 'kadis', { status: 'PLT', mulai: '2025-04-01', selesai: '2025-04-30' })
      .pimpinan('bidang-a', 'kabid-b', { status: 'PLH', mulai: '2025-04-01', selesai: '2025-04-30' })
      .pimpinan('bidang-a', 'kabid-a', { mulai: '2024-01-01', selesai: '2025-03-31' })
      .index();

    expect(pimpinanPada(idx, 'bidang-a', '2025-03-05')).toMatchObject({ nip: 'kabid-a', status: 'DEFINITIF' });
    expect(ppkOf(idx, 'jf', '2025-03-05')).toBe('kabid-a');
    expect(pimpinanPada(idx, 'bidang-a', '2025-04-15')).toMatchObject({ nip: 'kadis', status: 'PLT' });
    expect(ppkOf(idx, 'jf', '2025-04-15')).toBe('kadis');
  });

  it('R-NAT-41: given a successor\'s definitive record starts while the predecessor\'s record is still open, when resolved, then the successor leads from their start whatever the record order', () => {
    const base = () => dinas().staf('jf', 'JF_KEAHLIAN', 'bidang-a');
    const lamaDulu = base()
      .pimpinan('bidang-a', 'kabid-a', { mulai: '2024-01-01' })
      .pimpinan('bidang-a', 'kabid-b', { mulai: '2025-06-01' })
      .index();
    const baruDulu = base()
      .pimpinan('bidang-a', 'kabid-b', { mulai: '2025-06-01' })
      .pimpinan('bidang-a', 'kabid-a', { mulai: '2024-01-01' })
      .index();

    for (const idx of [lamaDulu, baruDulu]) {
      expect(ppkOf(idx, 'jf', '2025-05-31')).toBe('kabid-a');
      expect(ppkOf(idx, 'jf', '2025-06-01')).toBe('kabid-b');
    }
  });

  it('R-NAT-41 R-NAT-09: given the leader of a unit is no longer active, when resolved, then they are skipped for the Plt, and without a Plt for the leader above', () => {
    const tanpaPlt = dinas()
      .pegawai('kabid-pensiun', 'ADMINISTRATOR', { aktif: false })
      .pimpinan('bidang-a', 'kabid-pensiun')
      .staf('jf', 'JF_KEAHLIAN', 'bidang-a');
    const denganPlt = dinas()
      .pegawai('kabid-pensiun', 'ADMINISTRATOR', { aktif: false })
      .pimpinan('bidang-a', 'kabid-pensiun')
      .pimpinan('bidang-a', 'kabid-b', { status: 'PLT' })
      .staf('jf', 'JF_KEAHLIAN', 'bidang-a');

    expect(pimpinanPada(tanpaPlt.index(), 'bidang-a', HARI_INI)).toBeUndefined();
    expect(ppkOf(tanpaPlt.index(), 'jf')).toBe('kadis');
    expect(ppkOf(denganPlt.index(), 'jf')).toBe('kabid-b');
    expect(viewOn(denganPlt.index(), HARI_INI).unit('bidang-a')?.pimpinanNip).toBe('kabid-b');
  });
});

describe('R-NAT-41 R-BTN-16: a delegation holds only within its period', () => {
  const idx = direktori()
    .instansi('pemprov', 'BTN', 'PROVINSI')
    .unit('dinas')
    .unit('seksi', { induk: 'dinas' })
    .kepala('kadis', 'PPT_PRATAMA', 'dinas')
    .kepala('kasi', 'PENGAWAS', 'seksi')
    .staf('jf-ketua', 'JF_KEAHLIAN', 'seksi')
    .staf('jf', 'JF_KEAHLIAN', 'seksi')
    .delegasi('kasi', 'jf-ketua', { mulai: '2025-02-01', selesai: '2025-04-30' })
    .index();

  it.each([
    { tanggal: '2025-01-31', ppk: 'kasi', when: 'the day before it starts' },
    { tanggal: '2025-02-01', ppk: 'jf-ketua', when: 'its first day' },
    { tanggal: '2025-04-30', ppk: 'jf-ketua', when: 'its last day' },
    { tanggal: '2025-05-01', ppk: 'kasi', when: 'the day after it ends' },
  ])('R-NAT-41 R-BTN-16: given a delegation from the Kasi to a JF from 1 Feb to 30 Apr, on $when ($tanggal), then the PPK is $ppk', ({ tanggal, ppk }) => {
    expect(ppkOf(idx, 'jf', tanggal)).toBe(ppk);
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf', tanggal, nasional))).toEqual([]);
  });

  it('R-NAT-41 R-BTN-16: given the Kasi delegated to a second JF from 1 Apr without closing the first delegation, when resolved, then the later delegation holds from its start whatever the record order', () => {
    const dua = (urutan: 'lama-dulu' | 'baru-dulu') => {
      const b = direktori()
        .instansi('pemprov', 'BTN', 'PROVINSI')
        .unit('seksi')
        .kepala('kasi', 'PENGAWAS', 'seksi')
        .staf('jf-ketua-1', 'JF_KEAHLIAN', 'seksi')
        .staf('jf-ketua-2', 'JF_KEAHLIAN', 'seksi')
        .staf('jf', 'JF_KEAHLIAN', 'seksi');
      return (urutan === 'lama-dulu'
        ? b.delegasi('kasi', 'jf-ketua-1', { mulai: '2025-01-01' }).delegasi('kasi', 'jf-ketua-2', { mulai: '2025-04-01' })
        : b.delegasi('kasi', 'jf-ketua-2', { mulai: '2025-04-01' }).delegasi('kasi', 'jf-ketua-1', { mulai: '2025-01-01' })).index();
    };

    for (const idx of [dua('lama-dulu'), dua('baru-dulu')]) {
      expect(ppkOf(idx, 'jf', '2025-03-31')).toBe('jf-ketua-1');
      expect(ppkOf(idx, 'jf', '2025-04-01')).toBe('jf-ketua-2');
    }
  });

  it('R-NAT-41 R-BTN-16: given the delegation has ended, when the former delegate is still named PPK on a kedudukan, then it is refused', () => {
    const named = direktori()
      .instansi('pemprov', 'BTN', 'PROVINSI')
      .unit('dinas')
      .kepala('kadis', 'PPT_PRATAMA', 'dinas')
      .staf('jf-ketua', 'JF_KEAHLIAN', 'dinas')
      .staf('jf', 'JF_KEAHLIAN', 'dinas', { ppk: 'jf-ketua' })
      .delegasi('kadis', 'jf-ketua', { mulai: '2025-02-01', selesai: '2025-02-28' })
      .index();

    expect(ruleIds(checkPejabatPenilaiKinerja(named, 'jf', '2025-02-15', nasional))).toEqual([]);
    expect(ruleIds(checkPejabatPenilaiKinerja(named, 'jf', '2025-03-01', nasional))).toEqual(['R-NAT-41']);
  });
});

describe('R-NAT-07: no kedudukan or no PPK on the date', () => {
  const idx = dinas()
    .pimpinan('bidang-a', 'kabid-a')
    .pegawai('jf-baru', 'JF_KEAHLIAN')
    .kedudukan('jf-baru', 'bidang-a', { mulai: '2025-04-01' })
    .pegawai('jf-lepas', 'JF_KEAHLIAN')
    .kedudukan('jf-lepas', 'bidang-a', { selesai: '2025-01-31' })
    .pegawai('jf-tanpa-kedudukan', 'JF_KEAHLIAN')
    .index();

  it.each([
    { nip: 'jf-baru', when: 'the kedudukan starts after the date' },
    { nip: 'jf-lepas', when: 'the kedudukan ended before the date' },
    { nip: 'jf-tanpa-kedudukan', when: 'no kedudukan was ever recorded' },
  ])('R-NAT-07: given $when, when checked, then it is refused on kedudukan and no PPK resolves', ({ nip }) => {
    expect(ppkOf(idx, nip)).toBeUndefined();
    expect(checkPejabatPenilaiKinerja(idx, nip, HARI_INI, nasional).violations).toMatchObject([
      { ruleId: 'R-NAT-07', field: 'kedudukan', message: `${nip} belum memiliki kedudukan pada ${HARI_INI}.` },
    ]);
  });

  it('R-NAT-07: given the kedudukan starts on the date itself, when checked, then it is accepted', () => {
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf-baru', '2025-04-01', nasional))).toEqual([]);
  });

  it('R-NAT-07: given an unknown NIP, when checked, then it is refused on nip', () => {
    expect(checkPejabatPenilaiKinerja(idx, 'tidak-ada', HARI_INI, nasional).violations).toMatchObject([{ ruleId: 'R-NAT-07', field: 'nip' }]);
  });

  it('R-NAT-07: given a kedudukan in a tree with no leader on the date, when checked, then it is refused on pejabatPenilaiKinerjaNip', () => {
    const kosong = direktori()
      .instansi('pemkab', 'MRT')
      .unit('dinas')
      .kepala('kadis', 'PPT_PRATAMA', 'dinas', { selesai: '2025-01-31' })
      .staf('jf', 'JF_KEAHLIAN', 'dinas')
      .index();

    expect(ppkOf(kosong, 'jf', '2025-01-31')).toBe('kadis');
    expect(ppkOf(kosong, 'jf')).toBeUndefined();
    expect(checkPejabatPenilaiKinerja(kosong, 'jf', HARI_INI, nasional).violations).toMatchObject([
      { ruleId: 'R-NAT-07', field: 'pejabatPenilaiKinerjaNip' },
    ]);
  });

  it('R-NAT-07: given the PPK named on the kedudukan is no longer active, when checked, then it is refused on pejabatPenilaiKinerjaNip', () => {
    const pensiun = dinas()
      .pegawai('kabid-pensiun', 'ADMINISTRATOR', { aktif: false })
      .staf('jf', 'JF_KEAHLIAN', 'bidang-a', { ppk: 'kabid-pensiun' })
      .index();

    expect(checkPejabatPenilaiKinerja(pensiun, 'jf', HARI_INI, nasional).violations).toMatchObject([
      { ruleId: 'R-NAT-07', field: 'pejabatPenilaiKinerjaNip' },
    ]);
  });
});
