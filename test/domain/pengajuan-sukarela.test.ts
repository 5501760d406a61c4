import { describe, expect, it } from 'vitest';
import { kunciDuplikatSukarela, periksaPengajuanSukarela, type PermohonanSukarela } from '../../src/domain/pengajuan-sukarela.js';
import { nasional } from '../../src/domain/profiles/nasional.js';
import { NIP, orgWith } from './fixtures/organisasi.js';

const lisan = (changes: Partial<PermohonanSukarela> = {}): PermohonanSukarela => ({
  saluran: 'LISAN', pemohonNip: NIP.jfA1, pencatatNip: NIP.kepalaA1, uraianTugas: 'Membantu menyusun dasbor',
  targetKinerja: 'Dasbor kinerja triwulan I', kompetensi: [], tanggalMulai: '2026-02-02', tanggalSelesai: '2026-03-31',
  tanggalPermohonanLisan: '2026-01-20', ...changes,
});
const surat = (changes: Partial<PermohonanSukarela> = {}): PermohonanSukarela => lisan({
  saluran: 'SURAT', pencatatNip: NIP.jfA1, unitDitujuId: 'unit-a2', maksudTujuan: 'Mendukung survei unit A2',
  kompetensi: ['Analisis Data'], ekspektasiTarget: 'Laporan survei selesai', ...changes,
});
const ids = (p: PermohonanSukarela, penugasan = []) => periksaPengajuanSukarela(orgWith(), p, nasional, penugasan).report.violations.map((v) => v.ruleId);

describe('pengajuan sukarela dalam unit (F4, oral request recorded by the PUO)', () => {
  it('R-NAT-23: given an oral request recorded by the applicant\'s PUO, when checked, then it is valid, DALAM_UNIT, owned by the PUO\'s unit', () => {
    const hasil = periksaPengajuanSukarela(orgWith(), lisan(), nasional, []);

    expect(hasil.report).toEqual({ violations: [], warnings: [] });
    expect(hasil.ruangLingkup).toBe('DALAM_UNIT');
    expect(hasil.unitPemilikKinerja?.id).toBe('unit-a1');
  });

  it('R-NAT-23: given no (or no real) date of the oral request, when checked, then the note cannot be recorded', () => {
    expect(ids(lisan({ tanggalPermohonanLisan: null }))).toEqual(['R-NAT-23']);
    expect(ids(lisan({ tanggalPermohonanLisan: '2026-02-30' }))).toEqual(['R-NAT-23']);
  });

  it('R-SYS-03: given an oral request dated after the day it is recorded, when checked, then it is refused', () => {
    expect(ids(lisan({ tanggalPermohonanLisan: '2026-01-21', tanggalPencatatan: '2026-01-20' }))).toEqual(['R-SYS-03']);
    expect(ids(lisan({ tanggalPermohonanLisan: '2026-01-20', tanggalPencatatan: '2026-01-20' }))).toEqual([]);
  });

  it('R-NAT-23: given the applicant\'s PPK records it, when checked, then it is refused', () => {
    expect(ids(lisan({ pencatatNip: NIP.pengawasA1 }))).toEqual(['R-NAT-23']);
  });

  it('R-NAT-23: given the PUO of another unit records it, when checked, then the oral channel is refused for another unit (R-NAT-03 scope too)', () => {
    expect(ids(lisan({ pencatatNip: NIP.kepalaA2 }))).toEqual(['R-NAT-03', 'R-NAT-23']);
  });

  it('R-NAT-21: given the PUO of another instansi records it, when checked, then it is refused as lintas instansi only', () => {
    expect(ids(lisan({ pencatatNip: NIP.kepalaB1 }))).toEqual(['R-NAT-21']);
  });

  it('R-NAT-02, R-NAT-05, R-SYS-03: given a Pejabat Administrator applying with no task and a backwards period, when checked, then all are listed', () => {
    expect(ids(lisan({ pemohonNip: NIP.pengawasA1, uraianTugas: ' ', tanggalSelesai: '2026-01-01' }))).toEqual(['R-NAT-02', 'R-SYS-03', 'R-NAT-05']);
  });

  it('R-NAT-07: given an unknown applicant, when checked, then it is refused', () => {
    expect(ids(lisan({ pemohonNip: '199999999999999999' }))).toEqual(['R-NAT-07']);
  });

  it('R-NAT-07: given an applicant whose kedudukan starts after the penugasan, when checked, then it is refused', () => {
    const org = orgWith({ pegawai: { [NIP.jfA1]: { kedudukanSejak: '2026-03-01' } } });
    expect(periksaPengajuanSukarela(org, lisan(), nasional, []).report.violations).toMatchObject([{ ruleId: 'R-NAT-07', field: 'tanggalMulai' }]);
  });

  it('R-NAT-22, R-NAT-31: given the target is already assigned and the load is above the threshold, when checked, then both are warnings', () => {
    const penugasan = [
      { targetKinerja: 'Dasbor kinerja triwulan I', tanggalMulai: '2026-01-01', tanggalSelesai: '2026-06-30' },
      ...Array.from({ length: 5 }, (_, i) => ({ targetKinerja: `Target ${i}`, tanggalMulai: '2026-01-01', tanggalSelesai: '2026-12-31' })),
    ];
    const hasil = periksaPengajuanSukarela(orgWith(), lisan(), nasional, penugasan);

    expect(hasil.report.violations).toEqual([]);
    expect(hasil.report.warnings.map((w) => w.code)).toEqual(['W-ALREADY-ASSIGNED', 'W-WORKLOAD']);
    expect(hasil.bebanKerja).toContain('memiliki 6 penugasan lain');
  });
});

describe('pengajuan sukarela lintas unit (F5, written letter)', () => {
  it('R-NAT-24: given a complete letter to another unit of the instansi, when checked, then it is valid and addressed', () => {
    const hasil = periksaPengajuanSukarela(orgWith(), surat(), nasional, []);

    expect(hasil.report).toEqual({ violations: [], warnings: [] });
    expect(hasil.ruangLingkup).toBe('LINTAS_UNIT');
    expect(hasil.alamat).toEqual({ pimpinanDitujuNip: NIP.kepalaA2, pejabatPenilaiKinerjaNip: NIP.pengawasA1, pimpinanAsalNip: NIP.kepalaA1 });
  });

  it('R-NAT-21: given a letter to a unit of another instansi, when checked, then it is refused with R-NAT-21 only', () => {
    expect(ids(surat({ unitDitujuId: 'unit-b1' }))).toEqual(['R-NAT-21']);
  });

  it('R-NAT-03: given a letter to the applicant\'s own unit, when checked, then it is refused (the oral flow applies)', () => {
    const report = periksaPengajuanSukarela(orgWith(), surat({ unitDitujuId: 'unit-a1' }), nasional, []).report;

    expect(report.violations).toMatchObject([{ ruleId: 'R-NAT-03', field: 'unitDitujuId' }]);
    expect(report.violations[0]?.message).toContain('secara lisan');
  });

  it('R-NAT-03: given an unknown or empty target unit, when checked, then it is refused', () => {
    expect(ids(surat({ unitDitujuId: 'unit-x' }))).toEqual(['R-NAT-03']);
    expect(ids(surat({ unitDitujuId: '' }))).toEqual(['R-NAT-03']);
  });

  it('R-NAT-24: given a letter without its contents, when checked, then it goes on with a W-ISI-SURAT warning (A-32)', () => {
    const hasil = periksaPengajuanSukarela(orgWith(), surat({ maksudTujuan: null, ekspektasiTarget: '' }), nasional, []);

    expect(hasil.report.violations).toEqual([]);
    expect(hasil.report.warnings).toMatchObject([{ ruleId: 'R-NAT-24', code: 'W-ISI-SURAT' }]);
  });
});

describe('R-SYS-01 duplicate key', () => {
  it('R-SYS-01: given the same applicant, unit, target (any spacing/case) and year, when keyed, then the keys are equal; another year differs', () => {
    const a = kunciDuplikatSukarela('LINTAS_UNIT', 'unit-a2', NIP.jfA1, 'Survei  Kepuasan', '2027-01-04');

    expect(kunciDuplikatSukarela('LINTAS_UNIT', 'unit-a2', NIP.jfA1, ' survei kepuasan', '2027-06-01')).toBe(a);
    expect(kunciDuplikatSukarela('LINTAS_UNIT', 'unit-a2', NIP.jfA1, 'Survei kepuasan', '2028-01-03')).not.toBe(a);
    expect(kunciDuplikatSukarela('DALAM_UNIT', 'unit-a2', NIP.jfA1, 'Survei kepuasan', '2027-01-04')).not.toBe(a);
  });
});
