import type { AgencyProfile } from '../domain/profiles/agency-profile.js';
import { nasional } from '../domain/profiles/nasional.js';

/** The profile that governs an instansi. Agency profiles (Banten, Meranti, Kemenperin) come with the organisation issue. */
export function profileFor(_instansiId: string): AgencyProfile {
  return nasional;
}
