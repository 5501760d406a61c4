import type { RuleReport, RuleWarning } from './rule-violation.js';
import { emptyReport, mergeReports, violation } from './rule-violation.js';

/**
 * The building blocks every penugasan flow (F1–F10) shares: who acts in a case (peran), what they decide
 * (keputusan), and the letters the case produces (surat). Pure; the application layer stores them.
 */

/** Roles a flow resolves into a person when it reaches a step (R-SYS-02 snapshot). */
export const PERAN = [
  /** The Pimpinan Unit Organisasi of a pegawai's unit (subjek: NIP). */
  'PUO_PEGAWAI',
  /** The Pejabat Penilai Kinerja of a pegawai (subjek: NIP). */
  'PPK_PEGAWAI',
  /** The Pimpinan Unit Organisasi of a unit (subjek: unit id). */
  'PUO_UNIT',
  /**
   * The leader of the unit itself, whatever its jenis (subjek: unit id): the direct superior, hence the
   * Pejabat Penilai Kinerja, of the JF/Pelaksana placed in it (RULES.md §4; F3 step c: the PPK of the pool).
   */
  'PIMPINAN_UNIT',
  /** The Pejabat yang Berwenang of an instansi (subjek: instansi id). */
  'PYB_INSTANSI',
  /** The Pejabat yang Berwenang of the instansi of a unit (subjek: unit id). */
  'PYB_INSTANSI_UNIT',
  /** The pegawai themself (subjek: NIP). */
  'PEGAWAI',
  /** The Pejabat Penilai Kinerja of the Pimpinan Unit Organisasi of a unit (subjek: unit id; R-KIN-19). */
  'PPK_PUO_UNIT',
  /** The nearest leader, from the unit upwards, who is a PPT Madya (subjek: unit id; R-KIN-03 unit pusat). */
  'PPT_MADYA_UNIT',
] as const;
export type Peran = (typeof PERAN)[number];

/** Names of the roles as a user reads them in a message. */
export const NAMA_PERAN: Record<Peran, string> = {
  PUO_PEGAWAI: 'Pimpinan Unit Organisasi pegawai',
  PPK_PEGAWAI: 'Pejabat Penilai Kinerja pegawai',
  PUO_UNIT: 'Pimpinan Unit Organisasi',
  PIMPINAN_UNIT: 'Pimpinan unit kerja',
  PYB_INSTANSI: 'Pejabat yang Berwenang',
  PYB_INSTANSI_UNIT: 'Pejabat yang Berwenang',
  PEGAWAI: 'pegawai yang bersangkutan',
  PPK_PUO_UNIT: 'Pejabat Penilai Kinerja Pimpinan Unit Organisasi pemilik kinerja',
  PPT_MADYA_UNIT: 'Pejabat Pimpinan Tinggi Madya',
};

/** The documents of RULES.md §1.3 a flow issues. */
export const JENIS_SURAT = [
  'SURAT_PERMOHONAN_PELIBATAN',
  'SURAT_PERMOHONAN_SUKARELA',
  'SURAT_JAWABAN',
  'INSTRUKSI',
  'REKOMENDASI',
  'SURAT_PENUGASAN',
  'SURAT_TUGAS',
  'SURAT_KEPUTUSAN',
  'CATATAN_PERMOHONAN_LISAN',
  'LAPORAN',
  'BAHAN_PERTIMBANGAN',
  /** Issue 9: a reminder when an answer is late (F3: to the PyB of the instansi tujuan). */
  'SURAT_PENGINGAT',
] as const;
export type JenisSurat = (typeof JENIS_SURAT)[number];

export const NAMA_SURAT: Record<JenisSurat, string> = {
  SURAT_PERMOHONAN_PELIBATAN: 'Surat Permohonan Pelibatan',
  SURAT_PERMOHONAN_SUKARELA: 'Surat Permohonan untuk Dapat Dilibatkan',
  SURAT_JAWABAN: 'Surat Jawaban',
  INSTRUKSI: 'Instruksi Penugasan',
  REKOMENDASI: 'Rekomendasi Pimpinan Unit Organisasi',
  SURAT_PENUGASAN: 'Surat Penugasan',
  SURAT_TUGAS: 'Surat Tugas',
  SURAT_KEPUTUSAN: 'Surat Keputusan',
  CATATAN_PERMOHONAN_LISAN: 'Catatan Permohonan Lisan',
  LAPORAN: 'Laporan',
  BAHAN_PERTIMBANGAN: 'Bahan Pertimbangan Penilaian Kinerja',
  SURAT_PENGINGAT: 'Surat Pengingat',
};

/** Short codes in a letter's number (nomor surat). */
const KODE_SURAT: Record<JenisSurat, string> = {
  SURAT_PERMOHONAN_PELIBATAN: 'SPP',
  SURAT_PERMOHONAN_SUKARELA: 'SPS',
  SURAT_JAWABAN: 'SJ',
  INSTRUKSI: 'INS',
  REKOMENDASI: 'REK',
  SURAT_PENUGASAN: 'SPn',
  SURAT_TUGAS: 'ST',
  SURAT_KEPUTUSAN: 'SK',
  CATATAN_PERMOHONAN_LISAN: 'CPL',
  LAPORAN: 'LAP',
  BAHAN_PERTIMBANGAN: 'BPK',
  SURAT_PENGINGAT: 'SPg',
};

/** A letter's number: sequence / code / case / year, e.g. `12/SPn/PNJ-2027-ab12/2027`. */
export function nomorSurat(urutan: number, jenis: JenisSurat, kunciKasus: string, tahun: string): string {
  return `${urutan}/${KODE_SURAT[jenis]}/${kunciKasus}/${tahun}`;
}

/** A tembusan (or recipient) role and the person it resolved to; null while the post is vacant. */
export interface PeranTerisi {
  readonly peran: string;
  readonly nip: string | null;
}

export interface TembusanTerselesaikan {
  /** Each person once (R-SYS-05: one copy when two roles resolve to the same person). */
  readonly penerima: readonly string[];
  /** Every role with its person, including the duplicates (both roles are recorded). */
  readonly peran: readonly { readonly peran: string; readonly nip: string }[];
}

/** R-SYS-05: tembusan roles resolve to persons; the same person gets one copy; a vacant role blocks issuance. */
export function selesaikanTembusan(peran: readonly PeranTerisi[]): { report: RuleReport; hasil: TembusanTerselesaikan } {
  const kosong = peran.filter((p) => !p.nip);
  const report = kosong.length === 0 ? emptyReport : mergeReports(...kosong.map((p) =>
    violation('R-SYS-05', 'tembusan', `Tembusan untuk ${p.peran} tidak dapat dikirim: jabatan kosong; tetapkan Plt/Plh terlebih dahulu.`)));
  const terisi = peran.filter((p): p is { peran: string; nip: string } => p.nip !== null && p.nip !== '');
  return { report, hasil: { penerima: [...new Set(terisi.map((p) => p.nip))], peran: terisi } };
}

/** A decision as a form submits it. */
export interface KeputusanMasuk {
  readonly keputusan: string | null | undefined;
  readonly alasan: string | null | undefined;
  /** The user ticked "I have read the warnings" (SOFT findings must be acknowledged). */
  readonly peringatanDiakui: boolean | null | undefined;
  readonly justifikasi: string | null | undefined;
}

/** Checks a decision against the verdicts the step allows (a form's radio cannot be trusted: REST can send anything). */
export function checkPilihan(keputusan: string | null | undefined, pilihan: readonly string[]): string | undefined {
  if (keputusan && pilihan.includes(keputusan)) return undefined;
  return `keputusan: pilih salah satu dari ${pilihan.join(', ')}.`;
}

/**
 * SOFT findings (RULES.md §0.2) must be acknowledged; those that ask for one need a justification of at least
 * `minLength` characters. Reported under the warning's own rule ID.
 */
export function checkPengakuanPeringatan(peringatan: readonly RuleWarning[], masuk: KeputusanMasuk, minLength: number): RuleReport {
  if (peringatan.length === 0) return emptyReport;
  const reports: RuleReport[] = [];
  const pertama = peringatan[0];
  if (pertama && masuk.peringatanDiakui !== true) {
    reports.push(violation(pertama.ruleId, 'peringatanDiakui', 'Peringatan harus dibaca dan diakui sebelum keputusan diambil.'));
  }
  const perlu = peringatan.find((w) => w.perluJustifikasi);
  if (perlu && (masuk.justifikasi ?? '').trim().length < minLength) {
    reports.push(violation(perlu.ruleId, 'justifikasi', `Peringatan ${perlu.ruleId} memerlukan justifikasi (paling sedikit ${minLength} karakter).`));
  }
  return mergeReports(...reports);
}

/**
 * R-SYS-01: what makes two submissions the same case: form, scope, requesting unit, the pegawai (sorted),
 * the target kinerja (case and spacing ignored) and the year the period starts.
 */
export function kunciDuplikat(k: {
  bentuk: string; ruangLingkup: string; unitPemilikKinerjaId: string; pegawaiNip: readonly string[]; targetKinerja: string; tanggalMulai: string;
}): string {
  return [k.bentuk, k.ruangLingkup, k.unitPemilikKinerjaId, [...k.pegawaiNip].sort().join('+'), normalisasiTeks(k.targetKinerja), k.tanggalMulai.slice(0, 4)].join('|');
}

/** The same text whatever the case and spacing it was typed with (targets, team names in duplicate keys). */
export function normalisasiTeks(teks: string): string {
  return teks.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');
}

/**
 * R-SYS-01: a submission that duplicates an open or approved case is refused, naming the field at fault and
 * referring to the existing case.
 */
export function checkDuplikat(duplikatDari: string | undefined, field: string, uraian: string): RuleReport {
  return duplikatDari ? violation('R-SYS-01', field, `${uraian} (kasus ${duplikatDari}).`) : emptyReport;
}
