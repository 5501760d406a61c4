import type { JenisUnit, OrganisasiView, Pegawai, UnitOrganisasi } from '../organisasi.js';
import type { RuangLingkup } from '../penugasan.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/** Maps a unit to the unit organisasi it belongs to (A-19: the level is the agency's); identity by default. */
export type UnitOrganisasiOf = (unitId: string) => string;
const sameUnit: UnitOrganisasiOf = (id) => id;

/** R-NAT-03: the scope is computed from the organisation, never taken from the request. */
export function ruangLingkup(pegawai: Pegawai, unitPemilikKinerja: UnitOrganisasi, unitOrganisasiOf: UnitOrganisasiOf = sameUnit): RuangLingkup {
  if (pegawai.instansiId !== unitPemilikKinerja.instansiId) return 'LINTAS_INSTANSI';
  if (unitOrganisasiOf(pegawai.unitId) !== unitOrganisasiOf(unitPemilikKinerja.id)) return 'LINTAS_UNIT';
  return 'DALAM_UNIT';
}

/**
 * The unit organisasi a unit belongs to: itself or its nearest ancestor whose jenis the agency counts as a
 * unit organisasi (profile.unitOrganisasiJenis; e.g. Banten and Meranti: the Perangkat Daerah, A-19).
 */
export function unitOrganisasiDari(org: OrganisasiView, unitId: string, jenis: readonly JenisUnit[]): string {
  let current = org.unit(unitId);
  for (let depth = 0; current && depth < 50; depth++) {
    if (jenis.includes(current.jenis) || !current.indukId) return current.id;
    current = org.unit(current.indukId);
  }
  return unitId;
}

const NAMA_ALUR: Record<RuangLingkup, string> = {
  DALAM_UNIT: 'penunjukan dalam unit organisasi',
  LINTAS_UNIT: 'penunjukan lintas unit organisasi (dengan surat permohonan pelibatan)',
  LINTAS_INSTANSI: 'penunjukan lintas instansi (melalui Pejabat yang Berwenang)',
};

/** R-NAT-03: a flow may only carry the scope it was built for, so nobody bypasses the stricter flows. */
export function checkRuangLingkup(
  pegawai: Pegawai,
  unitPemilikKinerja: UnitOrganisasi,
  expected: RuangLingkup,
  unitOrganisasiOf: UnitOrganisasiOf = sameUnit,
): RuleReport {
  const actual = ruangLingkup(pegawai, unitPemilikKinerja, unitOrganisasiOf);
  if (actual === expected) return emptyReport;
  return violation('R-NAT-03', 'unitPemilikKinerjaId',
    `${pegawai.nama} tidak berada di ${unitPemilikKinerja.nama}; permohonan ini harus melalui ${NAMA_ALUR[actual]}.`);
}
