export { parseDirektoriCsv, type CsvFile, type ImportProgress } from './parse-direktori-csv.js';
export { ImportError, formatImportProblem, type ImportProblem } from './import-error.js';
export { DIREKTORI_FILES, type DirektoriFile } from './direktori-files.js';
export { parseCsv, detectDelimiter, type CsvTable, type CsvRecord, type CsvDelimiter } from './csv-table.js';
export { formulaProblem } from './formula-guard.js';
