import type { AgencyProfile } from './agency-profile.js';
import { nasional } from './nasional.js';

/** Pergub Banten 19/2023 (S4). Only the keys that differ from the baseline are set here. */
export const banten: AgencyProfile = {
  ...nasional,
  code: 'BTN',
  nama: 'Provinsi Banten (Pergub 19/2023)',
  // R-BTN-17: Pejabat Administrasi may be assigned too.
  assignableKategori: ['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA', 'PENGAWAS', 'ADMINISTRATOR'],
  // S4 Pasal 1 angka 16: an Unit Organisasi is a Perangkat Daerah led by a PPT Pratama or an Administrator.
  puoKategori: ['PPT_PRATAMA', 'ADMINISTRATOR'],
  unitOrganisasiJenis: ['UNIT_ORGANISASI'],
  // R-BTN-01: a team has a ketua; R-BTN-05: a JF or a Pejabat Administrasi incl. PPT Pratama (a Pelaksana under R-BTN-02..04, not checked yet).
  ketuaTimWajib: true,
  ketuaTimKategori: ['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA', 'PENGAWAS', 'ADMINISTRATOR', 'PPT_PRATAMA'],
  ketuaTimAturan: 'R-BTN-05',
  // R-BTN-19: the kegiatan is complete when the Pejabat JPT accepts it.
  completionAcceptor: 'PEJABAT_JPT',
  // R-BTN-10 (Pasal 14(3) prevails over Lampiran B.4.a, A-33): the individual report goes through the PPK.
  individualReportRoute: 'VIA_PPK',
};
