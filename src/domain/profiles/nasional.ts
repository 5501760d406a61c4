import type { AgencyProfile } from './agency-profile.js';

/** The national baseline (R-NAT), used where an instansi has no profile of its own. */
export const nasional: AgencyProfile = {
  code: 'NAT',
  nama: 'Baseline nasional (Permen PANRB 7/2022)',
  assignableKategori: ['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA'],
  ppkKategori: ['PENGAWAS', 'ADMINISTRATOR', 'PPT_PRATAMA', 'PPT_MADYA'],
  puoKategori: ['PPT_MADYA', 'PPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'JF_KEAHLIAN', 'JF_KETERAMPILAN'],
  unitOrganisasiJenis: ['UNIT_ORGANISASI', 'UNIT_KERJA_MANDIRI', 'UPT'],
  ppkPangkatTidakLebihRendah: false,
  minReasonLength: 20,
  // no source gives a number; a default the agency admin tunes.
  workloadWarnThreshold: 5,
  // S2 Lampiran A.1 angka 3 c (the PUO accepts), S1 l.327 (Level I).
  completionAcceptor: 'PUO',
  individualReportRoute: 'LANGSUNG',
  // S1 l.324: "evaluasi rutin, terjadwal (triwulan, semester)": four quarters a year.
  evaluationCadence: 'R4/P3M',
  bahanPertimbanganBatasWaktu: 'P14D',
};
