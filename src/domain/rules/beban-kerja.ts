import { normalisasiTeks } from '../kasus.js';
import type { IsoDate } from '../organisasi.js';
import { emptyReport, mergeReports, warning, type RuleReport } from '../rule-violation.js';

/** A penugasan the pegawai already carries, as far as these rules need it. */
export interface PenugasanBerjalan {
  readonly targetKinerja: string;
  readonly tanggalMulai: IsoDate;
  readonly tanggalSelesai: IsoDate;
}

/** The penugasan that run during (part of) the requested period. */
export function penugasanDalamPeriode(
  penugasan: readonly PenugasanBerjalan[],
  periode: { tanggalMulai: IsoDate; tanggalSelesai: IsoDate },
): PenugasanBerjalan[] {
  return penugasan.filter((p) => p.tanggalMulai <= periode.tanggalSelesai && p.tanggalSelesai >= periode.tanggalMulai);
}

/**
 * R-NAT-22: a voluntary application is for kinerja not yet in the applicant's tasks; one already assigned to
 * them in the period is a SOFT finding (W-ALREADY-ASSIGNED) the decider must justify.
 */
export function checkBelumDitugaskan(aktif: readonly PenugasanBerjalan[], targetKinerja: string, nama: string): RuleReport {
  const target = normalisasiTeks(targetKinerja);
  if (!target || !aktif.some((p) => normalisasiTeks(p.targetKinerja) === target)) return emptyReport;
  return warning('R-NAT-22', 'W-ALREADY-ASSIGNED',
    `Target kinerja "${targetKinerja.trim()}" sudah termasuk dalam penugasan ${nama} yang berjalan pada periode ini.`);
}

/**
 * R-NAT-31 (and R-MRT-01): the decision weighs the pegawai's load; more active penugasan in the period than
 * the profile's threshold is a SOFT finding (W-WORKLOAD).
 */
export function checkBebanKerja(aktif: readonly PenugasanBerjalan[], ambang: number, nama: string): RuleReport {
  return checkJumlahBebanKerja(aktif.length, ambang, nama);
}

/** R-NAT-31 on a count of active penugasan (profile.workloadWarnThreshold; no source gives a number, A-21). */
export function checkJumlahBebanKerja(jumlahAktif: number, ambang: number, nama: string): RuleReport {
  if (jumlahAktif <= ambang) return emptyReport;
  return warning('R-NAT-31', 'W-WORKLOAD',
    `${nama} sudah memiliki ${jumlahAktif} penugasan yang berjalan pada periode ini (batas peringatan ${ambang}); pertimbangkan beban kerjanya.`);
}

/** Both findings, and the load as a line the decision form shows even without a warning. */
export function periksaBebanKerja(
  penugasan: readonly PenugasanBerjalan[],
  permohonan: { targetKinerja: string; tanggalMulai: IsoDate; tanggalSelesai: IsoDate },
  ambang: number,
  nama: string,
): { report: RuleReport; ringkasan: string } {
  const aktif = penugasanDalamPeriode(penugasan, permohonan);
  return {
    report: mergeReports(checkBelumDitugaskan(aktif, permohonan.targetKinerja, nama), checkBebanKerja(aktif, ambang, nama)),
    ringkasan: aktif.length === 0 ? `${nama} belum memiliki penugasan lain pada periode ini.`
      : `${nama} memiliki ${aktif.length} penugasan lain pada periode ini: ${aktif.map((p) => p.targetKinerja).join('; ')}.`,
  };
}
