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

/**
 * R-NAT-11: a surat permohonan pelibatan (lintas unit or lintas instansi) holds maksud dan tujuan, the
 * kompetensi needed, the ekspektasi/target kinerja and the durasi; every missing item is listed.
 */
export function checkIsiSuratPermohonan(surat: IsiSuratPermohonan): RuleReport {
  const kurang: string[] = [];
  if (!surat.maksudTujuan.trim()) kurang.push('maksud dan tujuan');
  if (!surat.kompetensiDibutuhkan.some((k) => k.trim())) kurang.push('kompetensi/keahlian/keterampilan yang dibutuhkan');
  if (!surat.ekspektasiTarget.trim()) kurang.push('ekspektasi/target kinerja');
  const durasiSah = isIsoDate(surat.tanggalMulai) && isIsoDate(surat.tanggalSelesai) && surat.tanggalSelesai > surat.tanggalMulai;
  if (!durasiSah) kurang.push('durasi pelibatan (tanggal mulai dan selesai, selesai setelah mulai)');
  if (kurang.length === 0) return emptyReport;
  return violation('R-NAT-11', 'suratPermohonan', `Surat permohonan pelibatan belum memuat: ${kurang.join('; ')}.`);
}

/** R-NAT-10: a surat permohonan pelibatan lintas unit is sent by the PUO of the unit pemilik kinerja. */
export function checkPengirimPermohonan(org: OrganisasiView, unitPemilikKinerjaId: string, pengirimNip: string, jenis?: readonly JenisUnit[]): RuleReport {
  const pimpinan = pimpinanUnitOrganisasi(org, unitPemilikKinerjaId, jenis);
  if (pimpinan?.nip === pengirimNip) return emptyReport;
  const unit = org.unit(unitPemilikKinerjaId);
  return violation('R-NAT-10', 'pengusulNip',
    `Surat permohonan pelibatan hanya dapat dikirim oleh Pimpinan Unit Organisasi pemilik kinerja${unit ? ` (${unit.nama})` : ''}${pimpinan ? `: ${pimpinan.nama}` : ''}.`);
}
