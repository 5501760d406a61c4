import type { IsoDate } from './organisasi.js';

export const RUANG_LINGKUP = ['DALAM_UNIT', 'LINTAS_UNIT', 'LINTAS_INSTANSI'] as const;
export type RuangLingkup = (typeof RUANG_LINGKUP)[number];

export const KEPUTUSAN = ['SETUJU', 'TOLAK'] as const;
export type Keputusan = (typeof KEPUTUSAN)[number];

/** A request to appoint (penunjukan) one pegawai to a task for a period (RULES.md F1). */
export interface PermohonanPenunjukan {
  readonly pegawaiNip: string;
  /** The unit whose performance target the work serves (unit pemilik kinerja). */
  readonly unitPemilikKinerjaId: string;
  /** Who asks for the penunjukan: the PUO or the PPK of the pegawai (R-NAT-08). */
  readonly pengusulNip: string;
  readonly uraianTugas: string;
  readonly targetKinerja: string;
  readonly kompetensiDibutuhkan: readonly string[];
  readonly tanggalMulai: IsoDate;
  readonly tanggalSelesai: IsoDate;
}
