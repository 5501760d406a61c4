import type { JenisUnit, OrganisasiView, Pegawai } from '../organisasi.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../roles.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/**
 * R-NAT-08: a penunjukan dalam unit is made by the pegawai's Pejabat Penilai Kinerja or the Pimpinan Unit
 * Organisasi; R-NAT-09: the PUO of the unit decides it, so the post must be filled.
 */
export function checkPejabatPenunjuk(org: OrganisasiView, pegawai: Pegawai, pengusulNip: string, unitOrganisasiJenis?: readonly JenisUnit[]): RuleReport {
  const pimpinan = pimpinanUnitOrganisasi(org, pegawai.unitId, unitOrganisasiJenis);
  if (!pimpinan) {
    return violation('R-NAT-09', 'unitPemilikKinerjaId',
      `Jabatan Pimpinan Unit Organisasi ${org.unit(pegawai.unitId)?.nama ?? pegawai.unitId} kosong; tetapkan Plt/Plh terlebih dahulu.`);
  }
  const ppk = pejabatPenilaiKinerja(org, pegawai);
  if (pengusulNip === pimpinan.nip || pengusulNip === ppk?.nip) return emptyReport;
  return violation('R-NAT-08', 'pengusulNip',
    `Penunjukan ${pegawai.nama} hanya dapat diajukan oleh Pejabat Penilai Kinerjanya atau Pimpinan Unit Organisasinya.`);
}
