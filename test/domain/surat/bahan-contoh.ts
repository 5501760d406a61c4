import type { BahanNaskah } from '../../../src/domain/surat/bahan-naskah.js';
import { formatSuratBawaan, gabungFormat } from '../../../src/domain/surat/format-surat.js';
import type { Orang } from '../../../src/domain/surat/naskah-dinas.js';
import type { JenisSurat } from '../../../src/domain/kasus.js';

/** People and content of a penunjukan lintas unit and a tim kerja in the Banten demo (fixtures beside the specs). */
export const KADIS: Orang = { nip: '197204151998031005', nama: 'Dr. Hendra Wijaya, S.Kom., M.T.', jabatan: 'Kepala Dinas Komunikasi dan Informatika', golongan: 'IV/c', unit: 'Dinas Komunikasi dan Informatika' };
export const KABAN: Orang = { nip: '198108192009121002', nama: 'Ratna Sari Dewi, S.E., M.M.', jabatan: 'Kepala Badan Penghubung', golongan: 'IV/b', unit: 'Badan Penghubung' };
export const KABID: Orang = { nip: '197906122005011003', nama: 'Agus Setiawan, S.T.', jabatan: 'Kepala Bidang Aplikasi Informatika', golongan: 'IV/a', unit: 'Bidang Aplikasi Informatika' };
export const PEGAWAI: Orang = { nip: '198711042009011005', nama: 'Muhammad Rizki Pratama, S.Kom.', jabatan: 'Pranata Komputer Ahli Muda', golongan: 'III/c', unit: 'Bidang Aplikasi Informatika' };
export const ANGGOTA: Orang = { nip: '198807222012122003', nama: 'Siti Nurhaliza, S.Si.', jabatan: 'Statistisi Ahli Pertama', golongan: 'III/b', unit: 'Bidang Statistik' };

export const FORMAT_BANTEN = gabungFormat(formatSuratBawaan({ id: 'banten', nama: 'Pemerintah Provinsi Banten', profil: 'BTN' }), {
  kop: ['PEMERINTAH PROVINSI BANTEN'], alamat: 'Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Jl. Syech Nawawi Al-Bantani, Serang 42171',
  tempat: 'Serang', kodeKlasifikasi: { bawaan: '800.1.11.1', SURAT_KEPUTUSAN: '800.1.11.2' }, kodeUnit: { 'banten-diskominfo': 'Diskominfo', 'banten-badan-penghubung': 'Bahung' },
});

export function bahan(jenis: JenisSurat, lain: Partial<BahanNaskah> = {}): BahanNaskah {
  return {
    jenis, perihal: 'Permohonan pelibatan Muhammad Rizki Pratama', tanggal: '2027-01-04', format: FORMAT_BANTEN, instansiNama: 'Pemerintah Provinsi Banten',
    unitPenandatangan: 'Badan Penghubung', penandatangan: KABAN, penerima: [KABID], tembusan: [{ peran: 'ppkPengusulNip', orang: KADIS }, { peran: 'puoPegawaiNip', orang: KADIS }],
    permohonan: {
      pegawaiNip: PEGAWAI.nip, unitPemilikKinerjaId: 'banten-badan-penghubung', maksudTujuan: 'Membangun portal layanan informasi Badan Penghubung',
      kompetensiDibutuhkan: ['Pengembangan web', 'Basis data'], ekspektasiTarget: 'Portal layanan informasi terbit dan dipakai publik',
      tanggalMulai: '2027-01-04', tanggalSelesai: '2027-03-31',
    },
    keputusan: [], daftarPegawai: [PEGAWAI], unitPemilikNama: 'Badan Penghubung', suratSebelumnya: [], tim: null,
    ...lain,
  };
}

export const TIM = { nama: 'Satu Data Banten', tahun: 2027, mulai: '2027-01-04', selesai: '2027-12-31', rincianTugas: 'Menyusun dan memutakhirkan katalog data sektoral Provinsi Banten',
  tujuan: 'Mewujudkan Satu Data Banten', ketuaNip: PEGAWAI.nip };
