import { describe, expect, it } from 'vitest';
import { checkPengajuEskalasi, checkPuoAsalTersedia, checkTindakLanjut, penerimaEskalasiLintas, type AsalAnggota } from '../../../src/domain/rules/eskalasi-masalah.js';

const tim = { status: 'DITETAPKAN', anggota: [{ nip: 'K', peran: 'KETUA' }, { nip: 'A', peran: 'ANGGOTA' }, { nip: 'L', peran: 'ANGGOTA' }] };
const isi = { uraianMasalah: 'Data perizinan dari Dinkes terlambat dua minggu', alternatifRekomendasi: 'Jadwal sinkron data mingguan antar-OPD' };
const rules = (r: { violations: readonly { ruleId: string; field: string }[] }) => r.violations.map((v) => [v.ruleId, v.field]);

const pemilik = { unitOrganisasiId: 'dpmptsp', instansiId: 'meranti', puoNip: 'PUO-DPMPTSP' };
const asal = (nip: string, unitOrganisasiId: string, instansiId: string, puoAsalNip: string | undefined, pybAsalNip?: string): AsalAnggota =>
  ({ nip, unitOrganisasiId, instansiId, puoAsalNip, pybAsalNip: pybAsalNip ?? `PYB-${instansiId}` });

describe('escalation of team problems (R-NAT-46)', () => {
  it('R-NAT-46: the ketua or an anggota of an established team raises a problem with alternative recommendations', () => {
    expect(checkPengajuEskalasi(tim, 'K', isi).violations).toEqual([]);
    expect(checkPengajuEskalasi(tim, 'A', isi).violations).toEqual([]);
  });

  it('R-NAT-46: a non-member, a team not established, an unknown team or a missing problem/alternative is refused', () => {
    expect(rules(checkPengajuEskalasi(tim, 'X', isi))).toEqual([['R-NAT-46', 'pengusulNip']]);
    expect(rules(checkPengajuEskalasi({ ...tim, status: 'DIUSULKAN' }, 'A', isi))).toEqual([['R-NAT-46', 'timKerjaId']]);
    expect(rules(checkPengajuEskalasi(undefined, 'A', isi))).toEqual([['R-NAT-46', 'timKerjaId']]);
    expect(rules(checkPengajuEskalasi(tim, 'A', { uraianMasalah: ' ', alternatifRekomendasi: 'singkat' })))
      .toEqual([['R-NAT-46', 'uraianMasalah'], ['R-NAT-46', 'alternatifRekomendasi']]);
  });

  it('R-NAT-46: without cross-PUO collaboration only the PUO pemilik kinerja receives it', () => {
    expect(penerimaEskalasiLintas(pemilik, [asal('L', 'dinkes', 'meranti', 'PUO-DINKES')], false)).toEqual([]);
  });

  it('R-NAT-46: with collaboration, one home PUO per distinct unit organisasi other than the owner unit; lintas instansi also the pimpinan instansi', () => {
    const anggota = [
      asal('K', 'dpmptsp', 'meranti', 'PUO-DPMPTSP'),
      asal('L', 'dinkes', 'meranti', 'PUO-DINKES'),
      asal('M', 'dinkes', 'meranti', 'PUO-DINKES'),
      asal('N', 'diskominfo', 'banten', 'PUO-DISKOMINFO', 'PYB-BANTEN'),
      asal('O', 'distan', 'banten', 'PUO-DISTAN', 'PYB-BANTEN'),
    ];
    expect(penerimaEskalasiLintas(pemilik, anggota, true)).toEqual([
      { nip: 'PUO-DINKES', peran: 'PUO_ASAL', anggotaNip: ['L', 'M'] },
      { nip: 'PUO-DISKOMINFO', peran: 'PUO_ASAL', anggotaNip: ['N'] },
      { nip: 'PYB-BANTEN', peran: 'PYB_ASAL', anggotaNip: ['N', 'O'] },
      { nip: 'PUO-DISTAN', peran: 'PUO_ASAL', anggotaNip: ['O'] },
    ]);
  });

  it('R-NAT-46: the owner PUO is never addressed twice, even when it is also a home PUO; a vacant home PUO post is refused', () => {
    expect(penerimaEskalasiLintas(pemilik, [asal('L', 'dinkes', 'meranti', 'PUO-DPMPTSP')], true)).toEqual([]);
    const kosong = [asal('L', 'dinkes', 'meranti', undefined)];
    expect(rules(checkPuoAsalTersedia(pemilik, kosong, true))).toEqual([['R-NAT-46', 'perluKolaborasi']]);
    expect(checkPuoAsalTersedia(pemilik, kosong, false).violations).toEqual([]);
  });

  it('R-NAT-46: the PUO decision carries a written follow-up', () => {
    expect(rules(checkTindakLanjut(''))).toEqual([['R-NAT-46', 'tindakLanjut']]);
    expect(rules(checkTindakLanjut(null))).toEqual([['R-NAT-46', 'tindakLanjut']]);
    expect(checkTindakLanjut('Rapat koordinasi lintas OPD tiap Senin mulai pekan depan').violations).toEqual([]);
  });
});
