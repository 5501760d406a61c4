import { isIsoDate } from './rules/periode-penugasan.js';

/**
 * A NIP (Nomor Induk Pegawai) of a PNS has 18 digits: birth date (YYYYMMDD), TMT CPNS (YYYYMM),
 * sex (1 or 2) and a sequence number. Returns the reason a NIP is not well formed, or undefined.
 */
export function nipProblem(nip: string): string | undefined {
  if (!/^\d{18}$/.test(nip)) return 'NIP harus terdiri atas 18 angka.';
  const lahir = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!isIsoDate(lahir)) return `8 angka pertama NIP (${nip.slice(0, 8)}) bukan tanggal lahir yang sah.`;
  const tmtBulan = Number(nip.slice(12, 14));
  if (tmtBulan < 1 || tmtBulan > 12) return `Angka 9-14 NIP (${nip.slice(8, 14)}) bukan bulan TMT yang sah.`;
  if (nip[14] !== '1' && nip[14] !== '2') return 'Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.';
  return undefined;
}
