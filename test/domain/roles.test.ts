import { describe, expect, it } from 'vitest';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../../src/domain/roles.js';
import { NIP, orgWith, pegawaiOf } from './fixtures/organisasi.js';

const nipTakDikenal = '196001012000011999';

describe('R-NAT-09 pimpinanUnitOrganisasi: the PUO who decides a penunjukan dalam unit', () => {
  it('R-NAT-09: given a unit with an active leader, then that leader is its PUO', () => {
    expect(pimpinanUnitOrganisasi(orgWith(), 'unit-a1')?.nip).toBe(NIP.kepalaA1);
  });

  it.each([
    { when: 'the post is vacant', org: orgWith(), unitId: 'unit-kosong' },
    { when: 'the leader is inactive', org: orgWith({ pegawai: { [NIP.kepalaA1]: { aktif: false } } }), unitId: 'unit-a1' },
    { when: 'the leader is not in the organisation', org: orgWith({ unit: { 'unit-a1': { pimpinanNip: nipTakDikenal } } }), unitId: 'unit-a1' },
    { when: 'the unit is unknown', org: orgWith(), unitId: 'unit-hilang' },
  ])('R-NAT-09: given $when, then there is no PUO', ({ org, unitId }) => {
    expect(pimpinanUnitOrganisasi(org, unitId)).toBeUndefined();
  });
});

describe('R-NAT-07 and R-NAT-08 pejabatPenilaiKinerja: the PPK who may propose and must exist', () => {
  it('R-NAT-07: given a pegawai with an active recorded PPK, then that PPK is returned', () => {
    expect(pejabatPenilaiKinerja(orgWith(), pegawaiOf(NIP.jfA1))?.nip).toBe(NIP.pengawasA1);
  });

  it.each([
    { when: 'no PPK is recorded', org: orgWith(), pegawai: pegawaiOf(NIP.kepalaA1) },
    { when: 'the PPK is inactive', org: orgWith({ pegawai: { [NIP.pengawasA1]: { aktif: false } } }), pegawai: pegawaiOf(NIP.jfA1) },
    { when: 'the PPK is not in the organisation', org: orgWith(), pegawai: pegawaiOf(NIP.jfA1, { pejabatPenilaiKinerjaNip: nipTakDikenal }) },
  ])('R-NAT-07: given $when, then there is no PPK', ({ org, pegawai }) => {
    expect(pejabatPenilaiKinerja(org, pegawai)).toBeUndefined();
  });

  it('R-NAT-08: given a PPK below Pengawas, then it is still returned (R-NAT-41 is checked by the kedudukan rule)', () => {
    const pegawai = pegawaiOf(NIP.pelaksanaA1, { pejabatPenilaiKinerjaNip: NIP.jfA1 });

    expect(pejabatPenilaiKinerja(orgWith(), pegawai)?.jabatanKategori).toBe('JF_KEAHLIAN');
  });
});
