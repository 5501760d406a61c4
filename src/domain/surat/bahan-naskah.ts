import type { JenisSurat } from '../kasus.js';
import type { FormatSurat } from './format-surat.js';
import type { Blok, Orang } from './naskah-dinas.js';
import { tanggalIndonesia } from './naskah-dinas.js';

/** Everything a letter's content is assembled from, read by the application from the store on the day of issue. */
export interface BahanNaskah {
  readonly jenis: JenisSurat;
  readonly perihal: string;
  /** ISO date of issue in the agency's time zone. */
  readonly tanggal: string;
  readonly format: FormatSurat;
  readonly instansiNama: string;
  /** The signer's unit organisasi (kop, and the numbering's {unit}). */
  readonly unitPenandatangan: string | null;
  readonly penandatangan: Orang;
  readonly penerima: readonly Orang[];
  /** Tembusan roles with their person; the same person twice is one line (R-SYS-05). */
  readonly tembusan: readonly { readonly peran: string; readonly orang: Orang }[];
  /** The validated request as kept in the store. */
  readonly permohonan: Readonly<Record<string, unknown>> | null;
  /** Decisions of this process instance, oldest first. */
  readonly keputusan: readonly { readonly langkah: string; readonly aktor: Orang; readonly keputusan: string; readonly alasan: string | null; readonly waktu: string }[];
  /** The pegawai the letter assigns or lists (the request's pegawai, a recorded daftar, a team's members). */
  readonly daftarPegawai: readonly Orang[];
  readonly unitPemilikNama: string | null;
  /** Earlier letters of the case (a reply or an assignment refers to them). */
  readonly suratSebelumnya: readonly { readonly jenis: JenisSurat; readonly nomor: string; readonly tanggal: string; readonly perihal: string }[];
  /** The team of an F6 letter. */
  readonly tim: {
    readonly nama: string; readonly tahun: number; readonly mulai: string; readonly selesai: string; readonly rincianTugas: string;
    readonly tujuan: string | null; readonly ketuaNip: string | null;
  } | null;
}

export const teks = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** "4 Januari 2027 s.d. 31 Maret 2027". */
export function periode(mulai: unknown, selesai: unknown): string {
  const a = teks(mulai);
  const b = teks(selesai);
  return a && b ? `${tanggalIndonesia(a)} s.d. ${tanggalIndonesia(b)}` : '';
}

/** How a person is named in a list row or a sentence. */
export const sebut = (o: Orang): string => `${o.nama} (NIP ${o.nip})`;

/** The table of pegawai a surat tugas, a surat jawaban or a keputusan lists. */
export function tabelPegawai(orang: readonly Orang[], peran?: (o: Orang) => string, judul?: string): Blok {
  return {
    jenis: 'tabel',
    ...(judul ? { judul } : {}),
    kolom: ['No.', 'Nama / NIP', 'Jabatan', 'Unit', ...(peran ? ['Peran'] : [])],
    baris: orang.map((o, i) => [`${i + 1}.`, `${o.nama}\nNIP ${o.nip}`, o.jabatan, [o.unit, o.instansi].filter(Boolean).join(', '), ...(peran ? [peran(o)] : [])]),
  };
}

/** "Surat Permohonan Pelibatan Nomor X tanggal 4 Januari 2027 hal ...", the reference a reply opens with. */
export function rujukan(s: BahanNaskah['suratSebelumnya'][number], nama: string): string {
  return `${nama} Nomor ${s.nomor} tanggal ${tanggalIndonesia(s.tanggal)} hal ${s.perihal}`;
}
