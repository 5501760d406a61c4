import type { AgencyProfile } from './agency-profile.js';
import { nasional } from './nasional.js';

/** Perbup Kepulauan Meranti 11/2024 (S2). */
export const meranti: AgencyProfile = {
  ...nasional,
  code: 'MRT',
  nama: 'Kabupaten Kepulauan Meranti (Perbup 11/2024)',
  // S2 Pasal 1 angka 10 omits the PPT Madya.
  puoKategori: ['PPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'JF_KEAHLIAN', 'JF_KETERAMPILAN'],
  // a Perangkat Daerah is the unit organisasi; cross-PD within the Pemkab is LINTAS_UNIT.
  unitOrganisasiJenis: ['UNIT_ORGANISASI'],
};
