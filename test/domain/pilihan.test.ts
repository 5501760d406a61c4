import { describe, expect, it } from 'vitest';
import { pilihanInstansi, pilihanPegawai, pilihanUnit, type CalonPegawai } from '../../src/domain/pilihan.js';
import { profileOf } from '../../src/domain/profiles/index.js';

const calon = (nip: string, ubah: Partial<CalonPegawai> = {}): CalonPegawai => ({
  nip, nama: `Pegawai ${nip}`, jabatanNama: 'Statistisi Ahli Muda', jabatanKategori: 'JF_KEAHLIAN', instansiId: 'prov',
  unitId: 'bidang-a', unitNama: 'Bidang A', aktif: true, ...ubah,
});

const pemilih = { nip: 'puo', instansiId: 'prov', unitDipimpin: ['dinas-a', 'bidang-a'] };

describe('choices offered in a form (issue 9 item 1; src/domain/pilihan.ts)', () => {
  const orang = [
    calon('1'), // in a unit the caller leads
    calon('2', { unitId: 'bidang-b', unitNama: 'Bidang B', nama: 'Budi' }),
    calon('3', { unitId: 'bidang-b', instansiId: 'lain' }), // another instansi
    calon('4', { unitId: 'bidang-b', aktif: false }),
    calon('5', { unitId: 'bidang-b', jabatanKategori: 'ADMINISTRATOR' }), // not assignable under the baseline
    calon('puo', { unitId: 'bidang-b' }),
  ];

  it('R-NAT-10: F2 offers active, assignable pegawai of the same instansi outside the units the caller leads, labelled by name, jabatan and unit', () => {
    expect(pilihanPegawai('pegawai-lintas-unit', pemilih, profileOf('NAT'), orang)).toEqual([{ value: '2', label: 'Budi — Statistisi Ahli Muda, Bidang B' }]);
  });

  it('F1/F7 offer the pegawai of the led units; F6 anggota the whole instansi; the ketua by the profile (Banten allows an Administrator)', () => {
    expect(pilihanPegawai('pegawai-unit-dipimpin', pemilih, profileOf('NAT'), orang).map((p) => p.value)).toEqual(['1']);
    expect(pilihanPegawai('anggota-tim', pemilih, profileOf('NAT'), orang).map((p) => p.value).sort()).toEqual(['1', '2']);
    expect(pilihanPegawai('ketua-tim', pemilih, profileOf('BTN'), orang).map((p) => p.value).sort()).toEqual(['1', '2', '5']);
  });

  it('units: those the caller leads, or the other units of their instansi; instansi: the others', () => {
    const unit = [
      { id: 'dinas-a', nama: 'Dinas A', instansiId: 'prov' }, { id: 'bidang-a', nama: 'Bidang A', instansiId: 'prov' },
      { id: 'bidang-b', nama: 'Bidang B', instansiId: 'prov' }, { id: 'x', nama: 'X', instansiId: 'lain' },
    ];
    expect(pilihanUnit('unit-dipimpin', pemilih, unit, 'dinas-a').map((u) => u.value)).toEqual(['bidang-a', 'dinas-a']);
    expect(pilihanUnit('unit-instansi', pemilih, unit, 'dinas-a').map((u) => u.value)).toEqual(['bidang-b']);
    expect(pilihanInstansi(pemilih, [{ id: 'prov', nama: 'Provinsi' }, { id: 'lain', nama: 'Kabupaten Lain' }])).toEqual([{ value: 'lain', label: 'Kabupaten Lain' }]);
  });
});
