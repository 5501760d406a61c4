import type { AgencyProfile } from './agency-profile.js';

/** The national baseline (R-NAT), used where an instansi has no profile of its own. */
export const nasional: AgencyProfile = {
  code: 'NAT',
  nama: 'Baseline nasional (Permen PANRB 7/2022)',
  assignableKategori: ['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA'],
  ppkKategori: ['PENGAWAS', 'ADMINISTRATOR', 'PPT_PRATAMA', 'PPT_MADYA'],
  minReasonLength: 20,
};
