import type { OrganisasiView, Pegawai } from './organisasi.js';

/** The Pimpinan Unit Organisasi of a unit: its recorded leader, if the post is filled and active. */
export function pimpinanUnitOrganisasi(org: OrganisasiView, unitId: string): Pegawai | undefined {
  const nip = org.unit(unitId)?.pimpinanNip;
  const pimpinan = nip ? org.pegawai(nip) : undefined;
  return pimpinan?.aktif ? pimpinan : undefined;
}

/** The Pejabat Penilai Kinerja of a pegawai, if recorded and active. */
export function pejabatPenilaiKinerja(org: OrganisasiView, pegawai: Pegawai): Pegawai | undefined {
  const ppk = pegawai.pejabatPenilaiKinerjaNip ? org.pegawai(pegawai.pejabatPenilaiKinerjaNip) : undefined;
  return ppk?.aktif ? ppk : undefined;
}
