import { describe, expect, it } from 'vitest';
import type { JabatanKategori, JenisUnit } from '../../../src/domain/organisasi.js';
import type { AgencyProfile } from '../../../src/domain/profiles/agency-profile.js';
import { banten } from '../../../src/domain/profiles/banten.js';
import { kemenperin } from '../../../src/domain/profiles/kemenperin.js';
import { meranti } from '../../../src/domain/profiles/meranti.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkPimpinanUnit } from '../../../src/domain/rules/pejabat-penilai-kinerja.js';
import { direktori, HARI_INI, ruleIds } from './builders.js';

/** R-NAT-42: who may lead a unit organisasi, per profile; only unit kinds the profile counts are checked. */
const dipimpin = (kategori: JabatanKategori, jenis: JenisUnit = 'UNIT_ORGANISASI', status: 'DEFINITIF' | 'PLT' = 'DEFINITIF') => direktori()
  .instansi('instansi', 'NAT')
  .unit('unit', { jenis, nama: 'Unit Uji' })
  .pegawai('pimpinan', kategori, { jabatanNama: `Jabatan ${kategori}` })
  .pimpinan('unit', 'pimpinan', { status })
  .index();

const cek = (kategori: JabatanKategori, profile: AgencyProfile, jenis?: JenisUnit) =>
  ruleIds(checkPimpinanUnit(dipimpin(kategori, jenis), 'unit', HARI_INI, profile));

describe('R-NAT-42: who may be a Pimpinan Unit Organisasi', () => {
  it.each<{ profile: AgencyProfile; kategori: JabatanKategori; expected: string[] }>([
    { profile: banten, kategori: 'PENGAWAS', expected: ['R-NAT-42'] },
    { profile: banten, kategori: 'JF_KEAHLIAN', expected: ['R-NAT-42'] },
    { profile: banten, kategori: 'PPT_MADYA', expected: ['R-NAT-42'] },
    { profile: banten, kategori: 'PPT_PRATAMA', expected: [] },
    { profile: banten, kategori: 'ADMINISTRATOR', expected: [] },
    { profile: meranti, kategori: 'PPT_MADYA', expected: ['R-NAT-42'] },
    { profile: meranti, kategori: 'PPT_PRATAMA', expected: [] },
    { profile: meranti, kategori: 'PENGAWAS', expected: [] },
    { profile: meranti, kategori: 'JF_KEAHLIAN', expected: [] },
    { profile: nasional, kategori: 'PPT_MADYA', expected: [] },
    { profile: nasional, kategori: 'JF_KEAHLIAN', expected: [] },
    { profile: nasional, kategori: 'JF_KETERAMPILAN', expected: [] },
    { profile: nasional, kategori: 'PELAKSANA', expected: ['R-NAT-42'] },
    { profile: kemenperin, kategori: 'PELAKSANA', expected: ['R-NAT-42'] },
  ])('$profile.code R-NAT-42: given an UNIT_ORGANISASI led by a $kategori, when checked, then the violations are $expected', ({ profile, kategori, expected }) => {
    expect(cek(kategori, profile)).toEqual(expected);
  });

  it('BTN R-NAT-42 R-BTN-22: given a Pengawas leading a Dinas, when checked under Banten, then the message names the leader, the unit and the profile', () => {
    expect(checkPimpinanUnit(dipimpin('PENGAWAS'), 'unit', HARI_INI, banten).violations).toEqual([{
      ruleId: 'R-NAT-42',
      field: 'pimpinan',
      message: 'pimpinan (Jabatan PENGAWAS) tidak dapat memimpin Unit Uji sebagai Pimpinan Unit Organisasi menurut profil Provinsi Banten (Pergub 19/2023).',
    }]);
  });

  it('BTN R-NAT-42 R-BTN-22: given a Plt Pengawas leading a Dinas, when checked under Banten, then the Plt is held to the same rule', () => {
    expect(ruleIds(checkPimpinanUnit(dipimpin('PENGAWAS', 'UNIT_ORGANISASI', 'PLT'), 'unit', HARI_INI, banten))).toEqual(['R-NAT-42']);
  });

  it.each<{ profile: AgencyProfile; kategori: JabatanKategori; jenis: JenisUnit }>([
    { profile: banten, kategori: 'PENGAWAS', jenis: 'UNIT_KERJA' },
    { profile: banten, kategori: 'JF_KEAHLIAN', jenis: 'UNIT_KERJA_MANDIRI' },
  ])('$profile.code R-NAT-42 R-BTN-22: given a $jenis led by a $kategori, when checked, then it is not an unit organisasi for the profile and passes', ({ profile, kategori, jenis }) => {
    expect(cek(kategori, profile, jenis)).toEqual([]);
  });

  it('MRT R-MRT-18 R-NAT-42: given an UPT led by a PPT Madya, when checked, then Meranti refuses it (its UPT is an unit organisasi and a PUO is never a PPT Madya); the baseline accepts it', () => {
    expect(cek('PPT_MADYA', meranti, 'UPT')).toEqual(['R-NAT-42']);
    expect(cek('PPT_MADYA', nasional, 'UPT')).toEqual([]);
  });

  it('NAT R-NAT-42: given a JF appointed (a pimpinan record) to lead an unit kerja mandiri, when checked under the national baseline, then it is accepted', () => {
    expect(cek('JF_KEAHLIAN', nasional, 'UNIT_KERJA_MANDIRI')).toEqual([]);
  });

  it('R-NAT-42: given an unknown unit or a vacant post, when checked, then nothing is reported here (a vacancy blocks elsewhere, R-NAT-09)', () => {
    const idx = direktori().instansi('instansi', 'BTN').unit('kosong').index();

    expect(ruleIds(checkPimpinanUnit(idx, 'tidak-ada', HARI_INI, banten))).toEqual([]);
    expect(ruleIds(checkPimpinanUnit(idx, 'kosong', HARI_INI, banten))).toEqual([]);
  });
});
