import { DIREKTORI_FILES, type DirektoriFile } from './direktori-files.js';
import type { ImportProblem } from './import-error.js';

/** Which file holds which list, and whether its header has the columns of the template. */

export interface CsvFile {
  /** File name, possibly with a directory; only the base name (case-insensitive) says which list it holds. */
  readonly name: string;
  readonly text: string;
}

export function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').toLowerCase();
}

/** The files of the template found, in template order; unknown, repeated and missing required files are problems. */
export function identify(files: readonly CsvFile[], problems: ImportProblem[]): { spec: DirektoriFile; file: CsvFile }[] {
  const byName = new Map<string, CsvFile>();
  for (const file of files) {
    const base = baseName(file.name);
    const spec = DIREKTORI_FILES.find((s) => s.name === base);
    if (!spec) {
      problems.push({ file: file.name, row: 0, column: '',
        message: `Berkas tidak dikenal; nama berkas yang diterima: ${DIREKTORI_FILES.map((s) => s.name).join(', ')}.` });
    } else if (byName.has(base)) {
      problems.push({ file: file.name, row: 0, column: '', message: `Berkas ${base} disertakan lebih dari sekali.` });
    } else byName.set(base, file);
  }
  const found: { spec: DirektoriFile; file: CsvFile }[] = [];
  for (const spec of DIREKTORI_FILES) {
    const file = byName.get(spec.name);
    if (file) found.push({ spec, file });
    else if (spec.required) {
      problems.push({ file: spec.name, row: 0, column: '', message: `Berkas wajib disertakan, dengan kolom: ${spec.columns.join(', ')}.` });
    }
  }
  return found;
}

/**
 * Positions of the template's columns in the header, or undefined (and problems) when one is unknown,
 * repeated or missing. Header names are forgiven case, spaces and hyphens ("Instansi ID" is instansi_id);
 * a blank header cell marks an unused column.
 */
export function checkHeader(spec: DirektoriFile, file: string, header: readonly string[], problems: ImportProblem[]): number[] | undefined {
  const problem = (column: string, message: string) => problems.push({ file, row: 1, column, message });
  if (header.length === 0) {
    problem('', `Baris pertama harus berisi judul kolom: ${spec.columns.join(', ')}.`);
    return undefined;
  }
  const position = new Map<string, number>();
  const before = problems.length;
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (name === '') return;
    if (!spec.columns.includes(name)) problem(raw.trim(), `Kolom tidak dikenal; kolom ${spec.name}: ${spec.columns.join(', ')}.`);
    else if (position.has(name)) problem(name, 'Kolom tercantum lebih dari sekali.');
    else position.set(name, i);
  });
  for (const c of spec.columns) if (!position.has(c)) problem(c, 'Kolom wajib ada di baris judul.');
  return problems.length === before ? spec.columns.map((c) => position.get(c) ?? -1) : undefined;
}
