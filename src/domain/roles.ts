import type { JenisUnit, OrganisasiView, Pegawai } from './organisasi.js';

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

/**
 * The Pimpinan Unit Organisasi for a unit: the active leader of the unit organisasi it belongs to (the unit
 * itself when no `jenis` is given), if the post is filled.
 */
export function pimpinanUnitOrganisasi(org: OrganisasiView, unitId: string, jenis?: readonly JenisUnit[]): Pegawai | undefined {
  const id = jenis ? unitOrganisasiDari(org, unitId, jenis) : unitId;
  const nip = org.unit(id)?.pimpinanNip;
  const pimpinan = nip ? org.pegawai(nip) : undefined;
  return pimpinan?.aktif ? pimpinan : undefined;
}

/** The Pejabat Penilai Kinerja of a pegawai, if recorded and active. */
export function pejabatPenilaiKinerja(org: OrganisasiView, pegawai: Pegawai): Pegawai | undefined {
  const ppk = pegawai.pejabatPenilaiKinerjaNip ? org.pegawai(pegawai.pejabatPenilaiKinerjaNip) : undefined;
  return ppk?.aktif ? ppk : undefined;
}
