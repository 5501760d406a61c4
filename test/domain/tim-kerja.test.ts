import { describe, expect, it } from 'vitest';
import { banten } from '../../src/domain/profiles/banten.js';
import { kemenperin } from '../../src/domain/profiles/kemenperin.js';
import { nasional } from '../../src/domain/profiles/nasional.js';
import { kunciDuplikatTim } from '../../src/domain/rules/tim-kerja.js';
import { validatePembentukanTim, type FaktaTim, type PermohonanTimKerja } from '../../src/domain/tim-kerja.js';
import { NIP, orgWith } from './fixtures/organisasi.js';

const tanpaFakta: FaktaTim = { pelibatanDisetujui: new Set(), bebanAktif: new Map() };
const tim = (ubah: Partial<PermohonanTimKerja> = {}): PermohonanTimKerja => ({
  namaTim: 'Tim Dasbor Kinerja', unitPemilikKinerjaId: 'unit-a1', pengusulNip: NIP.kepalaA1, tahun: 2026,
  tanggalMulai: '2026-01-05', tanggalSelesai: '2026-12-31', rincianTugas: 'Menyusun dasbor kinerja unit',
  ketuaNip: NIP.jfA1, anggotaNip: [NIP.pelaksanaA1], instrumen: 'SURAT_TUGAS', tujuan: null, ...ubah,
});
const aturan = (r: { violations: readonly { ruleId: string; field: string }[] }) => r.violations.map((v) => [v.ruleId, v.field]);
const peringatan = (r: { peringatan: readonly { ruleId: string; code: string }[] }) => r.peringatan.map((w) => [w.ruleId, w.code]);

describe('validatePembentukanTim (F6)', () => {
  it('R-NAT-29, R-NAT-03: a team mixing a JF and a Pelaksana of the owner unit is accepted, scope DALAM_UNIT, no warning', () => {
    const hasil = validatePembentukanTim(orgWith(), tim(), tanpaFakta, nasional);
    expect(hasil).toMatchObject({ violations: [], peringatan: [], ruangLingkup: 'DALAM_UNIT' });
    expect(hasil.anggota.map((a) => a.jabatanKategori).sort()).toEqual(['JF_KEAHLIAN', 'PELAKSANA']);
  });

  it('R-NAT-27: a team without a ketua is valid under the national baseline', () => {
    expect(validatePembentukanTim(orgWith(), tim({ ketuaNip: null, anggotaNip: [NIP.jfA1, NIP.pelaksanaA1] }), tanpaFakta, nasional).violations).toEqual([]);
  });

  it('R-BTN-01: a profile that requires a ketua rejects a team without one', () => {
    expect(aturan(validatePembentukanTim(orgWith(), tim({ ketuaNip: null }), tanpaFakta, { ...nasional, ketuaTimWajib: true }))).toEqual([['R-BTN-01', 'ketuaNip']]);
  });

  it('R-NAT-28: a Pejabat Pengawas cannot be ketua', () => {
    expect(aturan(validatePembentukanTim(orgWith(), tim({ ketuaNip: NIP.pengawasA1 }), tanpaFakta, nasional))).toEqual([['R-NAT-28', 'ketuaNip']]);
  });

  it('R-KIN-13: in Kemenperin a ketua is a JF keahlian; a Pelaksana is rejected, a JF keahlian accepted', () => {
    expect(aturan(validatePembentukanTim(orgWith(), tim({ ketuaNip: NIP.pelaksanaA1, anggotaNip: [NIP.jfA1] }), tanpaFakta, kemenperin))).toEqual([['R-KIN-13', 'ketuaNip']]);
    expect(validatePembentukanTim(orgWith(), tim(), tanpaFakta, kemenperin).violations).toEqual([]);
  });

  it('R-BTN-01, R-BTN-05: in Banten a team needs a ketua, who may be a Pejabat Pengawas', () => {
    expect(aturan(validatePembentukanTim(orgWith(), tim({ ketuaNip: null }), tanpaFakta, banten))).toEqual([['R-BTN-01', 'ketuaNip']]);
    expect(validatePembentukanTim(orgWith(), tim({ ketuaNip: NIP.pengawasA1 }), tanpaFakta, banten).violations).toEqual([]);
  });

  it('R-NAT-02: a member must be a JF or a Pelaksana', () => {
    expect(aturan(validatePembentukanTim(orgWith(), tim({ anggotaNip: [NIP.pengawasA1] }), tanpaFakta, nasional))).toEqual([['R-NAT-02', 'pegawaiNip']]);
  });

  it('R-NAT-07: a member without kedudukan, or unknown, is rejected', () => {
    const org = orgWith({ pegawai: { [NIP.pelaksanaA1]: { kedudukanSejak: null } } });
    expect(aturan(validatePembentukanTim(org, tim({ anggotaNip: [NIP.pelaksanaA1, '199912312020011999'] }), tanpaFakta, nasional)))
      .toEqual([['R-NAT-07', 'anggotaNip'], ['R-NAT-07', 'pegawaiNip']]);
  });

  it('R-NAT-10, R-NAT-03: a member from another unit needs an approved penunjukan lintas unit; with it the team is LINTAS_UNIT', () => {
    const tanpa = validatePembentukanTim(orgWith(), tim({ anggotaNip: [NIP.jfA2] }), tanpaFakta, nasional);
    expect(aturan(tanpa)).toEqual([['R-NAT-10', 'anggotaNip']]);
    expect(tanpa.violations[0]?.message).toContain('F2');
    const dengan = validatePembentukanTim(orgWith(), tim({ anggotaNip: [NIP.jfA2], instrumen: 'SURAT_KEPUTUSAN' }),
      { ...tanpaFakta, pelibatanDisetujui: new Set([NIP.jfA2]) }, nasional);
    expect(dengan).toMatchObject({ violations: [], peringatan: [], ruangLingkup: 'LINTAS_UNIT' });
  });

  it('R-NAT-16: a member from another instansi needs an approved penunjukan lintas instansi (F3)', () => {
    expect(aturan(validatePembentukanTim(orgWith(), tim({ anggotaNip: [NIP.jfB1] }), tanpaFakta, nasional))).toEqual([['R-NAT-16', 'anggotaNip']]);
  });

  it('R-NAT-26: a ketua from another unit of a lintas team is a warning that asks for a justification', () => {
    const hasil = validatePembentukanTim(orgWith(), tim({ ketuaNip: NIP.jfA2, anggotaNip: [NIP.jfA1], instrumen: 'SURAT_KEPUTUSAN' }),
      { ...tanpaFakta, pelibatanDisetujui: new Set([NIP.jfA2]) }, nasional);
    expect(hasil.violations).toEqual([]);
    expect(hasil.peringatan).toEqual([expect.objectContaining({ ruleId: 'R-NAT-26', code: 'W-KETUA-NOT-OWNER', perluJustifikasi: true })]);
  });

  it('R-NAT-33: a lintas team established by surat tugas only is a warning; R-NAT-50: a lintas instansi team names its purpose', () => {
    const hasil = validatePembentukanTim(orgWith(), tim({ anggotaNip: [NIP.jfB1] }), { ...tanpaFakta, pelibatanDisetujui: new Set([NIP.jfB1]) }, nasional);
    expect(hasil.ruangLingkup).toBe('LINTAS_INSTANSI');
    expect(peringatan(hasil)).toEqual([['R-NAT-33', 'W-INSTRUMENT'], ['R-NAT-50', 'W-PURPOSE']]);
    const dgnTujuan = validatePembentukanTim(orgWith(), tim({ anggotaNip: [NIP.jfB1], instrumen: 'SURAT_KEPUTUSAN', tujuan: 'TARGET_UNIT_PEMILIK' }),
      { ...tanpaFakta, pelibatanDisetujui: new Set([NIP.jfB1]) }, nasional);
    expect(dgnTujuan.peringatan).toEqual([]);
  });

  it('R-NAT-31, R-NAT-30, R-NAT-32: a heavy load is a warning, never a rejection; many teams and members are accepted', () => {
    const beban = new Map([[NIP.jfA1, 12]]);
    const hasil = validatePembentukanTim(orgWith(), tim({ anggotaNip: [NIP.pelaksanaA1, NIP.jfA1] }), { ...tanpaFakta, bebanAktif: beban }, nasional);
    expect(hasil.violations).toEqual([]);
    expect(peringatan(hasil)).toEqual([['R-NAT-31', 'W-WORKLOAD']]);
    expect(validatePembentukanTim(orgWith(), tim(), { ...tanpaFakta, bebanAktif: beban }, { ...nasional, workloadWarnThreshold: 20 }).peringatan).toEqual([]);
  });

  it('R-NAT-49: only the PUO of the owner unit forms its teams', () => {
    expect(aturan(validatePembentukanTim(orgWith(), tim({ pengusulNip: NIP.pengawasA1 }), tanpaFakta, nasional))).toEqual([['R-NAT-49', 'pengusulNip']]);
  });

  it('R-NAT-05, R-SYS-03, R-NAT-04: period, year, task and members are required and consistent; all violations are listed (the national term may cross the year, C-19)', () => {
    const hasil = validatePembentukanTim(orgWith(), tim({ tanggalMulai: '2025-12-05', tanggalSelesai: '2027-01-31', rincianTugas: ' ', namaTim: '', anggotaNip: [], ketuaNip: null }), tanpaFakta, nasional);
    expect(aturan(hasil)).toEqual([['R-NAT-05', 'tahun'], ['R-NAT-04', 'namaTim'], ['R-NAT-05', 'rincianTugas'], ['R-NAT-04', 'anggotaNip']]);
    expect(validatePembentukanTim(orgWith(), tim({ tanggalSelesai: '2027-01-31' }), tanpaFakta, nasional).violations).toEqual([]);
    expect(aturan(validatePembentukanTim(orgWith(), tim({ tanggalSelesai: '' }), tanpaFakta, nasional))).toEqual([['R-NAT-05', 'tanggalSelesai']]);
  });

  it('R-SYS-01: the duplicate key ignores case and spacing of the name', () => {
    expect(kunciDuplikatTim('unit-a1', ' Tim  Dasbor ', 2026)).toBe(kunciDuplikatTim('unit-a1', 'tim dasbor', 2026));
    expect(kunciDuplikatTim('unit-a1', 'tim dasbor', 2027)).not.toBe(kunciDuplikatTim('unit-a1', 'tim dasbor', 2026));
  });
});
