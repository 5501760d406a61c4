import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirektoriWriter, JF, PELAKSANA, Rng, direktoriToJson, type RumpunJf } from '../bench/direktori-kit.js';
import type { Direktori } from '../src/domain/direktori.js';
import type { IsoDate, JabatanKategori } from '../src/domain/organisasi.js';

/**
 * Builds demo/organisasi-demo.json: three instansi, one per agency profile, built from the organisation
 * patterns of RULES.md §4 (about 300 pegawai). Deterministic: the same seed writes the same file, and
 * test/demo/demo-direktori.test.ts checks that the committed file is what this script writes.
 *
 *   npx tsx demo/build-demo.ts            (rewrites demo/organisasi-demo.json)
 *
 * The engine tests rely on three people (test/support/system-for-test.ts): the Kepala Dinas Diskominfo
 * Banten and two JF placed directly in banten-diskominfo (condition a.1: the PPT Pratama is their PPK).
 */

export const DEMO_NIP = {
  kadisDiskominfo: '197204151998031005',
  siti: '198807222012122003',
  budi: '199203102019031004',
} as const;

const SEED = 20_230_819;

export function buildDemo(): Direktori {
  const w = new DirektoriWriter(new Rng(SEED));
  banten(w);
  meranti(w);
  kemenperin(w);
  return withSekdaAsPpkOfPerangkatDaerahHeads(w.build());
}

/**
 * In a Pemerintah Daerah the Sekretaris Daerah appraises the heads of the Perangkat Daerah (PermenPANRB
 * 6/2022): their kedudukan names the Sekda (the Pejabat yang Berwenang here) as PPK, so a Kepala Dinas has a
 * "PPK bersangkutan" to copy letters to (R-NAT-10, A-01).
 */
function withSekdaAsPpkOfPerangkatDaerahHeads(d: Direktori): Direktori {
  const pemda = new Set(d.instansi.filter((i) => i.jenis === 'PROVINSI' || i.jenis === 'KABUPATEN' || i.jenis === 'KOTA').map((i) => i.id));
  const sekda = new Map(d.pejabatBerwenang.filter((p) => pemda.has(p.instansiId)).map((p) => [p.instansiId, p.nip]));
  const puncak = new Map(d.unit.filter((u) => u.indukId === null && pemda.has(u.instansiId)).map((u) => [u.id, u.instansiId]));
  const kepala = new Set(d.pimpinan.filter((p) => puncak.has(p.unitId)).map((p) => `${p.unitId}|${p.nip}`));
  return {
    ...d,
    kedudukan: d.kedudukan.map((k) => {
      const ppk = sekda.get(puncak.get(k.unitId) ?? '');
      return ppk && ppk !== k.nip && !k.pejabatPenilaiKinerjaNip && kepala.has(`${k.unitId}|${k.nip}`) ? { ...k, pejabatPenilaiKinerjaNip: ppk } : k;
    }),
  };
}

type Unit = { id: string; nama: string; induk?: string; jenis?: 'UNIT_ORGANISASI' | 'UNIT_KERJA' | 'UNIT_KERJA_MANDIRI' | 'UPT'; pola?: string };

function units(w: DirektoriWriter, instansiId: string) {
  return (u: Unit): string => w.addUnit({
    id: u.id, instansiId, nama: u.nama, jenis: u.jenis ?? (u.induk ? 'UNIT_KERJA' : 'UNIT_ORGANISASI'), indukId: u.induk ?? null, pola: u.pola ?? null,
  });
}

/** A structural official leading the unit since `mulai`. */
const pejabat = (w: DirektoriWriter, unitId: string, kategori: JabatanKategori, jabatanNama: string, mulai: IsoDate, golongan?: Parameters<DirektoriWriter['orang']>[0]['golongan']) =>
  w.kepala(unitId, { kategori, jabatanNama, golongan }, mulai);

const kelompok = (w: DirektoriWriter, unitId: string, rumpun: readonly RumpunJf[], jf: number, pelaksana: number, mulai: IsoDate, kodeBukti: string,
  opts: { ppk?: string; pppk?: number; keterampilan?: number } = {}) =>
  w.kelompok(unitId, { rumpun, jf, pelaksana, mulai, kodeBukti, ...opts });

// ------------------------------------------------------------------------------------------ Banten

/**
 * Pemerintah Provinsi Banten (Pergub 19/2023, RULES.md §4.3): Setda chain (e), Diskominfo led by a PPT Pratama
 * (a), a Badan led by an Administrator with a Pengawas (b), an UPTD led by a Pengawas (c), a Satuan
 * Pendidikan led by a JF guru (d). A Plt leads a Bidang whose Kabid retired; a Kabid delegated the PPK
 * authority to a JF (R-BTN-16); the Sekda is the Pejabat yang Berwenang.
 */
function banten(w: DirektoriWriter): void {
  const I = 'pemprov-banten';
  w.addInstansi({ id: I, nama: 'Pemerintah Provinsi Banten', jenis: 'PROVINSI', profil: 'BTN' });
  const unit = units(w, I);
  /** Keputusan on kedudukan after the simplification of the bureaucracy. */
  const SK = '2023-01-02';

  // (e) Sekretariat Daerah: Sekda → Asisten → Kepala Biro → Kepala Bagian → Kepala Subbagian.
  const setda = unit({ id: 'banten-setda', nama: 'Sekretariat Daerah Provinsi Banten', pola: 'BTN_E' });
  const sekda = pejabat(w, setda, 'PPT_MADYA', 'Sekretaris Daerah Provinsi Banten', '2022-03-01', 'IV/e');
  w.addPejabatBerwenang(I, sekda.nip, '2022-03-01');
  kelompok(w, setda, [JF.analisKebijakan], 1, 0, SK, 'SETDA-BTN');

  const as1 = unit({ id: 'banten-setda-asisten-pemerintahan', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', induk: setda });
  pejabat(w, as1, 'PPT_PRATAMA', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', '2021-08-02');
  kelompok(w, as1, [JF.analisKebijakan], 1, 0, SK, 'SETDA-BTN');
  const biroHukum = unit({ id: 'banten-setda-biro-hukum', nama: 'Biro Hukum', induk: as1 });
  pejabat(w, biroHukum, 'PPT_PRATAMA', 'Kepala Biro Hukum', '2021-11-01');
  kelompok(w, biroHukum, [JF.analisHukum, JF.perancangPeraturan], 2, 0, SK, 'HUKUM-BTN');
  const bagPerundangan = unit({ id: 'banten-setda-bagian-perundangan', nama: 'Bagian Perundang-undangan', induk: biroHukum });
  pejabat(w, bagPerundangan, 'ADMINISTRATOR', 'Kepala Bagian Perundang-undangan', '2022-01-03');
  kelompok(w, bagPerundangan, [JF.perancangPeraturan], 2, 1, SK, 'HUKUM-BTN');
  const subbagProdukHukum = unit({ id: 'banten-setda-subbag-produk-hukum', nama: 'Subbagian Produk Hukum Daerah', induk: bagPerundangan });
  pejabat(w, subbagProdukHukum, 'PENGAWAS', 'Kepala Subbagian Produk Hukum Daerah', '2022-01-03');
  kelompok(w, subbagProdukHukum, [JF.analisHukum, JF.arsiparis], 2, 1, SK, 'HUKUM-BTN');
  const bagBankum = unit({ id: 'banten-setda-bagian-bantuan-hukum', nama: 'Bagian Bantuan Hukum', induk: biroHukum });
  pejabat(w, bagBankum, 'ADMINISTRATOR', 'Kepala Bagian Bantuan Hukum', '2022-06-02');
  kelompok(w, bagBankum, [JF.analisHukum], 3, 0, SK, 'HUKUM-BTN');
  const pindahanSetda = w.anggota(bagBankum, { kategori: 'PELAKSANA', pelaksana: PELAKSANA[0], kodeBukti: 'HUKUM-BTN', tmtPalingLambat: SK }, SK);

  const as3 = unit({ id: 'banten-setda-asisten-administrasi', nama: 'Asisten Administrasi Umum', induk: setda });
  pejabat(w, as3, 'PPT_PRATAMA', 'Asisten Administrasi Umum', '2022-03-01');
  const biroOrg = unit({ id: 'banten-setda-biro-organisasi', nama: 'Biro Organisasi', induk: as3 });
  pejabat(w, biroOrg, 'PPT_PRATAMA', 'Kepala Biro Organisasi', '2021-04-05');
  kelompok(w, biroOrg, [JF.analisKebijakan], 1, 0, SK, 'ORG-BTN');
  const bagKelembagaan = unit({ id: 'banten-setda-bagian-kelembagaan', nama: 'Bagian Kelembagaan dan Analisis Jabatan', induk: biroOrg });
  pejabat(w, bagKelembagaan, 'ADMINISTRATOR', 'Kepala Bagian Kelembagaan dan Analisis Jabatan', '2022-01-03');
  kelompok(w, bagKelembagaan, [JF.analisSdm], 2, 0, SK, 'ORG-BTN');
  const subbagAnjab = unit({ id: 'banten-setda-subbag-anjab', nama: 'Subbagian Analisis Jabatan', induk: bagKelembagaan });
  pejabat(w, subbagAnjab, 'PENGAWAS', 'Kepala Subbagian Analisis Jabatan', '2022-01-03');
  kelompok(w, subbagAnjab, [JF.analisSdm], 2, 1, SK, 'ORG-BTN');
  const bagRb = unit({ id: 'banten-setda-bagian-reformasi-birokrasi', nama: 'Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja', induk: biroOrg });
  pejabat(w, bagRb, 'ADMINISTRATOR', 'Kepala Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja', '2022-06-02');
  kelompok(w, bagRb, [JF.analisKebijakan], 2, 0, SK, 'ORG-BTN');
  const subbagAkuntabilitas = unit({ id: 'banten-setda-subbag-akuntabilitas', nama: 'Subbagian Akuntabilitas Kinerja', induk: bagRb });
  pejabat(w, subbagAkuntabilitas, 'PENGAWAS', 'Kepala Subbagian Akuntabilitas Kinerja', '2022-06-02');
  kelompok(w, subbagAkuntabilitas, [JF.perencana], 2, 1, SK, 'ORG-BTN');

  // (a) Diskominfo, led by a PPT Pratama: JF directly under the Kepala Dinas, a Sekretariat and three Bidang.
  const dk = unit({ id: 'banten-diskominfo', nama: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', pola: 'BTN_A' });
  const kadisLama = w.orang({ instansiId: I, nip: '196211201988031002', kategori: 'PPT_PRATAMA', jabatanNama: 'Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian', golongan: 'IV/d', pendidikan: 'S2', jk: 1, aktif: false });
  w.addKedudukan(kadisLama.nip, dk, '2019-07-01');
  w.addPimpinan(dk, kadisLama.nip, '2019-07-01');
  w.berhenti(kadisLama.nip, '2022-12-31');
  w.kepala(dk, {
    nip: DEMO_NIP.kadisDiskominfo, nama: 'Dr. Ahmad Fauzi, S.Kom., M.T.', kategori: 'PPT_PRATAMA',
    jabatanNama: 'Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian', golongan: 'IV/c', pendidikan: 'S2',
    kompetensi: ['Manajemen pemerintahan', 'Tata kelola TIK'], pengalaman: [],
  }, SK);
  w.anggota(dk, {
    nip: DEMO_NIP.siti, nama: 'Siti Rahmawati, S.Kom.', kategori: 'JF_KEAHLIAN', jabatanNama: 'Pranata Komputer Ahli Muda', jenjang: 'AHLI_MUDA',
    golongan: 'III/c', pendidikan: 'S1', kompetensi: ['Pengembangan aplikasi', 'Analisis data', 'Keamanan informasi'],
    pengalaman: [{ bidang: 'Pengembangan aplikasi', tahun: 8, bukti: 'SK-PAK/2023/114' }],
  }, SK);
  w.anggota(dk, {
    nip: DEMO_NIP.budi, nama: 'Budi Santoso, S.Si.', kategori: 'JF_KEAHLIAN', jabatanNama: 'Statistisi Ahli Pertama', jenjang: 'AHLI_PERTAMA',
    golongan: 'III/a', pendidikan: 'S1', kompetensi: ['Statistik', 'Analisis data'], pengalaman: [],
  }, SK);
  w.anggota(dk, { kategori: 'JF_KEAHLIAN', rumpun: JF.manggalaInformatika, jenjang: 'AHLI_MADYA', kodeBukti: 'DISKOMINFO-BTN' }, SK);
  w.anggota(dk, { kategori: 'JF_KEAHLIAN', rumpun: JF.analisKebijakan, jenjang: 'AHLI_MUDA', kodeBukti: 'DISKOMINFO-BTN' }, SK);

  const sekretariat = unit({ id: 'banten-diskominfo-sekretariat', nama: 'Sekretariat', induk: dk });
  const sekdis = pejabat(w, sekretariat, 'ADMINISTRATOR', 'Sekretaris Dinas Komunikasi, Informatika, Statistik dan Persandian', '2022-01-03', 'IV/b');
  kelompok(w, sekretariat, [JF.perencana, JF.analisKeuangan], 2, 0, SK, 'DISKOMINFO-BTN');
  const subbagUmum = unit({ id: 'banten-diskominfo-subbag-umum', nama: 'Subbagian Umum dan Kepegawaian', induk: sekretariat });
  pejabat(w, subbagUmum, 'PENGAWAS', 'Kepala Subbagian Umum dan Kepegawaian', '2022-01-03');
  kelompok(w, subbagUmum, [JF.arsiparis], 1, 2, SK, 'DISKOMINFO-BTN', { keterampilan: 1 });
  const subbagKeuangan = unit({ id: 'banten-diskominfo-subbag-keuangan', nama: 'Subbagian Perencanaan dan Keuangan', induk: sekretariat });
  pejabat(w, subbagKeuangan, 'PENGAWAS', 'Kepala Subbagian Perencanaan dan Keuangan', '2022-06-02');
  kelompok(w, subbagKeuangan, [JF.analisKeuangan], 1, 1, SK, 'DISKOMINFO-BTN');

  const aptika = unit({ id: 'banten-diskominfo-aptika', nama: 'Bidang Aplikasi Informatika', induk: dk });
  pejabat(w, aptika, 'ADMINISTRATOR', 'Kepala Bidang Aplikasi Informatika', '2022-01-03');
  kelompok(w, aptika, [JF.pranataKomputer, JF.pranataKomputer, JF.manggalaInformatika], 6, 1, SK, 'DISKOMINFO-BTN', { pppk: 0.2 });

  const statistik = unit({ id: 'banten-diskominfo-statistik', nama: 'Bidang Statistik', induk: dk });
  const kabidStatistik = pejabat(w, statistik, 'ADMINISTRATOR', 'Kepala Bidang Statistik', '2022-01-03');
  const delegasiLama = w.anggota(statistik, { kategori: 'JF_KEAHLIAN', rumpun: JF.statistisi, jenjang: 'AHLI_MUDA', kodeBukti: 'DISKOMINFO-BTN' }, SK);
  const delegasiBaru = w.anggota(statistik, { kategori: 'JF_KEAHLIAN', rumpun: JF.statistisi, jenjang: 'AHLI_MADYA', golongan: 'IV/a', kodeBukti: 'DISKOMINFO-BTN' }, SK);
  const pindahanStatistik = w.anggota(statistik, { kategori: 'JF_KEAHLIAN', rumpun: JF.pranataKomputer, jenjang: 'AHLI_PERTAMA', kodeBukti: 'DISKOMINFO-BTN', tmtPalingLambat: SK }, SK);
  kelompok(w, statistik, [JF.statistisi], 4, 1, SK, 'DISKOMINFO-BTN', { keterampilan: 0.25 });
  // R-BTN-16: the Kabid delegates the PPK authority over the Bidang's JF group to a senior Statistisi.
  w.addDelegasi(kabidStatistik.nip, delegasiLama.nip, '2023-07-03', 'Keputusan Kepala Dinas Kominfo Provinsi Banten Nomor 800/112-Diskominfo/2023', '2024-12-31');
  w.addDelegasi(kabidStatistik.nip, delegasiBaru.nip, '2025-01-02', 'Keputusan Kepala Dinas Kominfo Provinsi Banten Nomor 800/004-Diskominfo/2025');

  const persandian = unit({ id: 'banten-diskominfo-persandian', nama: 'Bidang Persandian dan Keamanan Informasi', induk: dk });
  const kabidPersandian = w.orang({ instansiId: I, nip: '196806141994031003', kategori: 'ADMINISTRATOR', jabatanNama: 'Kepala Bidang Persandian dan Keamanan Informasi', golongan: 'IV/a', pendidikan: 'S1', jk: 1 });
  w.addKedudukan(kabidPersandian.nip, persandian, '2021-02-01');
  w.addPimpinan(persandian, kabidPersandian.nip, '2021-02-01');
  kelompok(w, persandian, [JF.sandiman, JF.sandiman, JF.pranataKomputer], 4, 1, SK, 'DISKOMINFO-BTN');
  // The Kabid retires at 58; the Sekretaris Dinas is Plt and a new keputusan on kedudukan names the Bidang again.
  w.berhenti(kabidPersandian.nip, '2026-06-30');
  w.addPimpinan(persandian, sekdis.nip, '2026-07-01', { status: 'PLT' });
  w.kedudukanBaru(persandian, '2026-07-01');

  // Moves (history): a Pranata Komputer from Bidang Statistik to Aptika; a pelaksana from the Biro Hukum to Diskominfo.
  w.pindah(pindahanStatistik.nip, aptika, '2025-07-01');
  w.pindah(pindahanSetda.nip, subbagUmum, '2025-03-03');

  // (b) A Badan led by an Administrator, with one Pengawas.
  const badan = unit({ id: 'banten-badan-penghubung', nama: 'Badan Penghubung Daerah Provinsi Banten', pola: 'BTN_B' });
  pejabat(w, badan, 'ADMINISTRATOR', 'Kepala Badan Penghubung Daerah Provinsi Banten', '2021-09-01', 'IV/b');
  kelompok(w, badan, [JF.pranataHumas, JF.analisKebijakan], 3, 1, SK, 'BADAN-PENGHUBUNG');
  const badanUmum = unit({ id: 'banten-badan-penghubung-subbag-umum', nama: 'Subbagian Umum', induk: badan });
  pejabat(w, badanUmum, 'PENGAWAS', 'Kepala Subbagian Umum', '2022-01-03');
  kelompok(w, badanUmum, [JF.arsiparis], 1, 2, SK, 'BADAN-PENGHUBUNG', { keterampilan: 1 });

  // (a) + (c) Dinas Pertanian with an UPTD led by a Pengawas; two JF sit in the Dinas with the Kabid named as PPK (a.2).
  const distan = unit({ id: 'banten-distan', nama: 'Dinas Pertanian', pola: 'BTN_A' });
  pejabat(w, distan, 'PPT_PRATAMA', 'Kepala Dinas Pertanian', '2021-06-01');
  const pangan = unit({ id: 'banten-distan-tanaman-pangan', nama: 'Bidang Tanaman Pangan', induk: distan });
  const kabidPangan = pejabat(w, pangan, 'ADMINISTRATOR', 'Kepala Bidang Tanaman Pangan', '2022-01-03');
  kelompok(w, pangan, [JF.popt, JF.penyuluhPertanian, JF.pengawasBenih], 4, 0, SK, 'DISTAN-BTN');
  kelompok(w, distan, [JF.penyuluhPertanian, JF.perencana], 2, 0, SK, 'DISTAN-BTN', { ppk: kabidPangan.nip });
  const uptd = unit({ id: 'banten-distan-uptd-bbi', nama: 'UPTD Balai Benih Induk Tanaman Pangan dan Hortikultura', induk: distan, jenis: 'UNIT_KERJA_MANDIRI', pola: 'BTN_C' });
  pejabat(w, uptd, 'PENGAWAS', 'Kepala UPTD Balai Benih Induk Tanaman Pangan dan Hortikultura', '2022-01-03', 'III/d');
  kelompok(w, uptd, [JF.pengawasBenih, JF.pengawasBenih, JF.popt], 4, 2, SK, 'UPTD-BBI', { keterampilan: 0.6 });

  // (a) + (d) Dinas Pendidikan dan Kebudayaan with a Satuan Pendidikan led by a JF guru (unit kerja mandiri).
  const dindik = unit({ id: 'banten-dindikbud', nama: 'Dinas Pendidikan dan Kebudayaan', pola: 'BTN_A' });
  pejabat(w, dindik, 'PPT_PRATAMA', 'Kepala Dinas Pendidikan dan Kebudayaan', '2022-03-01');
  const bidangSma = unit({ id: 'banten-dindikbud-bidang-sma', nama: 'Bidang Pembinaan SMA', induk: dindik });
  pejabat(w, bidangSma, 'ADMINISTRATOR', 'Kepala Bidang Pembinaan SMA', '2022-01-03');
  kelompok(w, bidangSma, [JF.analisKebijakan, JF.perencana], 3, 0, SK, 'DINDIKBUD-BTN');
  const sman = unit({ id: 'banten-sman-2-kota-serang', nama: 'SMA Negeri 2 Kota Serang', induk: dindik, jenis: 'UNIT_KERJA_MANDIRI', pola: 'BTN_D' });
  w.kepala(sman, { kategori: 'JF_KEAHLIAN', rumpun: JF.guru, jenjang: 'AHLI_MADYA', golongan: 'IV/b', jabatanNama: 'Guru Ahli Madya (Kepala SMA Negeri 2 Kota Serang)', pendidikan: 'S2' }, '2022-07-18');
  kelompok(w, sman, [JF.guru], 10, 2, SK, 'SMAN2-SERANG', { pppk: 0.3 });
  kelompok(w, sman, [JF.pustakawan], 1, 0, SK, 'SMAN2-SERANG', { keterampilan: 1 });
}

// ------------------------------------------------------------------------------------------ Meranti

/**
 * Pemerintah Kabupaten Kepulauan Meranti (Perbup 11/2024, RULES.md §4.2): Setda in three levels, a Dinas in
 * two levels with an UPT Puskesmas led by a JF and an UPT led by a Pengawas with a Kasubbag TU, DPMPTSP in
 * one level, a Kecamatan with a Kelurahan. Level 3 officials (Kasubbag, Kasi) only coordinate: the JF group
 * sits in the Level 2 unit. The Sekda is the Pejabat yang Berwenang.
 */
function meranti(w: DirektoriWriter): void {
  const I = 'pemkab-meranti';
  w.addInstansi({ id: I, nama: 'Pemerintah Kabupaten Kepulauan Meranti', jenis: 'KABUPATEN', profil: 'MRT' });
  const unit = units(w, I);
  /** Keputusan on kedudukan after Perbup 11/2024 (30 April 2024). */
  const SK = '2024-05-02';

  // MRT_3LEVEL: Sekda → Asisten → Kabag (PPK of the JF group) → Kasubbag (coordinator).
  const setda = unit({ id: 'meranti-setda', nama: 'Sekretariat Daerah Kabupaten Kepulauan Meranti', pola: 'MRT_3LEVEL' });
  const sekda = pejabat(w, setda, 'PPT_PRATAMA', 'Sekretaris Daerah Kabupaten Kepulauan Meranti', '2023-03-01', 'IV/d');
  w.addPejabatBerwenang(I, sekda.nip, '2023-03-01');
  const as1 = unit({ id: 'meranti-setda-asisten-1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', induk: setda });
  pejabat(w, as1, 'PPT_PRATAMA', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', '2022-09-01');
  const bagHukum = unit({ id: 'meranti-setda-bagian-hukum', nama: 'Bagian Hukum', induk: as1 });
  pejabat(w, bagHukum, 'ADMINISTRATOR', 'Kepala Bagian Hukum', '2023-01-02');
  const subbagPerundangan = unit({ id: 'meranti-setda-subbag-perundangan', nama: 'Subbagian Perundang-undangan', induk: bagHukum });
  pejabat(w, subbagPerundangan, 'PENGAWAS', 'Kepala Subbagian Perundang-undangan', '2023-01-02');
  kelompok(w, bagHukum, [JF.perancangPeraturan, JF.analisHukum], 4, 1, SK, 'HUKUM-MRT');
  const bagTapem = unit({ id: 'meranti-setda-bagian-tapem', nama: 'Bagian Tata Pemerintahan', induk: as1 });
  pejabat(w, bagTapem, 'ADMINISTRATOR', 'Kepala Bagian Tata Pemerintahan', '2023-01-02');
  kelompok(w, bagTapem, [JF.analisKebijakan], 3, 1, SK, 'TAPEM-MRT');
  const as2 = unit({ id: 'meranti-setda-asisten-2', nama: 'Asisten Perekonomian dan Pembangunan', induk: setda });
  pejabat(w, as2, 'PPT_PRATAMA', 'Asisten Perekonomian dan Pembangunan', '2023-01-02');
  const bagEkon = unit({ id: 'meranti-setda-bagian-perekonomian', nama: 'Bagian Perekonomian dan Sumber Daya Alam', induk: as2 });
  pejabat(w, bagEkon, 'ADMINISTRATOR', 'Kepala Bagian Perekonomian dan Sumber Daya Alam', '2023-01-02');
  const subbagSda = unit({ id: 'meranti-setda-subbag-sda', nama: 'Subbagian Sumber Daya Alam', induk: bagEkon });
  pejabat(w, subbagSda, 'PENGAWAS', 'Kepala Subbagian Sumber Daya Alam', '2023-01-02');
  kelompok(w, bagEkon, [JF.analisKebijakan, JF.perencana], 3, 1, SK, 'EKON-MRT');
  const bagPbj = unit({ id: 'meranti-setda-bagian-pbj', nama: 'Bagian Pengadaan Barang dan Jasa', induk: as2 });
  pejabat(w, bagPbj, 'ADMINISTRATOR', 'Kepala Bagian Pengadaan Barang dan Jasa', '2023-01-02');
  kelompok(w, bagPbj, [JF.pengelolaPbj], 3, 1, SK, 'PBJ-MRT');

  // MRT_2LEVEL: Dinas Kesehatan; the Kasubbag only coordinates, the Sekretaris and the Kabid are the PPK.
  const dinkes = unit({ id: 'meranti-dinkes', nama: 'Dinas Kesehatan', pola: 'MRT_2LEVEL' });
  pejabat(w, dinkes, 'PPT_PRATAMA', 'Kepala Dinas Kesehatan', '2022-10-03');
  const sekretariat = unit({ id: 'meranti-dinkes-sekretariat', nama: 'Sekretariat', induk: dinkes });
  pejabat(w, sekretariat, 'ADMINISTRATOR', 'Sekretaris Dinas Kesehatan', '2023-01-02');
  const subbagUmum = unit({ id: 'meranti-dinkes-subbag-umum', nama: 'Subbagian Umum dan Kepegawaian', induk: sekretariat });
  pejabat(w, subbagUmum, 'PENGAWAS', 'Kepala Subbagian Umum dan Kepegawaian', '2023-01-02');
  kelompok(w, sekretariat, [JF.adminKesehatan, JF.perencana, JF.arsiparis], 3, 2, SK, 'DINKES-MRT');
  const p2p = unit({ id: 'meranti-dinkes-p2p', nama: 'Bidang Pencegahan dan Pengendalian Penyakit', induk: dinkes });
  pejabat(w, p2p, 'ADMINISTRATOR', 'Kepala Bidang Pencegahan dan Pengendalian Penyakit', '2023-01-02');
  kelompok(w, p2p, [JF.epidemiolog, JF.sanitasi], 4, 1, SK, 'DINKES-MRT');
  const kesmas = unit({ id: 'meranti-dinkes-kesmas', nama: 'Bidang Kesehatan Masyarakat', induk: dinkes });
  pejabat(w, kesmas, 'ADMINISTRATOR', 'Kepala Bidang Kesehatan Masyarakat', '2023-01-02');
  kelompok(w, kesmas, [JF.nutrisionis, JF.promkes, JF.bidan], 4, 0, SK, 'DINKES-MRT');
  const yankes = unit({ id: 'meranti-dinkes-yankes', nama: 'Bidang Pelayanan dan Sumber Daya Kesehatan', induk: dinkes });
  pejabat(w, yankes, 'ADMINISTRATOR', 'Kepala Bidang Pelayanan dan Sumber Daya Kesehatan', '2023-01-02');
  kelompok(w, yankes, [JF.adminKesehatan, JF.apoteker], 3, 1, SK, 'DINKES-MRT');

  // MRT_PUSKESMAS: a JF (dokter) leads the Puskesmas and is the PPK of its JF and pelaksana.
  const pkm = unit({ id: 'meranti-puskesmas-selatpanjang', nama: 'UPT Puskesmas Selatpanjang', induk: dinkes, jenis: 'UPT', pola: 'MRT_PUSKESMAS' });
  w.kepala(pkm, { kategori: 'JF_KEAHLIAN', rumpun: JF.dokter, jenjang: 'AHLI_MADYA', golongan: 'IV/a', pendidikan: 'S2', jabatanNama: 'Dokter Ahli Madya (Kepala UPT Puskesmas Selatpanjang)' }, '2023-02-01');
  kelompok(w, pkm, [JF.dokter, JF.dokter, JF.dokterGigi], 3, 0, SK, 'PKM-SLTPJG');
  const perawatBidan = kelompok(w, pkm, [JF.perawat, JF.perawat, JF.bidan], 8, 0, SK, 'PKM-SLTPJG', { keterampilan: 0.6, pppk: 0.3 });
  kelompok(w, pkm, [JF.pranataLab, JF.perekamMedis, JF.nutrisionis], 3, 2, SK, 'PKM-SLTPJG', { keterampilan: 0.7 });

  // MRT_UPT_PENGAWAS: the Kepala UPT (Pengawas) is the PPK of the JF, the pelaksana and the Kasubbag TU.
  const uptIf = unit({ id: 'meranti-upt-instalasi-farmasi', nama: 'UPT Instalasi Farmasi', induk: dinkes, jenis: 'UPT', pola: 'MRT_UPT_PENGAWAS' });
  pejabat(w, uptIf, 'PENGAWAS', 'Kepala UPT Instalasi Farmasi', '2023-01-02', 'III/d');
  const uptIfTu = unit({ id: 'meranti-upt-instalasi-farmasi-subbag-tu', nama: 'Subbagian Tata Usaha', induk: uptIf });
  pejabat(w, uptIfTu, 'PENGAWAS', 'Kepala Subbagian Tata Usaha UPT Instalasi Farmasi', '2023-01-02', 'III/b');
  kelompok(w, uptIf, [JF.apoteker], 1, 0, SK, 'UPT-IF-MRT');
  kelompok(w, uptIf, [JF.asistenApoteker], 2, 2, SK, 'UPT-IF-MRT');

  // MRT_1LEVEL_DPMPTSP: the Kepala Dinas is the PPK.
  const dpmptsp = unit({ id: 'meranti-dpmptsp', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', pola: 'MRT_1LEVEL_DPMPTSP' });
  pejabat(w, dpmptsp, 'PPT_PRATAMA', 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', '2023-01-02');
  const dpmptspStaf = kelompok(w, dpmptsp, [JF.penataPerizinan, JF.penataPerizinan, JF.analisKebijakan, JF.pranataKomputer], 5, 3, SK, 'DPMPTSP-MRT');

  // MRT_KECAMATAN + MRT_KELURAHAN.
  const kec = unit({ id: 'meranti-kec-tebingtinggi', nama: 'Kecamatan Tebingtinggi', pola: 'MRT_KECAMATAN' });
  pejabat(w, kec, 'ADMINISTRATOR', 'Camat Tebingtinggi', '2022-11-01', 'IV/a');
  const sekcam = unit({ id: 'meranti-kec-tebingtinggi-sekretariat', nama: 'Sekretariat Kecamatan', induk: kec });
  pejabat(w, sekcam, 'ADMINISTRATOR', 'Sekretaris Kecamatan Tebingtinggi', '2023-01-02', 'III/d');
  const kecUmum = unit({ id: 'meranti-kec-tebingtinggi-subbag-umum', nama: 'Subbagian Umum dan Kepegawaian', induk: sekcam });
  pejabat(w, kecUmum, 'PENGAWAS', 'Kepala Subbagian Umum dan Kepegawaian', '2023-01-02');
  const seksiPem = unit({ id: 'meranti-kec-tebingtinggi-seksi-pemerintahan', nama: 'Seksi Pemerintahan', induk: kec });
  pejabat(w, seksiPem, 'PENGAWAS', 'Kepala Seksi Pemerintahan', '2023-01-02');
  const seksiPmd = unit({ id: 'meranti-kec-tebingtinggi-seksi-pmd', nama: 'Seksi Pemberdayaan Masyarakat Desa', induk: kec });
  pejabat(w, seksiPmd, 'PENGAWAS', 'Kepala Seksi Pemberdayaan Masyarakat Desa', '2023-01-02');
  kelompok(w, kec, [JF.psm, JF.analisKebijakan], 3, 2, SK, 'KEC-TBT');
  kelompok(w, sekcam, [JF.arsiparis], 1, 2, SK, 'KEC-TBT', { keterampilan: 1 });
  const kel = unit({ id: 'meranti-kel-selatpanjang-kota', nama: 'Kelurahan Selatpanjang Kota', induk: kec, pola: 'MRT_KELURAHAN' });
  pejabat(w, kel, 'PENGAWAS', 'Lurah Selatpanjang Kota', '2023-01-02', 'III/d');
  w.anggota(kel, { kategori: 'PENGAWAS', jabatanNama: 'Sekretaris Kelurahan Selatpanjang Kota', golongan: 'III/b' }, SK);
  kelompok(w, kel, [JF.psm], 1, 2, SK, 'KEL-SPK');

  // History: a pelaksana of DPMPTSP moves to the Sekretariat Kecamatan; a perawat moves from the Puskesmas to Bidang P2P.
  const pelaksanaDpmptsp = dpmptspStaf.find((p) => p.jabatanKategori === 'PELAKSANA' && w.bisaPindah(p.nip, '2025-09-01'));
  if (pelaksanaDpmptsp) w.pindah(pelaksanaDpmptsp.nip, sekcam, '2025-09-01');
  const perawat = perawatBidan.find((p) => p.statusKepegawaian === 'PNS' && p.jabatanNama.startsWith('Perawat') && w.bisaPindah(p.nip, '2026-02-02'));
  if (perawat) w.pindah(perawat.nip, p2p, '2026-02-02');
}

// ------------------------------------------------------------------------------------------ Kemenperin

/**
 * Kementerian Perindustrian (Permenperin 3/2024, RULES.md §4.4): the Ditjen IKMA (PPT Madya) with units
 * following Pola 1–5 and the UPT BPIPI following Pola 6; the Sekretariat Jenderal, whose Sekjen is the
 * Pejabat yang Berwenang. Golongan never exceed the PPK's (R-KIN-27): the writer caps them.
 */
function kemenperin(w: DirektoriWriter): void {
  const I = 'kemenperin';
  w.addInstansi({ id: I, nama: 'Kementerian Perindustrian', jenis: 'KEMENTERIAN', profil: 'KIN' });
  const unit = units(w, I);
  /** Keputusan on kedudukan after Permenperin 3/2024 (17 January 2024). */
  const SK = '2024-02-01';

  const setjen = unit({ id: 'kemenperin-setjen', nama: 'Sekretariat Jenderal' });
  const sekjen = pejabat(w, setjen, 'PPT_MADYA', 'Sekretaris Jenderal', '2022-05-09', 'IV/e');
  w.addPejabatBerwenang(I, sekjen.nip, '2022-05-09');
  const osdm = unit({ id: 'kemenperin-biro-osdm', nama: 'Biro Organisasi dan Sumber Daya Manusia', induk: setjen, pola: 'KIN_POLA_4' });
  pejabat(w, osdm, 'PPT_PRATAMA', 'Kepala Biro Organisasi dan Sumber Daya Manusia', '2022-08-01', 'IV/d');
  kelompok(w, osdm, [JF.analisKebijakan, JF.analisSdm], 2, 0, SK, 'OSDM-KIN');
  const ortala = unit({ id: 'kemenperin-biro-osdm-ortala', nama: 'Bagian Organisasi dan Tata Laksana', induk: osdm });
  pejabat(w, ortala, 'ADMINISTRATOR', 'Kepala Bagian Organisasi dan Tata Laksana', '2023-01-02', 'IV/b');
  kelompok(w, ortala, [JF.analisKebijakan, JF.analisSdm], 3, 0, SK, 'OSDM-KIN');
  const bagSdm = unit({ id: 'kemenperin-biro-osdm-pengembangan-sdm', nama: 'Bagian Pengembangan Kompetensi dan Kinerja SDM', induk: osdm });
  pejabat(w, bagSdm, 'ADMINISTRATOR', 'Kepala Bagian Pengembangan Kompetensi dan Kinerja SDM', '2023-01-02', 'IV/a');
  kelompok(w, bagSdm, [JF.analisSdm], 3, 2, SK, 'OSDM-KIN');

  const ditjen = unit({ id: 'kemenperin-ditjen-ikma', nama: 'Direktorat Jenderal Industri Kecil, Menengah, dan Aneka' });
  pejabat(w, ditjen, 'PPT_MADYA', 'Direktur Jenderal Industri Kecil, Menengah, dan Aneka', '2022-11-14', 'IV/e');
  w.anggota(ditjen, { kategori: 'JF_KEAHLIAN', rumpun: JF.pembinaIndustri, jenjang: 'AHLI_UTAMA', golongan: 'IV/d', kodeBukti: 'IKMA-KIN' }, SK);
  w.anggota(ditjen, { kategori: 'JF_KEAHLIAN', rumpun: JF.analisKebijakan, jenjang: 'AHLI_UTAMA', golongan: 'IV/d', kodeBukti: 'IKMA-KIN' }, SK);

  // Pola 3: PPT Pratama + 3 Administrators + 5 Pengawas (one Administrator without a Pengawas).
  const ses = unit({ id: 'kemenperin-ikma-sesditjen', nama: 'Sekretariat Direktorat Jenderal Industri Kecil, Menengah, dan Aneka', induk: ditjen, pola: 'KIN_POLA_3' });
  pejabat(w, ses, 'PPT_PRATAMA', 'Sekretaris Direktorat Jenderal Industri Kecil, Menengah, dan Aneka', '2023-01-02', 'IV/d');
  kelompok(w, ses, [JF.perencana, JF.analisKebijakan], 2, 0, SK, 'IKMA-KIN');
  const bagProgram = unit({ id: 'kemenperin-ikma-bagian-program', nama: 'Bagian Program, Evaluasi dan Pelaporan', induk: ses });
  pejabat(w, bagProgram, 'ADMINISTRATOR', 'Kepala Bagian Program, Evaluasi dan Pelaporan', '2023-01-02', 'IV/b');
  kelompok(w, bagProgram, [JF.perencana], 2, 0, SK, 'IKMA-KIN');
  for (const [id, nama, jf, pel] of [['program', 'Program dan Anggaran', 2, 0], ['evaluasi', 'Evaluasi dan Pelaporan', 1, 1]] as const) {
    const s = unit({ id: `kemenperin-ikma-subbag-${id}`, nama: `Subbagian ${nama}`, induk: bagProgram });
    pejabat(w, s, 'PENGAWAS', `Kepala Subbagian ${nama}`, '2023-01-02', 'IV/a');
    kelompok(w, s, [JF.perencana, JF.analisKebijakan], jf, pel, SK, 'IKMA-KIN');
  }
  const bagKeu = unit({ id: 'kemenperin-ikma-bagian-keuangan-umum', nama: 'Bagian Keuangan dan Umum', induk: ses });
  pejabat(w, bagKeu, 'ADMINISTRATOR', 'Kepala Bagian Keuangan dan Umum', '2023-01-02', 'IV/a');
  kelompok(w, bagKeu, [JF.analisKeuanganApbn], 1, 0, SK, 'IKMA-KIN');
  for (const [id, nama, rumpunS, jf, pel] of [
    ['keuangan', 'Keuangan', [JF.analisKeuanganApbn, JF.pranataKeuanganApbn], 2, 0],
    ['umum', 'Umum dan Barang Milik Negara', [JF.arsiparis], 1, 1],
    ['kepegawaian', 'Kepegawaian', [JF.analisSdm], 1, 1],
  ] as const) {
    const s = unit({ id: `kemenperin-ikma-subbag-${id}`, nama: `Subbagian ${nama}`, induk: bagKeu });
    pejabat(w, s, 'PENGAWAS', `Kepala Subbagian ${nama}`, '2023-01-02', 'III/d');
    kelompok(w, s, rumpunS, jf, pel, SK, 'IKMA-KIN');
  }
  const bagHukum = unit({ id: 'kemenperin-ikma-bagian-hukum-kerja-sama', nama: 'Bagian Hukum dan Kerja Sama', induk: ses });
  pejabat(w, bagHukum, 'ADMINISTRATOR', 'Kepala Bagian Hukum dan Kerja Sama', '2023-01-02', 'IV/b');
  kelompok(w, bagHukum, [JF.analisHukum, JF.analisKebijakan], 3, 0, SK, 'IKMA-KIN');

  // Pola 2: PPT Pratama + 1 Pengawas.
  const pangan = unit({ id: 'kemenperin-ikma-dit-pangan', nama: 'Direktorat Industri Kecil dan Menengah Pangan, Barang dari Kayu, dan Furnitur', induk: ditjen, pola: 'KIN_POLA_2' });
  pejabat(w, pangan, 'PPT_PRATAMA', 'Direktur Industri Kecil dan Menengah Pangan, Barang dari Kayu, dan Furnitur', '2023-01-02', 'IV/c');
  const panganStaf = kelompok(w, pangan, [JF.pembinaIndustri], 5, 0, SK, 'IKMA-KIN');
  const panganTu = unit({ id: 'kemenperin-ikma-dit-pangan-subbag-tu', nama: 'Subbagian Tata Usaha', induk: pangan });
  pejabat(w, panganTu, 'PENGAWAS', 'Kepala Subbagian Tata Usaha', '2023-01-02', 'III/d');
  kelompok(w, panganTu, [JF.arsiparis], 1, 2, SK, 'IKMA-KIN', { keterampilan: 1 });

  // Pola 1: PPT Pratama + 1 Administrator + 1 Pengawas.
  const logam = unit({ id: 'kemenperin-ikma-dit-logam', nama: 'Direktorat Industri Kecil dan Menengah Logam, Mesin, Elektronika, dan Alat Angkut', induk: ditjen, pola: 'KIN_POLA_1' });
  pejabat(w, logam, 'PPT_PRATAMA', 'Direktur Industri Kecil dan Menengah Logam, Mesin, Elektronika, dan Alat Angkut', '2023-01-02', 'IV/d');
  kelompok(w, logam, [JF.pembinaIndustri], 3, 0, SK, 'IKMA-KIN');
  const logamSubdit = unit({ id: 'kemenperin-ikma-dit-logam-subdit-program', nama: 'Subdirektorat Program dan Evaluasi', induk: logam });
  pejabat(w, logamSubdit, 'ADMINISTRATOR', 'Kepala Subdirektorat Program dan Evaluasi', '2023-01-02', 'IV/a');
  kelompok(w, logamSubdit, [JF.perencana, JF.pembinaIndustri], 2, 0, SK, 'IKMA-KIN');
  const logamTu = unit({ id: 'kemenperin-ikma-dit-logam-subbag-tu', nama: 'Subbagian Tata Usaha', induk: logam });
  pejabat(w, logamTu, 'PENGAWAS', 'Kepala Subbagian Tata Usaha', '2023-01-02', 'III/d');
  kelompok(w, logamTu, [JF.arsiparis], 0, 2, SK, 'IKMA-KIN');

  // Pola 4: PPT Pratama + 2 Administrators.
  const kimia = unit({ id: 'kemenperin-ikma-dit-kimia', nama: 'Direktorat Industri Kecil dan Menengah Kimia, Sandang, dan Kerajinan', induk: ditjen, pola: 'KIN_POLA_4' });
  pejabat(w, kimia, 'PPT_PRATAMA', 'Direktur Industri Kecil dan Menengah Kimia, Sandang, dan Kerajinan', '2023-01-02', 'IV/c');
  kelompok(w, kimia, [JF.pembinaIndustri], 2, 0, SK, 'IKMA-KIN');
  for (const [id, nama] of [['kimia', 'Industri Kecil dan Menengah Kimia'], ['sandang', 'Industri Kecil dan Menengah Sandang dan Kerajinan']] as const) {
    const s = unit({ id: `kemenperin-ikma-dit-kimia-subdit-${id}`, nama: `Subdirektorat ${nama}`, induk: kimia });
    pejabat(w, s, 'ADMINISTRATOR', `Kepala Subdirektorat ${nama}`, '2023-01-02', 'IV/a');
    kelompok(w, s, [JF.pembinaIndustri], 2, 1, SK, 'IKMA-KIN');
  }

  // Pola 5: PPT Pratama + 1 Administrator.
  const sentra = unit({ id: 'kemenperin-ikma-dit-sentra', nama: 'Direktorat Pengembangan Wirausaha dan Sentra Industri Kecil dan Menengah', induk: ditjen, pola: 'KIN_POLA_5' });
  pejabat(w, sentra, 'PPT_PRATAMA', 'Direktur Pengembangan Wirausaha dan Sentra Industri Kecil dan Menengah', '2023-01-02', 'IV/c');
  kelompok(w, sentra, [JF.pembinaIndustri, JF.analisKebijakan], 3, 0, SK, 'IKMA-KIN');
  const sentraSubdit = unit({ id: 'kemenperin-ikma-dit-sentra-subdit-sentra', nama: 'Subdirektorat Sentra Industri Kecil dan Menengah', induk: sentra });
  pejabat(w, sentraSubdit, 'ADMINISTRATOR', 'Kepala Subdirektorat Sentra Industri Kecil dan Menengah', '2023-01-02', 'IV/b');
  kelompok(w, sentraSubdit, [JF.pembinaIndustri], 2, 1, SK, 'IKMA-KIN');

  // Pola 6: an UPT led by an Administrator with 1 Pengawas.
  const bpipi = unit({ id: 'kemenperin-bpipi', nama: 'Balai Pemberdayaan Industri Persepatuan Indonesia', induk: ditjen, jenis: 'UPT', pola: 'KIN_POLA_6' });
  pejabat(w, bpipi, 'ADMINISTRATOR', 'Kepala Balai Pemberdayaan Industri Persepatuan Indonesia', '2023-01-02', 'IV/b');
  kelompok(w, bpipi, [JF.instruktur, JF.instruktur, JF.pengujiMutu], 6, 0, SK, 'BPIPI', { keterampilan: 0.4 });
  const bpipiTu = unit({ id: 'kemenperin-bpipi-subbag-tu', nama: 'Subbagian Tata Usaha', induk: bpipi });
  pejabat(w, bpipiTu, 'PENGAWAS', 'Kepala Subbagian Tata Usaha', '2023-01-02', 'III/d');
  kelompok(w, bpipiTu, [JF.pranataKeuanganApbn], 1, 2, SK, 'BPIPI');

  // History: a Pembina Industri moves from the Direktorat Pangan to the Subdirektorat Sentra.
  const pembina = panganStaf.find((p) => p.jenjang !== 'AHLI_MADYA' && w.bisaPindah(p.nip, '2025-04-01'));
  if (pembina) w.pindah(pembina.nip, sentraSubdit, '2025-04-01');
}

// ------------------------------------------------------------------------------------------ CLI

export const DEMO_FILE = fileURLToPath(new URL('./organisasi-demo.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const d = buildDemo();
  writeFileSync(DEMO_FILE, direktoriToJson(d));
  console.log(`${DEMO_FILE}: ${d.instansi.length} instansi, ${d.unit.length} unit, ${d.pegawai.length} pegawai, ${d.kedudukan.length} kedudukan`);
}
