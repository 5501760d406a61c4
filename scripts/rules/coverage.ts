import { z } from 'zod';
import type { Aturan, Katalog } from './katalog.js';
import { idDalam, type JudulTes } from './test-titles.js';

/** rules/tidak-dapat-diperiksa.json: rules no software can check, each with a concrete reason. */
export const tidakDapatDiperiksaSchema = z.array(z.object({
  id: z.string().regex(/^R-[A-Z]{3}-\d{2}$/),
  alasan: z.string().trim().min(20, 'alasan harus konkret (paling sedikit 20 karakter)'),
}).strict());
export type TidakDapatDiperiksa = z.infer<typeof tidakDapatDiperiksaSchema>;

/** The prefixes whose rules must all be covered or marked: every rule of RULES.md (national, the three agencies, R-SYS). */
export const PREFIX_WAJIB = ['R-NAT', 'R-BTN', 'R-MRT', 'R-KIN', 'R-SYS'] as const;

export type Status = 'CAKUP' | 'TIDAK DAPAT DIPERIKSA' | 'BELUM';

export interface Sitasi {
  readonly file: string;
  readonly title: string;
}

export interface BarisCakupan extends Aturan {
  readonly status: Status;
  readonly tes: readonly Sitasi[];
  readonly alasan?: string;
}

export interface HasilCakupan {
  readonly aturan: readonly BarisCakupan[];
  readonly ringkasan: { readonly total: number } & Record<Status, number>;
  /** Each makes the command fail. */
  readonly masalah: readonly string[];
}

const wajib = (id: string) => PREFIX_WAJIB.some((p) => id.startsWith(`${p}-`));

export function hitungCakupan(katalog: Katalog, tes: readonly JudulTes[], tandai: TidakDapatDiperiksa): HasilCakupan {
  const dikenal = new Set(katalog.aturan.map((a) => a.id));
  const sitasi = new Map<string, Sitasi[]>();
  const masalah: string[] = [];
  for (const t of tes) {
    const title = t.path.join(' › ');
    for (const id of idDalam(title)) {
      if (!dikenal.has(id)) masalah.push(`${t.file}: '${title}' menyebut ${id}, yang tidak ada di katalog`);
      else sitasi.set(id, [...(sitasi.get(id) ?? []), { file: t.file, title }]);
    }
  }
  const alasan = new Map<string, string>();
  for (const { id, alasan: teks } of tandai) {
    if (alasan.has(id)) masalah.push(`${id} ditandai tidak dapat diperiksa lebih dari sekali`);
    if (!dikenal.has(id)) masalah.push(`${id} ditandai tidak dapat diperiksa, tetapi tidak ada di katalog`);
    alasan.set(id, teks);
  }
  const aturan = katalog.aturan.filter((a) => wajib(a.id)).map((a): BarisCakupan => {
    const daftar = sitasi.get(a.id) ?? [];
    const teks = alasan.get(a.id);
    if (daftar.length > 0 && teks !== undefined) {
      masalah.push(`${a.id} dicakup ${daftar.length} tes sekaligus ditandai tidak dapat diperiksa: hapus salah satunya`);
    }
    if (daftar.length > 0) return { ...a, status: 'CAKUP', tes: daftar };
    if (teks !== undefined) return { ...a, status: 'TIDAK DAPAT DIPERIKSA', tes: [], alasan: teks };
    masalah.push(`${a.id} (${a.title}) belum dicakup tes dan tidak ditandai tidak dapat diperiksa`);
    return { ...a, status: 'BELUM', tes: [] };
  });
  const hitung = (s: Status) => aturan.filter((a) => a.status === s).length;
  return {
    aturan,
    ringkasan: { total: aturan.length, CAKUP: hitung('CAKUP'), 'TIDAK DAPAT DIPERIKSA': hitung('TIDAK DAPAT DIPERIKSA'), BELUM: hitung('BELUM') },
    masalah,
  };
}

/** The table for people: one line per rule, its tests indented under it. */
export function formatTabel(hasil: HasilCakupan): string {
  const lebar = (ambil: (b: BarisCakupan) => string, judul: string) => Math.max(judul.length, ...hasil.aturan.map((b) => ambil(b).length));
  const [wId, wJenis, wStatus] = [lebar((b) => b.id, 'ID'), lebar((b) => b.type, 'JENIS'), lebar((b) => b.status, 'STATUS')];
  const baris = (id: string, jenis: string, status: string, sisa: string) =>
    `${id.padEnd(wId)}  ${jenis.padEnd(wJenis)}  ${status.padEnd(wStatus)}  ${sisa}`.trimEnd();
  const keluaran = [baris('ID', 'JENIS', 'STATUS', 'JUDUL / TES'), '-'.repeat(wId + wJenis + wStatus + 40)];
  for (const b of hasil.aturan) {
    keluaran.push(baris(b.id, b.type, b.status, b.title));
    const indent = ' '.repeat(wId + wJenis + wStatus + 6);
    for (const file of new Set(b.tes.map((t) => t.file))) {
      keluaran.push(`${indent}${file}`);
      for (const t of b.tes.filter((x) => x.file === file)) keluaran.push(`${indent}  - ${t.title}`);
    }
    if (b.alasan) keluaran.push(`${indent}alasan: ${b.alasan}`);
  }
  return keluaran.join('\n');
}

export function formatRingkasan(hasil: HasilCakupan): string {
  const r = hasil.ringkasan;
  return `Ringkasan ${PREFIX_WAJIB.join(' + ')}: ${r.total} aturan, ${r.CAKUP} CAKUP, ${r['TIDAK DAPAT DIPERIKSA']} TIDAK DAPAT DIPERIKSA, ${r.BELUM} BELUM.`;
}
