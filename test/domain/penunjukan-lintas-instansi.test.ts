import { describe, expect, it } from 'vitest';
import { viewOf, type Pegawai } from '../../src/domain/organisasi.js';
import {
  checkIsiSuratPermohonanPelibatan,
  kunciDuplikatPelibatan,
  pejabatPenilaiKinerjaPengusul,
  validateDaftarPegawaiLintasInstansi,
  validatePermohonanLintasInstansi,
  type KonteksDaftar,
  type PermohonanPelibatanLintasInstansi,
} from '../../src/domain/penunjukan-lintas-instansi.js';
import { nasional } from '../../src/domain/profiles/nasional.js';
import { NIP, snapshot } from './fixtures/organisasi.js';

const PYB_A = '196501012000031001';
const PYB_B = '196601012000031002';

/** The rule fixture with a Pejabat yang Berwenang per instansi (Sekda-like, leading no unit of the fixture). */
function org(changes: { pegawai?: Record<string, Partial<Pegawai>>; pybB?: string | null } = {}) {
  const pyb = (nip: string, instansiId: string): Pegawai => ({
    nip, nama: `PyB ${instansiId}`, instansiId, unitId: instansiId === 'instansi-a' ? 'unit-a1' : 'unit-b1', jabatanNama: 'Sekretaris',
    jabatanKategori: 'PPT_MADYA', kompetensi: [], pejabatPenilaiKinerjaNip: null, kedudukanSejak: '2020-01-01', aktif: true,
  });
  return viewOf({
    instansi: [
      { id: 'instansi-a', nama: 'Instansi A', pejabatBerwenangNip: PYB_A },
      { id: 'instansi-b', nama: 'Instansi B', pejabatBerwenangNip: changes.pybB === undefined ? PYB_B : changes.pybB },
    ],
    unit: snapshot.unit,
    pegawai: [...snapshot.pegawai, pyb(PYB_A, 'instansi-a'), pyb(PYB_B, 'instansi-b')].map((p) => ({ ...p, ...changes.pegawai?.[p.nip] })),
  });
}

function permohonan(changes: Partial<PermohonanPelibatanLintasInstansi> = {}): PermohonanPelibatanLintasInstansi {
  return {
    unitPemilikKinerjaId: 'unit-a1', instansiTujuanId: 'instansi-b', unitTujuanId: 'unit-b1', pengusulNip: NIP.kepalaA1,
    maksudTujuan: 'Menyusun kajian kebijakan bersama', kompetensiDibutuhkan: ['Analisis kebijakan'], ekspektasiTarget: 'Naskah kajian selesai',
    tanggalMulai: '2027-01-04', tanggalSelesai: '2027-03-31', jumlahPegawai: 1, calonPegawai: '', justifikasi: 'Keahlian tidak tersedia di instansi A',
    ...changes,
  };
}

describe('surat permohonan pelibatan lintas instansi (F3 steps 0 and a)', () => {
  it('R-NAT-11: given every content missing, when checked, then each of the four is listed', () => {
    const report = checkIsiSuratPermohonanPelibatan({ maksudTujuan: ' ', kompetensiDibutuhkan: [' '], ekspektasiTarget: '', tanggalMulai: '', tanggalSelesai: '2027-01-01' });
    expect(report.violations.map((v) => [v.ruleId, v.field])).toEqual([
      ['R-NAT-11', 'maksudTujuan'], ['R-NAT-11', 'kompetensiDibutuhkan'], ['R-NAT-11', 'ekspektasiTarget'], ['R-NAT-11', 'durasi'],
    ]);
  });

  it('R-NAT-11, R-NAT-03, R-NAT-16: given a complete request by the PUO of the owner unit to another instansi, then it is accepted without warning', () => {
    expect(validatePermohonanLintasInstansi(org(), permohonan(), nasional)).toEqual({ violations: [], warnings: [] });
  });

  it('R-NAT-03: given a pool in the same instansi, when checked, then it is refused as not lintas instansi', () => {
    const report = validatePermohonanLintasInstansi(org(), permohonan({ instansiTujuanId: 'instansi-a', unitTujuanId: 'unit-a2' }), nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-03', field: 'instansiTujuanId' })]);
  });

  it('R-NAT-03: given a pool unit that is not in the named instansi, then it is refused', () => {
    const report = validatePermohonanLintasInstansi(org(), permohonan({ unitTujuanId: 'unit-a2' }), nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-03', field: 'unitTujuanId' })]);
  });

  it('R-NAT-16: given a sender who is not the PUO of the owner unit, then the letter is refused', () => {
    const report = validatePermohonanLintasInstansi(org(), permohonan({ pengusulNip: NIP.pengawasA1 }), nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-16', field: 'pengusulNip' })]);
  });

  it('R-NAT-16: given a sender of the other instansi, then the letter is refused', () => {
    const report = validatePermohonanLintasInstansi(org(), permohonan({ pengusulNip: NIP.kepalaB1 }), nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-16', field: 'pengusulNip' })]);
  });

  it('R-NAT-16: the tembusan goes to the PUO\'s recorded PPK, else the leader above, else the PyB of its instansi (A-01)', () => {
    const o = org({ pegawai: { [NIP.pengawasA1]: { pejabatPenilaiKinerjaNip: null } } });
    expect(pejabatPenilaiKinerjaPengusul(o, o.pegawai(NIP.jfA1)!)?.nip).toBe(NIP.pengawasA1);
    expect(pejabatPenilaiKinerjaPengusul(o, o.pegawai(NIP.pengawasA1)!)?.nip).toBe(NIP.kepalaA1);
    expect(pejabatPenilaiKinerjaPengusul(o, o.pegawai(NIP.kepalaA1)!)?.nip).toBe(PYB_A);
  });

  it('R-NAT-17: given a target instansi without a Pejabat yang Berwenang, then the request cannot be forwarded', () => {
    const report = validatePermohonanLintasInstansi(org({ pybB: null }), permohonan(), nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-17' })]);
  });

  it('R-NAT-05, R-SYS-03: given an end before the start, then the period is refused', () => {
    const report = validatePermohonanLintasInstansi(org(), permohonan({ tanggalSelesai: '2026-12-31' }), nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-SYS-03', field: 'tanggalSelesai' })]);
  });

  it('R-NAT-15: given no justification, then the request goes on with a warning', () => {
    const report = validatePermohonanLintasInstansi(org(), permohonan({ justifikasi: '  ' }), nasional);
    expect(report.violations).toEqual([]);
    expect(report.warnings).toEqual([expect.objectContaining({ ruleId: 'R-NAT-15', code: 'W-JUSTIFIKASI' })]);
  });

  it('R-SYS-01: the duplicate key ignores case, spacing and the order of competences, and changes with the pool or the year', () => {
    const a = kunciDuplikatPelibatan(permohonan({ kompetensiDibutuhkan: ['Analisis kebijakan', 'Statistik'] }));
    expect(kunciDuplikatPelibatan(permohonan({ kompetensiDibutuhkan: ['statistik ', 'ANALISIS  kebijakan'] }))).toBe(a);
    expect(kunciDuplikatPelibatan(permohonan({ kompetensiDibutuhkan: ['Analisis kebijakan', 'Statistik'], unitTujuanId: 'unit-b2' }))).not.toBe(a);
    expect(kunciDuplikatPelibatan(permohonan({ kompetensiDibutuhkan: ['Analisis kebijakan', 'Statistik'], tanggalMulai: '2028-01-03' }))).not.toBe(a);
  });
});

describe('daftar pegawai ditugaskan (F3 steps d and e-i)', () => {
  const konteks: KonteksDaftar = {
    instansiTujuanId: 'instansi-b', unitPemilikKinerjaId: 'unit-a1', pejabatPenilaiKinerjaNip: NIP.kepalaB1,
    kompetensiDibutuhkan: ['Analisis kebijakan'], jumlahPegawai: 1, tanggalMulai: '2027-01-04',
  };
  const withKompetensi = org({ pegawai: { [NIP.jfB1]: { kompetensi: ['Analisis Kebijakan'] } } });

  it('R-BTN-13: given an empty daftar, then the answer is refused', () => {
    expect(validateDaftarPegawaiLintasInstansi(withKompetensi, [], konteks, nasional).violations).toEqual([expect.objectContaining({ ruleId: 'R-BTN-13' })]);
  });

  it('R-NAT-18, R-NAT-02, R-NAT-07, R-NAT-19: given a matching JF of the target instansi appraised by the answering PPK, then it is accepted', () => {
    expect(validateDaftarPegawaiLintasInstansi(withKompetensi, [NIP.jfB1], konteks, nasional)).toEqual({ violations: [], warnings: [] });
  });

  it('R-NAT-18: given a pegawai of another instansi in the daftar, then it is refused', () => {
    const report = validateDaftarPegawaiLintasInstansi(withKompetensi, [NIP.jfB1, NIP.jfA1], { ...konteks, jumlahPegawai: 2 }, nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-18', field: 'pegawaiDitugaskan' })]);
  });

  it('R-NAT-02: given a structural official in the daftar, then it is refused', () => {
    const report = validateDaftarPegawaiLintasInstansi(withKompetensi, [NIP.kepalaB1], konteks, nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-02' })]);
  });

  it('R-NAT-07: given a pegawai whose kedudukan starts after the penugasan, then it is refused', () => {
    const o = org({ pegawai: { [NIP.jfB1]: { kedudukanSejak: '2027-02-01' } } });
    expect(validateDaftarPegawaiLintasInstansi(o, [NIP.jfB1], konteks, nasional).violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-07' })]);
  });

  it('R-NAT-19: given a pegawai appraised by another PPK, then the answering PPK cannot put them forward', () => {
    const report = validateDaftarPegawaiLintasInstansi(withKompetensi, [NIP.jfB1], { ...konteks, pejabatPenilaiKinerjaNip: PYB_B }, nasional);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-19' })]);
  });

  it('R-NAT-14: given a pegawai without the requested competence and a count that differs, then both are warnings, not refusals', () => {
    const report = validateDaftarPegawaiLintasInstansi(org(), [NIP.jfB1], { ...konteks, jumlahPegawai: 2 }, nasional);
    expect(report.violations).toEqual([]);
    expect(report.warnings.map((w) => [w.ruleId, w.code])).toEqual([['R-NAT-14', 'W-CRITERIA'], ['R-NAT-14', 'W-CRITERIA']]);
  });
});
