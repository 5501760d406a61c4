import type { OrganisasiView } from '../domain/organisasi.js';
import type { AgencyProfile } from '../domain/profiles/agency-profile.js';
import { profileOf } from '../domain/profiles/index.js';

/** The profile that governs an instansi (its `profil` code), the national baseline when unknown. */
export function profileFor(org: OrganisasiView | undefined, instansiId: string): AgencyProfile {
  return profileOf(org?.instansi(instansiId)?.profil);
}
