import type { IsoDate, Instansi, JabatanKategori, JenisUnit, OrganisasiView, Pegawai, UnitOrganisasi } from './organisasi.js';

/**
 * The organisation as agencies keep it: master data plus effective-dated records, never overwritten
 * (issue "Organisation directory"). `viewOn` resolves it to the OrganisasiView the rules read, on one date.
 */

/** A period of validity; both ends inclusive, `selesai` null = open. */
export interface Periode {
  readonly mulai: IsoDate;
  readonly selesai: IsoDate | null;
}

export function berlaku(p: Periode, tanggal: IsoDate): boolean {
  return p.mulai <= tanggal && (p.selesai === null || tanggal <= p.selesai);
}

export const JENIS_INSTANSI = ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA'] as const;
export const KODE_PROFIL = ['NAT', 'BTN', 'MRT', 'KIN'] as const;
export const STATUS_KEPEGAWAIAN = ['PNS', 'PPPK'] as const;
export const PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export const JENJANG_JF = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const;
export const STATUS_PIMPINAN = ['DEFINITIF', 'PLT', 'PLH'] as const;

export interface InstansiRecord {
  readonly id: string;
  readonly nama: string;
  readonly jenis: (typeof JENIS_INSTANSI)[number];
  /** The agency profile that governs it (DESIGN.md §5). */
  readonly profil: (typeof KODE_PROFIL)[number];
}

export interface UnitRecord {
  readonly id: string;
  readonly instansiId: string;
  readonly nama: string;
  readonly jenis: JenisUnit;
  readonly indukId: string | null;
  /** Organisation pattern of RULES.md §4, e.g. MRT_2LEVEL, KIN_POLA_3, BTN_A. */
  readonly pola: string | null;
}

export interface PengalamanKerja {
  readonly bidang: string;
  readonly tahun: number;
  /** Reference to the evidence (SK, sertifikat); experience without evidence does not count (R-BTN-04). */
  readonly bukti: string;
}

export interface PegawaiRecord {
  readonly nip: string;
  readonly nama: string;
  readonly instansiId: string;
  readonly statusKepegawaian: (typeof STATUS_KEPEGAWAIAN)[number];
  readonly jabatanNama: string;
  readonly jabatanKategori: JabatanKategori;
  readonly jenjang: (typeof JENJANG_JF)[number] | null;
  /** PNS golongan ruang ("III/b"); PPPK grade ("IX") for PPPK. */
  readonly golongan: string | null;
  readonly pendidikan: (typeof PENDIDIKAN)[number] | null;
  readonly pengalaman: readonly PengalamanKerja[];
  readonly kompetensi: readonly string[];
  readonly aktif: boolean;
}

/** Kedudukan: where a pegawai sits and, when set explicitly, who is their PPK (R-NAT-07, R-BTN-18). */
export interface KedudukanRecord extends Periode {
  readonly nip: string;
  readonly unitId: string;
  /** Explicit PPK; null = the direct superior, resolved from the unit tree (RULES.md §4). */
  readonly pejabatPenilaiKinerjaNip: string | null;
}

/** Who leads a unit: definitive, or a Plt/Plh while the post is vacant or the holder absent. */
export interface PimpinanRecord extends Periode {
  readonly unitId: string;
  readonly nip: string;
  readonly status: (typeof STATUS_PIMPINAN)[number];
}

/** The Pejabat yang Berwenang of an instansi for cross-agency requests (A-28: configured, never inferred). */
export interface PejabatBerwenangRecord extends Periode {
  readonly instansiId: string;
  readonly nip: string;
}

/** A delegation of the PPK authority (R-NAT-41, R-BTN-16): the pemberi's appraisees go to the penerima. */
export interface DelegasiRecord extends Periode {
  readonly pemberiNip: string;
  readonly penerimaNip: string;
  readonly dasar: string;
}

export interface Direktori {
  readonly instansi: readonly InstansiRecord[];
  readonly unit: readonly UnitRecord[];
  readonly pegawai: readonly PegawaiRecord[];
  readonly kedudukan: readonly KedudukanRecord[];
  readonly pimpinan: readonly PimpinanRecord[];
  readonly pejabatBerwenang: readonly PejabatBerwenangRecord[];
  readonly delegasi: readonly DelegasiRecord[];
}

export const direktoriKosong: Direktori = { instansi: [], unit: [], pegawai: [], kedudukan: [], pimpinan: [], pejabatBerwenang: [], delegasi: [] };

const group = <T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
};

/** A Direktori indexed once, so resolution costs map look-ups only (bench/role-resolution). */
export interface DirektoriIndex {
  readonly instansi: ReadonlyMap<string, InstansiRecord>;
  readonly unit: ReadonlyMap<string, UnitRecord>;
  readonly pegawai: ReadonlyMap<string, PegawaiRecord>;
  readonly kedudukan: ReadonlyMap<string, readonly KedudukanRecord[]>;
  readonly pimpinan: ReadonlyMap<string, readonly PimpinanRecord[]>;
  /** Leadership records by the leader's NIP. */
  readonly pimpinanOleh: ReadonlyMap<string, readonly PimpinanRecord[]>;
  readonly pejabatBerwenang: ReadonlyMap<string, readonly PejabatBerwenangRecord[]>;
  readonly delegasiDari: ReadonlyMap<string, readonly DelegasiRecord[]>;
  readonly delegasiKepada: ReadonlyMap<string, readonly DelegasiRecord[]>;
}

export function indexDirektori(d: Direktori): DirektoriIndex {
  return {
    instansi: new Map(d.instansi.map((i) => [i.id, i])),
    unit: new Map(d.unit.map((u) => [u.id, u])),
    pegawai: new Map(d.pegawai.map((p) => [p.nip, p])),
    kedudukan: group(d.kedudukan, (k) => k.nip),
    pimpinan: group(d.pimpinan, (p) => p.unitId),
    pimpinanOleh: group(d.pimpinan, (p) => p.nip),
    pejabatBerwenang: group(d.pejabatBerwenang, (p) => p.instansiId),
    delegasiDari: group(d.delegasi, (x) => x.pemberiNip),
    delegasiKepada: group(d.delegasi, (x) => x.penerimaNip),
  };
}

const URUTAN_PIMPINAN = { DEFINITIF: 0, PLT: 1, PLH: 2 } as const;

/**
 * Of the records in force on a date, the one that started last: a later record supersedes an earlier one
 * left open (history is never overwritten), whatever order the records were stored in.
 */
function terbaruPada<T extends Periode>(records: readonly T[] | undefined, tanggal: IsoDate): T | undefined {
  let found: T | undefined;
  for (const r of records ?? []) if (berlaku(r, tanggal) && (!found || r.mulai > found.mulai)) found = r;
  return found;
}

/** The kedudukan of a pegawai on a date (the latest one started, if records overlap). */
export function kedudukanPada(idx: DirektoriIndex, nip: string, tanggal: IsoDate): KedudukanRecord | undefined {
  return terbaruPada(idx.kedudukan.get(nip), tanggal);
}

/** The leader of a unit on a date: the definitive holder, else a Plt, else a Plh (of one status, the latest started). */
export function pimpinanPada(idx: DirektoriIndex, unitId: string, tanggal: IsoDate): PimpinanRecord | undefined {
  let found: PimpinanRecord | undefined;
  for (const p of idx.pimpinan.get(unitId) ?? []) {
    if (!berlaku(p, tanggal) || idx.pegawai.get(p.nip)?.aktif === false) continue;
    if (!found || URUTAN_PIMPINAN[p.status] < URUTAN_PIMPINAN[found.status]
      || (p.status === found.status && p.mulai > found.mulai)) found = p;
  }
  return found;
}

/** An active delegation of the PPK authority by `nip` on a date (the latest started, if records overlap). */
export function delegasiDariPada(idx: DirektoriIndex, nip: string, tanggal: IsoDate): DelegasiRecord | undefined {
  return terbaruPada(idx.delegasiDari.get(nip), tanggal);
}

export function delegasiKepadaPada(idx: DirektoriIndex, nip: string, tanggal: IsoDate): DelegasiRecord | undefined {
  return terbaruPada(idx.delegasiKepada.get(nip), tanggal);
}

/**
 * The direct superior of a pegawai on a date, from the unit tree: the leader of the unit they sit in, or of
 * the nearest unit above that has one and is not themselves. Ignores an explicit PPK and delegations.
 */
export function atasanLangsungPada(idx: DirektoriIndex, nip: string, tanggal: IsoDate): string | undefined {
  for (let unitId = kedudukanPada(idx, nip, tanggal)?.unitId ?? null, depth = 0; unitId && depth < 50; depth++) {
    const leader = pimpinanPada(idx, unitId, tanggal);
    if (leader && leader.nip !== nip) return leader.nip;
    unitId = idx.unit.get(unitId)?.indukId ?? null;
  }
  return undefined;
}

/**
 * The Pejabat Penilai Kinerja of a pegawai on a date (RULES.md §4): the explicit PPK of their kedudukan,
 * else their direct superior (the leader of the unit they sit in, or of the nearest unit above that has one
 * and is not themselves); a delegation of that authority, when active, moves it to the delegate.
 */
export function pejabatPenilaiKinerjaPada(idx: DirektoriIndex, nip: string, tanggal: IsoDate): string | undefined {
  const k = kedudukanPada(idx, nip, tanggal);
  if (!k) return undefined;
  const ppk = k.pejabatPenilaiKinerjaNip ?? atasanLangsungPada(idx, nip, tanggal);
  if (!ppk) return undefined;
  const delegasi = delegasiDariPada(idx, ppk, tanggal);
  return delegasi && delegasi.penerimaNip !== nip ? delegasi.penerimaNip : ppk;
}

/** The Pejabat yang Berwenang of an instansi on a date (the latest started, if records overlap). */
export function pejabatBerwenangPada(idx: DirektoriIndex, instansiId: string, tanggal: IsoDate): string | undefined {
  return terbaruPada(idx.pejabatBerwenang.get(instansiId), tanggal)?.nip;
}

/** The organisation on one date, as the rules read it. Resolved lazily, memoised per key. */
export function viewOn(idx: DirektoriIndex, tanggal: IsoDate): OrganisasiView {
  const pegawaiMemo = new Map<string, Pegawai | undefined>();
  const unitMemo = new Map<string, UnitOrganisasi | undefined>();
  return {
    pegawai(nip) {
      if (!pegawaiMemo.has(nip)) pegawaiMemo.set(nip, resolvePegawai(idx, nip, tanggal));
      return pegawaiMemo.get(nip);
    },
    unit(id) {
      if (!unitMemo.has(id)) {
        const u = idx.unit.get(id);
        unitMemo.set(id, u && { ...u, pimpinanNip: pimpinanPada(idx, id, tanggal)?.nip ?? null });
      }
      return unitMemo.get(id);
    },
    instansi(id): Instansi | undefined {
      const i = idx.instansi.get(id);
      return i && { ...i, pejabatBerwenangNip: pejabatBerwenangPada(idx, id, tanggal) ?? null };
    },
  };
}

function resolvePegawai(idx: DirektoriIndex, nip: string, tanggal: IsoDate): Pegawai | undefined {
  const p = idx.pegawai.get(nip);
  if (!p) return undefined;
  const k = kedudukanPada(idx, nip, tanggal);
  const ppk = pejabatPenilaiKinerjaPada(idx, nip, tanggal) ?? null;
  const struktural = k ? (k.pejabatPenilaiKinerjaNip ?? atasanLangsungPada(idx, nip, tanggal) ?? null) : null;
  return {
    ...p,
    unitId: k?.unitId ?? '',
    pejabatPenilaiKinerjaNip: ppk,
    pejabatPenilaiKinerjaDelegasi: ppk !== null && ppk !== struktural,
    kedudukanSejak: k?.mulai ?? null,
  };
}
