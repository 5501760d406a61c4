import type { FormatSurat } from '../../domain/surat/format-surat.js';
import type { NaskahDinas } from '../../domain/surat/naskah-dinas.js';
import type { SuratTercatat, TimKerjaRepository } from '../ports.js';

/** A letter's PDF as stored once (R-SYS-04). */
export interface DokumenSurat {
  readonly suratId: number;
  readonly pdf: Uint8Array;
  readonly sha256: string;
}

export interface LogoSurat {
  readonly isi: Uint8Array;
  /** image/png, image/jpeg or image/svg+xml. */
  readonly jenis: string;
}

export interface KotakMasukItem {
  readonly id: number;
  readonly suratId: number;
  readonly nomor: string;
  readonly jenis: string;
  readonly perihal: string;
  readonly penandatanganNip: string;
  readonly sebagai: 'PENERIMA' | 'TEMBUSAN';
  readonly diterimaPada: string;
  readonly dibacaPada: string | null;
}

/** Letter formats, PDFs, the inbox and e-mail deliveries (issue 12). */
export interface SuratRepository {
  format(instansiId: string): Promise<{ format: Partial<FormatSurat>; logo: LogoSurat | null } | undefined>;
  aturFormat(instansiId: string, format: Partial<FormatSurat>, logo: LogoSurat | null, oleh: string): Promise<void>;
  dokumen(suratId: number): Promise<DokumenSurat | undefined>;
  /** Stores the PDF once; a second call keeps the first and returns it (never changed, R-SYS-04). */
  simpanDokumen(d: DokumenSurat): Promise<DokumenSurat>;
  byId(id: number): Promise<SuratTercatat | undefined>;
  kotakMasuk(nip: string, filter: { status?: 'BELUM_DIBACA' | 'DIBACA'; limit: number; offset: number }): Promise<KotakMasukItem[]>;
  /** Marks the caller's copy read; false when the caller has no copy. */
  tandaiDibaca(nip: string, suratId: number): Promise<boolean>;
  email(nips: readonly string[]): Promise<Record<string, string>>;
  aturEmail(kontak: readonly { nip: string; email: string }[]): Promise<void>;
  sudahDikirim(suratId: number): Promise<readonly string[]>;
  catatKiriman(k: { suratId: number; nip: string; email: string; messageId: string }): Promise<void>;
}

/** Renders a letter's content (with its number) to PDF. */
export type PembuatPdf = (naskah: NaskahDinas, nomor: string, logo: LogoSurat | null, dibuatPada: string) => Promise<Uint8Array>;

/** Sends one e-mail with the letter attached (SMTP). */
export type PengirimSurel = (m: { ke: string; subjek: string; teks: string; messageId: string; lampiran: { nama: string; isi: Uint8Array } }) => Promise<void>;

export interface SuratDeps {
  readonly surat: SuratRepository;
  readonly timKerja: TimKerjaRepository;
  readonly pdf: PembuatPdf;
  /** null when no SMTP server is configured (the inbox still delivers). */
  readonly surel: PengirimSurel | null;
  /** The API's address as a browser reaches it (SK_API_URL_PUBLIK): the Tasklist form of the next step links the PDF. */
  readonly alamatApi?: string;
}
