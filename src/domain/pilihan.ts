import type { JabatanKategori } from './organisasi.js';
import type { AgencyProfile } from './profiles/agency-profile.js';

/**
 * "Pilih, jangan ketik" (issue 9 item 1): the people, units and instansi a form field offers, by name, from the
 * candidates the rule allows. A form field names its source in `properties.pilihan`; Tasklist's custom script
 * asks GET /api/pilihan/:sumber and puts the answer into the field's options. The stored value stays the NIP / id,
 * and the worker still checks every value it receives (the choice is a convenience, never a guarantee).
 */
export const SUMBER_PILIHAN = {
  /** F2 (R-NAT-10): pegawai the profile lets be assigned, of the caller's instansi, outside the units the caller leads. */
  'pegawai-lintas-unit': 'pegawai',
  /** F1, F4, F7 (R-NAT-08): pegawai the profile lets be assigned, of the units the caller leads or whom they appraise. */
  'pegawai-unit-dipimpin': 'pegawai',
  /** F6 anggota (R-NAT-02): pegawai the profile lets be assigned, of the caller's instansi. */
  'anggota-tim': 'pegawai',
  /** F6 ketua (R-NAT-28, R-BTN-05, R-KIN-13): pegawai the profile lets lead a team, of the caller's instansi. */
  'ketua-tim': 'pegawai',
  /** Unit pemilik kinerja (R-NAT-49): the units the caller leads. */
  'unit-dipimpin': 'unit',
  /** F5 (R-NAT-21, never lintas instansi): the units of the caller's instansi other than their own. */
  'unit-instansi': 'unit',
  /** F3: the other instansi. */
  'instansi-lain': 'instansi',
} as const satisfies Record<string, 'pegawai' | 'unit' | 'instansi'>;

export type SumberPilihan = keyof typeof SUMBER_PILIHAN;

export const isSumberPilihan = (s: string): s is SumberPilihan => Object.hasOwn(SUMBER_PILIHAN, s);

/** One option of a form-js select or taglist. */
export interface Pilihan {
  readonly value: string;
  readonly label: string;
}

export interface CalonPegawai {
  readonly nip: string;
  readonly nama: string;
  readonly jabatanNama: string;
  readonly jabatanKategori: JabatanKategori;
  readonly instansiId: string;
  readonly unitId: string | null;
  readonly unitNama: string | null;
  readonly aktif: boolean;
}

/** The caller as far as the choice depends on them. */
export interface PemilihPilihan {
  readonly nip: string;
  readonly instansiId: string;
  /** Units led today, with their sub-units. */
  readonly unitDipimpin: readonly string[];
  /** Pegawai whose PPK the caller is by an explicit kedudukan (R-NAT-08: they may assign them too). */
  readonly nipDinilai?: readonly string[];
}

/** "Nama — Jabatan, Unit" (the NIP only as the value): what a pejabat recognises. */
export const labelPegawai = (p: CalonPegawai): string =>
  `${p.nama} — ${p.jabatanNama}${p.unitNama ? `, ${p.unitNama}` : ''}`;

const urutLabel = (a: Pilihan, b: Pilihan) => a.label.localeCompare(b.label, 'id');

export function pilihanPegawai(
  sumber: SumberPilihan,
  pemilih: PemilihPilihan,
  profil: AgencyProfile,
  calon: readonly CalonPegawai[],
): Pilihan[] {
  const dipimpin = (p: CalonPegawai) => p.unitId !== null && pemilih.unitDipimpin.includes(p.unitId);
  const kategori = sumber === 'ketua-tim' ? (profil.ketuaTimKategori ?? profil.assignableKategori) : profil.assignableKategori;
  const syarat: Record<SumberPilihan, (p: CalonPegawai) => boolean> = {
    'pegawai-lintas-unit': (p) => !dipimpin(p),
    'pegawai-unit-dipimpin': (p) => dipimpin(p) || (pemilih.nipDinilai ?? []).includes(p.nip),
    'anggota-tim': () => true,
    'ketua-tim': () => true,
    'unit-dipimpin': () => false,
    'unit-instansi': () => false,
    'instansi-lain': () => false,
  };
  return calon
    .filter((p) => p.aktif && p.instansiId === pemilih.instansiId && p.nip !== pemilih.nip && kategori.includes(p.jabatanKategori) && syarat[sumber](p))
    .map((p) => ({ value: p.nip, label: labelPegawai(p) }))
    .sort(urutLabel);
}

export function pilihanUnit(
  sumber: SumberPilihan,
  pemilih: PemilihPilihan,
  unit: readonly { readonly id: string; readonly nama: string; readonly instansiId: string }[],
  unitSendiri: string | null,
): Pilihan[] {
  const boleh = sumber === 'unit-dipimpin'
    ? (u: { id: string }) => pemilih.unitDipimpin.includes(u.id)
    : (u: { id: string }) => u.id !== unitSendiri && !pemilih.unitDipimpin.includes(u.id);
  return unit.filter((u) => u.instansiId === pemilih.instansiId && boleh(u)).map((u) => ({ value: u.id, label: u.nama })).sort(urutLabel);
}

export function pilihanInstansi(pemilih: PemilihPilihan, instansi: readonly { readonly id: string; readonly nama: string }[]): Pilihan[] {
  return instansi.filter((i) => i.id !== pemilih.instansiId).map((i) => ({ value: i.id, label: i.nama })).sort(urutLabel);
}
