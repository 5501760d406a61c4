import type { IsoDate, OrganisasiView, Pegawai } from './organisasi.js';
import type { AgencyProfile } from './profiles/agency-profile.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from './roles.js';
import { emptyReport, mergeReports, violation, warning, type RuleReport } from './rule-violation.js';
import { normalisasiTeks } from './kasus.js';
import { checkKedudukan } from './rules/kedudukan.js';
import { checkKriteriaPermohonan } from './rules/kompetensi.js';
import { isiWajibKosong, type IsiWajib } from './rules/surat-permohonan.js';
import { checkPeriode } from './rules/periode-penugasan.js';
import { ruangLingkup } from './rules/ruang-lingkup.js';
import { checkSubjekPenugasan } from './rules/subjek-penugasan.js';

/**
 * RULES.md F3, penunjukan lintas instansi: the surat permohonan pelibatan the PUO pemilik kinerja sends to its
 * own Pejabat yang Berwenang (steps 0 and a), and the daftar of pegawai the PPK in the target instansi answers
 * with (steps d and e-i).
 */
export interface PermohonanPelibatanLintasInstansi {
  readonly unitPemilikKinerjaId: string;
  readonly instansiTujuanId: string;
  /** The unit in the target instansi whose JF/Pelaksana are asked for (the pool). */
  readonly unitTujuanId: string;
  /** Who sends it: the authenticated starter, never a form field. */
  readonly pengusulNip: string;
  readonly maksudTujuan: string;
  readonly kompetensiDibutuhkan: readonly string[];
  readonly ekspektasiTarget: string;
  readonly tanggalMulai: IsoDate;
  readonly tanggalSelesai: IsoDate;
  readonly jumlahPegawai: number;
  /** Optional candidate names or NIPs (R-NAT-11: candidates are optional). */
  readonly calonPegawai: string;
  /** R-NAT-15: why the work needs another agency's staff. */
  readonly justifikasi: string;
}

const kosong = (s: string | undefined | null) => (s ?? '').trim() === '';

const PESAN_ISI: Record<IsiWajib, string> = {
  maksudTujuan: 'Surat permohonan pelibatan wajib memuat maksud dan tujuan.',
  kompetensiDibutuhkan: 'Surat permohonan pelibatan wajib memuat kompetensi, keahlian, dan/atau keterampilan yang dibutuhkan.',
  ekspektasiTarget: 'Surat permohonan pelibatan wajib memuat ekspektasi/target kinerja pegawai yang dilibatkan.',
  durasi: 'Surat permohonan pelibatan wajib memuat durasi pelibatan (tanggal mulai dan tanggal selesai).',
};

/** R-NAT-11: the four mandatory contents, one violation per missing one, on its field (the order is R-SYS-03's). */
export function checkIsiSuratPermohonanPelibatan(p: Pick<PermohonanPelibatanLintasInstansi,
  'maksudTujuan' | 'kompetensiDibutuhkan' | 'ekspektasiTarget' | 'tanggalMulai' | 'tanggalSelesai'>): RuleReport {
  return mergeReports(...isiWajibKosong(p).map((isi) => violation('R-NAT-11', isi, PESAN_ISI[isi])));
}

/**
 * The PPK "bersangkutan di instansinya" who receives the tembusan of the PUO's letter (R-NAT-16, A-01: the
 * requester's own PPK). A head of a unit organisasi often has none recorded: then the leader of the unit above,
 * and at the top of the chain the Pejabat yang Berwenang (in a pemda the Sekda appraises the Kepala Perangkat
 * Daerah) [derived].
 */
export function pejabatPenilaiKinerjaPengusul(org: OrganisasiView, pengusul: Pegawai): Pegawai | undefined {
  const tercatat = pejabatPenilaiKinerja(org, pengusul);
  if (tercatat) return tercatat;
  for (let unit = org.unit(pengusul.unitId), depth = 0; unit && depth < 50; depth++) {
    const pimpinan = unit.pimpinanNip && unit.pimpinanNip !== pengusul.nip ? org.pegawai(unit.pimpinanNip) : undefined;
    if (pimpinan?.aktif) return pimpinan;
    unit = unit.indukId ? org.unit(unit.indukId) : undefined;
  }
  const pyb = org.instansi(pengusul.instansiId)?.pejabatBerwenangNip;
  const pejabat = pyb && pyb !== pengusul.nip ? org.pegawai(pyb) : undefined;
  return pejabat?.aktif ? pejabat : undefined;
}

/**
 * Steps 0 and a of F3: R-NAT-11 (contents), R-NAT-05/R-SYS-03 (period), R-NAT-03 (the computed scope is
 * LINTAS_INSTANSI), R-NAT-16 (the PUO pemilik kinerja sends it, first to its own PyB, with a tembusan to its
 * PPK), R-NAT-17 (the target instansi has a PyB to forward to), R-NAT-15 (no justification: a warning).
 */
export function validatePermohonanLintasInstansi(org: OrganisasiView, p: PermohonanPelibatanLintasInstansi, profile: AgencyProfile): RuleReport {
  const isi = checkIsiSuratPermohonanPelibatan(p);
  const periode = kosong(p.tanggalMulai) || kosong(p.tanggalSelesai) ? emptyReport : checkPeriode(p.tanggalMulai, p.tanggalSelesai);
  const jumlah = Number.isInteger(p.jumlahPegawai) && p.jumlahPegawai >= 1 ? emptyReport
    : violation('R-NAT-11', 'jumlahPegawai', 'Jumlah pegawai yang dibutuhkan paling sedikit 1.');
  const justifikasi = kosong(p.justifikasi)
    ? warning('R-NAT-15', 'W-JUSTIFIKASI', 'Permohonan lintas instansi tidak memuat justifikasi mengapa pegawai instansi lain perlu dilibatkan.')
    : emptyReport;
  return mergeReports(isi, periode, jumlah, checkTujuan(org, p), checkPengirim(org, p, profile), justifikasi);
}

/** R-NAT-03: the owner unit and the pool are in different instansi; R-NAT-17: the target has a PyB. */
function checkTujuan(org: OrganisasiView, p: PermohonanPelibatanLintasInstansi): RuleReport {
  const pemilik = org.unit(p.unitPemilikKinerjaId);
  const tujuan = org.unit(p.unitTujuanId);
  if (!pemilik) return violation('R-NAT-03', 'unitPemilikKinerjaId', `Unit pemilik kinerja ${p.unitPemilikKinerjaId} tidak terdaftar.`);
  if (!tujuan) return violation('R-NAT-03', 'unitTujuanId', `Unit tujuan ${p.unitTujuanId} tidak terdaftar.`);
  if (tujuan.instansiId !== p.instansiTujuanId) {
    return violation('R-NAT-03', 'unitTujuanId', `${tujuan.nama} bukan unit ${org.instansi(p.instansiTujuanId)?.nama ?? p.instansiTujuanId}.`);
  }
  if (tujuan.instansiId === pemilik.instansiId) {
    return violation('R-NAT-03', 'instansiTujuanId',
      `${tujuan.nama} berada di instansi yang sama dengan ${pemilik.nama}; permohonan ini harus melalui penunjukan lintas unit organisasi.`);
  }
  const pyb = org.instansi(tujuan.instansiId)?.pejabatBerwenangNip;
  return pyb && org.pegawai(pyb)?.aktif ? emptyReport
    : violation('R-NAT-17', 'instansiTujuanId', `Pejabat yang Berwenang ${org.instansi(tujuan.instansiId)?.nama ?? tujuan.instansiId} belum ditetapkan.`);
}

/** R-NAT-16: sent by the PUO pemilik kinerja of its own instansi, addressed to its own PyB, tembusan its PPK. */
function checkPengirim(org: OrganisasiView, p: PermohonanPelibatanLintasInstansi, profile: AgencyProfile): RuleReport {
  const pemilik = org.unit(p.unitPemilikKinerjaId);
  const pengusul = org.pegawai(p.pengusulNip);
  if (!pemilik) return emptyReport;
  if (!pengusul?.aktif || pengusul.instansiId !== pemilik.instansiId) {
    return violation('R-NAT-16', 'pengusulNip', `Pengusul ${p.pengusulNip} bukan pegawai aktif ${org.instansi(pemilik.instansiId)?.nama ?? pemilik.instansiId}.`);
  }
  const puo = pimpinanUnitOrganisasi(org, pemilik.id, profile.unitOrganisasiJenis);
  if (puo?.nip !== pengusul.nip) {
    return violation('R-NAT-16', 'pengusulNip',
      `Surat permohonan pelibatan lintas instansi dikirim oleh Pimpinan Unit Organisasi pemilik kinerja${puo ? ` (${puo.nama})` : ''}, bukan oleh ${pengusul.nama}.`);
  }
  const pyb = org.instansi(pemilik.instansiId)?.pejabatBerwenangNip;
  if (!pyb || !org.pegawai(pyb)?.aktif) {
    return violation('R-NAT-16', 'unitPemilikKinerjaId', `Pejabat yang Berwenang ${org.instansi(pemilik.instansiId)?.nama ?? pemilik.instansiId} belum ditetapkan; surat tidak dapat dialamatkan.`);
  }
  return pejabatPenilaiKinerjaPengusul(org, pengusul) ? emptyReport
    : violation('R-NAT-16', 'pengusulNip', `Pejabat Penilai Kinerja ${pengusul.nama} untuk tembusan tidak dapat ditentukan.`);
}

/**
 * R-SYS-01: the key under which a duplicate is found: same form and scope, same owner unit and pool, same
 * criteria (candidates or competences), same target, same year.
 */
export function kunciDuplikatPelibatan(p: PermohonanPelibatanLintasInstansi): string {
  const kriteria = (kosong(p.calonPegawai) ? [...p.kompetensiDibutuhkan] : p.calonPegawai.split(/[,;\n]+/)).map(normalisasiTeks).filter((s) => s !== '').sort();
  return ['PENUNJUKAN', 'LINTAS_INSTANSI', p.unitPemilikKinerjaId, p.unitTujuanId, kriteria.join('|'), normalisasiTeks(p.ekspektasiTarget), p.tanggalMulai.slice(0, 4)].join('#');
}

/** What the daftar of the PPK in the target instansi is checked against. */
export interface KonteksDaftar {
  readonly instansiTujuanId: string;
  readonly unitPemilikKinerjaId: string;
  /** The PPK of the pool who answers (R-NAT-18/19): only pegawai they appraise can be put forward. */
  readonly pejabatPenilaiKinerjaNip: string;
  readonly kompetensiDibutuhkan: readonly string[];
  readonly jumlahPegawai: number;
  readonly tanggalMulai: IsoDate;
}

/**
 * Steps d and e-i of F3 on the daftar of pegawai ditugaskan: R-BTN-13 (not empty), R-NAT-18 (pegawai of the
 * target instansi), R-NAT-02 (JF/Pelaksana, per the target's profile), R-NAT-07 (kedudukan and PPK on the start
 * date), R-NAT-19 (appraised by the PPK who answers), R-NAT-14 (criteria mismatch: a warning to justify).
 */
export function validateDaftarPegawaiLintasInstansi(org: OrganisasiView, daftar: readonly string[], k: KonteksDaftar, profile: AgencyProfile): RuleReport {
  if (daftar.length === 0) {
    return violation('R-BTN-13', 'pegawaiDitugaskan', 'Daftar pegawai yang ditugaskan tidak boleh kosong bila pegawai tersedia.');
  }
  const unitPemilik = org.unit(k.unitPemilikKinerjaId);
  const perPegawai = daftar.map((nip): RuleReport => {
    const pegawai = org.pegawai(nip);
    if (!pegawai) return violation('R-NAT-07', 'pegawaiDitugaskan', `Pegawai dengan NIP ${nip} tidak terdaftar.`);
    if (pegawai.instansiId !== k.instansiTujuanId || (unitPemilik && ruangLingkup(pegawai, unitPemilik) !== 'LINTAS_INSTANSI')) {
      return violation('R-NAT-18', 'pegawaiDitugaskan',
        `${pegawai.nama} (${nip}) bukan pegawai ${org.instansi(k.instansiTujuanId)?.nama ?? k.instansiTujuanId}; hanya pegawai instansi tujuan yang dapat ditugaskan.`);
    }
    const subjek = checkSubjekPenugasan(pegawai, profile);
    if (subjek.violations.length > 0) return subjek;
    const kedudukan = checkKedudukan(org, pegawai, k.tanggalMulai, profile);
    if (kedudukan.violations.length > 0) return kedudukan;
    if (pegawai.pejabatPenilaiKinerjaNip !== k.pejabatPenilaiKinerjaNip) {
      return violation('R-NAT-19', 'pegawaiDitugaskan',
        `${pegawai.nama} (${nip}) tidak dinilai kinerjanya oleh Pejabat Penilai Kinerja yang menjawab; ketersediaan dijawab oleh PPK pegawai yang bersangkutan.`);
    }
    return checkKriteriaPermohonan(pegawai, k.kompetensiDibutuhkan);
  });
  const jumlah = daftar.length === k.jumlahPegawai ? emptyReport
    : warning('R-NAT-14', 'W-CRITERIA', `Jumlah pegawai dalam daftar (${daftar.length}) berbeda dari yang dimohon (${k.jumlahPegawai}).`);
  return mergeReports(...perPegawai, jumlah);
}


