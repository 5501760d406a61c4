import type { Direktori } from '../../domain/direktori.js';
import { validateDirektori } from '../../domain/direktori-validation.js';
import { ImportError, parseDirektoriCsv, type ImportProgress } from './csv/index.js';
import { DirektoriImportError, parseDirektoriJson } from './direktori-json.js';

export interface DirektoriFileInput {
  readonly name: string;
  readonly text: string;
}

/**
 * Reads an organisation import: one JSON file, or one CSV file per entity. Every problem is listed
 * (ImportError); a Direktori is returned only when everything is valid, so nothing half-written is stored.
 */
export function readDirektori(files: readonly DirektoriFileInput[], onProgress?: ImportProgress): Direktori {
  const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  if (json.length === 0) return parseDirektoriCsv(files, onProgress);
  if (json.length > 1 || files.length > 1) {
    throw new ImportError([{ file: files.map((f) => f.name).join(', '), row: 0, column: '', message: 'Impor JSON berupa satu berkas saja; CSV berupa satu berkas per entitas.' }]);
  }
  const file = json[0]!;
  let direktori: Direktori;
  try {
    direktori = parseDirektoriJson(file.text, file.name);
  } catch (e) {
    if (!(e instanceof DirektoriImportError)) throw e;
    throw new ImportError(e.problems.map((p) => ({ file: p.file, row: 0, column: [p.row, p.column].filter((x) => x !== '-').join('.'), message: p.message })));
  }
  const problems = validateDirektori(direktori);
  if (problems.length > 0) {
    throw new ImportError(problems.map((p) => ({
      file: file.name, row: 0, column: `${p.entitas}.${p.indeks}.${p.kolom}`, message: p.pesan, ...(p.ruleId ? { ruleId: p.ruleId } : {}),
    })));
  }
  onProgress?.(direktori.pegawai.length, direktori.pegawai.length);
  return direktori;
}
