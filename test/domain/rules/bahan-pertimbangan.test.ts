import { describe, expect, it } from 'vitest';
import { checkBahanPertimbanganDiterima, kebutuhanBahanPertimbangan } from '../../../src/domain/rules/bahan-pertimbangan.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { NIP, orgWith, pegawaiOf } from '../fixtures/organisasi.js';

const org = orgWith();
const jf = pegawaiOf(NIP.jfA1); // PPK: the Pengawas of A1; PUO of A1: the Kepala A1
const tugas = (id: number, unit: string) => ({ id, unitPemilikKinerjaId: unit, uraianTugas: `tugas ${id}` });

describe('appraisal inputs to the PPK (F10)', () => {
  it('R-NAT-40: given work owned by another unit, then its pemilik kinerja must send bahan pertimbangan', () => {
    expect(kebutuhanBahanPertimbangan(org, jf, NIP.pengawasA1, [tugas(1, 'unit-a2')], nasional)).toEqual([
      expect.objectContaining({ penugasanId: 1, ruleId: 'R-NAT-40', unitPemilikKinerjaId: 'unit-a2', pemilikKinerjaNip: NIP.kepalaA2 }),
    ]);
  });

  it('R-NAT-39: given work in the own unit directed by a PUO who is not the PPK, then that PUO reports to the PPK', () => {
    expect(kebutuhanBahanPertimbangan(org, jf, NIP.pengawasA1, [tugas(2, 'unit-a1')], nasional)).toEqual([
      expect.objectContaining({ penugasanId: 2, ruleId: 'R-NAT-39', pemilikKinerjaNip: NIP.kepalaA1 }),
    ]);
  });

  it('R-NAT-39: given work in the own unit whose PUO is the PPK, then no input is needed', () => {
    const pengawas = pegawaiOf(NIP.pengawasA1);
    expect(kebutuhanBahanPertimbangan(org, pengawas, NIP.kepalaA1, [tugas(3, 'unit-a1')], nasional)).toEqual([]);
  });

  it('R-NAT-40: given a required input not received, when the PPK finalises, then W-NO-OWNER-INPUT needs a justification', () => {
    expect(checkBahanPertimbanganDiterima(true, false).warnings).toEqual([
      expect.objectContaining({ ruleId: 'R-NAT-40', code: 'W-NO-OWNER-INPUT', perluJustifikasi: true }),
    ]);
    expect(checkBahanPertimbanganDiterima(true, true).warnings).toEqual([]);
    expect(checkBahanPertimbanganDiterima(false, false).warnings).toEqual([]);
  });
});
