import type { IsoDate } from '../domain/organisasi.js';
import type { OrganisasiRepository } from './ports.js';
import type { OrganisasiView } from '../domain/organisasi.js';
import type { AgencyProfile } from '../domain/profiles/agency-profile.js';
import { profileOf } from '../domain/profiles/index.js';

/** The profile that governs an instansi (its `profil` code), the national baseline when unknown. */
export function profileFor(org: OrganisasiView | undefined, instansiId: string): AgencyProfile {
  return profileOf(org?.instansi(instansiId)?.profil);
}

/** The profile of the instansi a pegawai (usually the deciding pejabat) belongs to on `tanggal` (R-NAT-13 reason length). */
export async function profilePegawai(organisasi: OrganisasiRepository, nip: string, tanggal: IsoDate): Promise<AgencyProfile> {
  const org = await organisasi.viewAround({ pegawaiNip: [nip], unitId: [] }, tanggal);
  return profileFor(org, org.pegawai(nip)?.instansiId ?? '');
}
