import { z } from 'zod';
import type { PengalamanKerja } from '../../../domain/direktori.js';
import { isGolongan } from '../../../domain/golongan.js';
import { nipProblem } from '../../../domain/nip.js';
import { isIsoDate } from '../../../domain/rules/periode-penugasan.js';
import { formulaProblem } from './formula-guard.js';

/**
 * zod schemas for one cell. A cell arrives trimmed, and null when empty; every message is written here in
 * Bahasa Indonesia because the agency's staff read it beside the row and column.
 */

const WAJIB = 'Wajib diisi.';
/** Items of a list cell (kompetensi, pengalaman). */
export const PEMISAH_DAFTAR = '|';

export const teks = z.string({ error: WAJIB });
export const teksOpsional = z.string().nullable();

export const nip = z.string({ error: WAJIB }).superRefine((value, ctx) => {
  // Excel turns an 18-digit NIP typed into a General cell into 1.98807E+17 and loses its last digits.
  if (/^\d+(?:[.,]\d+)?E\+\d+$/i.test(value)) {
    ctx.addIssue({ code: 'custom', message: `NIP "${value}" telah diubah spreadsheet menjadi angka; format kolom NIP sebagai Teks lalu ketik ulang NIP-nya.` });
    return;
  }
  const problem = nipProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const tanggal = z.string({ error: WAJIB }).superRefine((value, ctx) => {
  if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: `Tanggal "${value}" tidak sah; gunakan format TTTT-BB-HH, misalnya 2025-01-31.` });
});

/** One of a fixed set of codes; case, spaces and hyphens are forgiven ("Ahli Pertama" is AHLI_PERTAMA). */
export function pilihan<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  const isCode = (code: string): code is T[number] => allowed.has(code);
  return z.string({ error: WAJIB }).transform((value, ctx) => {
    const code = value.toUpperCase().replace(/[\s-]+/g, '_');
    if (isCode(code)) return code;
    ctx.addIssue({ code: 'custom', message: `Nilai "${value}" tidak dikenal; isi salah satu dari: ${values.join(', ')}.` });
    return z.NEVER;
  });
}

const YA = new Set(['ya', 'true', '1']);
const TIDAK = new Set(['tidak', 'false', '0']);

/** ya/tidak, true/false or 1/0; an empty cell means ya. */
export const yaTidak = z.string().nullable().transform((value, ctx) => {
  if (value === null || YA.has(value.toLowerCase())) return true;
  if (TIDAK.has(value.toLowerCase())) return false;
  ctx.addIssue({ code: 'custom', message: `Nilai "${value}" tidak dikenal; isi ya, tidak, true, false, 1 atau 0.` });
  return z.NEVER;
});

function items(value: string | null): string[] {
  return value === null ? [] : value.split(PEMISAH_DAFTAR).map((s) => s.trim()).filter((s) => s !== '');
}

/** Items separated by |; each item is guarded against formulas on its own (it may be exported alone). */
export const daftar = z.string().nullable().transform((value, ctx) => {
  const list = items(value);
  for (const item of list) {
    const problem = formulaProblem(item);
    if (problem) ctx.addIssue({ code: 'custom', message: `Butir "${item}": ${problem}` });
  }
  return list;
});

/** Items bidang:tahun:bukti separated by |; tahun is whole years, bukti may contain colons or be empty. */
export const pengalaman = z.string().nullable().transform((value, ctx) => {
  const result: PengalamanKerja[] = [];
  for (const item of items(value)) {
    const [bidang = '', tahun = '', ...bukti] = item.split(':').map((s) => s.trim());
    const problem = formulaProblem(bidang) ?? formulaProblem(tahun, { angka: true }) ?? formulaProblem(bukti.join(':'));
    if (problem) ctx.addIssue({ code: 'custom', message: `Butir "${item}": ${problem}` });
    else if (bidang === '' || !/^\d{1,2}$/.test(tahun)) {
      ctx.addIssue({ code: 'custom', message: `Butir "${item}" tidak sah; tulis bidang:tahun:bukti, tahun berupa bilangan bulat 0 atau lebih, misalnya Pengelolaan Keuangan:3:SK 800/12/2021.` });
    } else result.push({ bidang, tahun: Number(tahun), bukti: bukti.join(':') });
  }
  return result;
});

const GOLONGAN_PPPK = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$/;

/** A PNS golongan ruang (III/b) written the usual way, or a PPPK golongan (I–XVII); which one applies is checked per row. */
export const golongan = z.string().nullable().transform((value, ctx) => {
  if (value === null) return null;
  const pppk = value.toUpperCase();
  if (GOLONGAN_PPPK.test(pppk)) return pppk;
  if (isGolongan(value)) {
    const m = /^(IV|III|II|I)\s*\/?\s*([a-e])$/i.exec(value);
    return `${m?.[1]?.toUpperCase()}/${m?.[2]?.toLowerCase()}`;
  }
  ctx.addIssue({ code: 'custom', message: `Golongan "${value}" tidak sah; isi golongan ruang PNS seperti III/b, atau golongan PPPK I sampai XVII.` });
  return z.NEVER;
});

export const isGolonganPppk = (value: string): boolean => GOLONGAN_PPPK.test(value);
