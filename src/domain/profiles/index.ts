import type { AgencyProfile } from './agency-profile.js';
import { banten } from './banten.js';
import { kemenperin } from './kemenperin.js';
import { meranti } from './meranti.js';
import { nasional } from './nasional.js';

export const PROFILES: Readonly<Record<AgencyProfile['code'], AgencyProfile>> = { NAT: nasional, BTN: banten, MRT: meranti, KIN: kemenperin };

export function profileOf(code: AgencyProfile['code'] | undefined): AgencyProfile {
  return code ? PROFILES[code] : nasional;
}
