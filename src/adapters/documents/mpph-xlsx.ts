import ExcelJS from 'exceljs';
import type { BarisMpph } from '../store/mpph-repository.js';

/**
 * The MPPH (matriks peran dan hasil) of a unit as an .xlsx for e-Kinerja (exceljs): one sheet, one row per
 * person and role, grouped by team, with the letter each role rests on.
 */
export async function mpphXlsx(judul: { unit: string; instansi: string; tahun: number }, baris: readonly BarisMpph[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sistem Kerja';
  const ws = wb.addWorksheet('MPPH');
  ws.addRow([`MATRIKS PERAN DAN HASIL (MPPH) ${judul.unit.toLocaleUpperCase('id')} TAHUN ${judul.tahun}`]).font = { bold: true, size: 13 };
  ws.addRow([judul.instansi]);
  ws.addRow([]);
  const kepala = ws.addRow(['No.', 'Nama', 'NIP', 'Jabatan', 'Tim Kerja / Penugasan', 'Peran', 'Hasil Kerja / Target Kinerja', 'Mulai', 'Selesai', 'Dasar (Nomor Surat)']);
  kepala.font = { bold: true };
  kepala.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } }; });
  baris.forEach((b, i) => ws.addRow([i + 1, b.nama, b.nip, b.jabatan, b.kegiatan, b.peran, b.hasil, b.mulai, b.selesai, b.dasar ?? '']));
  // NIPs stay text (18 digits would lose precision as numbers).
  ws.getColumn(3).numFmt = '@';
  [5, 28, 22, 34, 34, 14, 40, 12, 12, 26].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
