import type { OrganisasiView } from './organisasi.js';
import type { PermohonanPenunjukan } from './penugasan.js';
import type { AgencyProfile } from './profiles/agency-profile.js';
import { emptyReport, mergeReports, violation, type RuleReport } from './rule-violation.js';
import { checkKedudukan } from './rules/kedudukan.js';
import { checkKompetensi, checkKompetensiDisebut } from './rules/kompetensi.js';
import { checkPejabatPenunjuk } from './rules/pejabat-penunjuk.js';
import { checkPeriode } from './rules/periode-penugasan.js';
import { checkRuangLingkup, unitOrganisasiDari } from './rules/ruang-lingkup.js';
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
  const tugas = permohonan.uraianTugas.trim() ? emptyReport
    : violation('R-NAT-05', 'uraianTugas', 'Uraian tugas wajib diisi: penugasan adalah untuk tugas tertentu.');
  // An unknown pegawai or unit stops only the checks that need it; the others are still listed.
  if (!pegawai) {
    return mergeReports(periode, tugas,
      violation('R-NAT-07', 'pegawaiNip', `Pegawai dengan NIP ${permohonan.pegawaiNip} tidak terdaftar.`),
      checkKompetensiDisebut(permohonan.kompetensiDibutuhkan));
  }
  return mergeReports(
    checkSubjekPenugasan(pegawai, profile),
    periode,
    tugas,
    unit ? checkRuangLingkup(pegawai, unit, 'DALAM_UNIT', (id) => unitOrganisasiDari(org, id, profile.unitOrganisasiJenis))
      : violation('R-NAT-03', 'unitPemilikKinerjaId', `Unit ${permohonan.unitPemilikKinerjaId} tidak terdaftar.`),
    checkKedudukan(org, pegawai, periode.violations.length === 0 ? permohonan.tanggalMulai : undefined, profile),
    checkPejabatPenunjuk(org, pegawai, permohonan.pengusulNip, profile.unitOrganisasiJenis),
    checkKompetensi(pegawai, permohonan.kompetensiDibutuhkan),
  );
}
