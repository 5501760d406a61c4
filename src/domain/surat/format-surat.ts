import type { JenisSurat } from '../kasus.js';

/**
 * How an instansi writes its letters (its own tata naskah dinas; Permen PANRB 80/2012 gives the parts): the kop,
 * the place letters are dated in, the numbering pattern with its classification codes, and the legal basis a
 * keputusan cites. Typed data an admin sets per instansi; `formatSuratBawaan` fills what is not set.
 */
export interface FormatSurat {
  /** Lines of the kop above the unit's name, e.g. ["PEMERINTAH PROVINSI BANTEN"]. */
  readonly kop: readonly string[];
  /** Address and contact line under the kop. */
  readonly alamat: string | null;
  /** The place in "Serang, 4 Januari 2027" and "Ditetapkan di Serang". */
  readonly tempat: string;
  /**
   * The number's pattern. Tokens: {klasifikasi} {urut} {unit} {instansi} {tahun} {bulan} (Roman) {jenis};
   * {urut} and {tahun} are required (the sequence runs per year). Example: `{klasifikasi}/{urut}/{unit}/{tahun}`
   * gives `800.1.11.1/123/Diskominfo/2027`.
   */
  readonly polaNomor: string;
  /** Classification code (kode klasifikasi arsip) per letter type; `bawaan` for the rest. */
  readonly kodeKlasifikasi: Partial<Record<JenisSurat, string>> & { readonly bawaan: string };
  /** The code a unit's letters carry in {unit} (default: the unit id). */
  readonly kodeUnit: Readonly<Record<string, string>>;
  /** The instansi's code in {instansi}. */
  readonly kodeInstansi: string;
  /** true: each unit organisasi numbers its own letters; false: one sequence for the instansi. */
  readonly nomorPerUnit: boolean;
  /** "Mengingat" of a keputusan: the regulations it rests on. */
  readonly dasarHukum: readonly string[];
  /** Default sifat of a letter (Biasa, Segera, Rahasia...). */
  readonly sifat: string;
}

const PERMEN_SISTEM_KERJA = 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi';

/** The agency's own regulation behind each profile (RULES.md §0.1, S2–S4). */
const DASAR_PROFIL: Record<string, string> = {
  BTN: 'Peraturan Gubernur Banten Nomor 19 Tahun 2023 tentang Sistem Kerja',
  MRT: 'Peraturan Bupati Kepulauan Meranti Nomor 11 Tahun 2024 tentang Sistem Kerja Aparatur Sipil Negara',
  KIN: 'Peraturan Menteri Perindustrian Nomor 3 Tahun 2024 tentang Mekanisme Kerja di Lingkungan Kementerian Perindustrian',
};

/** What an instansi gets before its admin sets anything: the kop from its name, one sequence, code 800 (kepegawaian). */
export function formatSuratBawaan(instansi: { readonly id: string; readonly nama: string; readonly profil?: string | null }): FormatSurat {
  const dasar = instansi.profil ? DASAR_PROFIL[instansi.profil] : undefined;
  return {
    kop: [instansi.nama.toLocaleUpperCase('id')],
    alamat: null,
    tempat: '',
    polaNomor: '{klasifikasi}/{urut}/{unit}/{tahun}',
    kodeKlasifikasi: { bawaan: '800' },
    kodeUnit: {},
    kodeInstansi: instansi.id.toUpperCase(),
    nomorPerUnit: false,
    dasarHukum: [PERMEN_SISTEM_KERJA, ...(dasar ? [dasar] : [])],
    sifat: 'Biasa',
  };
}

/** The admin's settings over the defaults (a field not given keeps its default). */
export function gabungFormat(bawaan: FormatSurat, diatur: Partial<FormatSurat> | null | undefined): FormatSurat {
  if (!diatur) return bawaan;
  const isi = Object.fromEntries(Object.entries(diatur).filter(([, v]) => v !== undefined)) as Partial<FormatSurat>;
  return { ...bawaan, ...isi, kodeKlasifikasi: { ...bawaan.kodeKlasifikasi, ...(diatur.kodeKlasifikasi ?? {}) } };
}

const TOKEN = ['klasifikasi', 'urut', 'unit', 'instansi', 'tahun', 'bulan', 'jenis'] as const;
type Token = (typeof TOKEN)[number];

/** A pattern an admin submits: known tokens only, {urut} and {tahun} present (else numbers repeat). Problems, in Bahasa Indonesia. */
export function checkPolaNomor(pola: string): string[] {
  const dipakai = [...pola.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const asing = dipakai.filter((t) => !(TOKEN as readonly string[]).includes(t));
  return [
    ...(asing.length > 0 ? [`Pola nomor memuat penanda yang tidak dikenal: ${asing.map((t) => `{${t}}`).join(', ')}; yang dikenal: ${TOKEN.map((t) => `{${t}}`).join(' ')}.`] : []),
    ...(['urut', 'tahun'] as const).filter((t) => !dipakai.includes(t)).map((t) => `Pola nomor wajib memuat {${t}} agar nomor surat tidak berulang.`),
  ];
}

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Kode surat (in {jenis}). */
export const KODE_JENIS: Record<JenisSurat, string> = {
  SURAT_PERMOHONAN_PELIBATAN: 'SPP', SURAT_PERMOHONAN_SUKARELA: 'SPS', SURAT_JAWABAN: 'SJ', INSTRUKSI: 'INS', REKOMENDASI: 'REK',
  SURAT_PENUGASAN: 'SPn', SURAT_TUGAS: 'ST', SURAT_KEPUTUSAN: 'KPTS', CATATAN_PERMOHONAN_LISAN: 'CPL', LAPORAN: 'LAP', BAHAN_PERTIMBANGAN: 'BPK',
  SURAT_PENGINGAT: 'SPg',
};

/** Where a letter's number comes from: the sequence it runs in and the values of the pattern's tokens. */
export interface PenomoranSurat {
  readonly instansiId: string;
  /** '' for the instansi's one sequence, else the unit organisasi id (nomorPerUnit). */
  readonly lingkup: string;
  readonly tahun: number;
  readonly pola: string;
  readonly nilai: Readonly<Record<Exclude<Token, 'urut'>, string>>;
}

/** The numbering of one letter: sequence scope and token values; the sequence number comes from the store. */
export function penomoranSurat(format: FormatSurat, k: { instansiId: string; unitOrganisasiId: string | null; jenis: JenisSurat; tanggal: string }): PenomoranSurat {
  const tahun = Number(k.tanggal.slice(0, 4));
  const bulan = Number(k.tanggal.slice(5, 7));
  const unit = k.unitOrganisasiId ?? '';
  return {
    instansiId: k.instansiId,
    lingkup: format.nomorPerUnit ? unit : '',
    tahun,
    pola: format.polaNomor,
    nilai: {
      klasifikasi: format.kodeKlasifikasi[k.jenis] ?? format.kodeKlasifikasi.bawaan,
      unit: format.kodeUnit[unit] ?? unit,
      instansi: format.kodeInstansi,
      tahun: String(tahun),
      bulan: ROMAWI[bulan - 1] ?? String(bulan),
      jenis: KODE_JENIS[k.jenis],
    },
  };
}

/** The number itself, e.g. `800.1.11.1/123/Diskominfo/2027`. */
export function formatNomor(p: PenomoranSurat, urut: number): string {
  return p.pola.replace(/\{([a-z]+)\}/g, (whole, token: string) =>
    token === 'urut' ? String(urut) : (p.nilai as Record<string, string>)[token] ?? whole);
}
