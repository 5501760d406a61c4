import { describe, expect, it } from 'vitest';
import { checkPejabatPenunjuk } from '../../../src/domain/rules/pejabat-penunjuk.js';
import { NIP, orgWith, pegawaiOf } from '../fixtures/organisasi.js';

/** JF A1 is in unit A1 (PUO: Kepala A1); their PPK is Pengawas A1. */
const jf = pegawaiOf(NIP.jfA1);

describe('R-NAT-08 penunjukan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi', () => {
  it.each([
    { pengusulNip: NIP.kepalaA1, who: 'the PUO of the unit' },
    { pengusulNip: NIP.pengawasA1, who: 'the PPK of the pegawai' },
  ])('R-NAT-08: given the pengusul is $who, when checked, then it is accepted', ({ pengusulNip }) => {
    expect(checkPejabatPenunjuk(orgWith(), jf, pengusulNip)).toEqual({ violations: [], warnings: [] });
  });

  it.each([
    { pengusulNip: NIP.pelaksanaA1, who: 'a colleague in the same unit' },
    { pengusulNip: NIP.kepalaA2, who: 'the PUO of another unit' },
    { pengusulNip: NIP.jfA1, who: 'the pegawai themself' },
    { pengusulNip: '196001012000011999', who: 'someone not in the organisation' },
    { pengusulNip: '', who: 'nobody' },
  ])('R-NAT-08: given the pengusul is $who, when checked, then it is refused on pengusulNip', ({ pengusulNip }) => {
    expect(checkPejabatPenunjuk(orgWith(), jf, pengusulNip).violations).toEqual([{
      ruleId: 'R-NAT-08',
      field: 'pengusulNip',
      message: 'Penunjukan JF A1 hanya dapat diajukan oleh Pejabat Penilai Kinerjanya atau Pimpinan Unit Organisasinya.',
    }]);
  });

  it('R-NAT-08: given the PPK is inactive, when that PPK proposes, then it is refused (the PUO still may)', () => {
    const org = orgWith({ pegawai: { [NIP.pengawasA1]: { aktif: false } } });

    expect(checkPejabatPenunjuk(org, jf, NIP.pengawasA1).violations).toMatchObject([{ ruleId: 'R-NAT-08' }]);
    expect(checkPejabatPenunjuk(org, jf, NIP.kepalaA1).violations).toEqual([]);
  });
});

describe('R-NAT-09 penunjukan dalam unit langsung oleh Pimpinan Unit Organisasi', () => {
  it('R-NAT-09: given the PUO post of the unit is vacant, when even the PPK proposes, then it is refused naming the unit', () => {
    const jfUnitKosong = pegawaiOf(NIP.jfKosong);

    expect(checkPejabatPenunjuk(orgWith(), jfUnitKosong, NIP.pengawasA1).violations).toEqual([{
      ruleId: 'R-NAT-09',
      field: 'unitPemilikKinerjaId',
      message: 'Jabatan Pimpinan Unit Organisasi Unit Kosong kosong; tetapkan Plt/Plh terlebih dahulu.',
    }]);
  });

  it.each([
    { when: 'the PUO is inactive', org: orgWith({ pegawai: { [NIP.kepalaA1]: { aktif: false } } }) },
    { when: 'the recorded PUO is not in the organisation', org: orgWith({ unit: { 'unit-a1': { pimpinanNip: '196001012000011999' } } }) },
  ])('R-NAT-09: given $when, when the former PUO proposes, then it is refused as a vacancy', ({ org }) => {
    expect(checkPejabatPenunjuk(org, jf, NIP.kepalaA1).violations).toMatchObject([
      { ruleId: 'R-NAT-09', field: 'unitPemilikKinerjaId', message: expect.stringContaining('Unit A1 kosong') as unknown },
    ]);
  });

  it('R-NAT-09: given the pegawai unit is unknown, when checked, then the message falls back to the unit id', () => {
    const tanpaUnit = pegawaiOf(NIP.jfA1, { unitId: 'unit-hilang' });

    expect(checkPejabatPenunjuk(orgWith(), tanpaUnit, NIP.kepalaA1).violations[0]?.message)
      .toBe('Jabatan Pimpinan Unit Organisasi unit-hilang kosong; tetapkan Plt/Plh terlebih dahulu.');
  });
});
