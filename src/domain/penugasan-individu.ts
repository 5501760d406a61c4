import { normalisasiTeks } from './kasus.js';
import type { OrganisasiView } from './organisasi.js';
import type { AgencyProfile } from './profiles/agency-profile.js';
import { unitOrganisasiDari } from './roles.js';
import { emptyReport, mergeReports, violation, type RuleViolation } from './rule-violation.js';
import { checkKedudukan } from './rules/kedudukan.js';
import { checkPejabatPenunjuk } from './rules/pejabat-penunjuk.js';
import { checkPeriode } from './rules/periode-penugasan.js';
import { checkSubjekPenugasan } from './rules/subjek-penugasan.js';
import { checkBebanKerja, type Peringatan } from './rules/tim-kerja.js';

/** An individual target given by the PUO or the PPK (RULES.md F7). */
export interface PermohonanPenugasanIndividu {
  readonly pegawaiNip: string;
  readonly pengusulNip: string;
  readonly targetKinerja: string;
  /** The unit target the individual target derives from (R-NAT-54, cascading). */
  readonly targetUnit: string | null;
  readonly uraianTugas: string;
  readonly tanggalMulai: string;
  readonly tanggalSelesai: string;
}

/** R-NAT-54: an individual target references the unit target it derives from; otherwise a warning. */
export function checkTurunanTargetUnit(targetUnit: string | null | undefined): Peringatan[] {
  if (targetUnit?.trim()) return [];
  return [{ ruleId: 'R-NAT-54', code: 'W-NO-CASCADE',
    message: 'Target kinerja individu belum merujuk target kinerja unit yang diturunkan (cascading); periksa keselarasannya.' }];
}

/** R-SYS-01: the same target for the same pegawai in the same year is one case. */
export function kunciDuplikatIndividu(p: PermohonanPenugasanIndividu): string {
  return `INDIVIDU|${p.pegawaiNip}|${p.tanggalMulai.slice(0, 4)}|${normalisasiTeks(p.targetKinerja)}`;
}

/**
 * All checks of F7: R-NAT-02 subject, R-NAT-04 an individual target, R-NAT-05 / R-SYS-03 period, R-NAT-07 / 41
 * kedudukan and PPK, R-NAT-08 / 09 issuer (the pegawai's PPK or PUO); warnings R-NAT-54 and R-NAT-31.
 */
export function validatePenugasanIndividu(
  org: OrganisasiView, p: PermohonanPenugasanIndividu, bebanAktif: number, profile: AgencyProfile,
): { violations: readonly RuleViolation[]; peringatan: readonly Peringatan[]; unitPemilikKinerjaId: string | null } {
  const periode = checkPeriode(p.tanggalMulai, p.tanggalSelesai);
  const isian = mergeReports(
    periode,
    p.targetKinerja.trim() ? emptyReport : violation('R-NAT-04', 'targetKinerja', 'Penugasan individu menetapkan target kinerja individu.'),
    p.uraianTugas.trim() ? emptyReport : violation('R-NAT-05', 'uraianTugas', 'Uraian tugas wajib diisi: penugasan adalah untuk tugas tertentu.'),
  );
  const pegawai = org.pegawai(p.pegawaiNip);
  if (!pegawai) {
    return { violations: [...isian.violations, ...violation('R-NAT-07', 'pegawaiNip', `Pegawai dengan NIP ${p.pegawaiNip} tidak terdaftar.`).violations], peringatan: [], unitPemilikKinerjaId: null };
  }
  const report = mergeReports(
    checkSubjekPenugasan(pegawai, profile),
    isian,
    checkKedudukan(org, pegawai, periode.violations.length === 0 ? p.tanggalMulai : undefined, profile),
    checkPejabatPenunjuk(org, pegawai, p.pengusulNip, profile.unitOrganisasiJenis),
  );
  return {
    violations: report.violations,
    peringatan: [...checkTurunanTargetUnit(p.targetUnit), ...checkBebanKerja(pegawai, bebanAktif, profile)],
    unitPemilikKinerjaId: unitOrganisasiDari(org, pegawai.unitId, profile.unitOrganisasiJenis),
  };
}
