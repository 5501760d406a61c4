import type {
  DelegasiRecord,
  Direktori,
  InstansiRecord,
  JENJANG_JF,
  KedudukanRecord,
  PegawaiRecord,
  PejabatBerwenangRecord,
  PengalamanKerja,
  PimpinanRecord,
  UnitRecord,
  PENDIDIKAN,
} from '../src/domain/direktori.js';
import { golonganRank } from '../src/domain/golongan.js';
import type { IsoDate, JabatanKategori, JenisUnit } from '../src/domain/organisasi.js';

/**
 * Shared toolbox for synthetic organisation directories (the demo in demo/build-demo.ts and the generator in
 * bench/generate-direktori.ts): a seeded PRNG, Indonesian names with academic titles, well-formed unique NIPs
 * (src/domain/nip.ts), golongan consistent with jenjang and years of service, a catalogue of jabatan
 * fungsional and pelaksana, and a writer that records pegawai, dated kedudukan and leaders.
 * Everything is deterministic for a given seed: no clock, no Math.random.
 */

export type Jenjang = (typeof JENJANG_JF)[number];
export type Pendidikan = (typeof PENDIDIKAN)[number];

// ---------------------------------------------------------------------------------------------- PRNG

/** sfc32 seeded through splitmix32: fast, small and good enough for test data. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[[item, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------- dates

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function addDays(tanggal: IsoDate, days: number): IsoDate {
  const t = new Date(`${tanggal}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** A date in [from, to], both inclusive. */
export function randomDate(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + rng.int(0, Math.round((b - a) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

/** The first working day (Mon-Fri) on or after the date. */
export function hariKerja(tanggal: IsoDate): IsoDate {
  let t = tanggal;
  for (let dow = new Date(`${t}T00:00:00Z`).getUTCDay(); dow === 0 || dow === 6; dow = new Date(`${t}T00:00:00Z`).getUTCDay()) t = addDays(t, 1);
  return t;
}

const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

// ---------------------------------------------------------------------------------------------- golongan

/** PNS golongan ruang used here, in rank order. */
export const GOLONGAN = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'] as const;
export type Golongan = (typeof GOLONGAN)[number];

const rank = (g: string): number => {
  const r = golonganRank(g);
  if (r === undefined) throw new Error(`not a golongan: ${g}`);
  return r;
};

/** Steps of four years between golongan of one level (III/a → III/b ...), as regular promotions go. */
function stepsBetween(from: Golongan, to: Golongan): number {
  return Math.max(0, GOLONGAN.indexOf(to) - GOLONGAN.indexOf(from));
}

interface JenjangInfo {
  readonly label: string;
  readonly kategori: 'JF_KEAHLIAN' | 'JF_KETERAMPILAN';
  readonly golongan: readonly Golongan[];
  readonly pendidikan: readonly Pendidikan[];
  /** PPPK grade for this jenjang. */
  readonly grade: string;
}

export const JENJANG: Readonly<Record<Jenjang, JenjangInfo>> = {
  AHLI_PERTAMA: { label: 'Ahli Pertama', kategori: 'JF_KEAHLIAN', golongan: ['III/a', 'III/b'], pendidikan: ['S1', 'S1', 'S1', 'D4'], grade: 'IX' },
  AHLI_MUDA: { label: 'Ahli Muda', kategori: 'JF_KEAHLIAN', golongan: ['III/c', 'III/d'], pendidikan: ['S1', 'S1', 'S2'], grade: 'X' },
  AHLI_MADYA: { label: 'Ahli Madya', kategori: 'JF_KEAHLIAN', golongan: ['IV/a', 'IV/b', 'IV/c'], pendidikan: ['S2', 'S2', 'S1'], grade: 'XI' },
  AHLI_UTAMA: { label: 'Ahli Utama', kategori: 'JF_KEAHLIAN', golongan: ['IV/d', 'IV/e'], pendidikan: ['S3', 'S2'], grade: 'XIII' },
  PEMULA: { label: 'Pemula', kategori: 'JF_KETERAMPILAN', golongan: ['II/a'], pendidikan: ['SMA'], grade: 'V' },
  TERAMPIL: { label: 'Terampil', kategori: 'JF_KETERAMPILAN', golongan: ['II/c', 'II/d'], pendidikan: ['D3'], grade: 'VII' },
  MAHIR: { label: 'Mahir', kategori: 'JF_KETERAMPILAN', golongan: ['III/a', 'III/b'], pendidikan: ['D3', 'D3', 'D4'], grade: 'VIII' },
  PENYELIA: { label: 'Penyelia', kategori: 'JF_KETERAMPILAN', golongan: ['III/c', 'III/d'], pendidikan: ['D3', 'D4', 'S1'], grade: 'IX' },
};

const KEAHLIAN: readonly Jenjang[] = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'];
const KETERAMPILAN: readonly Jenjang[] = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'];

const STRUKTURAL_GOLONGAN: Readonly<Record<'PPT_MADYA' | 'PPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS', readonly Golongan[]>> = {
  PPT_MADYA: ['IV/d', 'IV/e'],
  PPT_PRATAMA: ['IV/b', 'IV/c', 'IV/c', 'IV/d'],
  ADMINISTRATOR: ['III/d', 'IV/a', 'IV/a', 'IV/b'],
  PENGAWAS: ['III/b', 'III/c', 'III/d', 'III/d'],
};

/** Entry golongan of a CPNS by education. */
const GOLONGAN_AWAL: Readonly<Record<Pendidikan, Golongan>> = {
  SD: 'I/a', SMP: 'I/c', SMA: 'II/a', D1: 'II/a', D2: 'II/b', D3: 'II/c', D4: 'III/a', S1: 'III/a', S2: 'III/b', S3: 'III/c',
};
const USIA_MASUK: Readonly<Record<Pendidikan, readonly [number, number]>> = {
  SD: [18, 24], SMP: [18, 24], SMA: [19, 25], D1: [20, 25], D2: [20, 26], D3: [21, 27], D4: [22, 28], S1: [22, 29], S2: [25, 32], S3: [28, 35],
};

// ---------------------------------------------------------------------------------------------- jabatan

/** A jabatan fungsional family ("rumpun"), with the titles and competences of its holders. */
export interface RumpunJf {
  readonly nama: string;
  readonly keahlian: boolean;
  readonly keterampilan: boolean;
  /** Academic titles by education, e.g. S1: ['S.Kom.', 'S.T.']; a leading 'dr.' is written before the name. */
  readonly gelar: Partial<Record<Pendidikan, readonly string[]>>;
  readonly kompetensi: readonly string[];
}

const rumpun = (nama: string, jenis: 'KEAHLIAN' | 'KETERAMPILAN' | 'KEDUANYA', gelar: RumpunJf['gelar'], kompetensi: readonly string[]): RumpunJf =>
  ({ nama, keahlian: jenis !== 'KETERAMPILAN', keterampilan: jenis !== 'KEAHLIAN', gelar, kompetensi });

const S2_UMUM = ['M.Si.', 'M.M.', 'M.A.P.'];

export const JF = {
  pranataKomputer: rumpun('Pranata Komputer', 'KEDUANYA', { S1: ['S.Kom.', 'S.T.'], D4: ['S.Tr.Kom.'], D3: ['A.Md.Kom.'], S2: ['M.Kom.', 'M.T.'] },
    ['Pengembangan aplikasi', 'Administrasi basis data', 'Infrastruktur jaringan', 'Keamanan informasi', 'Analisis data', 'Manajemen layanan TI']),
  statistisi: rumpun('Statistisi', 'KEDUANYA', { S1: ['S.Si.', 'S.Stat.'], D4: ['S.Tr.Stat.'], D3: ['A.Md.Stat.'], S2: ['M.Si.', 'M.Stat.'] },
    ['Statistik', 'Analisis data', 'Survei', 'Pengolahan data', 'Metadata statistik']),
  pranataHumas: rumpun('Pranata Hubungan Masyarakat', 'KEDUANYA', { S1: ['S.I.Kom.', 'S.Sos.'], D3: ['A.Md.'], S2: ['M.I.Kom.'] },
    ['Kehumasan', 'Komunikasi publik', 'Produksi konten', 'Pengelolaan media sosial']),
  sandiman: rumpun('Sandiman', 'KEDUANYA', { S1: ['S.Kom.', 'S.Tr.Sand.'], D4: ['S.Tr.Sand.'], D3: ['A.Md.'], S2: ['M.Kom.'] },
    ['Persandian', 'Keamanan informasi', 'Manajemen kunci kriptografi', 'Penanganan insiden siber']),
  manggalaInformatika: rumpun('Manggala Informatika', 'KEAHLIAN', { S1: ['S.Kom.', 'S.T.'], S2: ['M.T.', 'M.Kom.'] },
    ['Tata kelola TIK', 'Arsitektur SPBE', 'Manajemen layanan TI', 'Manajemen risiko SPBE']),
  analisKebijakan: rumpun('Analis Kebijakan', 'KEAHLIAN', { S1: ['S.Sos.', 'S.AP.', 'S.E.', 'S.IP.'], S2: S2_UMUM, S3: ['M.Si.'] },
    ['Analisis kebijakan', 'Penyusunan naskah akademik', 'Evaluasi program', 'Advokasi kebijakan']),
  perencana: rumpun('Perencana', 'KEAHLIAN', { S1: ['S.E.', 'S.T.', 'S.P.W.K.'], S2: ['M.E.', 'M.Si.', 'M.T.'] },
    ['Perencanaan program', 'Penganggaran', 'Evaluasi kinerja', 'Penyusunan Renstra']),
  analisHukum: rumpun('Analis Hukum', 'KEAHLIAN', { S1: ['S.H.'], S2: ['M.H.'] },
    ['Analisis hukum', 'Pendampingan litigasi', 'Harmonisasi peraturan']),
  perancangPeraturan: rumpun('Perancang Peraturan Perundang-undangan', 'KEAHLIAN', { S1: ['S.H.'], S2: ['M.H.', 'M.Kn.'] },
    ['Legal drafting', 'Harmonisasi peraturan', 'Penyusunan naskah akademik']),
  analisSdm: rumpun('Analis Sumber Daya Manusia Aparatur', 'KEAHLIAN', { S1: ['S.Psi.', 'S.AP.', 'S.E.'], S2: ['M.Psi.', 'M.A.P.', 'M.M.'] },
    ['Manajemen SDM', 'Analisis jabatan', 'Manajemen kinerja', 'Pengembangan kompetensi']),
  arsiparis: rumpun('Arsiparis', 'KEDUANYA', { S1: ['S.Hum.', 'S.I.Kom.'], D3: ['A.Md.'], D4: ['S.Tr.Ars.'], S2: ['M.Hum.'] },
    ['Kearsipan', 'Pengelolaan arsip dinamis', 'Tata naskah dinas', 'Alih media arsip']),
  analisKeuangan: rumpun('Analis Keuangan Pusat dan Daerah', 'KEAHLIAN', { S1: ['S.E.', 'S.Ak.'], S2: ['M.Ak.', 'M.E.'] },
    ['Pengelolaan keuangan daerah', 'Penganggaran', 'Pelaporan keuangan', 'Analisis keuangan']),
  pustakawan: rumpun('Pustakawan', 'KEDUANYA', { S1: ['S.IP.', 'S.Hum.'], D3: ['A.Md.'], S2: ['M.IP.'] },
    ['Layanan perpustakaan', 'Katalogisasi', 'Literasi informasi']),
  pengawasBenih: rumpun('Pengawas Benih Tanaman', 'KEDUANYA', { S1: ['S.P.'], D3: ['A.Md.P.'], D4: ['S.Tr.P.'], S2: ['M.P.', 'M.Si.'] },
    ['Sertifikasi benih', 'Pengujian mutu benih', 'Pengawasan peredaran benih']),
  popt: rumpun('Pengendali Organisme Pengganggu Tumbuhan', 'KEDUANYA', { S1: ['S.P.'], D3: ['A.Md.P.'], S2: ['M.P.'] },
    ['Pengamatan OPT', 'Pengendalian hama terpadu', 'Analisis laboratorium hayati']),
  penyuluhPertanian: rumpun('Penyuluh Pertanian', 'KEDUANYA', { S1: ['S.P.', 'S.ST.'], D3: ['A.Md.P.'], S2: ['M.P.'] },
    ['Penyuluhan pertanian', 'Pemberdayaan kelompok tani', 'Budidaya tanaman pangan']),
  guru: rumpun('Guru', 'KEAHLIAN', { S1: ['S.Pd.'], S2: ['M.Pd.'] },
    ['Pembelajaran', 'Penyusunan kurikulum', 'Asesmen pembelajaran', 'Bimbingan konseling', 'Pembelajaran berdiferensiasi']),
  dokter: rumpun('Dokter', 'KEAHLIAN', { S1: ['dr.'], S2: ['dr.', 'M.Kes.'] },
    ['Pelayanan medis', 'Kesehatan masyarakat', 'Kegawatdaruratan medis']),
  dokterGigi: rumpun('Dokter Gigi', 'KEAHLIAN', { S1: ['drg.'] }, ['Pelayanan kesehatan gigi', 'Kesehatan masyarakat']),
  perawat: rumpun('Perawat', 'KEDUANYA', { S1: ['S.Kep., Ners'], D3: ['A.Md.Kep.'], D4: ['S.Tr.Kep.'] },
    ['Asuhan keperawatan', 'Kegawatdaruratan', 'Perawatan komunitas']),
  bidan: rumpun('Bidan', 'KEDUANYA', { S1: ['S.Tr.Keb.'], D4: ['S.Tr.Keb.'], D3: ['A.Md.Keb.'] },
    ['Kesehatan ibu dan anak', 'Pelayanan KB', 'Asuhan persalinan']),
  epidemiolog: rumpun('Epidemiolog Kesehatan', 'KEDUANYA', { S1: ['S.K.M.'], D3: ['A.Md.Kes.'], S2: ['M.Epid.', 'M.K.M.'] },
    ['Surveilans penyakit', 'Penyelidikan epidemiologi', 'Analisis data']),
  apoteker: rumpun('Apoteker', 'KEAHLIAN', { S1: ['S.Farm., Apt.'], S2: ['M.Farm., Apt.'] },
    ['Pelayanan kefarmasian', 'Pengelolaan obat dan BMHP', 'Farmasi klinik']),
  asistenApoteker: rumpun('Asisten Apoteker', 'KETERAMPILAN', { D3: ['A.Md.Farm.'] },
    ['Pengelolaan obat dan BMHP', 'Pelayanan resep']),
  nutrisionis: rumpun('Nutrisionis', 'KEDUANYA', { S1: ['S.Gz.'], D3: ['A.Md.Gz.'] },
    ['Gizi masyarakat', 'Penanganan stunting', 'Konseling gizi']),
  sanitasi: rumpun('Tenaga Sanitasi Lingkungan', 'KEDUANYA', { S1: ['S.K.M.'], D3: ['A.Md.K.L.'] },
    ['Kesehatan lingkungan', 'Inspeksi sanitasi', 'Pengawasan kualitas air']),
  promkes: rumpun('Penyuluh Kesehatan Masyarakat', 'KEAHLIAN', { S1: ['S.K.M.'], S2: ['M.Kes.'] },
    ['Promosi kesehatan', 'Pemberdayaan masyarakat', 'Komunikasi perubahan perilaku']),
  adminKesehatan: rumpun('Administrator Kesehatan', 'KEAHLIAN', { S1: ['S.K.M.'], S2: ['M.Kes.', 'M.K.M.'] },
    ['Manajemen kesehatan', 'Perencanaan kesehatan', 'Pembiayaan kesehatan']),
  pranataLab: rumpun('Pranata Laboratorium Kesehatan', 'KEDUANYA', { S1: ['S.Tr.Kes.'], D3: ['A.Md.A.K.'] },
    ['Pemeriksaan laboratorium klinik', 'Pengendalian mutu laboratorium']),
  perekamMedis: rumpun('Perekam Medis', 'KEDUANYA', { D3: ['A.Md.R.M.'], S1: ['S.Tr.RMIK.'] },
    ['Rekam medis elektronik', 'Koding penyakit']),
  penataPerizinan: rumpun('Penata Perizinan', 'KEAHLIAN', { S1: ['S.H.', 'S.E.', 'S.AP.'], S2: ['M.H.', 'M.A.P.'] },
    ['Perizinan berusaha', 'Pelayanan OSS RBA', 'Pengawasan perizinan']),
  psm: rumpun('Penggerak Swadaya Masyarakat', 'KEAHLIAN', { S1: ['S.Sos.', 'S.IP.'], S2: ['M.Si.'] },
    ['Pemberdayaan masyarakat', 'Fasilitasi pembangunan partisipatif', 'Pendampingan kelurahan']),
  pembinaIndustri: rumpun('Pembina Industri', 'KEAHLIAN', { S1: ['S.T.', 'S.E.', 'S.Si.', 'S.TP.'], S2: ['M.T.', 'M.M.', 'M.Si.'], S3: ['M.T.'] },
    ['Pembinaan industri', 'Pengembangan IKM', 'Analisis rantai pasok', 'Fasilitasi sertifikasi', 'Restrukturisasi mesin dan peralatan']),
  pengujiMutu: rumpun('Penguji Mutu Barang', 'KEDUANYA', { S1: ['S.Si.', 'S.T.'], D3: ['A.Md.'], S2: ['M.Si.'] },
    ['Pengujian mutu produk', 'Standar Nasional Indonesia', 'Kalibrasi peralatan uji']),
  instruktur: rumpun('Instruktur', 'KEDUANYA', { S1: ['S.T.', 'S.Pd.', 'S.Ds.'], D3: ['A.Md.T.'], S2: ['M.T.'] },
    ['Pelatihan vokasi', 'Desain alas kaki', 'Pengembangan kurikulum pelatihan']),
  analisKeuanganApbn: rumpun('Analis Pengelolaan Keuangan APBN', 'KEAHLIAN', { S1: ['S.E.', 'S.Ak.'], S2: ['M.Ak.'] },
    ['Pengelolaan keuangan negara', 'Pelaporan keuangan', 'Penganggaran berbasis kinerja']),
  pranataKeuanganApbn: rumpun('Pranata Keuangan APBN', 'KETERAMPILAN', { D3: ['A.Md.Ak.'] },
    ['Penatausahaan keuangan', 'Aplikasi SAKTI']),
  auditor: rumpun('Auditor', 'KEDUANYA', { S1: ['S.E.', 'S.Ak.'], D3: ['A.Md.Ak.'], S2: ['M.Ak.'] },
    ['Audit kinerja', 'Reviu laporan keuangan', 'Pengawasan intern']),
  pengelolaPbj: rumpun('Pengelola Pengadaan Barang/Jasa', 'KEAHLIAN', { S1: ['S.T.', 'S.E.'], S2: ['M.T.'] },
    ['Pengadaan barang/jasa', 'Manajemen kontrak', 'E-katalog']),
} as const satisfies Record<string, RumpunJf>;

/** Pelaksana jabatan (nomenclature of 2022), each with a typical education and golongan band. */
export interface JabatanPelaksana {
  readonly nama: string;
  readonly pendidikan: readonly Pendidikan[];
  readonly golongan: readonly Golongan[];
  readonly kompetensi: readonly string[];
}

export const PELAKSANA: readonly JabatanPelaksana[] = [
  { nama: 'Pengadministrasi Perkantoran', pendidikan: ['SMA', 'SMA', 'D3'], golongan: ['II/a', 'II/b', 'II/c', 'II/d'], kompetensi: ['Administrasi perkantoran', 'Tata naskah dinas'] },
  { nama: 'Operator Layanan Operasional', pendidikan: ['SMA', 'D3'], golongan: ['II/a', 'II/b', 'II/c'], kompetensi: ['Layanan publik', 'Administrasi perkantoran'] },
  { nama: 'Pengolah Data dan Informasi', pendidikan: ['D3', 'S1'], golongan: ['II/c', 'II/d', 'III/a', 'III/b'], kompetensi: ['Pengolahan data', 'Analisis data'] },
  { nama: 'Pengelola Layanan Operasional', pendidikan: ['D3', 'S1'], golongan: ['II/c', 'II/d', 'III/a'], kompetensi: ['Layanan publik', 'Pengelolaan BMD'] },
  { nama: 'Penata Layanan Operasional', pendidikan: ['S1'], golongan: ['III/a', 'III/b', 'III/c'], kompetensi: ['Layanan publik', 'Pengelolaan keuangan', 'Penyusunan laporan'] },
];

const GELAR_UMUM: Partial<Record<Pendidikan, readonly string[]>> = {
  SMA: [], D3: ['A.Md.'], D4: ['S.ST.', 'S.Tr.AP.'], S1: ['S.E.', 'S.Sos.', 'S.AP.', 'S.H.', 'S.T.', 'S.Kom.', 'S.IP.'],
  S2: ['M.Si.', 'M.M.', 'M.A.P.', 'M.H.', 'M.T.', 'M.E.'], S3: ['M.Si.', 'M.T.', 'M.H.'],
};

// ---------------------------------------------------------------------------------------------- names

const DEPAN_L = [
  'Ahmad', 'Muhammad', 'Agus', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hendra', 'Irfan', 'Joko', 'Rudi', 'Rizky', 'Yusuf', 'Taufik', 'Bambang',
  'Heri', 'Dani', 'Asep', 'Ujang', 'Dede', 'Iwan', 'Hasan', 'Arif', 'Syamsul', 'Zulkifli', 'Rahmat', 'Hamdan', 'Firman', 'Surya', 'Adi',
  'Wahyu', 'Teguh', 'Slamet', 'Andi', 'Fikri', 'Ilham', 'Hadi', 'Yudi', 'Gilang', 'Rendi', 'Aditya', 'Dimas', 'Bayu', 'Rizal', 'Syahrul',
  'Fauzan', 'Hafiz', 'Imam', 'Nanang', 'Ridwan', 'Herman', 'Darmawan', 'Jajang', 'Ade', 'Yayan', 'Encep', 'Dadang', 'Afrizal', 'Hendri',
  'Junaidi', 'Khairul', 'Mukhlis', 'Rahmadi', 'Zainuddin', 'Abdul', 'Nurdin', 'Sutrisno', 'Wawan', 'Lukman', 'Rohmat', 'Galih', 'Reza',
];
const DEPAN_P = [
  'Siti', 'Nur', 'Dewi', 'Sri', 'Ratna', 'Rina', 'Wulan', 'Fitri', 'Yuni', 'Ayu', 'Indah', 'Lina', 'Maya', 'Nia', 'Putri', 'Rika', 'Sari',
  'Tuti', 'Yanti', 'Nurul', 'Rahma', 'Aisyah', 'Fatimah', 'Hana', 'Dian', 'Eka', 'Intan', 'Mega', 'Novi', 'Ani', 'Rosita', 'Nurhayati',
  'Dwi', 'Kartika', 'Anisa', 'Devi', 'Eni', 'Erna', 'Iis', 'Euis', 'Neneng', 'Ratih', 'Zahra', 'Syarifah', 'Laila', 'Melati', 'Yulia',
  'Rosmawati', 'Nurjanah', 'Elvi', 'Desi', 'Fitriani', 'Suryani', 'Wahyuni', 'Aminah', 'Rukmini', 'Cucu', 'Titin', 'Yeni', 'Vina',
];
/** Second names usually carried by men, by women, and family names (marga) carried by both. */
const BELAKANG_L = [
  'Santoso', 'Pratama', 'Saputra', 'Wijaya', 'Hidayat', 'Kurniawan', 'Setiawan', 'Nugroho', 'Susanto', 'Hakim', 'Permana', 'Gunawan',
  'Firmansyah', 'Maulana', 'Ramadhan', 'Suryadi', 'Suhendra', 'Mulyadi', 'Rohman', 'Sobari', 'Supriatna', 'Kusnadi', 'Hermawan', 'Azhari',
  'Effendi', 'Syahputra', 'Munandar', 'Rusdi', 'Hamzah', 'Fauzi', 'Rahman', 'Iskandar', 'Sudrajat', 'Nurdiansyah', 'Hidayatullah', 'Prasetyo',
];
const BELAKANG_MARGA = [
  'Siregar', 'Nasution', 'Harahap', 'Lubis', 'Sinaga', 'Hasibuan', 'Sembiring', 'Tarigan', 'Simanjuntak', 'Hutapea', 'Purba', 'Fadillah', 'Batubara',
];
const BELAKANG_P = [
  'Rahmawati', 'Hidayati', 'Susilawati', 'Purnamasari', 'Handayani', 'Safitri', 'Anggraini', 'Maharani', 'Utami', 'Wahyuningsih', 'Lestari',
  'Sulistyowati', 'Amalia', 'Oktaviani', 'Rahayu', 'Kusumawati', 'Puspitasari', 'Febriani', 'Novitasari', 'Yuliani', 'Fitriyani', 'Hasanah',
];

/** Which first degree usually comes before a master's degree (S.E. before M.E., S.H. before M.H.). */
const S2_SETELAH: Readonly<Record<string, readonly string[]>> = {
  'M.T.': ['S.T.', 'S.Kom.', 'S.TP.'], 'M.Kom.': ['S.Kom.', 'S.T.'], 'M.H.': ['S.H.'], 'M.Kn.': ['S.H.'], 'M.E.': ['S.E.', 'S.Ak.'],
  'M.Ak.': ['S.E.', 'S.Ak.'], 'M.A.P.': ['S.AP.', 'S.Sos.', 'S.IP.'], 'M.Epid.': ['S.K.M.'], 'M.K.M.': ['S.K.M.'], 'M.Kes.': ['S.K.M.', 'dr.', 'S.Kep., Ners'],
  'M.Pd.': ['S.Pd.'], 'M.P.': ['S.P.'], 'M.Psi.': ['S.Psi.'], 'M.I.Kom.': ['S.I.Kom.'], 'M.Stat.': ['S.Stat.', 'S.Si.'], 'M.Hum.': ['S.Hum.'],
  'M.IP.': ['S.IP.', 'S.Hum.'], 'M.Farm., Apt.': ['S.Farm., Apt.'], 'M.Si.': ['S.Si.', 'S.Sos.', 'S.IP.', 'S.E.', 'S.P.', 'S.Stat.'],
};

/** "Siti Rahmawati, S.Kom.", "dr. Hendra Saputra, M.Kes.", "Dr. Ahmad Fauzi, S.T., M.T.". */
export function namaDenganGelar(nama: string, gelar: readonly string[]): string {
  const isDepan = (g: string) => g === 'dr.' || g === 'drg.' || g === 'Dr.';
  const depan = gelar.filter(isDepan);
  const belakang = gelar.filter((g) => !isDepan(g));
  return `${depan.length ? `${depan.join(' ')} ` : ''}${nama}${belakang.length ? `, ${belakang.join(', ')}` : ''}`;
}

// ---------------------------------------------------------------------------------------------- writer

export type Jk = 1 | 2;

export interface OrangSpec {
  readonly instansiId: string;
  readonly kategori: JabatanKategori;
  /** Required for structural officials; built from the rumpun and jenjang for a JF, from the pelaksana jabatan otherwise. */
  readonly jabatanNama?: string;
  readonly rumpun?: RumpunJf;
  readonly pelaksana?: JabatanPelaksana;
  readonly jenjang?: Jenjang;
  readonly golongan?: Golongan;
  /** Highest golongan allowed (R-KIN-27: not above the PPK's). */
  readonly golonganMaks?: string | null;
  readonly pendidikan?: Pendidikan;
  readonly statusKepegawaian?: 'PNS' | 'PPPK';
  readonly nip?: string;
  readonly nama?: string;
  readonly jk?: Jk;
  readonly aktif?: boolean;
  /** The CPNS/PPPK appointment (TMT) must not be later than this date. */
  readonly tmtPalingLambat?: IsoDate;
  readonly kompetensi?: readonly string[];
  readonly pengalaman?: readonly PengalamanKerja[];
  /** Probability of recorded work experience (with evidence), default 0.45 for JF/pelaksana, 0.7 for officials. */
  readonly peluangPengalaman?: number;
  /** Code used in evidence references, e.g. "DISKOMINFO". */
  readonly kodeBukti?: string;
}

export interface KelompokSpec {
  readonly rumpun: readonly RumpunJf[];
  readonly jf: number;
  readonly pelaksana: number;
  readonly mulai: IsoDate;
  /** Explicit PPK on the kedudukan (RULES.md §4: Banten a.2/a.3, Meranti A-18). */
  readonly ppk?: string;
  /** Share of JF keterampilan among the JF whose rumpun has both (default 0.3). */
  readonly keterampilan?: number;
  readonly pppk?: number;
  readonly kodeBukti?: string;
  /** Limits the jenjang drawn, e.g. no Ahli Utama in a seksi. */
  readonly jenjang?: readonly Jenjang[];
}

/** The latest day a PNS born on `lahir` may be in service (pension at 58, 60 for Ahli Madya and PPT, 65 for Ahli Utama). */
const usiaPensiun = (kategori: JabatanKategori, jenjang: Jenjang | null | undefined): number =>
  jenjang === 'AHLI_UTAMA' ? 65 : jenjang === 'AHLI_MADYA' || kategori === 'PPT_MADYA' || kategori === 'PPT_PRATAMA' ? 60 : 58;

export class DirektoriWriter {
  readonly instansi: InstansiRecord[] = [];
  readonly unit: UnitRecord[] = [];
  readonly pegawai: PegawaiRecord[] = [];
  readonly kedudukan: KedudukanRecord[] = [];
  readonly pimpinan: PimpinanRecord[] = [];
  readonly pejabatBerwenang: PejabatBerwenangRecord[] = [];
  readonly delegasi: DelegasiRecord[] = [];

  private readonly nips = new Set<string>();
  private readonly nama = new Set<string>();
  private readonly unitById = new Map<string, UnitRecord>();
  private readonly pegawaiByNip = new Map<string, PegawaiRecord>();
  private readonly profil = new Map<string, InstansiRecord['profil']>();
  /** The leader who currently (open record) leads each unit. */
  private readonly kepalaSekarang = new Map<string, string>();
  private buktiSeq = 0;

  /**
   * @param today the reference date: nobody past pension age on it is generated as active.
   */
  constructor(readonly rng: Rng, readonly today: IsoDate = '2026-11-23') {}

  addInstansi(rec: InstansiRecord): void {
    this.instansi.push(rec);
    this.profil.set(rec.id, rec.profil);
  }

  addUnit(rec: { id: string; instansiId: string; nama: string; jenis: JenisUnit; indukId?: string | null; pola?: string | null }): string {
    if (this.unitById.has(rec.id)) throw new Error(`duplicate unit ${rec.id}`);
    const u: UnitRecord = { id: rec.id, instansiId: rec.instansiId, nama: rec.nama, jenis: rec.jenis, indukId: rec.indukId ?? null, pola: rec.pola ?? null };
    this.unit.push(u);
    this.unitById.set(u.id, u);
    return u.id;
  }

  unitRecord(id: string): UnitRecord {
    const u = this.unitById.get(id);
    if (!u) throw new Error(`unknown unit ${id}`);
    return u;
  }

  pegawaiRecord(nip: string): PegawaiRecord {
    const p = this.pegawaiByNip.get(nip);
    if (!p) throw new Error(`unknown pegawai ${nip}`);
    return p;
  }

  /** Replaces a pegawai record (e.g. to mark a leaver inactive). */
  updatePegawai(nip: string, change: Partial<PegawaiRecord>): PegawaiRecord {
    const i = this.pegawai.findIndex((p) => p.nip === nip);
    if (i < 0) throw new Error(`unknown pegawai ${nip}`);
    const p = { ...this.pegawai[i]!, ...change };
    this.pegawai[i] = p;
    this.pegawaiByNip.set(nip, p);
    return p;
  }

  /** The leader who would be the direct superior of someone placed in `unitId` (the nearest current leader up the tree). */
  atasanDi(unitId: string, kecuali?: string): string | undefined {
    for (let id: string | null = unitId; id; id = this.unitById.get(id)?.indukId ?? null) {
      const k = this.kepalaSekarang.get(id);
      if (k && k !== kecuali) return k;
    }
    return undefined;
  }

  private golonganMaksDi(instansiId: string, unitId: string, ppk?: string): string | null {
    if (this.profil.get(instansiId) !== 'KIN') return null;
    const atasan = ppk ?? this.atasanDi(unitId);
    return atasan ? this.pegawaiRecord(atasan).golongan : null;
  }

  /** Creates a pegawai master record (no placement). */
  orang(spec: OrangSpec): PegawaiRecord {
    const { rng } = this;
    const pppk = spec.statusKepegawaian === 'PPPK';
    const jk: Jk = spec.jk ?? (rng.chance(0.45) ? 2 : 1);
    const maks = spec.golonganMaks ? rank(spec.golonganMaks) : Infinity;
    const fits = (g: Golongan) => rank(g) <= maks;

    let jenjang: Jenjang | null = null;
    let jabatanNama = spec.jabatanNama;
    let golongan: Golongan;
    let pendidikan: Pendidikan;
    let kompetensiPool: readonly string[];
    let gelarPool: Partial<Record<Pendidikan, readonly string[]>>;

    if (spec.kategori === 'JF_KEAHLIAN' || spec.kategori === 'JF_KETERAMPILAN') {
      const r = spec.rumpun ?? JF.analisKebijakan;
      const jenjangList = spec.kategori === 'JF_KEAHLIAN' ? KEAHLIAN : KETERAMPILAN.filter((j) => j !== 'PEMULA');
      const boleh = jenjangList.filter((j) => JENJANG[j].golongan.some(fits));
      jenjang = spec.jenjang ?? (boleh.length === 0 ? jenjangList[0]! : rng.weighted(boleh.map((j) => [j, j === 'AHLI_UTAMA' ? 0 : j === 'AHLI_MADYA' || j === 'PENYELIA' ? 1 : 2] as const)));
      const info = JENJANG[jenjang];
      golongan = spec.golongan ?? rng.pick(info.golongan.filter(fits).length ? info.golongan.filter(fits) : info.golongan);
      pendidikan = spec.pendidikan ?? rng.pick(info.pendidikan.filter((p) => r.gelar[p]).length ? info.pendidikan.filter((p) => r.gelar[p]) : info.pendidikan);
      jabatanNama ??= `${r.nama} ${info.label}`;
      kompetensiPool = r.kompetensi;
      gelarPool = r.gelar;
    } else if (spec.kategori === 'PELAKSANA') {
      const j = spec.pelaksana ?? rng.pick(PELAKSANA);
      golongan = spec.golongan ?? rng.pick(j.golongan.filter(fits).length ? j.golongan.filter(fits) : j.golongan);
      pendidikan = spec.pendidikan ?? (rank(golongan) >= rank('III/a') ? 'S1' : rng.pick(j.pendidikan));
      jabatanNama ??= j.nama;
      kompetensiPool = j.kompetensi;
      gelarPool = GELAR_UMUM;
    } else {
      if (!jabatanNama) throw new Error(`a ${spec.kategori} needs a jabatanNama`);
      const band = STRUKTURAL_GOLONGAN[spec.kategori];
      golongan = spec.golongan ?? rng.pick(band.filter(fits).length ? band.filter(fits) : [band[0]!]);
      pendidikan = spec.pendidikan ?? (spec.kategori === 'PENGAWAS' ? rng.pick(['S1', 'S1', 'S2'] as const) : spec.kategori === 'ADMINISTRATOR' ? rng.pick(['S1', 'S2', 'S2'] as const) : rng.pick(['S2', 'S2', 'S2', 'S3'] as const));
      kompetensiPool = ['Manajemen kinerja', 'Kepemimpinan', 'Perencanaan program', 'Pengelolaan anggaran', 'Manajemen perubahan'];
      gelarPool = GELAR_UMUM;
    }
    if (rank(golongan) > maks && spec.golongan === undefined) golongan = GOLONGAN.filter((g) => rank(g) <= maks).at(-1) ?? golongan;

    // Years of service follow the golongan (a regular promotion every four years), then age from the entry age.
    const masuk = GOLONGAN_AWAL[pendidikan];
    const langkah = stepsBetween(masuk, golongan);
    const todayYear = Number(this.today.slice(0, 4));
    const lambat = spec.tmtPalingLambat ?? this.today;
    let tmtTahun = pppk ? rng.int(2020, 2024) : todayYear - (langkah === 0 ? rng.int(1, 6) : langkah * 4 + rng.int(1, 4));
    const tmtBulan = rng.pick([1, 2, 3, 3, 4, 12]);
    while (isoDate(tmtTahun, tmtBulan, 1) > lambat) tmtTahun--;
    const [usiaMin, usiaMax] = USIA_MASUK[pendidikan];
    let lahirTahun = tmtTahun - rng.int(usiaMin, usiaMax);
    const batas = todayYear - usiaPensiun(spec.kategori, jenjang) + 1;
    if (lahirTahun < batas && spec.aktif !== false) lahirTahun = batas + rng.int(0, 2);
    const lahir = isoDate(lahirTahun, rng.int(1, 12), rng.int(1, 28));

    const nip = spec.nip ?? this.nipBaru(lahir, tmtTahun, tmtBulan, jk);
    if (this.nips.has(nip)) throw new Error(`duplicate NIP ${nip}`);
    this.nips.add(nip);

    const gelar = (gelarPool[pendidikan] ?? GELAR_UMUM[pendidikan] ?? []);
    const nama = spec.nama ?? this.namaBaru(jk, pendidikan, gelar, gelarPool);
    const kompetensi = spec.kompetensi ?? rng.shuffle(kompetensiPool).slice(0, rng.int(2, Math.min(4, kompetensiPool.length)));
    const masaKerja = Math.max(1, todayYear - tmtTahun);
    const pengalaman = spec.pengalaman ?? (rng.chance(spec.peluangPengalaman ?? (jenjang === null && spec.kategori !== 'PELAKSANA' ? 0.7 : 0.45))
      ? rng.shuffle(kompetensi).slice(0, rng.int(1, Math.min(2, kompetensi.length))).map((bidang) => ({
        bidang, tahun: rng.int(1, Math.min(masaKerja, 15)), bukti: this.bukti(spec.kodeBukti ?? spec.instansiId.toUpperCase(), tmtTahun),
      }))
      : []);

    const p: PegawaiRecord = {
      nip, nama, instansiId: spec.instansiId, statusKepegawaian: pppk ? 'PPPK' : 'PNS', jabatanNama, jabatanKategori: spec.kategori, jenjang,
      golongan: pppk && jenjang ? JENJANG[jenjang].grade : golongan, pendidikan, pengalaman, kompetensi, aktif: spec.aktif ?? true,
    };
    this.pegawai.push(p);
    this.pegawaiByNip.set(nip, p);
    return p;
  }

  /** The day the pegawai may first be placed: their TMT (from the NIP), or `mulai` if later. */
  mulaiUntuk(nip: string, mulai: IsoDate): IsoDate {
    return maxDate(mulai, hariKerja(`${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`));
  }

  addKedudukan(nip: string, unitId: string, mulai: IsoDate, opts: { selesai?: IsoDate | null; ppk?: string | null } = {}): KedudukanRecord {
    this.unitRecord(unitId);
    const k: KedudukanRecord = { nip, unitId, pejabatPenilaiKinerjaNip: opts.ppk ?? null, mulai, selesai: opts.selesai ?? null };
    this.kedudukan.push(k);
    return k;
  }

  addPimpinan(unitId: string, nip: string, mulai: IsoDate, opts: { selesai?: IsoDate | null; status?: PimpinanRecord['status'] } = {}): PimpinanRecord {
    const p: PimpinanRecord = { unitId, nip, status: opts.status ?? 'DEFINITIF', mulai, selesai: opts.selesai ?? null };
    this.pimpinan.push(p);
    if (p.selesai === null) this.kepalaSekarang.set(unitId, nip);
    else if (this.kepalaSekarang.get(unitId) === nip) this.kepalaSekarang.delete(unitId);
    return p;
  }

  addPejabatBerwenang(instansiId: string, nip: string, mulai: IsoDate, selesai: IsoDate | null = null): void {
    this.pejabatBerwenang.push({ instansiId, nip, mulai, selesai });
  }

  addDelegasi(pemberiNip: string, penerimaNip: string, mulai: IsoDate, dasar: string, selesai: IsoDate | null = null): void {
    this.delegasi.push({ pemberiNip, penerimaNip, dasar, mulai, selesai });
  }

  /**
   * A leader: created (golongan capped under a KIN profile by the leader above), placed in the unit and
   * recorded as its definitive leader, both from `mulai`.
   */
  kepala(unitId: string, spec: Omit<OrangSpec, 'instansiId' | 'golonganMaks'>, mulai: IsoDate): PegawaiRecord {
    const u = this.unitRecord(unitId);
    const atasan = u.indukId ? this.atasanDi(u.indukId) : undefined;
    const maks = this.profil.get(u.instansiId) === 'KIN' && atasan ? this.pegawaiRecord(atasan).golongan : null;
    const p = this.orang({ ...spec, instansiId: u.instansiId, golonganMaks: maks, tmtPalingLambat: addDays(mulai, -365 * 4) });
    this.addKedudukan(p.nip, unitId, mulai);
    this.addPimpinan(unitId, p.nip, mulai);
    return p;
  }

  /** One JF or pelaksana placed in the unit from `mulai` (or from their TMT, if later). */
  anggota(unitId: string, spec: Omit<OrangSpec, 'instansiId'>, mulai: IsoDate, ppk?: string): PegawaiRecord {
    const u = this.unitRecord(unitId);
    const p = this.orang({ ...spec, instansiId: u.instansiId, golonganMaks: spec.golonganMaks ?? this.golonganMaksDi(u.instansiId, unitId, ppk) });
    this.addKedudukan(p.nip, unitId, this.mulaiUntuk(p.nip, mulai), { ppk: ppk ?? null });
    return p;
  }

  /** A group of JF (of the given rumpun) and pelaksana placed in the unit. */
  kelompok(unitId: string, spec: KelompokSpec): PegawaiRecord[] {
    const out: PegawaiRecord[] = [];
    for (let i = 0; i < spec.jf; i++) {
      const r = this.rng.pick(spec.rumpun);
      const terampil = r.keterampilan && (!r.keahlian || this.rng.chance(spec.keterampilan ?? 0.3));
      const kategori = terampil ? 'JF_KETERAMPILAN' : 'JF_KEAHLIAN';
      const jenjangBoleh = spec.jenjang?.filter((j) => JENJANG[j].kategori === kategori);
      out.push(this.anggota(unitId, {
        kategori, rumpun: r, jenjang: jenjangBoleh?.length ? this.rng.pick(jenjangBoleh) : undefined,
        statusKepegawaian: this.rng.chance(spec.pppk ?? 0) ? 'PPPK' : 'PNS', kodeBukti: spec.kodeBukti,
      }, spec.mulai, spec.ppk));
    }
    for (let i = 0; i < spec.pelaksana; i++) {
      out.push(this.anggota(unitId, { kategori: 'PELAKSANA', kodeBukti: spec.kodeBukti }, spec.mulai, spec.ppk));
    }
    return out;
  }

  /** Moves a pegawai: their open kedudukan ends the day before `tanggal`, a new one starts on it. */
  pindah(nip: string, unitId: string, tanggal: IsoDate, ppk?: string): KedudukanRecord {
    const i = this.kedudukan.findIndex((k) => k.nip === nip && k.selesai === null);
    if (i < 0) throw new Error(`${nip} has no open kedudukan`);
    if (this.kedudukan[i]!.mulai >= tanggal) throw new Error(`${nip} cannot move on ${tanggal}: placed on ${this.kedudukan[i]!.mulai}`);
    this.kedudukan[i] = { ...this.kedudukan[i]!, selesai: addDays(tanggal, -1) };
    return this.addKedudukan(nip, unitId, tanggal, { ppk: ppk ?? null });
  }

  /** Whether the pegawai has an open kedudukan that started before `tanggal` (so they can move on that date). */
  bisaPindah(nip: string, tanggal: IsoDate): boolean {
    return this.kedudukan.some((k) => k.nip === nip && k.selesai === null && k.mulai < tanggal);
  }

  /** A pegawai leaves (pension) after `tanggalTerakhir`: open kedudukan and leadership records end, the record turns inactive. */
  berhenti(nip: string, tanggalTerakhir: IsoDate): void {
    this.kedudukan.forEach((k, i) => { if (k.nip === nip && k.selesai === null) this.kedudukan[i] = { ...k, selesai: tanggalTerakhir }; });
    this.pimpinan.forEach((p, i) => {
      if (p.nip === nip && p.selesai === null) {
        this.pimpinan[i] = { ...p, selesai: tanggalTerakhir };
        if (this.kepalaSekarang.get(p.unitId) === nip) this.kepalaSekarang.delete(p.unitId);
      }
    });
    this.updatePegawai(nip, { aktif: false });
  }

  /**
   * A new keputusan on kedudukan for the unit (R-BTN-18): every open kedudukan in it, but its leader's, ends the
   * day before `tanggal` and starts again on it, naming the same (or no) explicit PPK.
   */
  kedudukanBaru(unitId: string, tanggal: IsoDate): void {
    const kepala = this.kepalaSekarang.get(unitId);
    const open = this.kedudukan.map((k, i) => [k, i] as const).filter(([k]) => k.unitId === unitId && k.selesai === null && k.nip !== kepala && k.mulai < tanggal);
    for (const [k, i] of open) {
      this.kedudukan[i] = { ...k, selesai: addDays(tanggal, -1) };
      this.addKedudukan(k.nip, unitId, tanggal, { ppk: k.pejabatPenilaiKinerjaNip });
    }
  }

  build(): Direktori {
    return {
      instansi: [...this.instansi], unit: [...this.unit], pegawai: [...this.pegawai], kedudukan: [...this.kedudukan],
      pimpinan: [...this.pimpinan], pejabatBerwenang: [...this.pejabatBerwenang], delegasi: [...this.delegasi],
    };
  }

  private nipBaru(lahir: IsoDate, tmtTahun: number, tmtBulan: number, jk: Jk): string {
    const awal = `${lahir.replaceAll('-', '')}${tmtTahun}${pad(tmtBulan)}${jk}`;
    for (let urut = this.rng.int(1, 9); urut < 1000; urut++) {
      const nip = `${awal}${pad(urut, 3)}`;
      if (!this.nips.has(nip)) return nip;
    }
    throw new Error(`NIP sequence exhausted for ${awal}`);
  }

  private namaBaru(jk: Jk, pendidikan: Pendidikan, gelar: readonly string[], gelarPool: Partial<Record<Pendidikan, readonly string[]>>): string {
    const { rng } = this;
    for (let attempt = 0; ; attempt++) {
      const depan = rng.pick(jk === 1 ? DEPAN_L : DEPAN_P);
      const belakang = rng.pick(rng.chance(0.25) ? BELAKANG_MARGA : jk === 1 ? BELAKANG_L : BELAKANG_P);
      const tengah = attempt > 3 || rng.chance(0.25) ? `${rng.pick(jk === 1 ? DEPAN_L : DEPAN_P)} ` : '';
      const dasar = `${depan} ${tengah}${belakang}`;
      if (depan === belakang || tengah.trim() === depan) continue;
      if (this.nama.has(dasar) && attempt < 20) continue;
      this.nama.add(dasar);
      const titles: string[] = [];
      if (pendidikan === 'S2' || pendidikan === 'S3') {
        if (pendidikan === 'S3') titles.push('Dr.');
        const g2 = gelar.length ? rng.pick(gelar) : rng.pick(S2_UMUM);
        const s1 = gelarPool.S1 ?? GELAR_UMUM.S1 ?? ['S.Sos.'];
        const cocok = s1.filter((g) => S2_SETELAH[g2]?.includes(g) ?? true);
        const g1 = rng.pick(cocok.length ? cocok : s1);
        titles.push(g1);
        if (g2 !== g1) titles.push(g2);
      } else if (gelar.length) {
        titles.push(rng.pick(gelar));
      }
      return namaDenganGelar(dasar, titles.flatMap((t) => t.split(/,\s*(?=[A-Z])/)).map((t) => t.trim()).filter((t, i, all) => all.indexOf(t) === i));
    }
  }

  private bukti(kode: string, tahunMulai: number): string {
    this.buktiSeq++;
    const tahun = this.rng.int(Math.max(tahunMulai, 2010), Math.max(tahunMulai, Number(this.today.slice(0, 4)) - 1));
    const jenis = this.rng.weighted([['SK', 3], ['SPT', 2], ['SERT', 1]] as const);
    return `${jenis}/${kode}/${tahun}/${pad(this.buktiSeq, 4)}`;
  }
}

// ---------------------------------------------------------------------------------------------- JSON

/**
 * Writes a Direktori as JSON a person can read: one record per line, default values left out
 * (the JSON schema of src/adapters/import/direktori-json.ts fills them in again).
 */
export function direktoriToJson(d: Direktori): string {
  const defaults: Record<string, unknown> = {
    indukId: null, pola: null, selesai: null, pejabatPenilaiKinerjaNip: null, status: 'DEFINITIF', statusKepegawaian: 'PNS', jenjang: null,
    aktif: true, golongan: null, pendidikan: null,
  };
  const compact = (rec: object) => {
    const kept = Object.entries(rec).filter(([k, v]) => !(k in defaults && defaults[k] === v) && !(Array.isArray(v) && v.length === 0));
    return `{ ${kept.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  };
  const inline = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
    if (v !== null && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
    return JSON.stringify(v);
  };
  const keys = ['instansi', 'unit', 'pegawai', 'kedudukan', 'pimpinan', 'pejabatBerwenang', 'delegasi'] as const;
  return `{\n${keys.map((k) => `  ${JSON.stringify(k)}: [\n${d[k].map((r) => `    ${compact(r)}`).join(',\n')}\n  ]`).join(',\n')}\n}\n`;
}
