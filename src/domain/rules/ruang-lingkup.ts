import type { Pegawai, UnitOrganisasi } from '../organisasi.js';
import type { RuangLingkup } from '../penugasan.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

export { unitOrganisasiDari } from '../roles.js';

/** Maps a unit to the unit organisasi it belongs to (A-19: the level is the agency's); identity by default. */
export type UnitOrganisasiOf = (unitId: string) => string;
const sameUnit: UnitOrganisasiOf = (id) => id;

/** R-NAT-03: the scope is computed from the organisation, never taken from the request. */
export function ruangLingkup(pegawai: Pegawai, unitPemilikKinerja: UnitOrganisasi, unitOrganisasiOf: UnitOrganisasiOf = sameUnit): RuangLingkup {
  if (pegawai.instansiId !== unitPemilikKinerja.instansiId) return 'LINTAS_INSTANSI';
  if (unitOrganisasiOf(pegawai.unitId) !== unitOrganisasiOf(unitPemilikKinerja.id)) return 'LINTAS_UNIT';
  return 'DALAM_UNIT';
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
