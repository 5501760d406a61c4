import { emptyReport, mergeReports, violation, warning, type RuleReport } from '../rule-violation.js';

/** A recorded step of a voluntary application: who took it and what they chose. */
export interface LangkahTercatat {
  readonly langkah: 'PERSETUJUAN_PIMPINAN_DITUJU' | 'TERUSKAN_KE_PPK' | 'PERSETUJUAN_PPK';
  readonly aktorNip: string;
  readonly keputusan: string;
}

/**
 * R-NAT-25: the two approvals of a pengajuan sukarela lintas unit come in a fixed order. The PPK's approval
 * counts only after (1) the Pimpinan Unit Organisasi dituju approved and (2) the applicant forwarded that
 * approved letter, and only from the applicant's own PPK. Anything else is refused.
 */
export function checkUrutanPersetujuanSukarela(
  sebelumnya: readonly LangkahTercatat[],
  persetujuanPpk: { aktorNip: string },
  pihak: { pimpinanDitujuNip: string; pemohonNip: string; pejabatPenilaiKinerjaNip: string },
): RuleReport {
  const terakhir = (langkah: LangkahTercatat['langkah']) => [...sebelumnya].reverse().find((k) => k.langkah === langkah);
  const satu = terakhir('PERSETUJUAN_PIMPINAN_DITUJU');
  const terus = terakhir('TERUSKAN_KE_PPK');
  return mergeReports(
    satu?.keputusan === 'SETUJU' && satu.aktorNip === pihak.pimpinanDitujuNip ? emptyReport
      : violation('R-NAT-25', 'keputusan', 'Persetujuan Pejabat Penilai Kinerja memerlukan persetujuan Pimpinan Unit Organisasi dituju terlebih dahulu.'),
    terus?.keputusan === 'TERUSKAN' && terus.aktorNip === pihak.pemohonNip ? emptyReport
      : violation('R-NAT-25', 'keputusan', 'Surat permohonan yang telah disetujui harus diteruskan oleh pemohon kepada Pejabat Penilai Kinerjanya terlebih dahulu.'),
    persetujuanPpk.aktorNip === pihak.pejabatPenilaiKinerjaNip ? emptyReport
      : violation('R-NAT-25', 'keputusan', `Persetujuan kedua hanya dapat diberikan oleh Pejabat Penilai Kinerja pemohon (NIP ${pihak.pejabatPenilaiKinerjaNip}).`),
  );
}

/** The letter contents A-32 recommends for a voluntary application (the four of R-NAT-11, as SOFT). */
export interface IsiSuratSukarela {
  readonly maksudTujuan?: string | null;
  readonly kompetensi: readonly string[];
  readonly ekspektasiTarget?: string | null;
}

/**
 * R-NAT-24 with A-32: the written application should state its purpose, the competence offered and the
 * expected result (the period is HARD, R-NAT-05); a missing one is a SOFT finding (W-ISI-SURAT).
 */
export function checkIsiSuratSukarela(isi: IsiSuratSukarela): RuleReport {
  const kurang = [
    (isi.maksudTujuan ?? '').trim() ? null : 'maksud dan tujuan',
    isi.kompetensi.some((k) => k.trim()) ? null : 'kompetensi/keahlian yang ditawarkan',
    (isi.ekspektasiTarget ?? '').trim() ? null : 'ekspektasi/target kinerja',
  ].filter((x): x is string => x !== null);
  if (kurang.length === 0) return emptyReport;
  return warning('R-NAT-24', 'W-ISI-SURAT', `Surat permohonan belum memuat: ${kurang.join(', ')}.`);
}
