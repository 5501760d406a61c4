/**
 * A CSV reader after RFC 4180, for the files agencies export from Excel or LibreOffice: quoted fields
 * with "" escapes and line breaks, CRLF, LF or CR line ends, a UTF-8 BOM, and `;` or `,` as delimiter
 * (Excel with Indonesian regional settings writes `;`).
 */

export type CsvDelimiter = ',' | ';';

export interface CsvRecord {
  /** The row number a spreadsheet shows: the header is row 1, a quoted line break does not start a row. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  readonly header: readonly string[];
  /** Data records; rows whose cells are all blank are left out (their numbers are not reused). */
  readonly records: readonly CsvRecord[];
  readonly problems: readonly { readonly row: number; readonly message: string }[];
}

/** The delimiter of the header line: `;` when it has more of them than commas. */
export function detectDelimiter(text: string): CsvDelimiter {
  const end = text.search(/[\r\n]/);
  const line = end === -1 ? text : text.slice(0, end);
  let [semicolons, commas] = [0, 0];
  for (const c of line) {
    if (c === ';') semicolons++;
    else if (c === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const problems: { row: number; message: string }[] = [];
  const rows: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let row = 1;
  let cells: string[] = [];
  for (;;) {
    let value: string;
    if (text[i] === '"') {
      const start = row;
      value = '';
      for (i++; ;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          problems.push({ row: start, message: 'Tanda kutip pembuka tidak ditutup sampai akhir berkas.' });
          value += text.slice(i);
          i = n;
          break;
        }
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const rest = scanUnquoted(text, i, delimiter);
      if (rest > i) {
        problems.push({ row: start, message: `Ada teks setelah tanda kutip penutup (${text.slice(i, rest)}); tanda kutip di dalam sel harus digandakan ("").` });
        value += text.slice(i, rest);
        i = rest;
      }
    } else {
      const end = scanUnquoted(text, i, delimiter);
      value = text.slice(i, end);
      i = end;
    }
    cells.push(value);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    rows.push({ row, cells });
    if (i >= n) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    row++;
    cells = [];
    if (i >= n) break;
  }
  const [header, ...records] = rows;
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  return {
    delimiter,
    header: header && !blank(header.cells) ? header.cells : [],
    records: records.filter((r) => !blank(r.cells)),
    problems,
  };
}

/** The end of an unquoted field starting at `from`: the next delimiter or line break. */
function scanUnquoted(text: string, from: number, delimiter: CsvDelimiter): number {
  let j = from;
  while (j < text.length) {
    const c = text[j];
    if (c === delimiter || c === '\n' || c === '\r') break;
    j++;
  }
  return j;
}
