import { describe, expect, it } from 'vitest';
import { viewOn, type DirektoriIndex } from '../../../src/domain/direktori.js';
import type { IsoDate } from '../../../src/domain/organisasi.js';
import type { AgencyProfile } from '../../../src/domain/profiles/agency-profile.js';
import { banten } from '../../../src/domain/profiles/banten.js';
import { kemenperin } from '../../../src/domain/profiles/kemenperin.js';
import { meranti } from '../../../src/domain/profiles/meranti.js';
import { checkRuangLingkup, ruangLingkup, unitOrganisasiDari } from '../../../src/domain/rules/ruang-lingkup.js';
import type { RuangLingkup } from '../../../src/domain/penugasan.js';
import { direktori, HARI_INI } from './builders.js';

/** R-NAT-03 computed over the directory on a date, with the agency's level of "unit organisasi". */
function lingkup(idx: DirektoriIndex, profile: AgencyProfile, nip: string, unitPemilikId: string, tanggal: IsoDate = HARI_INI): RuangLingkup {
  const org = viewOn(idx, tanggal);
  const pegawai = org.pegawai(nip);
  const pemilik = org.unit(unitPemilikId);
  if (!pegawai || !pemilik) throw new Error(`unknown ${nip} or ${unitPemilikId}`);
  return ruangLingkup(pegawai, pemilik, (id) => unitOrganisasiDari(org, id, profile.unitOrganisasiJenis));
}

/** A Pemkab/Pemprov with two Perangkat Daerah, a Bidang, an UPT(D) and a neighbouring instansi. */
const pemda = (profil: 'MRT' | 'BTN', jenisUpt: 'UPT' | 'UNIT_KERJA_MANDIRI') => direktori()
  .instansi('pemda', profil)
  .unit('dinkes', { pola: profil === 'MRT' ? 'MRT_2LEVEL' : 'BTN_A' })
  .unit('bidang-p2p', { induk: 'dinkes' })
  .unit('bidang-yankes', { induk: 'dinkes' })
  .unit('upt', { induk: 'dinkes', jenis: jenisUpt })
  .unit('dinsos', {})
  .kepala('kadis-kes', 'PPT_PRATAMA', 'dinkes')
  .kepala('kadis-sos', 'PPT_PRATAMA', 'dinsos')
  .staf('jf-p2p', 'JF_KEAHLIAN', 'bidang-p2p')
  .staf('jf-upt', 'JF_KETERAMPILAN', 'upt')
  .instansi('pemda-tetangga', profil)
  .unit('dinkes-tetangga')
  .index();

describe.each([
  // Meranti: Perbup 11/2024 names the Kepala UPT among the pimpinan unit organisasi, so an UPT is one of its own.
  { profile: meranti, jenisUpt: 'UPT' as const, rules: 'R-NAT-03 R-MRT-18 (A-19)', upt: 'LINTAS_UNIT' },
  { profile: banten, jenisUpt: 'UNIT_KERJA_MANDIRI' as const, rules: 'R-NAT-03 R-BTN-22', upt: 'DALAM_UNIT' },
])('$rules: the Perangkat Daerah is the unit organisasi for $profile.code', ({ profile, jenisUpt, upt }) => {
  const idx = pemda(profile.code as 'MRT' | 'BTN', jenisUpt);

  it.each([
    { nip: 'jf-p2p', pemilik: 'dinkes', expected: 'DALAM_UNIT', when: 'a JF in a Bidang and the Dinas as owner unit' },
    { nip: 'jf-p2p', pemilik: 'bidang-yankes', expected: 'DALAM_UNIT', when: 'a JF in a Bidang and another Bidang of the same Dinas' },
    { nip: 'jf-upt', pemilik: 'bidang-p2p', expected: upt, when: 'a JF of an UPT(D) of the Dinas and a Bidang of that Dinas' },
    { nip: 'jf-p2p', pemilik: 'dinsos', expected: 'LINTAS_UNIT', when: 'a JF in another Perangkat Daerah of the same Pemda' },
    { nip: 'jf-p2p', pemilik: 'dinkes-tetangga', expected: 'LINTAS_INSTANSI', when: 'an owner unit of another instansi' },
  ])(`${profile.code} R-NAT-03: given $when, when the scope is computed, then it is $expected`, ({ nip, pemilik, expected }) => {
    expect(lingkup(idx, profile, nip, pemilik)).toBe(expected);
  });

  it(`${profile.code} R-NAT-03: given a JF of another Perangkat Daerah, when a flow for DALAM_UNIT is used, then it is refused`, () => {
    const org = viewOn(idx, HARI_INI);
    const report = checkRuangLingkup(org.pegawai('jf-p2p')!, org.unit('dinsos')!, 'DALAM_UNIT',
      (id) => unitOrganisasiDari(org, id, profile.unitOrganisasiJenis));

    expect(report.violations).toMatchObject([{ ruleId: 'R-NAT-03', field: 'unitPemilikKinerjaId' }]);
  });
});

describe('R-NAT-03: Kemenperin counts an UPT as its own unit organisasi', () => {
  const idx = direktori()
    .instansi('kemenperin', 'KIN', 'KEMENTERIAN')
    .unit('bsk', { nama: 'Badan Standardisasi dan Kebijakan Jasa Industri' })
    .unit('pusat', { induk: 'bsk' })
    .unit('balai-besar', { induk: 'bsk', jenis: 'UPT', pola: 'KIN_POLA_5' })
    .unit('bagian-umum', { induk: 'balai-besar' })
    .kepala('kepala-badan', 'PPT_MADYA', 'bsk')
    .kepala('kepala-bb', 'PPT_PRATAMA', 'balai-besar')
    .staf('penguji', 'JF_KETERAMPILAN', 'bagian-umum')
    .staf('analis', 'JF_KEAHLIAN', 'pusat')
    .instansi('kemenkeu', 'NAT', 'KEMENTERIAN')
    .unit('djbc')
    .index();

  it.each([
    { nip: 'penguji', pemilik: 'balai-besar', expected: 'DALAM_UNIT', when: 'a JF of the Balai Besar and the Balai Besar as owner' },
    { nip: 'penguji', pemilik: 'bsk', expected: 'LINTAS_UNIT', when: 'a JF of the Balai Besar and its parent Badan as owner' },
    { nip: 'analis', pemilik: 'balai-besar', expected: 'LINTAS_UNIT', when: 'a JF of a Pusat of the Badan and the Balai Besar as owner' },
    { nip: 'analis', pemilik: 'bsk', expected: 'DALAM_UNIT', when: 'a JF of a Pusat and its Badan as owner' },
    { nip: 'analis', pemilik: 'djbc', expected: 'LINTAS_INSTANSI', when: 'an owner unit of another ministry' },
  ])('KIN R-NAT-03: given $when, when the scope is computed, then it is $expected', ({ nip, pemilik, expected }) => {
    expect(lingkup(idx, kemenperin, nip, pemilik)).toBe(expected);
  });
});

describe('R-NAT-03 R-NAT-07: the scope follows the kedudukan of the date', () => {
  it('R-NAT-03 (A-19): given a JF moved from Dinkes to Dinsos on 1 July, when the scope against Dinkes is computed, then it is DALAM_UNIT before and LINTAS_UNIT after', () => {
    const idx = direktori()
      .instansi('pemkab', 'MRT')
      .unit('dinkes')
      .unit('dinsos')
      .pegawai('jf', 'JF_KEAHLIAN')
      .kedudukan('jf', 'dinkes', { selesai: '2025-06-30' })
      .kedudukan('jf', 'dinsos', { mulai: '2025-07-01' })
      .index();

    expect(lingkup(idx, meranti, 'jf', 'dinkes', '2025-06-30')).toBe('DALAM_UNIT');
    expect(lingkup(idx, meranti, 'jf', 'dinkes', '2025-07-01')).toBe('LINTAS_UNIT');
  });
});
