import type { IsoDate, OrganisasiView, Pegawai } from '../organisasi.js';
import type { AgencyProfile } from '../profiles/agency-profile.js';
import { pejabatPenilaiKinerja } from '../roles.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/**
 * R-NAT-07: before any penugasan the pegawai's kedudukan is established (on the start date) and their
 * Pejabat Penilai Kinerja is identified; R-NAT-41: that PPK is at least a Pejabat Pengawas, or holds the
 * authority by a recorded delegation (R-BTN-16), or is a JF appointed to lead the pegawai's unit (or one above).
 */
export function checkKedudukan(
  org: OrganisasiView,
  pegawai: Pegawai,
  /** The start date of the penugasan; undefined when it is itself invalid (then only existence is checked). */
  tanggalMulai: IsoDate | undefined,
  profile: AgencyProfile,
): RuleReport {
  if (!pegawai.kedudukanSejak) {
    return violation('R-NAT-07', 'pegawaiNip',
      `Kedudukan ${pegawai.nama} belum ditetapkan; penugasan baru dapat diberikan setelah penetapan kedudukan.`);
  }
  if (tanggalMulai !== undefined && pegawai.kedudukanSejak > tanggalMulai) {
    return violation('R-NAT-07', 'tanggalMulai',
      `Kedudukan ${pegawai.nama} baru berlaku sejak ${pegawai.kedudukanSejak}; penugasan tidak dapat dimulai ${tanggalMulai}.`);
  }
  const ppk = pejabatPenilaiKinerja(org, pegawai);
  if (!ppk) {
    return violation('R-NAT-07', 'pegawaiNip',
      `Pejabat Penilai Kinerja ${pegawai.nama} belum ditetapkan atau tidak aktif.`);
  }
  const berwenang = profile.ppkKategori.includes(ppk.jabatanKategori)
    || pegawai.pejabatPenilaiKinerjaDelegasi === true
    || (ppk.jabatanKategori.startsWith('JF_') && memimpinUnitAtau(org, ppk.nip, pegawai.unitId));
  if (!berwenang) {
    return violation('R-NAT-41', 'pegawaiNip',
      `${ppk.nama} (${ppk.jabatanNama}) tidak memenuhi syarat sebagai Pejabat Penilai Kinerja: paling rendah Pejabat Pengawas.`);
  }
  return emptyReport;
}

/** Whether `nip` leads the unit `unitId` or one above it (a JF appointed to lead a unit appraises its members). */
function memimpinUnitAtau(org: OrganisasiView, nip: string, unitId: string): boolean {
  let unit = org.unit(unitId);
  for (let depth = 0; unit && depth < 50; depth++) {
    if (unit.pimpinanNip === nip) return true;
    unit = unit.indukId ? org.unit(unit.indukId) : undefined;
  }
  return false;
}
