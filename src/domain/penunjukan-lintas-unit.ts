import type { OrganisasiView } from './organisasi.js';
import type { AgencyProfile } from './profiles/agency-profile.js';
import { emptyReport, mergeReports, violation, type RuleReport } from './rule-violation.js';
import { checkKedudukan } from './rules/kedudukan.js';
import { checkKriteriaPermohonan } from './rules/kompetensi.js';
import { checkPeriode } from './rules/periode-penugasan.js';
import { checkRuangLingkup, unitOrganisasiDari } from './rules/ruang-lingkup.js';
import { checkSubjekPenugasan } from './rules/subjek-penugasan.js';
import { checkIsiSuratPermohonan, checkPengirimPermohonan, type IsiSuratPermohonan } from './rules/surat-permohonan.js';

/** A surat permohonan pelibatan for one named pegawai of another unit of the same instansi (RULES.md F2). */
export interface PermohonanPelibatanLintasUnit extends IsiSuratPermohonan {
  readonly pegawaiNip: string;
  readonly unitPemilikKinerjaId: string;
  /** The PUO who sends it (the process starter, from the engine's history). */
  readonly pengusulNip: string;
}


/** F2 steps 2–3: the checks on a surat permohonan pelibatan lintas unit; every violation is listed. */
export function validatePenunjukanLintasUnit(org: OrganisasiView, p: PermohonanPelibatanLintasUnit, profile: AgencyProfile): RuleReport {
  const isi = checkIsiSuratPermohonan(p);
  const periode = checkPeriode(p.tanggalMulai, p.tanggalSelesai);
  const pegawai = org.pegawai(p.pegawaiNip);
  const unit = org.unit(p.unitPemilikKinerjaId);
  const pengirim = unit ? checkPengirimPermohonan(org, unit.id, p.pengusulNip, profile.unitOrganisasiJenis)
    : violation('R-NAT-03', 'unitPemilikKinerjaId', `Unit ${p.unitPemilikKinerjaId} tidak terdaftar.`);
  if (!pegawai) {
    return mergeReports(isi, periode, pengirim, violation('R-NAT-07', 'pegawaiNip', `Pegawai dengan NIP ${p.pegawaiNip} tidak terdaftar.`));
  }
  return mergeReports(
    isi,
    periode,
    pengirim,
    checkSubjekPenugasan(pegawai, profile),
    unit ? checkRuangLingkup(pegawai, unit, 'LINTAS_UNIT', (id) => unitOrganisasiDari(org, id, profile.unitOrganisasiJenis)) : emptyReport,
    checkKedudukan(org, pegawai, periode.violations.length === 0 ? p.tanggalMulai : undefined, profile),
    checkKriteriaPermohonan(pegawai, p.kompetensiDibutuhkan),
  );
}
