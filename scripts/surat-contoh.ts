/**
 * `npm run surat:contoh [-- <folder>]`: the letters of one full penunjukan lintas unit (F2) and one tim kerja (F6)
 * of the demo organisation, issued through the same application path as the worker (content, numbering, PDF),
 * written as PDF and, where poppler's pdftoppm is installed, as PNG pages to look at. Default folder:
 * data/contoh-surat. Uses an in-memory store; touches nothing else.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buatPdfSurat } from '../src/adapters/documents/surat-pdf.js';
import { createKasusRepository } from '../src/adapters/store/kasus-repository.js';
import { openStore } from '../src/adapters/store/open-store.js';
import { createOrganisasiRepository } from '../src/adapters/store/organisasi-repository.js';
import { createPenugasanRepository } from '../src/adapters/store/penugasan-repository.js';
import { createPermohonanRepository } from '../src/adapters/store/permohonan-repository.js';
import { createSuratRepository } from '../src/adapters/store/surat-repository.js';
import { createTimKerjaRepository } from '../src/adapters/store/tim-kerja-repository.js';
import { terbitkanNaskah, type TerbitkanDeps } from '../src/application/surat/terbitkan-naskah.js';
import { loadDemoIfEmpty } from '../src/cli/bootstrap.js';
import { NAMA_SURAT, type JenisSurat } from '../src/domain/kasus.js';
import { pejabatPenilaiKinerja } from '../src/domain/roles.js';

const HARI = '2027-01-04';
const KABAN = '198108192009121002'; // Kepala Badan Penghubung: PUO pemilik kinerja
const KADIS = '197204151998031005'; // Kepala Dinas Kominfo: PUO of the pegawai
const PEGAWAI = '198711042009011005'; // Statistisi Ahli Madya at Diskominfo
const ANGGOTA = ['198807222012122003', '199203102019031004'];

const keluar = path.resolve(process.argv[2] ?? 'data/contoh-surat');
await mkdir(keluar, { recursive: true });
const db = await openStore({ kind: 'pglite-memory' });
const organisasi = createOrganisasiRepository(db);
await loadDemoIfEmpty(organisasi);
const kasus = createKasusRepository(db);
const surat = createSuratRepository(db);
const timKerja = createTimKerjaRepository(db);
const deps: TerbitkanDeps = {
  organisasi, kasus, surat, timKerja, penugasan: createPenugasanRepository(db), permohonan: createPermohonanRepository(db),
  history: { tugasSelesai: () => Promise.reject(new Error('tidak dipakai')) } as unknown as TerbitkanDeps['history'],
  hariIni: () => HARI, pdf: buatPdfSurat, surel: null,
};
await surat.aturFormat('pemprov-banten', {
  kop: ['PEMERINTAH PROVINSI BANTEN'], alamat: 'Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Jl. Syech Nawawi Al-Bantani, Palima, Serang 42171',
  tempat: 'Serang', kodeKlasifikasi: { bawaan: '800.1.11.1', SURAT_KEPUTUSAN: '800.1.11.2' },
  kodeUnit: { 'banten-diskominfo': 'Diskominfo', 'banten-badan-penghubung': 'Bahung' },
}, { jenis: 'image/svg+xml', isi: new Uint8Array(await readFile(new URL('../demo/logo-contoh.svg', import.meta.url))) }, 'contoh');

const org = await organisasi.viewAround({ pegawaiNip: [KABAN, KADIS, PEGAWAI, ...ANGGOTA], unitId: ['banten-badan-penghubung', 'banten-diskominfo'] }, HARI);
const ppkDituju = pejabatPenilaiKinerja(org, org.pegawai(PEGAWAI)!)!.nip;
const ppkKaban = pejabatPenilaiKinerja(org, org.pegawai(KABAN)!)?.nip ?? KADIS;

let n = 0;
async function terbitkan(kunciKasus: string, jenis: JenisSurat, perihal: string, penandatangan: string, penerima: string[], tembusan: string[], permohonan: object, daftar: string[] = []) {
  const letak = { kunciKasus, processInstanceId: `contoh-${kunciKasus}` };
  const { surat: s, dokumen } = await terbitkanNaskah(deps, letak, {
    kunci: `contoh-${++n}`, kunciKasus, processInstanceId: letak.processInstanceId, jenis, perihal, penandatanganNip: penandatangan, penerima,
    tembusan: tembusan.map((nip, i) => ({ peran: `tembusan${i}`, nip })), isi: { permohonan, keputusan: [] },
  }, daftar);
  const nama = `${String(n).padStart(2, '0')}-${kunciKasus}-${NAMA_SURAT[jenis].toLowerCase().replace(/[^a-z]+/g, '-')}`;
  await writeFile(path.join(keluar, `${nama}.pdf`), dokumen.pdf);
  console.log(`${s.nomor.padEnd(34)} ${NAMA_SURAT[jenis]} → ${nama}.pdf (SHA-256 ${dokumen.sha256.slice(0, 16)}…)`);
  return nama;
}
async function putuskan(kunciKasus: string, langkah: string, aktorNip: string, keputusan: string, alasan: string | null = null) {
  await kasus.catatKeputusan({ taskId: `${kunciKasus}-${langkah}`, kunciKasus, processInstanceId: `contoh-${kunciKasus}`, langkah, aktorNip, keputusan, alasan, data: {} });
}

// F2: penunjukan lintas unit, approved.
const f2 = {
  pegawaiNip: PEGAWAI, unitPemilikKinerjaId: 'banten-badan-penghubung', maksudTujuan: 'Menyusun profil statistik layanan penghubung daerah untuk perencanaan 2027',
  uraianTugas: 'Menyusun profil statistik layanan penghubung daerah', kompetensiDibutuhkan: ['Metadata statistik', 'Analisis data'],
  ekspektasiTarget: 'Profil statistik layanan penghubung daerah terbit pada akhir Maret 2027', targetKinerja: 'Profil statistik terbit', tanggalMulai: '2027-01-11', tanggalSelesai: '2027-03-31',
};
const berkas = [
  await terbitkan('F2', 'SURAT_PERMOHONAN_PELIBATAN', `Permohonan pelibatan ${org.pegawai(PEGAWAI)!.nama}`, KABAN, [ppkDituju], [ppkKaban], f2),
];
await putuskan('F2', 'Tugas_Rekomendasi', KADIS, 'DIREKOMENDASIKAN');
berkas.push(await terbitkan('F2', 'REKOMENDASI', `Rekomendasi pelibatan ${org.pegawai(PEGAWAI)!.nama}`, KADIS, [ppkDituju], [], f2));
await putuskan('F2', 'Tugas_PutuskanPpk', ppkDituju, 'SETUJU');
berkas.push(await terbitkan('F2', 'SURAT_PENUGASAN', `Penugasan ${org.pegawai(PEGAWAI)!.nama} pada Badan Penghubung`, ppkDituju, [PEGAWAI], [KABAN, KADIS], f2));
// F2 refused: the surat jawaban with reasons (R-NAT-13).
await terbitkan('F2-tolak', 'SURAT_PERMOHONAN_PELIBATAN', 'Permohonan pelibatan pengolah data', KABAN, [ppkDituju], [ppkKaban], f2);
await putuskan('F2-tolak', 'Tugas_PutuskanPpk', ppkDituju, 'TOLAK', 'Pegawai yang dimohon sedang menyelesaikan Survei Kepuasan Layanan sampai Maret 2027');
berkas.push(await terbitkan('F2-tolak', 'SURAT_JAWABAN', 'Jawaban atas permohonan pelibatan', ppkDituju, [KABAN], [KADIS], f2));

// F6: tim kerja of Diskominfo, formed by keputusan with its membership.
const tim = await timKerja.usulkan({
  processInstanceId: 'contoh-F6', kunciKasus: 'F6', nama: 'Satu Data Banten', unitPemilikId: 'banten-diskominfo', ruangLingkup: 'DALAM_UNIT', tahun: 2027,
  tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', ketuaNip: PEGAWAI, instrumen: 'SURAT_KEPUTUSAN', tujuan: 'Mewujudkan tata kelola Satu Data Banten',
  rincianTugas: 'Menyusun dan memutakhirkan katalog data sektoral serta menerbitkan dasbor statistik sektoral Provinsi Banten',
});
const f6 = { unitPemilikKinerjaId: 'banten-diskominfo', timKerjaId: tim.id, namaTim: tim.nama, tahun: 2027, ketuaNip: PEGAWAI, anggotaNip: ANGGOTA, tanggalMulai: tim.tanggalMulai, tanggalSelesai: tim.tanggalSelesai };
await putuskan('F6', 'Tugas_TetapkanTimKerja', KADIS, 'SETUJU');
berkas.push(await terbitkan('F6', 'SURAT_KEPUTUSAN', 'Pembentukan Tim Kerja', KADIS, [], [], f6, [PEGAWAI, ...ANGGOTA]));
berkas.push(await terbitkan('F6', 'SURAT_KEPUTUSAN', 'Susunan Keanggotaan Tim Kerja', KADIS, [], [], f6, [PEGAWAI, ...ANGGOTA]));
await db.destroy();

try {
  for (const b of berkas) execFileSync('pdftoppm', ['-r', '70', '-png', path.join(keluar, `${b}.pdf`), path.join(keluar, b)]);
  console.log(`PDF dan PNG di ${keluar}`);
} catch {
  console.log(`PDF di ${keluar} (pdftoppm dari poppler-utils tidak ada: PNG tidak dibuat)`);
}
