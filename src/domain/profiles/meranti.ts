import type { AgencyProfile } from './agency-profile.js';
import { nasional } from './nasional.js';

/** Perbup Kepulauan Meranti 11/2024 (S2). */
export const meranti: AgencyProfile = {
  ...nasional,
  code: 'MRT',
  nama: 'Kabupaten Kepulauan Meranti (Perbup 11/2024)',
  puoKategori: ['PPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'JF_KEAHLIAN', 'JF_KETERAMPILAN'],
  // Perbup 11/2024 names the Kepala UPT (UPT Puskesmas included) among the pimpinan unit organisasi.
  unitOrganisasiJenis: ['UNIT_ORGANISASI', 'UPT'],
  urutanReviu: ['PPK', 'PUO'],
  penerimaLaporanKetua: 'PIMPINAN_UNIT_KERJA',
  pemintaLaporanSewaktuWaktu: 'PIMPINAN_UNIT_KERJA',
  penetapPenugasan: ['PUO', 'PPK', 'PIMPINAN_UNIT_KERJA'],
  alurLintasInstansi: 'PYB_SAMPAI_D',
  penetapKedudukan: 'PEJABAT_PEMBINA_KEPEGAWAIAN',
  asal: {
    ...nasional.asal,
    puoKategori: { aturan: ['C-16', 'R-MRT-18'], sumber: 'S2 Pasal 1 angka 10 (tanpa PPT Madya)' },
    unitOrganisasiJenis: { aturan: ['C-17', 'R-MRT-18', 'R-MRT-15', 'R-MRT-16'], sumber: 'S2 Pasal 1 angka 10, Pasal 7 ayat (1): Kepala UPT dan Unit Mandiri sebagai PUO', asumsi: 'A-19: Perangkat Daerah dan UPT adalah unit organisasi; lintas PD = lintas unit' },
    urutanReviu: { aturan: ['C-08', 'R-MRT-08'], sumber: 'S2 Lampiran A.1 angka 3 a-c' },
    penerimaLaporanKetua: { aturan: ['C-01', 'R-MRT-10'], sumber: 'S2 Pasal 13 ayat (2)', asumsi: 'A-33: Pasal mengalahkan Lampiran 4)' },
    pemintaLaporanSewaktuWaktu: { aturan: ['C-04', 'R-MRT-10'], sumber: 'S2 Pasal 13 ayat (3)' },
    penetapPenugasan: { aturan: ['C-07', 'R-MRT-03'], sumber: 'S2 Pasal 9 ayat (4)' },
    alurLintasInstansi: { aturan: ['C-05'], sumber: 'S2 Lampiran A.3 (berhenti di langkah d)', asumsi: 'A-05: dilengkapi langkah e Banten' },
    penetapKedudukan: { aturan: ['C-14', 'R-MRT-04'], sumber: 'S2 Pasal 7 ayat (2)' },
  },
};
