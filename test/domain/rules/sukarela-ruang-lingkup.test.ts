import { describe, expect, it } from 'vitest';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkAlamatSuratSukarela, checkPermohonanLisan, checkSukarelaBukanLintasInstansi } from '../../../src/domain/rules/sukarela-ruang-lingkup.js';
import { NIP, orgWith, pegawaiOf, unitOf } from '../fixtures/organisasi.js';

const jenis = nasional.unitOrganisasiJenis;

describe('pengajuan sukarela: who, where, addressed to whom', () => {
  it('R-NAT-21: given a target unit in another instansi, when checked, then the voluntary application is refused', () => {
    const report = checkSukarelaBukanLintasInstansi(pegawaiOf(NIP.jfA1), unitOf('unit-b1'), 'unitDitujuId');

    expect(report.violations).toMatchObject([{ ruleId: 'R-NAT-21', field: 'unitDitujuId' }]);
    expect(report.violations[0]?.message).toContain('hanya melalui penunjukan');
  });

  it('R-NAT-21: given a target unit of the same instansi, when checked, then it is allowed', () => {
    expect(checkSukarelaBukanLintasInstansi(pegawaiOf(NIP.jfA1), unitOf('unit-a2'), 'unitDitujuId').violations).toEqual([]);
  });

  it('R-NAT-23: given the applicant\'s own PUO recording the oral request, when checked, then it is accepted', () => {
    expect(checkPermohonanLisan(orgWith(), pegawaiOf(NIP.jfA1), NIP.kepalaA1, jenis).violations).toEqual([]);
  });

  it.each([
    { who: 'the applicant\'s PPK (not the PUO)', pencatat: NIP.pengawasA1 },
    { who: 'the PUO of another unit', pencatat: NIP.kepalaA2 },
  ])('R-NAT-23: given $who recording the oral request, when checked, then it is refused', ({ pencatat }) => {
    const report = checkPermohonanLisan(orgWith(), pegawaiOf(NIP.jfA1), pencatat, jenis);

    expect(report.violations).toMatchObject([{ ruleId: 'R-NAT-23', field: 'pegawaiNip' }]);
    expect(report.violations[0]?.message).toContain('Kepala A1');
  });

  it('R-NAT-23: given the applicant\'s PUO post is vacant, when an oral request is recorded, then it is refused', () => {
    expect(checkPermohonanLisan(orgWith(), pegawaiOf(NIP.jfKosong), NIP.kepalaA1, jenis).violations).toMatchObject([{ ruleId: 'R-NAT-23' }]);
  });

  it('R-NAT-24: given a letter to unit A2, when addressed, then it goes to its PUO with tembusan to the own PPK and own PUO', () => {
    const { report, alamat } = checkAlamatSuratSukarela(orgWith(), pegawaiOf(NIP.jfA1), unitOf('unit-a2'), jenis);

    expect(report.violations).toEqual([]);
    expect(alamat).toEqual({ pimpinanDitujuNip: NIP.kepalaA2, pejabatPenilaiKinerjaNip: NIP.pengawasA1, pimpinanAsalNip: NIP.kepalaA1 });
  });

  it('R-NAT-24: given the target unit and the own unit have no PUO, when addressed, then the letter is refused for each missing party', () => {
    const org = orgWith({ unit: { 'unit-a2': { pimpinanNip: null } } });
    const { report, alamat } = checkAlamatSuratSukarela(org, pegawaiOf(NIP.jfKosong), unitOf('unit-a2'), jenis);

    expect(alamat).toBeUndefined();
    expect(report.violations.map((v) => [v.ruleId, v.field])).toEqual([['R-NAT-24', 'unitDitujuId'], ['R-NAT-24', 'tembusan']]);
  });

  it('R-NAT-24: given the applicant has no PPK, when addressed, then the missing tembusan refuses the letter', () => {
    const org = orgWith({ pegawai: { [NIP.jfA1]: { pejabatPenilaiKinerjaNip: null } } });
    const { report } = checkAlamatSuratSukarela(org, pegawaiOf(NIP.jfA1, { pejabatPenilaiKinerjaNip: null }), unitOf('unit-a2'), jenis);

    expect(report.violations).toMatchObject([{ ruleId: 'R-NAT-24', field: 'tembusan' }]);
  });
});
