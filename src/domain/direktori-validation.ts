import { indexDirektori, pejabatPenilaiKinerjaPada, type Direktori, type DirektoriIndex, type Periode } from './direktori.js';
import type { JabatanKategori } from './organisasi.js';
import type { RuleId } from './rule-violation.js';

/**
 * Checks across the records of a Direktori that no single record can make: keys, references, the unit
 * tree, periods, and whether every JF and Pelaksana has a Pejabat Penilai Kinerja (R-NAT-07). An import
 * runs it after parsing each record; nothing is stored while it reports a problem.
 */

export const ENTITAS_DIREKTORI = ['instansi', 'unit', 'pegawai', 'kedudukan', 'pimpinan', 'pejabatBerwenang', 'delegasi'] as const;
export type EntitasDirektori = (typeof ENTITAS_DIREKTORI)[number];

/** Stable codes of the problem classes; importers may act on them (e.g. hide follow-up problems). */
export type KodeMasalahDirektori =
  | 'KUNCI_GANDA' | 'RUJUKAN_TIDAK_DIKENAL' | 'INSTANSI_BERBEDA' | 'SIKLUS_UNIT' | 'PERIODE_TERBALIK'
  | 'PERIODE_TUMPANG_TINDIH' | 'PPK_DIRI_SENDIRI' | 'DELEGASI_DIRI_SENDIRI' | 'PPK_TIDAK_DITEMUKAN' | 'PPK_TIDAK_AKTIF';

export interface DirektoriProblem {
  readonly entitas: EntitasDirektori;
  /** Position of the record in its list. */
  readonly indeks: number;
  /** The record field at fault, as named in direktori.ts. */
  readonly kolom: string;
  readonly pesan: string;
  readonly kode: KodeMasalahDirektori;
  readonly ruleId?: RuleId;
  /** The other record of the same list involved (the first of a duplicate, the period overlapped). */
  readonly indeksTerkait?: number;
}

/** Who needs a PPK before any penugasan (R-NAT-07: "Pejabat Fungsional dan pelaksana"). */
const BUTUH_PPK: readonly JabatanKategori[] = ['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA'];
const TERBUKA = '9999-12-31';

type Lapor = (p: DirektoriProblem) => void;

export function validateDirektori(d: Direktori): DirektoriProblem[] {
  const problems: DirektoriProblem[] = [];
  const lapor: Lapor = (p) => problems.push(p);
  checkKunci(d, lapor);
  const ganda = {
    kedudukan: kunciGanda(d.kedudukan, (k) => [k.nip, k.mulai], 'kedudukan', 'mulai', lapor,
      (k) => `Kedudukan ${k.nip} mulai ${k.mulai} sudah tercantum sebelumnya.`),
    pimpinan: kunciGanda(d.pimpinan, (p) => [p.unitId, p.status, p.mulai], 'pimpinan', 'mulai', lapor,
      (p) => `Pimpinan ${p.status} unit ${p.unitId} mulai ${p.mulai} sudah tercantum sebelumnya.`),
    pejabatBerwenang: kunciGanda(d.pejabatBerwenang, (p) => [p.instansiId, p.mulai], 'pejabatBerwenang', 'mulai', lapor,
      (p) => `Pejabat yang Berwenang instansi ${p.instansiId} mulai ${p.mulai} sudah tercantum sebelumnya.`),
    delegasi: kunciGanda(d.delegasi, (x) => [x.pemberiNip, x.penerimaNip, x.mulai], 'delegasi', 'mulai', lapor,
      (x) => `Delegasi dari ${x.pemberiNip} kepada ${x.penerimaNip} mulai ${x.mulai} sudah tercantum sebelumnya.`),
  };
  const idx = indexDirektori(d);
  checkRujukan(d, idx, lapor);
  checkSiklusUnit(d, lapor);
  checkPeriode(d, ganda, lapor);
  checkPejabatPenilaiKinerja(d, idx, lapor);
  const urutan = (e: EntitasDirektori) => ENTITAS_DIREKTORI.indexOf(e);
  return problems.sort((a, b) => urutan(a.entitas) - urutan(b.entitas) || a.indeks - b.indeks);
}

/** Reports every record whose key an earlier record already has; returns their positions. */
function kunciGanda<T>(items: readonly T[], kunci: (t: T) => readonly string[], entitas: EntitasDirektori, kolom: string,
  lapor: Lapor, pesan: (t: T) => string): ReadonlySet<number> {
  const pertama = new Map<string, number>();
  const ganda = new Set<number>();
  items.forEach((item, indeks) => {
    const k = kunci(item).join('\u0000');
    const sebelumnya = pertama.get(k);
    if (sebelumnya === undefined) pertama.set(k, indeks);
    else {
      ganda.add(indeks);
      lapor({ entitas, indeks, kolom, kode: 'KUNCI_GANDA', pesan: pesan(item), indeksTerkait: sebelumnya });
    }
  });
  return ganda;
}

function checkKunci(d: Direktori, lapor: Lapor): void {
  kunciGanda(d.instansi, (i) => [i.id], 'instansi', 'id', lapor, (i) => `Instansi ${i.id} sudah tercantum sebelumnya.`);
  kunciGanda(d.unit, (u) => [u.id], 'unit', 'id', lapor, (u) => `Unit ${u.id} sudah tercantum sebelumnya.`);
  kunciGanda(d.pegawai, (p) => [p.nip], 'pegawai', 'nip', lapor, (p) => `NIP ${p.nip} sudah tercantum sebelumnya.`);
}

function checkRujukan(d: Direktori, idx: DirektoriIndex, lapor: Lapor): void {
  const rujuk = (entitas: EntitasDirektori, indeks: number, kolom: string, nilai: string | null, ada: ReadonlyMap<string, unknown>, jenis: string) => {
    if (nilai !== null && !ada.has(nilai)) lapor({ entitas, indeks, kolom, kode: 'RUJUKAN_TIDAK_DIKENAL', pesan: `${jenis} ${nilai} tidak terdaftar.` });
  };
  const [instansi, unit, pegawai] = ['Instansi', 'Unit', 'Pegawai dengan NIP'];
  d.unit.forEach((u, i) => {
    rujuk('unit', i, 'instansiId', u.instansiId, idx.instansi, instansi);
    rujuk('unit', i, 'indukId', u.indukId, idx.unit, unit);
    const induk = u.indukId === null ? undefined : idx.unit.get(u.indukId);
    // R-NAT-03 reads the tree to find the unit organisasi; a branch into another instansi would mix scopes.
    if (induk && induk.instansiId !== u.instansiId && idx.instansi.has(u.instansiId) && idx.instansi.has(induk.instansiId)) {
      lapor({ entitas: 'unit', indeks: i, kolom: 'indukId', kode: 'INSTANSI_BERBEDA', ruleId: 'R-NAT-03',
        pesan: `Unit induk ${induk.id} berada di instansi ${induk.instansiId}, bukan di instansi ${u.instansiId}.` });
    }
  });
  d.pegawai.forEach((p, i) => rujuk('pegawai', i, 'instansiId', p.instansiId, idx.instansi, instansi));
  d.kedudukan.forEach((k, i) => {
    rujuk('kedudukan', i, 'nip', k.nip, idx.pegawai, pegawai);
    rujuk('kedudukan', i, 'unitId', k.unitId, idx.unit, unit);
    rujuk('kedudukan', i, 'pejabatPenilaiKinerjaNip', k.pejabatPenilaiKinerjaNip, idx.pegawai, pegawai);
    if (k.pejabatPenilaiKinerjaNip === k.nip) {
      lapor({ entitas: 'kedudukan', indeks: i, kolom: 'pejabatPenilaiKinerjaNip', kode: 'PPK_DIRI_SENDIRI', ruleId: 'R-NAT-07',
        pesan: `Pejabat Penilai Kinerja tidak boleh pegawai itu sendiri (${k.nip}).` });
    }
    const [p, u] = [idx.pegawai.get(k.nip), idx.unit.get(k.unitId)];
    // R-NAT-03 compares the pegawai's instansi with their unit's: a mismatch turns dalam unit into lintas instansi.
    if (p && u && p.instansiId !== u.instansiId && idx.instansi.has(p.instansiId) && idx.instansi.has(u.instansiId)) {
      lapor({ entitas: 'kedudukan', indeks: i, kolom: 'unitId', kode: 'INSTANSI_BERBEDA', ruleId: 'R-NAT-03',
        pesan: `Unit ${u.id} berada di instansi ${u.instansiId}, sedangkan pegawai ${p.nip} berasal dari instansi ${p.instansiId}.` });
    }
  });
  d.pimpinan.forEach((p, i) => {
    rujuk('pimpinan', i, 'unitId', p.unitId, idx.unit, unit);
    rujuk('pimpinan', i, 'nip', p.nip, idx.pegawai, pegawai);
  });
  d.pejabatBerwenang.forEach((p, i) => {
    rujuk('pejabatBerwenang', i, 'instansiId', p.instansiId, idx.instansi, instansi);
    rujuk('pejabatBerwenang', i, 'nip', p.nip, idx.pegawai, pegawai);
  });
  d.delegasi.forEach((x, i) => {
    rujuk('delegasi', i, 'pemberiNip', x.pemberiNip, idx.pegawai, pegawai);
    rujuk('delegasi', i, 'penerimaNip', x.penerimaNip, idx.pegawai, pegawai);
    if (x.pemberiNip === x.penerimaNip) {
      lapor({ entitas: 'delegasi', indeks: i, kolom: 'penerimaNip', kode: 'DELEGASI_DIRI_SENDIRI',
        pesan: `Pemberi dan penerima delegasi tidak boleh orang yang sama (${x.pemberiNip}).` });
    }
  });
}

/** Reports each unit on a cycle of induk links; one walk up per unit, each unit visited once. */
function checkSiklusUnit(d: Direktori, lapor: Lapor): void {
  const posisi = new Map<string, number>();
  d.unit.forEach((u, i) => { if (!posisi.has(u.id)) posisi.set(u.id, i); });
  const status = new Uint8Array(d.unit.length); // 0 not seen, 1 on the current walk, 2 done
  for (let awal = 0; awal < d.unit.length; awal++) {
    const jalur: number[] = [];
    let i: number | undefined = awal;
    while (i !== undefined && status[i] === 0) {
      status[i] = 1;
      jalur.push(i);
      const indukId: string | null | undefined = d.unit[i]?.indukId;
      i = indukId ? posisi.get(indukId) : undefined;
    }
    if (i !== undefined && status[i] === 1) {
      const siklus = jalur.slice(jalur.indexOf(i));
      const rantai = [...siklus, i].map((j) => d.unit[j]?.id).join(' → ');
      for (const j of siklus) {
        lapor({ entitas: 'unit', indeks: j, kolom: 'indukId', kode: 'SIKLUS_UNIT',
          pesan: `Unit ${d.unit[j]?.id} berada dalam lingkaran unit induk: ${rantai}.` });
      }
    }
    for (const j of jalur) status[j] = 2;
  }
}

function checkPeriode(d: Direktori, ganda: Record<'kedudukan' | 'pimpinan' | 'pejabatBerwenang' | 'delegasi', ReadonlySet<number>>, lapor: Lapor): void {
  const sampai = (p: Periode) => p.selesai ?? 'sekarang';
  const periode = <T extends Periode>(entitas: keyof typeof ganda, items: readonly T[], kelompok: (t: T) => string, pesan: (t: T, lain: T) => string) => {
    items.forEach((p, indeks) => {
      if (p.selesai !== null && p.selesai < p.mulai) {
        lapor({ entitas, indeks, kolom: 'selesai', kode: 'PERIODE_TERBALIK', ruleId: 'R-SYS-03',
          pesan: `Tanggal selesai (${p.selesai}) tidak boleh sebelum tanggal mulai (${p.mulai}).` });
      }
    });
    tumpangTindih(items, kelompok, ganda[entitas], (indeks, lain) => lapor({
      entitas, indeks, kolom: 'mulai', kode: 'PERIODE_TUMPANG_TINDIH', indeksTerkait: lain, pesan: pesan(items[indeks]!, items[lain]!),
    }));
  };
  periode('kedudukan', d.kedudukan, (k) => k.nip, (k, lain) =>
    `Kedudukan ${k.nip} mulai ${k.mulai} tumpang tindih dengan kedudukannya di unit ${lain.unitId} (${lain.mulai} s.d. ${sampai(lain)}).`);
  periode('pimpinan', d.pimpinan, (p) => `${p.unitId}\u0000${p.status}`, (p, lain) =>
    `Pimpinan ${p.status} unit ${p.unitId} mulai ${p.mulai} tumpang tindih dengan ${lain.nip} (${lain.mulai} s.d. ${sampai(lain)}).`);
  periode('pejabatBerwenang', d.pejabatBerwenang, (p) => p.instansiId, (p, lain) =>
    `Pejabat yang Berwenang instansi ${p.instansiId} mulai ${p.mulai} tumpang tindih dengan ${lain.nip} (${lain.mulai} s.d. ${sampai(lain)}).`);
  periode('delegasi', d.delegasi, (x) => x.pemberiNip, (x, lain) =>
    `Delegasi dari ${x.pemberiNip} mulai ${x.mulai} tumpang tindih dengan delegasinya kepada ${lain.penerimaNip} (${lain.mulai} s.d. ${sampai(lain)}).`);
}

/**
 * Within each group, reports every period that starts on or before the end of an earlier one (ends are
 * inclusive). Sorted once per group, so O(n log n); duplicates and reversed periods are reported elsewhere.
 */
function tumpangTindih<T extends Periode>(items: readonly T[], kelompok: (t: T) => string, lewati: ReadonlySet<number>,
  lapor: (indeks: number, lain: number) => void): void {
  const groups = new Map<string, number[]>();
  items.forEach((p, i) => {
    if (lewati.has(i) || (p.selesai !== null && p.selesai < p.mulai)) return;
    const list = groups.get(kelompok(p));
    if (list) list.push(i);
    else groups.set(kelompok(p), [i]);
  });
  const akhir = (i: number) => items[i]!.selesai ?? TERBUKA;
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (items[a]!.mulai < items[b]!.mulai ? -1 : items[a]!.mulai > items[b]!.mulai ? 1 : a - b));
    let terjauh = list[0]!;
    for (const i of list.slice(1)) {
      if (items[i]!.mulai <= akhir(terjauh)) lapor(i, terjauh);
      if (akhir(i) > akhir(terjauh)) terjauh = i;
    }
  }
}

/** R-NAT-07: an active JF or Pelaksana with a current kedudukan (selesai null) has a PPK on its first day. */
function checkPejabatPenilaiKinerja(d: Direktori, idx: DirektoriIndex, lapor: Lapor): void {
  d.kedudukan.forEach((k, indeks) => {
    const pegawai = idx.pegawai.get(k.nip);
    if (k.selesai !== null || !pegawai?.aktif || !BUTUH_PPK.includes(pegawai.jabatanKategori)) return;
    if (!idx.unit.has(k.unitId)) return; // reported as an unknown unit already
    const ppkNip = pejabatPenilaiKinerjaPada(idx, k.nip, k.mulai);
    const ppk = ppkNip === undefined ? undefined : idx.pegawai.get(ppkNip);
    if (ppkNip === undefined) {
      lapor({ entitas: 'kedudukan', indeks, kolom: 'pejabatPenilaiKinerjaNip', kode: 'PPK_TIDAK_DITEMUKAN', ruleId: 'R-NAT-07',
        pesan: `Pejabat Penilai Kinerja ${pegawai.nama} (${k.nip}) tidak dapat ditentukan pada ${k.mulai}: tetapkan pada kedudukan ini atau catat pimpinan unit ${k.unitId} atau unit di atasnya.` });
    } else if (ppk && !ppk.aktif) {
      lapor({ entitas: 'kedudukan', indeks, kolom: 'pejabatPenilaiKinerjaNip', kode: 'PPK_TIDAK_AKTIF', ruleId: 'R-NAT-07',
        pesan: `Pejabat Penilai Kinerja ${pegawai.nama} (${k.nip}) pada ${k.mulai} adalah ${ppk.nama} (${ppk.nip}), yang tidak aktif.` });
    }
  });
}
