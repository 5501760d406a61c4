import { z } from 'zod';
import type { Direktori } from '../../../domain/direktori.js';
import { validateDirektori, type DirektoriProblem, type EntitasDirektori } from '../../../domain/direktori-validation.js';
import { parseCsv, type CsvRecord } from './csv-table.js';
import { DIREKTORI_FILES, columnOf, type DirektoriFile } from './direktori-files.js';
import { baseName, checkHeader, identify, type CsvFile } from './file-layout.js';
import { formulaProblem } from './formula-guard.js';
import { ImportError, type ImportProblem } from './import-error.js';

export type { CsvFile } from './file-layout.js';

export type ImportProgress = (rowsDone: number, rowsTotal: number) => void;

/** zod's own messages, should one escape the schemas' written ones, in Bahasa Indonesia (not set globally). */
const PARSE_PARAMS = { error: z.locales.id().localeError };
const PROGRESS_EVERY = 500;
/** Columns other files refer to; their values in rows that failed are kept so references to them are not reported too. */
const KEY_COLUMNS = new Set(['instansi.csv:id', 'unit.csv:id', 'pegawai.csv:nip']);

interface Loaded {
  readonly spec: DirektoriFile;
  readonly file: CsvFile;
  readonly records: readonly CsvRecord[];
  readonly headerWidth: number;
  /** Position of each of spec.columns in the header; undefined when the header is unusable. */
  readonly positions: readonly number[] | undefined;
  /** Positions of blank header cells: ignored, but they must stay empty. */
  readonly untitled: readonly number[];
}

/**
 * Reads the directory from one CSV file per list (instansi.csv, unit.csv, pegawai.csv required; kedudukan.csv,
 * pimpinan.csv, pejabat-berwenang.csv, delegasi.csv optional), checks every row and then the whole
 * (validateDirektori). All or nothing: throws ImportError listing every problem, or returns the Direktori.
 */
export function parseDirektoriCsv(files: readonly CsvFile[], onProgress?: ImportProgress): Direktori {
  const problems: ImportProblem[] = [];
  const loaded = identify(files, problems).map(({ spec, file }): Loaded => {
    const table = parseCsv(file.text);
    for (const p of table.problems) problems.push({ file: file.name, row: p.row, column: '', message: p.message });
    const untitled = table.header.flatMap((name, i) => (name.trim() === '' ? [i] : []));
    return { spec, file, records: table.records, headerWidth: table.header.length, positions: checkHeader(spec, file.name, table.header, problems), untitled };
  });
  const wholeFilesOk = problems.length === 0;

  const total = loaded.reduce((n, l) => n + l.records.length, 0);
  let done = 0;
  const direktori: Record<EntitasDirektori, unknown[]> = { instansi: [], unit: [], pegawai: [], kedudukan: [], pimpinan: [], pejabatBerwenang: [], delegasi: [] };
  const rowsOf = new Map<EntitasDirektori, { file: string; rows: number[] }>();
  const failedKeys = new Set<string>();
  let rowsFailed = false;
  for (const l of loaded) {
    const rows: number[] = [];
    rowsOf.set(l.spec.entitas, { file: l.file.name, rows });
    for (const record of l.records) {
      if (l.positions) {
        const parsed = parseRow(l, record, problems);
        if (parsed.ok) {
          direktori[l.spec.entitas].push(parsed.value);
          rows.push(record.row);
        } else {
          rowsFailed = true;
          l.spec.columns.forEach((c, i) => {
            if (KEY_COLUMNS.has(`${l.spec.name}:${c}`)) failedKeys.add((record.cells[l.positions?.[i] ?? -1] ?? '').trim());
          });
        }
      }
      if (++done % PROGRESS_EVERY === 0) onProgress?.(done, total);
    }
  }
  onProgress?.(total, total);

  // Checks across files need every file and column; without them they would only report the gap again.
  if (wholeFilesOk) {
    for (const p of validateDirektori(direktori as unknown as Direktori)) {
      const value = (direktori[p.entitas][p.indeks] as Record<string, unknown>)[p.kolom];
      const followUp = (p.kode === 'RUJUKAN_TIDAK_DIKENAL' && failedKeys.has(String(value)))
        || (rowsFailed && (p.kode === 'PPK_TIDAK_DITEMUKAN' || p.kode === 'PPK_TIDAK_AKTIF'));
      if (!followUp) problems.push(toImportProblem(p, rowsOf));
    }
  }
  if (problems.length > 0) throw new ImportError(sortProblems(problems));
  return direktori as unknown as Direktori;
}

function parseRow(l: Loaded, record: CsvRecord, problems: ImportProblem[]): { ok: true; value: unknown } | { ok: false } {
  const { cells, row } = record;
  const file = l.file.name;
  const before = problems.length;
  let extra = false;
  for (let i = l.headerWidth; i < cells.length; i++) extra ||= cells[i]?.trim() !== '';
  if (cells.length < l.headerWidth || extra) {
    problems.push({ file, row, column: '',
      message: `Baris berisi ${cells.length} sel, sedangkan baris judul berisi ${l.headerWidth} kolom; periksa pemisah kolom (, atau ;) dan tanda kutip.` });
    return { ok: false };
  }
  const input: Record<string, string | null> = {};
  let refused: Set<string> | undefined;
  for (const [i, column] of l.spec.columns.entries()) {
    const raw = cells[l.positions?.[i] ?? -1] ?? '';
    const formula = formulaProblem(raw);
    if (formula) {
      (refused ??= new Set()).add(column);
      problems.push({ file, row, column, message: formula });
    }
    const value = raw.trim();
    input[column] = value === '' ? null : value;
  }
  for (const i of l.untitled) {
    if (cells[i]?.trim()) problems.push({ file, row, column: '', message: `Sel ke-${i + 1} berisi data, tetapi kolomnya tidak berjudul.` });
  }
  const parsed = l.spec.row.safeParse(input, PARSE_PARAMS);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? '');
      if (!refused?.has(column)) problems.push({ file, row, column, message: issue.message });
    }
    return { ok: false };
  }
  return problems.length === before ? { ok: true, value: parsed.data } : { ok: false };
}

function toImportProblem(p: DirektoriProblem, rowsOf: ReadonlyMap<EntitasDirektori, { file: string; rows: number[] }>): ImportProblem {
  const at = rowsOf.get(p.entitas);
  const row = at?.rows[p.indeks] ?? 0;
  const related = p.indeksTerkait === undefined ? undefined : at?.rows[p.indeksTerkait];
  return {
    file: at?.file ?? DIREKTORI_FILES.find((s) => s.entitas === p.entitas)?.name ?? p.entitas,
    row, column: columnOf(p.kolom),
    message: related === undefined ? p.pesan : `${p.pesan} Lihat baris ${related}.`,
    ...(p.ruleId ? { ruleId: p.ruleId } : {}),
  };
}

/** File order of the template, then row; problems of one row keep the column order. */
function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const rank = new Map<string, number>();
  for (const { file } of problems) {
    if (!rank.has(file)) rank.set(file, DIREKTORI_FILES.findIndex((s) => s.name === baseName(file)));
  }
  return [...problems].sort((a, b) => (rank.get(a.file) ?? -1) - (rank.get(b.file) ?? -1) || a.row - b.row);
}
