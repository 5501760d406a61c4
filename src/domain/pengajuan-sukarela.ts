import { kunciDuplikat } from './kasus.js';
import type { IsoDate, OrganisasiView, Pegawai, UnitOrganisasi } from './organisasi.js';
import type { RuangLingkup } from './penugasan.js';
import type { AgencyProfile } from './profiles/agency-profile.js';
import { emptyReport, mergeReports, violation, type RuleReport } from './rule-violation.js';
import { periksaBebanKerja, type PenugasanBerjalan } from './rules/beban-kerja.js';
import { checkKedudukan } from './rules/kedudukan.js';
import { checkIsiSuratSukarela } from './rules/persetujuan-sukarela.js';
import { checkPeriode, isIsoDate } from './rules/periode-penugasan.js';
import { checkRuangLingkup, unitOrganisasiDari } from './rules/ruang-lingkup.js';
import { checkSubjekPenugasan } from './rules/subjek-penugasan.js';
import { checkAlamatSuratSukarela, checkPermohonanLisan, checkSukarelaBukanLintasInstansi, type AlamatSuratSukarela } from './rules/sukarela-ruang-lingkup.js';

/**
 * A pengajuan sukarela (RULES.md F4, F5): the applicant asks to join a kinerja, orally to their own PUO
 * (LISAN, F4: the PUO records it) or by a letter to the PUO of another unit (SURAT, F5: the applicant submits it).
 */
export interface PermohonanSukarela {
  readonly saluran: 'LISAN' | 'SURAT';
  readonly pemohonNip: string;
  /** Who entered it in the system: the PUO for LISAN, the applicant for SURAT. */
  readonly pencatatNip: string;
  /** SURAT: the unit organisasi the applicant wants to work for. LISAN: the recorder's own unit organisasi. */
  readonly unitDitujuId?: string | null;
  readonly uraianTugas: string;
  readonly targetKinerja: string;
  readonly kompetensi: readonly string[];
  readonly tanggalMulai: IsoDate;
  readonly tanggalSelesai: IsoDate;
  readonly maksudTujuan?: string | null;
  readonly ekspektasiTarget?: string | null;
  /** LISAN: the day the applicant asked the PUO (the note records it, R-NAT-23). */
  readonly tanggalPermohonanLisan?: IsoDate | null;
  /** The day it is entered in the system: an oral request cannot be dated after it (R-SYS-03). */
  readonly tanggalPencatatan?: IsoDate | null;
}

export interface HasilPemeriksaanSukarela {
  readonly report: RuleReport;
  readonly pemohon?: Pegawai;
  readonly unitPemilikKinerja?: UnitOrganisasi;
  readonly ruangLingkup: RuangLingkup;
  readonly alamat?: AlamatSuratSukarela;
  /** The applicant's load in the period, for the decision form (R-NAT-31). */
  readonly bebanKerja: string;
}

/** The flow each channel may carry (R-NAT-23: oral only within the unit; R-NAT-24: a letter across units). */
export const RUANG_LINGKUP_SALURAN = { LISAN: 'DALAM_UNIT', SURAT: 'LINTAS_UNIT' } as const satisfies Record<PermohonanSukarela['saluran'], RuangLingkup>;

/**
 * All checks of F4 step 1–2 / F5 step 1: the common pre-checks (R-NAT-02, 05, 07, R-SYS-03), the channel
 * rules (R-NAT-21, 23, 24, R-NAT-03 for the scope) and the SOFT findings (R-NAT-22, 31; A-32 on the letter).
 * `penugasan` are the applicant's approved penugasan. Every violation is listed, not only the first.
 */
export function periksaPengajuanSukarela(
  org: OrganisasiView,
  p: PermohonanSukarela,
  profile: AgencyProfile,
  penugasan: readonly PenugasanBerjalan[],
): HasilPemeriksaanSukarela {
  const ruangLingkup = RUANG_LINGKUP_SALURAN[p.saluran];
  const periode = checkPeriode(p.tanggalMulai, p.tanggalSelesai);
  const isi = mergeReports(
    p.uraianTugas.trim() ? emptyReport : violation('R-NAT-05', 'uraianTugas', 'Uraian tugas wajib diisi: penugasan adalah untuk tugas tertentu.'),
    p.targetKinerja.trim() ? emptyReport : violation('R-NAT-05', 'targetKinerja', 'Sebutkan target kinerja tertentu yang ingin diikuti.'),
    p.saluran === 'LISAN' ? checkTanggalLisan(p.tanggalPermohonanLisan, p.tanggalPencatatan) : emptyReport,
  );
  const pemohon = org.pegawai(p.pemohonNip);
  if (!pemohon) {
    return { report: mergeReports(periode, isi, violation('R-NAT-07', 'pegawaiNip', `Pegawai dengan NIP ${p.pemohonNip} tidak terdaftar.`)), ruangLingkup, bebanKerja: '' };
  }
  const unitOf = (id: string) => unitOrganisasiDari(org, id, profile.unitOrganisasiJenis);
  const pencatat = org.pegawai(p.pencatatNip);
  const unitId = p.saluran === 'LISAN' ? (pencatat ? unitOf(pencatat.unitId) : undefined) : p.unitDitujuId?.trim();
  const unit = unitId ? org.unit(unitId) : undefined;
  const field = p.saluran === 'LISAN' ? 'pegawaiNip' : 'unitDitujuId';
  const beban = periode.violations.length === 0 ? periksaBebanKerja(penugasan, p, profile.workloadWarnThreshold, pemohon.nama) : undefined;
  const common = mergeReports(
    checkSubjekPenugasan(pemohon, profile),
    periode,
    isi,
    checkKedudukan(org, pemohon, periode.violations.length === 0 ? p.tanggalMulai : undefined, profile),
    beban?.report ?? emptyReport,
  );
  if (!unit) {
    const missing = p.saluran === 'LISAN'
      ? violation('R-NAT-23', 'pengusulNip', `Pencatat ${p.pencatatNip} tidak memiliki kedudukan pada unit organisasi; permohonan lisan dicatat oleh Pimpinan Unit Organisasi pemohon.`)
      : violation('R-NAT-03', 'unitDitujuId', unitId ? `Unit ${unitId} tidak terdaftar.` : 'Unit organisasi yang dituju wajib diisi.');
    return { report: mergeReports(common, missing), pemohon, ruangLingkup, bebanKerja: beban?.ringkasan ?? '' };
  }
  const lintasInstansi = checkSukarelaBukanLintasInstansi(pemohon, unit, field);
  // R-NAT-21 says why; the scope and addressing checks would only repeat it.
  const saluran = lintasInstansi.violations.length > 0 ? { report: emptyReport, alamat: undefined }
    : p.saluran === 'LISAN'
      ? { report: mergeReports(checkRuangLingkupSukarela(pemohon, unit, 'DALAM_UNIT', unitOf), checkPermohonanLisan(org, pemohon, p.pencatatNip, profile.unitOrganisasiJenis)), alamat: undefined }
      : periksaSurat(org, pemohon, unit, p, profile, unitOf);
  return {
    report: mergeReports(common, lintasInstansi, saluran.report),
    pemohon, unitPemilikKinerja: unit, ruangLingkup, bebanKerja: beban?.ringkasan ?? '',
    ...(saluran.alamat ? { alamat: saluran.alamat } : {}),
  };
}

function periksaSurat(
  org: OrganisasiView, pemohon: Pegawai, unit: UnitOrganisasi, p: PermohonanSukarela, profile: AgencyProfile, unitOf: (id: string) => string,
): { report: RuleReport; alamat: AlamatSuratSukarela | undefined } {
  const ruang = checkRuangLingkupSukarela(pemohon, unit, 'LINTAS_UNIT', unitOf);
  const alamat = checkAlamatSuratSukarela(org, pemohon, unit, profile.unitOrganisasiJenis);
  const isi = checkIsiSuratSukarela({ maksudTujuan: p.maksudTujuan ?? null, kompetensi: p.kompetensi, ekspektasiTarget: p.ekspektasiTarget ?? null });
  return { report: mergeReports(ruang, alamat.report, isi), alamat: alamat.alamat };
}

/** R-NAT-23: the note records the day of the oral request; R-SYS-03: a real date, not after it is recorded. */
function checkTanggalLisan(tanggal: IsoDate | null | undefined, dicatat: IsoDate | null | undefined): RuleReport {
  if (!tanggal || !isIsoDate(tanggal)) {
    return violation('R-NAT-23', 'tanggalPermohonanLisan', 'Tanggal permohonan lisan wajib dicatat (format TTTT-BB-HH).');
  }
  if (dicatat && tanggal > dicatat) {
    return violation('R-SYS-03', 'tanggalPermohonanLisan', `Tanggal permohonan lisan (${tanggal}) tidak boleh setelah tanggal pencatatan (${dicatat}).`);
  }
  return emptyReport;
}

/** R-NAT-03 in the words of the voluntary flows: which flow the applicant should have used. */
function checkRuangLingkupSukarela(pemohon: Pegawai, unit: UnitOrganisasi, expected: 'DALAM_UNIT' | 'LINTAS_UNIT', unitOf: (id: string) => string): RuleReport {
  const report = checkRuangLingkup(pemohon, unit, expected, unitOf);
  if (report.violations.length === 0) return report;
  const pesan = expected === 'DALAM_UNIT'
    ? `${pemohon.nama} tidak berada di ${unit.nama}: permohonan lisan hanya untuk kinerja unit organisasi sendiri (R-NAT-23); untuk unit lain gunakan pengajuan sukarela lintas unit dengan surat.`
    : `${unit.nama} adalah unit organisasi ${pemohon.nama} sendiri: sampaikan keinginan secara lisan kepada Pimpinan Unit Organisasi (pengajuan sukarela dalam unit).`;
  return violation('R-NAT-03', expected === 'DALAM_UNIT' ? 'pegawaiNip' : 'unitDitujuId', pesan);
}

/**
 * R-SYS-01: the same applicant asking again for the same target kinerja of the same unit in the same year,
 * by the same channel, is a duplicate while the first case is open or approved.
 */
export function kunciDuplikatSukarela(ruangLingkup: RuangLingkup, unitPemilikKinerjaId: string, pemohonNip: string, targetKinerja: string, tanggalMulai: IsoDate): string {
  return kunciDuplikat({ bentuk: 'PENGAJUAN_SUKARELA', ruangLingkup, unitPemilikKinerjaId, pegawaiNip: [pemohonNip], targetKinerja, tanggalMulai });
}
