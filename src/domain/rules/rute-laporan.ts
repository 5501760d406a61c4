import type { AgencyProfile } from '../profiles/agency-profile.js';

/**
 * The route of an individual's report and result (F9): R-NAT-35 directly to the PUO of the owner unit; in
 * Banten (R-BTN-10) first to the pegawai's PPK, who forwards it. The two steps collapse when the PPK is that
 * PUO, or when the pegawai has no PPK on record.
 */
export function ruteLaporanIndividu(profile: Pick<AgencyProfile, 'individualReportRoute'>, ppkNip: string | undefined, puoNip: string): 'LANGSUNG' | 'VIA_PPK' {
  return profile.individualReportRoute === 'VIA_PPK' && ppkNip !== undefined && ppkNip !== puoNip ? 'VIA_PPK' : 'LANGSUNG';
}
