/**
 * How a case (the store's permohonan record) stands (issue 9: every case finishes). BERJALAN while it runs; every end
 * event of a flow writes one of the final values (bpmn/README.md "Every case finishes").
 */
export const STATUS_AKHIR = ['DITETAPKAN', 'DITOLAK', 'TIDAK_VALID', 'DIBATALKAN', 'SELESAI', 'KEDALUWARSA', 'DIHENTIKAN'] as const;
export type StatusAkhir = (typeof STATUS_AKHIR)[number];
export type StatusKasus = 'BERJALAN' | StatusAkhir;

/** What each final status means, as a pegawai reads it. */
export const ARTI_STATUS: Record<StatusKasus, string> = {
  BERJALAN: 'sedang berjalan',
  DITETAPKAN: 'ditetapkan',
  DITOLAK: 'ditolak',
  TIDAK_VALID: 'tidak memenuhi ketentuan',
  DIBATALKAN: 'dibatalkan atau ditarik pemohon',
  SELESAI: 'selesai',
  KEDALUWARSA: 'kedaluwarsa (batas waktu terlampaui)',
  DIHENTIKAN: 'dihentikan (jabatan kosong atau pegawai tidak aktif)',
};

/**
 * R-SYS-01: a submission duplicates an *open or approved* case: one still running, or one whose outcome stands
 * (DITETAPKAN; SELESAI: a report accepted, a kegiatan completed). A case that ended without an outcome (refused,
 * withdrawn, expired, stopped, invalid) no longer blocks a new request with the same key.
 */
export const STATUS_DIHITUNG_DUPLIKAT: readonly StatusKasus[] = ['BERJALAN', 'DITETAPKAN', 'SELESAI'];

export function dihitungDuplikat(status: string): boolean {
  return (STATUS_DIHITUNG_DUPLIKAT as readonly string[]).includes(status);
}

/** A case can be withdrawn by its pemohon only while it runs. */
export function dapatDitarik(status: string): boolean {
  return status === 'BERJALAN' || status === 'TIDAK_VALID';
}

/**
 * Who the pemohon of a case is, from the engine's record: the user who started its instance; when our API started it
 * (F1, as its technical user), the pengusul the API stored from the authenticated caller.
 */
export function pemohonKasus(pemulaProses: string | undefined, akunApi: string, pengusulTersimpan: string): string | undefined {
  return pemulaProses === akunApi ? pengusulTersimpan : pemulaProses;
}
