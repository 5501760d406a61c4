/**
 * Dates as a pegawai reads them (issue 9 item 2): "8 Desember 2026", never 2026-12-08. Stored and sent values
 * stay ISO dates (YYYY-MM-DD); only the text shown in forms and pages is written out.
 */
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2026-12-08" → "8 Desember 2026"; anything else is returned unchanged. */
export function tanggalPanjang(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const bulan = m ? BULAN[Number(m[2]) - 1] : undefined;
  return m && bulan ? `${Number(m[3])} ${bulan} ${m[1]}` : iso;
}

/** "4 Januari 2027 s.d. 31 Maret 2027". */
export const periodeTeks = (mulai: string, selesai: string): string => `${tanggalPanjang(mulai)} s.d. ${tanggalPanjang(selesai)}`;
