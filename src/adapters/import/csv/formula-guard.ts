/**
 * CSV injection (OWASP "CSV Injection"): a cell that starts with =, +, -, @, a tab or a carriage return
 * is run as a formula when the data is later exported and opened in a spreadsheet. Such cells are refused
 * at import rather than escaped, so that what is stored is what the agency typed. A plain negative
 * number is let through where a number is expected.
 */

const PEMICU = new Set(['=', '+', '-', '@']);
const ANGKA_NEGATIF = /^-\d+(?:[.,]\d+)?$/;

/** Why a raw cell looks like a formula, or undefined. */
export function formulaProblem(raw: string, opsi: { readonly angka?: boolean } = {}): string | undefined {
  if (raw.startsWith('\t')) return 'Sel diawali karakter tab, yang dapat dijalankan sebagai rumus spreadsheet; hapus karakter itu.';
  if (raw.startsWith('\r')) return 'Sel diawali karakter CR, yang dapat dijalankan sebagai rumus spreadsheet; hapus karakter itu.';
  const value = raw.trim();
  const first = value[0];
  if (first === undefined || !PEMICU.has(first)) return undefined;
  if (opsi.angka && ANGKA_NEGATIF.test(value)) return undefined;
  return `Sel diawali "${first}" dan tampak seperti rumus spreadsheet; sel seperti ini ditolak untuk mencegah CSV injection. `
    + 'Hapus tanda itu, atau kosongkan sel bila tidak ada nilainya.';
}
