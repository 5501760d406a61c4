import { describe, expect, it } from 'vitest';
import { checkBebanKerja, checkBelumDitugaskan, periksaBebanKerja, type PenugasanBerjalan } from '../../../src/domain/rules/beban-kerja.js';

const tugas = (targetKinerja: string, tanggalMulai = '2027-01-01', tanggalSelesai = '2027-06-30'): PenugasanBerjalan => ({ targetKinerja, tanggalMulai, tanggalSelesai });
const periode = { tanggalMulai: '2027-02-01', tanggalSelesai: '2027-03-31' };

describe('beban kerja and work already assigned', () => {
  it('R-NAT-22: given the same target kinerja already assigned (other case and spacing), when checked, then W-ALREADY-ASSIGNED is raised', () => {
    const report = checkBelumDitugaskan([tugas('Dasbor  Statistik Sektoral')], ' dasbor statistik sektoral ', 'Siti');

    expect(report.violations).toEqual([]);
    expect(report.warnings).toMatchObject([{ ruleId: 'R-NAT-22', code: 'W-ALREADY-ASSIGNED' }]);
  });

  it('R-NAT-22: given only other targets, when checked, then nothing is raised', () => {
    expect(checkBelumDitugaskan([tugas('Survei kepuasan')], 'Dasbor statistik', 'Siti').warnings).toEqual([]);
  });

  it('R-NAT-22: given the same target but in a period that does not overlap, when the load is weighed, then it is not counted', () => {
    const { report, ringkasan } = periksaBebanKerja([tugas('Dasbor', '2026-01-01', '2026-12-31')], { targetKinerja: 'Dasbor', ...periode }, 5, 'Siti');

    expect(report.warnings).toEqual([]);
    expect(ringkasan).toBe('Siti belum memiliki penugasan lain pada periode ini.');
  });

  it('R-NAT-31: given more active penugasan than the threshold, when checked, then W-WORKLOAD is raised', () => {
    const aktif = [tugas('A'), tugas('B'), tugas('C')];

    expect(checkBebanKerja(aktif, 2, 'Siti').warnings).toMatchObject([{ ruleId: 'R-NAT-31', code: 'W-WORKLOAD' }]);
    expect(checkBebanKerja(aktif, 3, 'Siti').warnings).toEqual([]);
  });

  it('R-NAT-31: given overlapping penugasan, when the load is weighed, then the form line lists them', () => {
    const { ringkasan } = periksaBebanKerja([tugas('A'), tugas('B', '2027-04-01', '2027-05-01')], { targetKinerja: 'C', ...periode }, 5, 'Siti');

    expect(ringkasan).toBe('Siti memiliki 1 penugasan lain pada periode ini: A.');
  });
});
