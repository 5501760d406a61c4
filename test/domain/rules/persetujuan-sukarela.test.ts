import { describe, expect, it } from 'vitest';
import { checkIsiSuratSukarela, checkUrutanPersetujuanSukarela, type LangkahTercatat } from '../../../src/domain/rules/persetujuan-sukarela.js';

const pihak = { pimpinanDitujuNip: 'puo-dituju', pemohonNip: 'pemohon', pejabatPenilaiKinerjaNip: 'ppk' };
const setuju1: LangkahTercatat = { langkah: 'PERSETUJUAN_PIMPINAN_DITUJU', aktorNip: 'puo-dituju', keputusan: 'SETUJU' };
const terus: LangkahTercatat = { langkah: 'TERUSKAN_KE_PPK', aktorNip: 'pemohon', keputusan: 'TERUSKAN' };

describe('R-NAT-25 two approvals in a fixed order', () => {
  it('R-NAT-25: given approval 1 and the forward, when the applicant\'s PPK approves, then it is accepted', () => {
    expect(checkUrutanPersetujuanSukarela([setuju1, terus], { aktorNip: 'ppk' }, pihak).violations).toEqual([]);
  });

  it('R-NAT-25: given no approval 1 yet, when the PPK approves, then it is refused (both missing steps named)', () => {
    const report = checkUrutanPersetujuanSukarela([], { aktorNip: 'ppk' }, pihak);

    expect(report.violations.map((v) => v.ruleId)).toEqual(['R-NAT-25', 'R-NAT-25']);
    expect(report.violations[0]?.message).toContain('Pimpinan Unit Organisasi dituju');
  });

  it('R-NAT-25: given approval 1 was a refusal, or given by someone else, when the PPK approves, then it is refused', () => {
    expect(checkUrutanPersetujuanSukarela([{ ...setuju1, keputusan: 'TOLAK' }, terus], { aktorNip: 'ppk' }, pihak).violations).toHaveLength(1);
    expect(checkUrutanPersetujuanSukarela([{ ...setuju1, aktorNip: 'ppk' }, terus], { aktorNip: 'ppk' }, pihak).violations).toHaveLength(1);
  });

  it('R-NAT-25: given approval 1 but no forward by the applicant, when the PPK approves, then it is refused', () => {
    const report = checkUrutanPersetujuanSukarela([setuju1, { ...terus, aktorNip: 'ppk' }], { aktorNip: 'ppk' }, pihak);

    expect(report.violations).toMatchObject([{ ruleId: 'R-NAT-25' }]);
    expect(report.violations[0]?.message).toContain('diteruskan oleh pemohon');
  });

  it('R-NAT-25: given the right order, when someone other than the applicant\'s PPK approves, then it is refused', () => {
    const report = checkUrutanPersetujuanSukarela([setuju1, terus], { aktorNip: 'puo-dituju' }, pihak);

    expect(report.violations).toMatchObject([{ ruleId: 'R-NAT-25' }]);
    expect(report.violations[0]?.message).toContain('NIP ppk');
  });

  it('R-NAT-25: given approval 1 was refused and later approved after a correction, when checked, then the latest decision counts', () => {
    const report = checkUrutanPersetujuanSukarela([{ ...setuju1, keputusan: 'TOLAK' }, setuju1, terus], { aktorNip: 'ppk' }, pihak);

    expect(report.violations).toEqual([]);
  });
});

describe('R-NAT-24 letter contents (A-32, SOFT)', () => {
  it('R-NAT-24: given a letter without purpose, competence and expectation, when checked, then one W-ISI-SURAT warning lists them', () => {
    const report = checkIsiSuratSukarela({ maksudTujuan: ' ', kompetensi: [], ekspektasiTarget: null });

    expect(report.violations).toEqual([]);
    expect(report.warnings).toEqual([{ ruleId: 'R-NAT-24', code: 'W-ISI-SURAT',
      message: 'Surat permohonan belum memuat: maksud dan tujuan, kompetensi/keahlian yang ditawarkan, ekspektasi/target kinerja.' }]);
  });

  it('R-NAT-24: given all three contents, when checked, then nothing is raised', () => {
    expect(checkIsiSuratSukarela({ maksudTujuan: 'Membantu', kompetensi: ['Statistik'], ekspektasiTarget: 'Laporan' })).toEqual({ violations: [], warnings: [] });
  });
});
