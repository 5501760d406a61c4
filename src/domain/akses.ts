import type { PegawaiRecord } from './direktori.js';

/**
 * Who may read what (issue 8 item 3; UU 27/2022 on personal data), decided once, here. The API resolves the
 * caller (Pemanggil) per request; single reads ask `bolehBaca` / `proyeksiPegawai`, lists hand the same
 * LingkupBaca to the store, which filters in SQL with the same meaning.
 */

export const GRUP_ADMIN_ENGINE = 'camunda-admin';
export const GRUP_ADMIN_ORGANISASI = 'adminorganisasi';

/** The caller as the policy needs them. */
export interface Pemanggil {
  /** The login (a NIP for pegawai). */
  readonly userId: string;
  /** The caller's Camunda groups. */
  readonly grup: readonly string[];
  /** The caller's own directory record, when the login is a pegawai. */
  readonly pegawai: { readonly nip: string; readonly instansiId: string } | null;
  /** Units the caller leads today (definitive, Plt, Plh), each with its sub-units. */
  readonly unitDipimpin: readonly string[];
  /** Pegawai whose Pejabat Penilai Kinerja the caller is today (explicit kedudukan). */
  readonly nipDinilai: readonly string[];
}

/** What the caller may read, as sets a store can filter by. */
export interface LingkupBaca {
  /** Engine administrators read everything. */
  readonly semua: boolean;
  readonly diri: string;
  readonly nipDinilai: readonly string[];
  /** Units read in full (the units the caller leads). */
  readonly unit: readonly string[];
  /** Instansi read in full (an organisation admin's own instansi). */
  readonly instansi: readonly string[];
  /** The caller's own instansi: names and jabatan of colleagues, its units. */
  readonly instansiSendiri: string | null;
}

export function lingkupBaca(p: Pemanggil): LingkupBaca {
  const adminOrganisasi = p.grup.includes(GRUP_ADMIN_ORGANISASI) && p.pegawai !== null;
  return {
    semua: p.grup.includes(GRUP_ADMIN_ENGINE),
    diri: p.userId,
    nipDinilai: p.nipDinilai,
    unit: p.unitDipimpin,
    instansi: adminOrganisasi && p.pegawai ? [p.pegawai.instansiId] : [],
    instansiSendiri: p.pegawai?.instansiId ?? null,
  };
}

/**
 * Which instansi the caller may import: all for an engine administrator, their own for an organisation
 * admin who is a pegawai of it, none otherwise (an admin without a directory record has no instansi).
 */
export function instansiBolehDiimpor(p: Pemanggil): 'SEMUA' | readonly string[] {
  if (p.grup.includes(GRUP_ADMIN_ENGINE)) return 'SEMUA';
  if (p.grup.includes(GRUP_ADMIN_ORGANISASI) && p.pegawai) return [p.pegawai.instansiId];
  return [];
}

export const bolehMengimpor = (p: Pemanggil): boolean => {
  const boleh = instansiBolehDiimpor(p);
  return boleh === 'SEMUA' || boleh.length > 0;
};

/** A record (penugasan, case, letter, team) in the terms the policy reads. */
export interface Sasaran {
  /** The people who take part in it: subject, proposer, decider, letter parties, members. */
  readonly pihak: readonly string[];
  /** The pegawai it is about, with where they sit today (their leader, PPK or admin may read it). */
  readonly pegawai: readonly { readonly nip: string; readonly unitId?: string | null; readonly instansiId?: string | null }[];
  /** The units that own it (e.g. the unit pemilik kinerja) and their instansi. */
  readonly unit: readonly { readonly id: string; readonly instansiId?: string | null }[];
}

export function bolehBaca(l: LingkupBaca, s: Sasaran): boolean {
  if (l.semua || s.pihak.includes(l.diri)) return true;
  const dalamInstansi = (id: string | null | undefined) => id != null && l.instansi.includes(id);
  return s.pegawai.some((p) => p.nip === l.diri || l.nipDinilai.includes(p.nip) || (p.unitId != null && l.unit.includes(p.unitId)) || dalamInstansi(p.instansiId))
    || s.unit.some((u) => l.unit.includes(u.id) || dalamInstansi(u.instansiId));
}

export type Proyeksi = 'LENGKAP' | 'RINGKAS';

/**
 * How much of a pegawai's directory record the caller sees: LENGKAP (golongan, pendidikan, kompetensi,
 * history) for themselves, their PPK, the leader of their unit, their organisation admin and engine admins;
 * RINGKAS (name and jabatan) for colleagues of the same instansi and for people of another instansi named in
 * a case the caller takes part in; nothing otherwise.
 */
export function proyeksiPegawai(
  l: LingkupBaca,
  p: { readonly nip: string; readonly instansiId: string; readonly unitId: string | null },
  disebutDalamKasusBersama: boolean,
): Proyeksi | undefined {
  if (l.semua || p.nip === l.diri || l.nipDinilai.includes(p.nip) || l.instansi.includes(p.instansiId)) return 'LENGKAP';
  if (p.unitId !== null && l.unit.includes(p.unitId)) return 'LENGKAP';
  if (p.instansiId === l.instansiSendiri || disebutDalamKasusBersama) return 'RINGKAS';
  return undefined;
}

/** A pegawai reduced to what a letter or a case needs: who they are and their jabatan. */
export interface PegawaiRingkas {
  readonly nip: string;
  readonly nama: string;
  readonly instansiId: string;
  readonly jabatanNama: string;
  readonly jabatanKategori: PegawaiRecord['jabatanKategori'];
  readonly aktif: boolean;
  readonly proyeksi: 'RINGKAS';
}

export function ringkas(p: Pick<PegawaiRecord, 'nip' | 'nama' | 'instansiId' | 'jabatanNama' | 'jabatanKategori' | 'aktif'>): PegawaiRingkas {
  return { nip: p.nip, nama: p.nama, instansiId: p.instansiId, jabatanNama: p.jabatanNama, jabatanKategori: p.jabatanKategori, aktif: p.aktif, proyeksi: 'RINGKAS' };
}

/** Units and instansi (the structure): the caller's own instansi, an admin's instansi, everything for engine admins. */
export function bolehBacaInstansi(l: LingkupBaca, instansiId: string): boolean {
  return l.semua || l.instansiSendiri === instansiId || l.instansi.includes(instansiId);
}

/** The instansi whose structure a list may show; 'SEMUA' for engine admins. */
export function instansiTerbaca(l: LingkupBaca): 'SEMUA' | readonly string[] {
  if (l.semua) return 'SEMUA';
  return [...new Set([...(l.instansiSendiri ? [l.instansiSendiri] : []), ...l.instansi])];
}

/** The units led by the caller, with every unit below them (a leader leads the whole subtree). */
export function unitDiBawah(dipimpin: readonly string[], unit: readonly { readonly id: string; readonly indukId: string | null }[]): string[] {
  const hasil = new Set(dipimpin);
  for (let bertambah = true; bertambah;) {
    bertambah = false;
    for (const u of unit) {
      if (u.indukId !== null && hasil.has(u.indukId) && !hasil.has(u.id)) {
        hasil.add(u.id);
        bertambah = true;
      }
    }
  }
  return [...hasil].sort();
}

/** Issue 10: process analysts (Biro/Bagian Organisasi) who adjust and publish their instansi's flows. */
export const GRUP_ANALIS_PROSES = 'analisproses';

/** The instansi whose flows the caller may adjust and publish: an analyst's own; nobody else's. */
export function instansiAnalis(p: Pemanggil): string | undefined {
  return p.grup.includes(GRUP_ANALIS_PROSES) && p.pegawai ? p.pegawai.instansiId : undefined;
}
