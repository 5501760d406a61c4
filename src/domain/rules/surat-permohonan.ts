import type { OrganisasiView } from '../organisasi.js';
import type { JenisUnit } from '../organisasi.js';
import { pimpinanUnitOrganisasi } from '../roles.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';
import { isIsoDate } from './periode-penugasan.js';

/** The content of a surat permohonan pelibatan (RULES.md §0.3 SuratPermohonanPelibatan). */
export interface IsiSuratPermohonan {
  readonly maksudTujuan: string;
  readonly kompetensiDibutuhkan: readonly string[];
  readonly ekspektasiTarget: string;
  readonly tanggalMulai: string;
  readonly tanggalSelesai: string;
}

export type IsiWajib = 'maksudTujuan' | 'kompetensiDibutuhkan' | 'ekspektasiTarget' | 'durasi';

/**
 * R-NAT-11: the four mandatory contents of a surat permohonan pelibatan (lintas unit or lintas instansi) that
 * are empty. A durasi needs both dates; whether they are dates in order is up to the caller (R-SYS-03).
 */
export function isiWajibKosong(surat: IsiSuratPermohonan): IsiWajib[] {
  const kosong = (s: string | null | undefined) => (s ?? '').trim() === '';
  return [
    ...(kosong(surat.maksudTujuan) ? ['maksudTujuan' as const] : []),
    ...(surat.kompetensiDibutuhkan.some((k) => !kosong(k)) ? [] : ['kompetensiDibutuhkan' as const]),
    ...(kosong(surat.ekspektasiTarget) ? ['ekspektasiTarget' as const] : []),
    ...(kosong(surat.tanggalMulai) || kosong(surat.tanggalSelesai) ? ['durasi' as const] : []),
  ];
}

const NAMA_ISI: Record<IsiWajib, string> = {
  maksudTujuan: 'maksud dan tujuan',
  kompetensiDibutuhkan: 'kompetensi/keahlian/keterampilan yang dibutuhkan',
  ekspektasiTarget: 'ekspektasi/target kinerja',
  durasi: 'durasi pelibatan (tanggal mulai dan selesai, selesai setelah mulai)',
};

/**
 * R-NAT-11 as one violation listing every missing item; a durasi whose end is not after its start counts as
 * missing (the Check line of R-NAT-11: durasi.end > durasi.start).
 */
export function checkIsiSuratPermohonan(surat: IsiSuratPermohonan): RuleReport {
  const kurang = isiWajibKosong(surat);
  const durasiSah = isIsoDate(surat.tanggalMulai) && isIsoDate(surat.tanggalSelesai) && surat.tanggalSelesai > surat.tanggalMulai;
  if (!durasiSah && !kurang.includes('durasi')) kurang.push('durasi');
  if (kurang.length === 0) return emptyReport;
  return violation('R-NAT-11', 'suratPermohonan', `Surat permohonan pelibatan belum memuat: ${kurang.map((k) => NAMA_ISI[k]).join('; ')}.`);
}

/** R-NAT-10: a surat permohonan pelibatan lintas unit is sent by the PUO of the unit pemilik kinerja. */
export function checkPengirimPermohonan(org: OrganisasiView, unitPemilikKinerjaId: string, pengirimNip: string, jenis?: readonly JenisUnit[]): RuleReport {
  const pimpinan = pimpinanUnitOrganisasi(org, unitPemilikKinerjaId, jenis);
  if (pimpinan?.nip === pengirimNip) return emptyReport;
  const unit = org.unit(unitPemilikKinerjaId);
  return violation('R-NAT-10', 'pengusulNip',
    `Surat permohonan pelibatan hanya dapat dikirim oleh Pimpinan Unit Organisasi pemilik kinerja${unit ? ` (${unit.nama})` : ''}${pimpinan ? `: ${pimpinan.nama}` : ''}.`);
}
