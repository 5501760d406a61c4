import { emptyReport, violation, warning, type RuleReport } from '../rule-violation.js';

/** R-NAT-45: the phases in which a team coordinates (S0 l.109: perencanaan, pelaksanaan, pemantauan, evaluasi). */
export const TAHAP_KOORDINASI = ['PERENCANAAN', 'PELAKSANAAN', 'PEMANTAUAN', 'EVALUASI'] as const;
export type TahapKoordinasi = (typeof TAHAP_KOORDINASI)[number];

export const NAMA_TAHAP_KOORDINASI: Record<TahapKoordinasi, string> = {
  PERENCANAAN: 'perencanaan', PELAKSANAAN: 'pelaksanaan', PEMANTAUAN: 'pemantauan', EVALUASI: 'evaluasi',
};

/**
 * R-NAT-45 (SOFT): when a team's work leaves phase `tahap`, at least one coordination record of the team for
 * that phase is expected; otherwise a warning W-NO-COORDINATION for the next decision.
 */
export function checkKoordinasiTahap(tahap: TahapKoordinasi, tahapTercatat: readonly string[]): RuleReport {
  if (tahapTercatat.includes(tahap)) return emptyReport;
  return warning('R-NAT-45', 'W-NO-COORDINATION',
    `Belum ada catatan koordinasi tim kerja pada tahap ${NAMA_TAHAP_KOORDINASI[tahap]}; koordinasi tim dilakukan pada setiap tahap (perencanaan, pelaksanaan, pemantauan, evaluasi).`);
}

/** Who may record a team's coordination: its ketua or anggota, or the PUO of its owner unit (R-NAT-45, R-SYS-02). */
export function checkPencatatKoordinasi(
  tim: { readonly status: string; readonly anggota: readonly { readonly nip: string }[] }, pencatatNip: string, puoPemilikNip: string | undefined,
): RuleReport {
  if (tim.status !== 'DITETAPKAN') return violation('R-NAT-45', 'timKerjaId', 'Koordinasi hanya dicatat untuk tim kerja yang telah ditetapkan.');
  if (pencatatNip === puoPemilikNip || tim.anggota.some((a) => a.nip === pencatatNip)) return emptyReport;
  return violation('R-SYS-02', 'dicatatOleh', 'Koordinasi tim hanya dapat dicatat oleh ketua atau anggota tim, atau Pimpinan Unit Organisasi pemilik kinerja.');
}
