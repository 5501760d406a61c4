import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buatPdfSurat } from '../../../src/adapters/documents/surat-pdf.js';
import type { BahanNaskah } from '../../../src/domain/surat/bahan-naskah.js';
import { susunNaskahDinas } from '../../../src/domain/surat/susun-naskah.js';
import { ANGGOTA, bahan, KABAN, KABID, KADIS, PEGAWAI, TIM } from '../../domain/surat/bahan-contoh.js';

/** The text of every page, spaces normalised (a PDF breaks lines where the layout wraps). */
async function teksPdf(b: BahanNaskah, nomor: string): Promise<string> {
  const { naskah, report } = susunNaskahDinas(b);
  expect(report.violations).toEqual([]);
  const pdf = await buatPdfSurat(naskah, nomor, null, '2027-01-04T02:00:00.000Z');
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

const NAMA_PPK = KADIS.jabatan;
const permohonanTerdahulu = [{ jenis: 'SURAT_PERMOHONAN_PELIBATAN' as const, nomor: '800.1.11.1/1/Bahung/2027', tanggal: '2027-01-04T02:00:00Z', perihal: 'Permohonan pelibatan' }];
const tolak = { langkah: 'Tugas_Putuskan', aktor: KABID, keputusan: 'TOLAK', alasan: 'Pegawai sedang menyelesaikan migrasi pusat data sampai Maret 2027', waktu: '2027-01-05T02:00:00Z' };
const setuju = { ...tolak, keputusan: 'SETUJU', alasan: null };

describe('letters as PDF, read back (issue 12: every mandatory content and the tembusan are in the document)', { timeout: 60_000 }, () => {
  it('surat permohonan pelibatan: kop, nomor, sifat, lampiran, hal, date, addressee, the four R-NAT-11 items, signer block, one tembusan per person (R-SYS-05)', async () => {
    const t = await teksPdf(bahan('SURAT_PERMOHONAN_PELIBATAN'), '800.1.11.1/1/Bahung/2027');
    for (const s of ['PEMERINTAH PROVINSI BANTEN', 'BADAN PENGHUBUNG', 'Nomor', '800.1.11.1/1/Bahung/2027', 'Sifat', 'Biasa', 'Lampiran', 'Hal', 'Serang, 4 Januari 2027',
      'Yth. Kepala Bidang Aplikasi Informatika', 'Maksud dan tujuan', 'Membangun portal layanan informasi Badan Penghubung', 'Kompetensi/', 'Pengembangan web, Basis data',
      'Ekspektasi/target', 'Portal layanan informasi terbit dan dipakai publik', 'Durasi pelibatan', '4 Januari 2027 s.d. 31 Maret 2027',
      'Kepala Badan Penghubung,', KABAN.nama, 'Pembina Tingkat I (IV/b)', `NIP ${KABAN.nip}`, 'Tembusan', NAMA_PPK]) expect(t).toContain(s);
    // Two tembusan roles held by the Kepala Dinas: one line (R-SYS-05).
    expect(t.split(NAMA_PPK).length - 1).toBe(1);
  });

  it('surat permohonan sukarela names the applicant and the work applied for', async () => {
    const t = await teksPdf(bahan('SURAT_PERMOHONAN_SUKARELA', { penandatangan: PEGAWAI, penerima: [KABAN], perihal: 'Permohonan untuk dapat dilibatkan',
      permohonan: { uraianTugas: 'Mengembangkan portal', targetKinerja: 'Portal terbit', kompetensiDibutuhkan: ['Pengembangan web'], tanggalMulai: '2027-02-01', tanggalSelesai: '2027-04-30' } }), 'X/2/Y/2027');
    for (const s of ['SURAT PERMOHONAN UNTUK DAPAT DILIBATKAN', PEGAWAI.nama, PEGAWAI.nip, 'Mengembangkan portal', 'Portal terbit', '1 Februari 2027 s.d. 30 April 2027', 'Yth. Kepala Badan Penghubung', 'Tembusan']) expect(t).toContain(s);
  });

  it('surat jawaban tolak states the reasons of the refusal (R-NAT-13) and refers to the request', async () => {
    const t = await teksPdf(bahan('SURAT_JAWABAN', { penandatangan: KABID, penerima: [KABAN], keputusan: [tolak], suratSebelumnya: permohonanTerdahulu, perihal: 'Jawaban atas permohonan pelibatan' }), 'X/3/Y/2027');
    for (const s of ['tidak dapat kami setujui', tolak.alasan, 'Nomor 800.1.11.1/1/Bahung/2027', 'Yth. Kepala Badan Penghubung', 'Tembusan']) expect(t).toContain(s);
  });

  it('surat jawaban setuju, and tersedia with the list of pegawai (R-BTN-13 daftar)', async () => {
    const setujuTeks = await teksPdf(bahan('SURAT_JAWABAN', { keputusan: [setuju], daftarPegawai: [], suratSebelumnya: permohonanTerdahulu }), 'X/4/Y/2027');
    expect(setujuTeks).toContain('dapat kami setujui');
    const tersedia = await teksPdf(bahan('SURAT_JAWABAN', { keputusan: [{ ...setuju, keputusan: 'TERSEDIA' }], daftarPegawai: [PEGAWAI, ANGGOTA] }), 'X/5/Y/2027');
    for (const s of ['dapat kami penuhi', '(2 orang)', PEGAWAI.nama, `NIP ${PEGAWAI.nip}`, ANGGOTA.nama, ANGGOTA.jabatan]) expect(tersedia).toContain(s);
  });

  it('surat penugasan and surat tugas name each pegawai, the task, the target and the period (R-NAT-34)', async () => {
    for (const jenis of ['SURAT_PENUGASAN', 'SURAT_TUGAS'] as const) {
      const t = await teksPdf(bahan(jenis, { penandatangan: KABID, penerima: [PEGAWAI], suratSebelumnya: permohonanTerdahulu, perihal: 'Penugasan' }), 'X/6/Y/2027');
      for (const s of [jenis === 'SURAT_TUGAS' ? 'SURAT TUGAS' : 'SURAT PENUGASAN', 'NOMOR X/6/Y/2027', 'Dasar', 'MEMBERI TUGAS', 'Kepada', PEGAWAI.nama, `NIP ${PEGAWAI.nip}`,
        'Membangun portal layanan informasi', 'Portal layanan informasi terbit', '4 Januari 2027 s.d. 31 Maret 2027', 'Badan Penghubung', 'Serang, 4 Januari 2027',
        KABID.nama, 'Tembusan', NAMA_PPK]) expect(t).toContain(s);
    }
  });

  it('keputusan pembentukan tim kerja: menimbang, mengingat, memutuskan, the members with their roles and the term', async () => {
    const t = await teksPdf(bahan('SURAT_KEPUTUSAN', { perihal: 'Pembentukan Tim Kerja', penandatangan: KADIS, penerima: [], daftarPegawai: [PEGAWAI, ANGGOTA], tim: TIM,
      tembusan: [{ peran: 'ppk', orang: KABID }], unitPenandatangan: 'Dinas Komunikasi dan Informatika', unitPemilikNama: 'Dinas Komunikasi dan Informatika' }), '800.1.11.2/7/Diskominfo/2027');
    for (const s of ['KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA', 'NOMOR 800.1.11.2/7/Diskominfo/2027', 'TENTANG', 'PEMBENTUKAN TIM KERJA SATU DATA BANTEN TAHUN 2027',
      'Menimbang', 'Mengingat', 'Nomor 7 Tahun 2022', 'Peraturan Gubernur Banten Nomor 19 Tahun 2023', 'MEMUTUSKAN', 'Menetapkan', 'KESATU', 'Membentuk Tim Kerja Satu Data Banten',
      'KEEMPAT', '4 Januari 2027 sampai dengan tanggal 31 Desember 2027', 'Ditetapkan di Serang', 'LAMPIRAN', 'SUSUNAN KEANGGOTAAN', PEGAWAI.nama, 'Ketua', ANGGOTA.nama, 'Anggota',
      'Salinan Keputusan ini disampaikan kepada', KABID.jabatan]) expect(t).toContain(s);
  });

  it('keputusan keanggotaan sets the membership of the team', async () => {
    const t = await teksPdf(bahan('SURAT_KEPUTUSAN', { perihal: 'Susunan Keanggotaan Tim Kerja', penandatangan: KADIS, penerima: [], daftarPegawai: [PEGAWAI, ANGGOTA], tim: TIM, tembusan: [] }), 'K/8/D/2027');
    for (const s of ['TENTANG', 'SUSUNAN KEANGGOTAAN TIM KERJA SATU DATA BANTEN TAHUN 2027', 'Menetapkan susunan keanggotaan Tim Kerja Satu Data Banten', PEGAWAI.nama, 'Ketua', ANGGOTA.nama]) expect(t).toContain(s);
  });

  it('every other letter the shared step can issue renders (instruksi, rekomendasi, catatan lisan, laporan, bahan pertimbangan)', async () => {
    for (const jenis of ['INSTRUKSI', 'REKOMENDASI', 'CATATAN_PERMOHONAN_LISAN', 'LAPORAN', 'BAHAN_PERTIMBANGAN'] as const) {
      const t = await teksPdf(bahan(jenis, { perihal: `Perihal ${jenis}` }), `N/${jenis}/2027`);
      expect(t).toContain(`Perihal ${jenis}`);
      expect(t).toContain(`N/${jenis}/2027`);
      expect(t).toContain(KABAN.nama);
    }
  });
});
