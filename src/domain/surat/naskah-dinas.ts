import type { JenisSurat } from '../kasus.js';

/**
 * A letter in the naskah dinas layout (Permen PANRB 80/2012, Pedoman Tata Naskah Dinas Instansi Pemerintah):
 * kop, nomor, sifat, lampiran, hal, place and date, addressee, body, signer block and tembusan; a keputusan has
 * its own parts (menimbang, mengingat, memutuskan). Pure data: assembled by `susunNaskahDinas`, stored with the
 * letter (R-SYS-04) and rendered by an adapter (src/adapters/documents/). The number is assigned by the store.
 */

/** A person as a letter names them, as they were on the day it was issued. */
export interface Orang {
  readonly nip: string;
  readonly nama: string;
  readonly jabatan: string;
  readonly golongan?: string | null;
  readonly unit?: string | null;
  readonly instansi?: string | null;
}

/** How the letter is laid out. */
export type BentukNaskah =
  /** Surat dinas: nomor/sifat/lampiran/hal at the left, place and date at the right, "Yth." addressee. */
  | 'SURAT_DINAS'
  /** A centred title with the number under it (surat tugas, surat penugasan, nota, laporan). */
  | 'BERJUDUL'
  /** Keputusan: title, "tentang", menimbang, mengingat, MEMUTUSKAN, diktum, "Ditetapkan di". */
  | 'KEPUTUSAN';

export type Blok =
  | { readonly jenis: 'paragraf'; readonly teks: string }
  /** Label : value rows (Dasar, Kepada, Untuk; the four items of R-NAT-11). */
  | { readonly jenis: 'butir'; readonly butir: readonly { readonly label: string; readonly nilai: string | readonly string[] }[] }
  | { readonly jenis: 'tabel'; readonly judul?: string; readonly kolom: readonly string[]; readonly baris: readonly (readonly string[])[] };

export interface Diktum {
  /** KESATU, KEDUA, ... */
  readonly label: string;
  readonly isi: readonly Blok[];
}

export interface BagianKeputusan {
  /** "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI BANTEN" (the official who decrees). */
  readonly pejabat: string;
  /** "PEMBENTUKAN TIM KERJA ... TAHUN 2027". */
  readonly tentang: string;
  readonly menimbang: readonly string[];
  readonly mengingat: readonly string[];
  /** The decree's own name after "Menetapkan :". */
  readonly menetapkan: string;
  readonly diktum: readonly Diktum[];
}

export interface Kop {
  /** Lines above the unit, e.g. "PEMERINTAH PROVINSI BANTEN". */
  readonly baris: readonly string[];
  /** The signer's unit organisasi, in capitals. */
  readonly unit: string | null;
  readonly alamat: string | null;
}

export interface NaskahDinas {
  readonly jenis: JenisSurat;
  readonly bentuk: BentukNaskah;
  /** The title of a BERJUDUL or KEPUTUSAN letter ("SURAT TUGAS"); the letter type's name for a surat dinas. */
  readonly judul: string;
  readonly kop: Kop;
  readonly sifat: string;
  readonly lampiran: string;
  readonly hal: string;
  readonly tempat: string;
  /** ISO date of issue, written as "4 Januari 2027" by `tanggalIndonesia`. */
  readonly tanggal: string;
  /** "Yth." lines of a surat dinas (and "Kepada" of the others). */
  readonly kepada: readonly string[];
  readonly isi: readonly Blok[];
  readonly keputusan: BagianKeputusan | null;
  /** Jabatan (ending with a comma in the block), name, pangkat/golongan and NIP. */
  readonly penandatangan: Orang;
  /** One line per person (R-SYS-05), by jabatan; a keputusan's "Salinan ... disampaikan kepada". */
  readonly tembusan: readonly string[];
  /** A lampiran page (the daftar of a surat jawaban, the members of a keputusan). */
  readonly lampiranIsi: readonly Blok[];
  /** Everyone the letter is about (download access, src/domain/surat/akses-surat.ts). */
  readonly pegawaiTerkait: readonly string[];
}

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2027-01-04" → "4 Januari 2027" (as a letter writes a date). */
export function tanggalIndonesia(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d || !BULAN[m - 1]) return iso;
  return `${d} ${BULAN[m - 1]} ${y}`;
}

const URUTAN = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH'];

export function labelDiktum(i: number): string {
  return URUTAN[i] ?? `KE-${i + 1}`;
}

/** "Pembina (IV/a)" style line under the name; golongan alone when the pangkat is unknown. */
export function pangkatGolongan(golongan: string | null | undefined): string | null {
  const g = (golongan ?? '').trim();
  if (!g) return null;
  const PANGKAT: Record<string, string> = {
    'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I',
    'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya', 'IV/e': 'Pembina Utama',
    'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tingkat I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tingkat I',
  };
  const pangkat = PANGKAT[g.replace(/\s+/g, '')];
  return pangkat ? `${pangkat} (${g})` : g;
}
