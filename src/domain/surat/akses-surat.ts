import type { LingkupBaca } from '../akses.js';

/** A letter in the terms its download policy reads. */
export interface PihakSurat {
  readonly penandatanganNip: string;
  readonly penerima: readonly string[];
  readonly tembusan: readonly string[];
  /** The pegawai the letter is about (assigned, listed, members). */
  readonly pegawaiTerkait: readonly string[];
  /** The issuing instansi (its organisation admins may download). */
  readonly instansiId: string | null;
}

/**
 * Issue 12: a letter's PDF goes to its signer, its addressees, its tembusan, the pegawai it concerns and the
 * organisation admins of the issuing instansi (and engine administrators); to nobody else, not even other
 * people of the same case (UU 27/2022). Same reading of the caller as src/domain/akses.ts.
 */
export function bolehUnduhSurat(l: LingkupBaca, s: PihakSurat): boolean {
  if (l.semua) return true;
  if ([s.penandatanganNip, ...s.penerima, ...s.tembusan, ...s.pegawaiTerkait].includes(l.diri)) return true;
  return s.instansiId !== null && l.instansi.includes(s.instansiId);
}
