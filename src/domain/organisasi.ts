/**
 * The organisation as the rules see it (RULES.md §0.3). Dates are ISO calendar dates (YYYY-MM-DD),
 * compared as strings, so the domain needs no clock and no time zone.
 */
export type IsoDate = string;

export const JABATAN_KATEGORI = [
  'JF_KEAHLIAN',
  'JF_KETERAMPILAN',
  'PELAKSANA',
  'PENGAWAS',
  'ADMINISTRATOR',
  'PPT_PRATAMA',
  'PPT_MADYA',
] as const;
export type JabatanKategori = (typeof JABATAN_KATEGORI)[number];

export const JENIS_UNIT = ['UNIT_ORGANISASI', 'UNIT_KERJA', 'UNIT_KERJA_MANDIRI', 'UPT'] as const;
export type JenisUnit = (typeof JENIS_UNIT)[number];

export interface Instansi {
  readonly id: string;
  readonly nama: string;
  /** Code of the agency profile that governs it; the national baseline when absent. */
  readonly profil?: 'NAT' | 'BTN' | 'MRT' | 'KIN';
  /** NIP of the Pejabat yang Berwenang on the view's date (R-NAT-16..18), when known. */
  readonly pejabatBerwenangNip?: string | null;
}

export interface UnitOrganisasi {
  readonly id: string;
  readonly instansiId: string;
  readonly nama: string;
  readonly jenis: JenisUnit;
  readonly indukId: string | null;
  /** NIP of the Pimpinan Unit Organisasi; null while the post is vacant. */
  readonly pimpinanNip: string | null;
}

/** A pegawai as the rules see them on one date (see direktori.ts `viewOn` for the dated records behind it). */
export interface Pegawai {
  readonly nip: string;
  readonly nama: string;
  readonly instansiId: string;
  /** The unit (of any jenis) where the pegawai sits under their kedudukan. */
  readonly unitId: string;
  readonly jabatanNama: string;
  readonly jabatanKategori: JabatanKategori;
  readonly kompetensi: readonly string[];
  /** NIP of the Pejabat Penilai Kinerja; null when the kedudukan is not yet established (R-NAT-07). */
  readonly pejabatPenilaiKinerjaNip: string | null;
  readonly kedudukanSejak: IsoDate | null;
  readonly aktif: boolean;
  /** PNS golongan ruang ("III/b") or PPPK grade; used by R-KIN-27 and R-BTN-03. */
  readonly golongan?: string | null;
  /** True when the resolved PPK holds the authority by a recorded delegation (R-NAT-41, R-BTN-16). */
  readonly pejabatPenilaiKinerjaDelegasi?: boolean;
  readonly statusKepegawaian?: 'PNS' | 'PPPK';
}

/** Read access to the organisation, as the rules need it. Implemented over a snapshot or the store. */
export interface OrganisasiView {
  pegawai(nip: string): Pegawai | undefined;
  unit(id: string): UnitOrganisasi | undefined;
  instansi(id: string): Instansi | undefined;
}

export interface OrganisasiSnapshot {
  readonly instansi: readonly Instansi[];
  readonly unit: readonly UnitOrganisasi[];
  readonly pegawai: readonly Pegawai[];
}

export function viewOf(snapshot: OrganisasiSnapshot): OrganisasiView {
  const pegawai = new Map(snapshot.pegawai.map((p) => [p.nip, p]));
  const unit = new Map(snapshot.unit.map((u) => [u.id, u]));
  const instansi = new Map(snapshot.instansi.map((i) => [i.id, i]));
  return {
    pegawai: (nip) => pegawai.get(nip),
    unit: (id) => unit.get(id),
    instansi: (id) => instansi.get(id),
  };
}
