import type { Pegawai, UnitOrganisasi } from '../organisasi.js';
import type { RuangLingkup } from '../penugasan.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/** R-NAT-03: the scope is computed from the organisation, never taken from the request. */
export function ruangLingkup(pegawai: Pegawai, unitPemilikKinerja: UnitOrganisasi): RuangLingkup {
  if (pegawai.instansiId !== unitPemilikKinerja.instansiId) return 'LINTAS_INSTANSI';
  if (pegawai.unitOrganisasiId !== unitPemilikKinerja.id) return 'LINTAS_UNIT';
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
): RuleReport {
  const actual = ruangLingkup(pegawai, unitPemilikKinerja);
  if (actual === expected) return emptyReport;
  return violation('R-NAT-03', 'unitPemilikKinerjaId',
    `${pegawai.nama} tidak berada di ${unitPemilikKinerja.nama}; permohonan ini harus melalui ${NAMA_ALUR[actual]}.`);
}
