import { z } from 'zod';
import {
  JENIS_INSTANSI, JENJANG_JF, KODE_PROFIL, PENDIDIKAN, STATUS_KEPEGAWAIAN, STATUS_PIMPINAN, type Direktori,
} from '../../domain/direktori.js';
import { nipProblem } from '../../domain/nip.js';
import { JABATAN_KATEGORI, JENIS_UNIT } from '../../domain/organisasi.js';
import { isIsoDate } from '../../domain/rules/periode-penugasan.js';

const nip = z.string().superRefine((value, ctx) => {
  const problem = nipProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const tanggal = z.string().refine(isIsoDate, 'harus tanggal yang sah dengan format TTTT-BB-HH');
const teks = z.string().trim().min(1, 'wajib diisi');
const periode = { mulai: tanggal, selesai: tanggal.nullable().default(null) };

/** A directory file (JSON): the same records as the CSV import, one array per entity. */
export const direktoriSchema = z.object({
  instansi: z.array(z.object({ id: teks, nama: teks, jenis: z.enum(JENIS_INSTANSI), profil: z.enum(KODE_PROFIL).default('NAT') }).strict()),
  unit: z.array(z.object({
    id: teks, instansiId: teks, nama: teks, jenis: z.enum(JENIS_UNIT), indukId: teks.nullable().default(null), pola: teks.nullable().default(null),
  }).strict()),
  pegawai: z.array(z.object({
    nip, nama: teks, instansiId: teks, statusKepegawaian: z.enum(STATUS_KEPEGAWAIAN).default('PNS'), jabatanNama: teks,
    jabatanKategori: z.enum(JABATAN_KATEGORI), jenjang: z.enum(JENJANG_JF).nullable().default(null), golongan: teks.nullable().default(null),
    pendidikan: z.enum(PENDIDIKAN).nullable().default(null),
    pengalaman: z.array(z.object({ bidang: teks, tahun: z.number().int().min(0).max(60), bukti: teks }).strict()).default([]),
    kompetensi: z.array(teks).default([]), aktif: z.boolean().default(true),
  }).strict()),
  kedudukan: z.array(z.object({ nip, unitId: teks, pejabatPenilaiKinerjaNip: nip.nullable().default(null), ...periode }).strict()).default([]),
  pimpinan: z.array(z.object({ unitId: teks, nip, status: z.enum(STATUS_PIMPINAN).default('DEFINITIF'), ...periode }).strict()).default([]),
  pejabatBerwenang: z.array(z.object({ instansiId: teks, nip, ...periode }).strict()).default([]),
  delegasi: z.array(z.object({ pemberiNip: nip, penerimaNip: nip, dasar: teks, ...periode }).strict()).default([]),
}).strict();

export interface ImportProblem {
  readonly file: string;
  /** JSON path (pegawai.3.nip) or CSV row number. */
  readonly row: number | string;
  readonly column: string;
  readonly message: string;
  readonly ruleId?: string;
}

export class DirektoriImportError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(`Impor organisasi ditolak (${problems.length} masalah); tidak ada yang disimpan:\n` +
      problems.map((p) => `  ${p.file} ${typeof p.row === 'number' ? `baris ${p.row}` : p.row} kolom ${p.column}: ${p.message}${p.ruleId ? ` [${p.ruleId}]` : ''}`).join('\n'));
  }
}

/** Parses a directory JSON file; every structural problem is listed with its path. */
export function parseDirektoriJson(text: string, file: string): Direktori {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DirektoriImportError([{ file, row: '(berkas)', column: '-', message: `bukan JSON yang sah: ${(e as Error).message}` }]);
  }
  const parsed = direktoriSchema.safeParse(raw, { error: indonesian });
  if (!parsed.success) {
    throw new DirektoriImportError(parsed.error.issues.map((i) => ({
      file, row: i.path.slice(0, 2).join('.') || '(berkas)', column: i.path.slice(2).join('.') || '-', message: i.message,
    })));
  }
  return parsed.data;
}

/** Messages for the issue kinds zod reports in English by default. */
function indonesian(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': return issue.input === undefined ? 'wajib diisi' : `tipe tidak sesuai (diharapkan ${issue.expected})`;
    case 'invalid_value': return `nilai tidak dikenal; pilih salah satu: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys': return `kolom tidak dikenal: ${issue.keys.join(', ')}`;
    default: return undefined;
  }
}
