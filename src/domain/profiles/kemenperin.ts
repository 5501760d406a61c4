import type { AgencyProfile } from './agency-profile.js';
import { nasional } from './nasional.js';

/** Permenperin 3/2024 (S3). */
export const kemenperin: AgencyProfile = {
  ...nasional,
  code: 'KIN',
  nama: 'Kementerian Perindustrian (Permenperin 3/2024)',
  // S3 5.5: PPT Madya, PPT Pratama, Administrator or Pengawas, and R-KIN-27 on pangkat.
  ppkPangkatTidakLebihRendah: true,
  // S3: a UPT is led and organised on its own (its Pimpinan sets its teams).
  unitOrganisasiJenis: ['UNIT_ORGANISASI', 'UPT'],
  // R-KIN-13: a ketua is a JF keahlian.
  ketuaTimKategori: ['JF_KEAHLIAN'],
  ketuaTimAturan: 'R-KIN-13',
};
