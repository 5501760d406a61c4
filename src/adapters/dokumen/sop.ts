/**
 * The SOP table (Permen PANRB 35/2012 layout: No., Uraian Kegiatan, one column per pelaksana with the flow symbol,
 * Mutu Baku: Kelengkapan, Waktu, Output; Keterangan) as .xlsx (exceljs) and PDF (pdfmake, with the Roboto font it
 * ships; the symbols are drawn, not typed, so no font needs them).
 */
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { GAMBAR_SIMBOL, type SimbolSop, type TabelSop } from '../../domain/modeler/tinjauan.js';

const require = createRequire(import.meta.url);

export async function sopKeXlsx(sop: TabelSop): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sistem Kerja';
  const ws = wb.addWorksheet('SOP');
  const n = sop.pelaksana.length;
  ws.addRow([`SOP: ${sop.judul}`]);
  ws.mergeCells(1, 1, 1, 6 + n);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const h1 = ['No.', 'Uraian Kegiatan', ...sop.pelaksana.map((_, i) => (i === 0 ? 'Pelaksana' : '')), 'Mutu Baku', '', '', 'Keterangan'];
  const h2 = ['', '', ...sop.pelaksana, 'Kelengkapan', 'Waktu', 'Output', ''];
  ws.addRow(h1);
  ws.addRow(h2);
  ws.mergeCells(2, 1, 3, 1);
  ws.mergeCells(2, 2, 3, 2);
  if (n > 1) ws.mergeCells(2, 3, 2, 2 + n);
  ws.mergeCells(2, 3 + n, 2, 5 + n);
  ws.mergeCells(2, 6 + n, 3, 6 + n);
  for (const b of sop.baris) {
    ws.addRow([b.no, b.uraianKegiatan, ...sop.pelaksana.map((p) => (p === b.pelaksana ? GAMBAR_SIMBOL[b.simbol] : '')), b.kelengkapan, b.waktu, b.output, b.keterangan]);
  }
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 5 : i === 1 ? 40 : i < 2 + n ? 16 : 26; });
  ws.eachRow((row, r) => row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    cell.alignment = { vertical: 'middle', horizontal: r <= 3 || (Number(cell.col) > 2 && Number(cell.col) <= 2 + n) ? 'center' : 'left', wrapText: true };
    if (r === 2 || r === 3) cell.font = { bold: true };
  }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Konten = Record<string, unknown> | string;

function gambarSimbol(simbol: SimbolSop): Konten {
  const canvas = simbol === 'TERMINATOR' ? [{ type: 'ellipse', x: 20, y: 7, r1: 16, r2: 6, lineWidth: 1 }]
    : simbol === 'KEPUTUSAN' ? [{ type: 'polyline', closePath: true, lineWidth: 1, points: [{ x: 20, y: 0 }, { x: 30, y: 7 }, { x: 20, y: 14 }, { x: 10, y: 7 }] }]
      : [{ type: 'rect', x: 6, y: 1, w: 28, h: 12, lineWidth: 1 }];
  return { canvas, alignment: 'center' };
}

export async function sopKePdf(sop: TabelSop): Promise<Buffer> {
  const pdfmake = require('pdfmake') as { setFonts(f: unknown): void; createPdf(d: unknown): { getBuffer(): Promise<Buffer> } };
  pdfmake.setFonts(require('pdfmake/fonts/Roboto.js'));
  const n = sop.pelaksana.length;
  const kepala1: Konten[] = [
    { text: 'No.', rowSpan: 2, bold: true }, { text: 'Uraian Kegiatan', rowSpan: 2, bold: true },
    ...sop.pelaksana.map((_, i) => (i === 0 ? { text: 'Pelaksana', colSpan: n, bold: true, alignment: 'center' } : '')),
    { text: 'Mutu Baku', colSpan: 3, bold: true, alignment: 'center' }, '', '', { text: 'Keterangan', rowSpan: 2, bold: true },
  ];
  const kepala2: Konten[] = ['', '', ...sop.pelaksana.map((p) => ({ text: p, bold: true, fontSize: 7 })), { text: 'Kelengkapan', bold: true }, { text: 'Waktu', bold: true }, { text: 'Output', bold: true }, ''];
  const baris = sop.baris.map((b): Konten[] => [String(b.no), b.uraianKegiatan, ...sop.pelaksana.map((p) => (p === b.pelaksana ? gambarSimbol(b.simbol) : '')), b.kelengkapan, b.waktu, b.output, b.keterangan]);
  const doc = {
    pageOrientation: 'landscape', pageSize: 'A4', pageMargins: [20, 30, 20, 30],
    defaultStyle: { font: 'Roboto', fontSize: 7 },
    content: [
      { text: `Standar Operasional Prosedur: ${sop.judul}`, fontSize: 12, bold: true, margin: [0, 0, 0, 8] },
      { table: { headerRows: 2, widths: [18, 120, ...sop.pelaksana.map(() => 50), 70, 70, 60, '*'], body: [kepala1, kepala2, ...baris] } },
      { text: 'Simbol (Permen PANRB 35/2012): elips = mulai/selesai, persegi = kegiatan, belah ketupat = keputusan.', margin: [0, 6, 0, 0], italics: true },
    ],
  };
  return pdfmake.createPdf(doc).getBuffer();
}
