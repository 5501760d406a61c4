/**
 * A clear sentence (Bahasa Indonesia) for a technical failure of the store, so the incident an operator sees in
 * Cockpit says what is wrong and that nothing was written: the store's transactions roll back as a whole.
 * Errors of PostgreSQL and PGlite carry the SQLSTATE in `code`; connection failures carry a Node error code.
 */
const SQLSTATE: Record<string, string> = {
  '25006': 'Penyimpanan hanya-baca: penulisan ditolak',
  '53100': 'Penyimpanan penuh (ruang disk basis data habis): penulisan ditolak',
  '53200': 'Memori basis data habis: penulisan ditolak',
  '53300': 'Koneksi basis data penuh (terlalu banyak koneksi)',
  '57P01': 'Koneksi ke penyimpanan diputus oleh server basis data',
  '57P02': 'Koneksi ke penyimpanan diputus oleh server basis data',
  '57P03': 'Server basis data belum dapat menerima koneksi',
};

const KELAS: Record<string, string> = {
  '08': 'Koneksi ke penyimpanan terputus',
  '53': 'Sumber daya basis data habis: penulisan ditolak',
};

const NODE: Record<string, string> = {
  ECONNREFUSED: 'Penyimpanan tidak dapat dihubungi (koneksi ditolak)',
  ECONNRESET: 'Koneksi ke penyimpanan terputus',
  ETIMEDOUT: 'Penyimpanan tidak menjawab (waktu habis)',
  ENOSPC: 'Penyimpanan penuh (ruang disk habis): penulisan ditolak',
  EROFS: 'Penyimpanan hanya-baca (sistem berkas): penulisan ditolak',
};

const AKIBAT = 'transaksi dibatalkan utuh, tidak ada data yang setengah tersimpan; tugas diulang, lalu menjadi insiden bila tetap gagal';

/** The sentence for a store failure, or undefined when `error` is not one. */
export function galatPenyimpanan(error: unknown): string | undefined {
  const code = codeOf(error) ?? codeOf((error as { cause?: unknown } | undefined)?.cause);
  if (code === undefined) return undefined;
  const kalimat = SQLSTATE[code] ?? NODE[code] ?? (/^[0-9A-Z]{5}$/.test(code) ? KELAS[code.slice(0, 2)] : undefined);
  return kalimat === undefined ? undefined : `${kalimat} (${AKIBAT})`;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
