import { describe, expect, it } from 'vitest';
import { kunciDuplikatIndividu, validatePenugasanIndividu, type PermohonanPenugasanIndividu } from '../../src/domain/penugasan-individu.js';
import { nasional } from '../../src/domain/profiles/nasional.js';
import { NIP, orgWith } from './fixtures/organisasi.js';

const p = (ubah: Partial<PermohonanPenugasanIndividu> = {}): PermohonanPenugasanIndividu => ({
  pegawaiNip: NIP.jfA1, pengusulNip: NIP.pengawasA1, targetKinerja: 'Dasbor kinerja triwulan I', targetUnit: 'IKU 1.2 Ketersediaan data kinerja',
  uraianTugas: 'Menyusun dasbor kinerja unit', tanggalMulai: '2026-01-05', tanggalSelesai: '2026-03-31', ...ubah,
});
const aturan = (r: { violations: readonly { ruleId: string; field: string }[] }) => r.violations.map((v) => [v.ruleId, v.field]);

describe('validatePenugasanIndividu (F7)', () => {
  it.each([{ siapa: 'the PPK', pengusulNip: NIP.pengawasA1 }, { siapa: 'the PUO', pengusulNip: NIP.kepalaA1 }])(
    'R-NAT-08: given $siapa assigns a JF of the unit, then it is valid, with the unit organisasi as owner', ({ pengusulNip }) => {
      expect(validatePenugasanIndividu(orgWith(), p({ pengusulNip }), 0, nasional)).toEqual({ violations: [], peringatan: [], unitPemilikKinerjaId: 'unit-a1' });
    });

  it('R-NAT-08: anyone else (a PUO of another unit) is rejected', () => {
    expect(aturan(validatePenugasanIndividu(orgWith(), p({ pengusulNip: NIP.kepalaA2 }), 0, nasional))).toEqual([['R-NAT-08', 'pengusulNip']]);
  });

  it('R-NAT-02, R-NAT-07: a Pengawas cannot be assigned; a pegawai without PPK cannot either', () => {
    expect(aturan(validatePenugasanIndividu(orgWith(), p({ pegawaiNip: NIP.pengawasA1, pengusulNip: NIP.kepalaA1 }), 0, nasional))).toEqual([['R-NAT-02', 'pegawaiNip']]);
    const org = orgWith({ pegawai: { [NIP.jfA1]: { pejabatPenilaiKinerjaNip: null } } });
    expect(aturan(validatePenugasanIndividu(org, p({ pengusulNip: NIP.kepalaA1 }), 0, nasional))).toEqual([['R-NAT-07', 'pegawaiNip']]);
  });

  it('R-NAT-04, R-NAT-05, R-SYS-03: a target, a task and a valid period are required; all listed', () => {
    expect(aturan(validatePenugasanIndividu(orgWith(), p({ targetKinerja: ' ', uraianTugas: '', tanggalSelesai: '2025-12-31' }), 0, nasional)))
      .toEqual([['R-SYS-03', 'tanggalSelesai'], ['R-NAT-04', 'targetKinerja'], ['R-NAT-05', 'uraianTugas']]);
  });

  it('R-NAT-54: a target without the unit target it derives from is a W-NO-CASCADE warning; R-NAT-31: a heavy load a W-WORKLOAD warning', () => {
    const hasil = validatePenugasanIndividu(orgWith(), p({ targetUnit: null }), 6, nasional);
    expect(hasil.violations).toEqual([]);
    expect(hasil.peringatan.map((w) => [w.ruleId, w.code])).toEqual([['R-NAT-54', 'W-NO-CASCADE'], ['R-NAT-31', 'W-WORKLOAD']]);
  });

  it('R-SYS-01: the duplicate key is the pegawai, the year and the target (case and spacing ignored)', () => {
    expect(kunciDuplikatIndividu(p({ targetKinerja: ' dasbor  KINERJA triwulan i ' }))).toBe(kunciDuplikatIndividu(p()));
    expect(kunciDuplikatIndividu(p({ tanggalMulai: '2027-01-04' }))).not.toBe(kunciDuplikatIndividu(p()));
  });
});
