import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/** The stages of a kegiatan (RULES.md F8), then its end state. */
export const TAHAP_KEGIATAN = ['PERENCANAAN', 'PELAKSANAAN', 'EVALUASI', 'SELESAI'] as const;
export type TahapKegiatan = (typeof TAHAP_KEGIATAN)[number];

export const NAMA_TAHAP: Record<TahapKegiatan, string> = {
  PERENCANAAN: 'perencanaan',
  PELAKSANAAN: 'pelaksanaan',
  EVALUASI: 'evaluasi',
  SELESAI: 'selesai',
};

/** The transitions R-NAT-44 allows: a new kegiatan starts with planning; evaluation ends it or sends it back. */
const BOLEH: Record<TahapKegiatan | 'BARU', readonly TahapKegiatan[]> = {
  BARU: ['PERENCANAAN'],
  PERENCANAAN: ['PELAKSANAAN'],
  PELAKSANAAN: ['EVALUASI'],
  EVALUASI: ['SELESAI', 'PELAKSANAAN'],
  SELESAI: [],
};

/**
 * R-NAT-44: stages run in order, perencanaan → pelaksanaan → evaluasi → (selesai | back to pelaksanaan);
 * no stage is skipped and a finished kegiatan does not reopen. `dari` null: the kegiatan has no stage yet.
 */
export function checkTransisiTahap(dari: TahapKegiatan | null, ke: TahapKegiatan): RuleReport {
  if (BOLEH[dari ?? 'BARU'].includes(ke)) return emptyReport;
  return violation('R-NAT-44', 'tahap',
    dari === null
      ? `Kegiatan harus dimulai dari tahap perencanaan, bukan ${NAMA_TAHAP[ke]}.`
      : `Tahap ${NAMA_TAHAP[dari]} tidak dapat berpindah ke ${NAMA_TAHAP[ke]}: urutan tahapan adalah perencanaan, pelaksanaan, lalu evaluasi.`);
}
