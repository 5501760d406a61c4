import { describe, expect, it } from 'vitest';
import { checkPenutupanKegiatan, penerimaHasilKegiatan } from '../../../src/domain/rules/penutupan-kegiatan.js';
import { banten } from '../../../src/domain/profiles/banten.js';
import { meranti } from '../../../src/domain/profiles/meranti.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { NIP, orgWith } from '../fixtures/organisasi.js';

const PUO = NIP.kepalaA1;
const PEGAWAI = NIP.jfA1;

describe('R-NAT-43 a kegiatan is complete only when the acceptor accepts the result as on target', () => {
  it('R-NAT-43: given the acceptor judges SESUAI_TARGET, when closing, then it is allowed', () => {
    expect(checkPenutupanKegiatan({ aktorNip: PUO, penerimaNip: PUO, pegawaiNip: PEGAWAI, penilaian: 'SESUAI_TARGET' }).violations).toEqual([]);
  });

  it('R-NAT-43: given the pegawai tries to close their own kegiatan, then it is refused', () => {
    const report = checkPenutupanKegiatan({ aktorNip: PEGAWAI, penerimaNip: PUO, pegawaiNip: PEGAWAI, penilaian: 'SESUAI_TARGET' });
    expect(report.violations.map((v) => v.ruleId)).toEqual(['R-NAT-43']);
    expect(report.violations[0]?.message).toContain('Pegawai tidak dapat menyatakan sendiri');
  });

  it('R-NAT-43: given someone other than the acceptor, or a BELUM_SESUAI verdict, then it is refused', () => {
    expect(checkPenutupanKegiatan({ aktorNip: NIP.kepalaA2, penerimaNip: PUO, pegawaiNip: PEGAWAI, penilaian: 'SESUAI_TARGET' }).violations[0]?.ruleId).toBe('R-NAT-43');
    expect(checkPenutupanKegiatan({ aktorNip: PUO, penerimaNip: PUO, pegawaiNip: PEGAWAI, penilaian: 'BELUM_SESUAI' }).violations[0]?.ruleId).toBe('R-NAT-43');
  });
});

describe('completion acceptor by profile (R-NAT-43, R-MRT-08, R-BTN-19)', () => {
  it('R-NAT-43 R-MRT-08: given the baseline or Meranti, the acceptor is the PUO of the owner unit', () => {
    expect(penerimaHasilKegiatan(orgWith(), 'unit-a1', nasional)?.nip).toBe(PUO);
    expect(penerimaHasilKegiatan(orgWith(), 'unit-a1', meranti)?.nip).toBe(PUO);
  });

  it('R-BTN-19: given Banten and an owner unit led by a PPT, the acceptor is that Pejabat JPT', () => {
    expect(penerimaHasilKegiatan(orgWith(), 'unit-b1', banten)?.nip).toBe(NIP.kepalaB1);
  });

  it('R-BTN-19: given Banten and an owner unit led by an Administrator, the acceptor is the PPT leading a parent unit', () => {
    const org = orgWith({ unit: { 'unit-a1': { indukId: 'unit-b1' } } });
    expect(penerimaHasilKegiatan(org, 'unit-a1', banten)?.nip).toBe(NIP.kepalaB1);
    expect(penerimaHasilKegiatan(orgWith(), 'unit-a1', banten)).toBeUndefined();
  });
});
