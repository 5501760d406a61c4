import { emptyReport, mergeReports, violation, type RuleReport } from '../rule-violation.js';

/**
 * Pre-checks of an appraisal (F10) started by a PPK: the pegawai has a kedudukan and a PPK (R-NAT-07); it is
 * started by that PPK, the direct superior who appraises (R-NAT-41); the period is a valid year (R-SYS-03);
 * one appraisal per pegawai and year (R-SYS-01).
 */
export function checkMulaiPenilaian(m: {
  pegawaiDikenal: boolean; ppkNip: string | undefined; pemulaNip: string | undefined; tahun: string; duplikatDari: string | undefined;
}): RuleReport {
  if (!m.pegawaiDikenal) return violation('R-NAT-07', 'pegawaiNip', 'Pegawai tidak ditemukan atau tidak aktif.');
  return mergeReports(
    !m.ppkNip ? violation('R-NAT-07', 'pegawaiNip', 'Kedudukan pegawai belum menetapkan Pejabat Penilai Kinerja.')
      : m.pemulaNip !== m.ppkNip ? violation('R-NAT-41', 'pengusulNip', `Penilaian kinerja pegawai ini ditetapkan oleh Pejabat Penilai Kinerjanya (NIP ${m.ppkNip}).`)
        : emptyReport,
    /^(19|20)\d{2}$/.test(m.tahun) ? emptyReport : violation('R-SYS-03', 'tahunPenilaian', 'Tahun penilaian harus empat angka, misalnya 2027.'),
    m.duplikatDari ? violation('R-SYS-01', 'tahunPenilaian', `Penilaian kinerja pegawai ini untuk tahun ${m.tahun} sudah ada (kasus ${m.duplikatDari}).`) : emptyReport,
  );
}
