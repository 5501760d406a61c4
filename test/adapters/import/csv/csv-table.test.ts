import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../../src/adapters/import/csv/csv-table.js';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('parseCsv: RFC 4180 as spreadsheets write it', () => {
  it('given quoted fields with delimiters, "" escapes and a line break, when parsed, then each is one cell', () => {
    const table = parseCsv('nama,alamat\n"Fauzi, M.Si.","Jl. ""Merdeka""\nNo. 1"\nBudi,Serang\n');

    expect(table.header).toEqual(['nama', 'alamat']);
    expect(table.records).toEqual([
      { row: 2, cells: ['Fauzi, M.Si.', 'Jl. "Merdeka"\nNo. 1'] },
      { row: 3, cells: ['Budi', 'Serang'] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it.each([
    { ends: 'LF', text: 'a,b\n1,2\n3,4\n' },
    { ends: 'CRLF', text: 'a,b\r\n1,2\r\n3,4\r\n' },
    { ends: 'CR', text: 'a,b\r1,2\r3,4' },
    { ends: 'CRLF with a BOM and no final line break', text: '\uFEFFa,b\r\n1,2\r\n3,4' },
  ])('given $ends, when parsed, then the rows are the same', ({ text }) => {
    const table = parseCsv(text);

    expect([table.header, ...table.records.map((r) => r.cells)]).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect(table.records.map((r) => r.row)).toEqual([2, 3]);
  });

  it('given a header with more semicolons than commas, when parsed, then ; is the delimiter and commas stay in cells', () => {
    const table = parseCsv('nip;nama;golongan\r\n198807222012121003;Dedi Kurniawan, S.Kom.;III/c\r\n');

    expect(table.delimiter).toBe(';');
    expect(table.records[0]?.cells).toEqual(['198807222012121003', 'Dedi Kurniawan, S.Kom.', 'III/c']);
  });

  it.each([
    ['a,b,c', ','], ['a;b;c', ';'], ['a;b,c', ','], ['"x;y",b,c', ','], ['single', ','], ['a;b\nc,d,e,f', ';'],
  ])('given the header %j, then the delimiter is %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('given blank rows and rows of empty cells, when parsed, then they are left out and later rows keep their numbers', () => {
    expect(parseCsv('a,b\n\n1,2\n,\n  , \n3,4\n').records.map((r) => [r.row, ...r.cells])).toEqual([[3, '1', '2'], [6, '3', '4']]);
  });

  it('given empty cells, a trailing delimiter and a quote inside an unquoted cell, when parsed, then they are kept as written', () => {
    expect(cells('a,b,c\n1,,3\n1,2,\nx"y,2,3\n')).toEqual([['1', '', '3'], ['1', '2', ''], ['x"y', '2', '3']]);
  });

  it('given an empty text or a blank first row, when parsed, then there is no header', () => {
    expect(parseCsv('').header).toEqual([]);
    expect(parseCsv('\n,\n').header).toEqual([]);
  });

  it('given a quote never closed, when parsed, then the row where it opens is reported', () => {
    const table = parseCsv('a,b\n1,2\n3,"tidak ditutup\n4,5\n');

    expect(table.problems).toEqual([{ row: 3, message: 'Tanda kutip pembuka tidak ditutup sampai akhir berkas.' }]);
  });

  it('given text after a closing quote, when parsed, then the row is reported and the text kept', () => {
    const table = parseCsv('a,b\n"Jl. "Merdeka" 1",2\n');

    expect(table.records[0]?.cells).toEqual(['Jl. Merdeka" 1"', '2']);
    expect(table.problems).toEqual([{ row: 2, message: 'Ada teks setelah tanda kutip penutup (Merdeka" 1"); tanda kutip di dalam sel harus digandakan ("").' }]);
  });
});
