import { describe, expect, it } from 'vitest';
import { validatePenunjukanLintasUnit, type PermohonanPelibatanLintasUnit } from '../../src/domain/penunjukan-lintas-unit.js';
import { nasional } from '../../src/domain/profiles/nasional.js';
import { checkIsiSuratPermohonan } from '../../src/domain/rules/surat-permohonan.js';
import { NIP, orgWith } from './fixtures/organisasi.js';

/** Unit A2 asks for the JF of unit A1 (same instansi A). */
const surat = (over: Partial<PermohonanPelibatanLintasUnit> = {}): PermohonanPelibatanLintasUnit => ({
  pegawaiNip: NIP.jfA1,
  unitPemilikKinerjaId: 'unit-a2',
  pengusulNip: NIP.kepalaA2,
  maksudTujuan: 'Membangun dasbor statistik',
  kompetensiDibutuhkan: ['Analisis Data'],
  ekspektasiTarget: 'Dasbor terbit',
  tanggalMulai: '2026-02-01',
  tanggalSelesai: '2026-05-31',
  ...over,
});
const org = orgWith();
const ids = (r: { violations: readonly { ruleId: string }[] }) => r.violations.map((v) => v.ruleId);

describe('penunjukan lintas unit (F2)', () => {
  it('a complete letter from the PUO pemilik kinerja for a JF of another unit passes', () => {
    expect(validatePenunjukanLintasUnit(org, surat(), nasional)).toEqual({ violations: [], warnings: [] });
  });

  it('R-NAT-11: every missing content of the surat permohonan pelibatan is listed in one violation', () => {
    const r = checkIsiSuratPermohonan({ maksudTujuan: ' ', kompetensiDibutuhkan: [' '], ekspektasiTarget: '', tanggalMulai: '2026-02-01', tanggalSelesai: '2026-02-01' });
    expect(ids(r)).toEqual(['R-NAT-11']);
    for (const item of ['maksud dan tujuan', 'kompetensi', 'ekspektasi', 'durasi']) expect(r.violations[0]!.message).toContain(item);
  });

  it('R-NAT-10: only the PUO of the unit pemilik kinerja may send the letter', () => {
    expect(ids(validatePenunjukanLintasUnit(org, surat({ pengusulNip: NIP.jfA2 }), nasional))).toEqual(['R-NAT-10']);
  });

  it('R-NAT-03: a pegawai of the owner unit itself, or of another instansi, is not a lintas unit case', () => {
    expect(ids(validatePenunjukanLintasUnit(org, surat({ pegawaiNip: NIP.jfA2 }), nasional))).toEqual(['R-NAT-03']);
    const r = validatePenunjukanLintasUnit(org, surat({ pegawaiNip: NIP.jfB1 }), nasional);
    expect(ids(r)).toEqual(['R-NAT-03']);
    expect(r.violations[0]!.message).toContain('lintas instansi');
  });

  it('R-NAT-02 and R-NAT-07: the pegawai is a JF or pelaksana with a kedudukan and PPK', () => {
    expect(ids(validatePenunjukanLintasUnit(org, surat({ pegawaiNip: NIP.kepalaA1 }), nasional))).toContain('R-NAT-02');
    const tanpaPpk = orgWith({ pegawai: { [NIP.jfA1]: { pejabatPenilaiKinerjaNip: null } } });
    expect(ids(validatePenunjukanLintasUnit(tanpaPpk, surat(), nasional))).toContain('R-NAT-07');
  });

  it('R-NAT-14: criteria the pegawai does not meet are a warning that needs a justification', () => {
    const r = validatePenunjukanLintasUnit(org, surat({ kompetensiDibutuhkan: ['Analisis Data', 'Kriptografi'] }), nasional);
    expect(r.violations).toEqual([]);
    expect(r.warnings).toEqual([expect.objectContaining({ ruleId: 'R-NAT-14', code: 'W-CRITERIA', perluJustifikasi: true })]);
  });
});
