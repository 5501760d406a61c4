import type { OrganisasiView } from './organisasi.js';
import type { PermohonanPenunjukan } from './penugasan.js';
import type { AgencyProfile } from './profiles/agency-profile.js';
import { mergeReports, violation, type RuleReport } from './rule-violation.js';
import { checkKedudukan } from './rules/kedudukan.js';
import { checkKompetensi } from './rules/kompetensi.js';
import { checkPejabatPenunjuk } from './rules/pejabat-penunjuk.js';
import { checkPeriode } from './rules/periode-penugasan.js';
import { checkRuangLingkup } from './rules/ruang-lingkup.js';
import { checkSubjekPenugasan } from './rules/subjek-penugasan.js';

/**
 * All checks of RULES.md F1 step 3 (the common pre-checks PC and the appointer) for a penunjukan
 * dalam unit organisasi. Every violation is listed, not only the first.
 */
export function validatePenunjukanDalamUnit(
  org: OrganisasiView,
  permohonan: PermohonanPenunjukan,
  profile: AgencyProfile,
): RuleReport {
  const periode = checkPeriode(permohonan.tanggalMulai, permohonan.tanggalSelesai);
  const pegawai = org.pegawai(permohonan.pegawaiNip);
  const unit = org.unit(permohonan.unitPemilikKinerjaId);
  const tugas = permohonan.uraianTugas.trim() ? undefined
    : violation('R-NAT-05', 'uraianTugas', 'Uraian tugas wajib diisi: penugasan adalah untuk tugas tertentu.');
  if (!pegawai) {
    return mergeReports(periode, violation('R-NAT-07', 'pegawaiNip', `Pegawai dengan NIP ${permohonan.pegawaiNip} tidak terdaftar.`));
  }
  if (!unit) {
    return mergeReports(periode, violation('R-NAT-03', 'unitPemilikKinerjaId', `Unit ${permohonan.unitPemilikKinerjaId} tidak terdaftar.`));
  }
  return mergeReports(
    checkSubjekPenugasan(pegawai, profile),
    periode,
    ...(tugas ? [tugas] : []),
    checkRuangLingkup(pegawai, unit, 'DALAM_UNIT'),
    checkKedudukan(org, pegawai, periode.violations.length === 0 ? permohonan.tanggalMulai : undefined, profile),
    checkPejabatPenunjuk(org, pegawai, permohonan.pengusulNip),
    checkKompetensi(pegawai, permohonan.kompetensiDibutuhkan),
  );
}
