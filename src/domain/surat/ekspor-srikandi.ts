import type { JenisSurat } from '../kasus.js';
import type { NaskahDinas } from './naskah-dinas.js';

/** SRIKANDI's own names of the naskah types (its "jenis naskah" list). */
const JENIS_NASKAH: Record<JenisSurat, string> = {
  SURAT_PERMOHONAN_PELIBATAN: 'Surat Dinas', SURAT_PERMOHONAN_SUKARELA: 'Surat Dinas', SURAT_JAWABAN: 'Surat Dinas', INSTRUKSI: 'Instruksi',
  REKOMENDASI: 'Surat Rekomendasi', SURAT_PENUGASAN: 'Surat Tugas', SURAT_TUGAS: 'Surat Tugas', SURAT_KEPUTUSAN: 'Keputusan',
  CATATAN_PERMOHONAN_LISAN: 'Nota Dinas', LAPORAN: 'Laporan', BAHAN_PERTIMBANGAN: 'Nota Dinas',
  SURAT_PENGINGAT: 'Surat Dinas',
};

/**
 * The structured record that goes with a letter's PDF when an agency registers it in SRIKANDI (the national
 * e-archive application): jenis, nomor, tanggal, hal, sifat, klasifikasi, sender, addressees, tembusan, attachment
 * and the file with its SHA-256, so nothing is retyped.
 */
export function eksporSrikandi(s: {
  nomor: string; jenis: JenisSurat; klasifikasi: string | null; naskah: NaskahDinas; berkas: { nama: string; sha256: string; ukuran: number };
}) {
  const n = s.naskah;
  const orang = (o: { nama: string; nip: string; jabatan: string; unit?: string | null; instansi?: string | null }) =>
    ({ nama: o.nama, nip: o.nip, jabatan: o.jabatan, unitKerja: o.unit ?? null, instansi: o.instansi ?? null });
  return {
    jenisNaskah: JENIS_NASKAH[s.jenis],
    nomorNaskah: s.nomor,
    tanggalNaskah: n.tanggal.slice(0, 10),
    hal: n.hal,
    sifatNaskah: n.sifat,
    urgensi: 'Biasa',
    kodeKlasifikasi: s.klasifikasi,
    lampiran: n.lampiran,
    tempat: n.tempat || null,
    pengirim: { ...orang(n.penandatangan), unitPengolah: n.kop.unit },
    tujuan: n.kepada.map((k) => k.replace(/^Yth\.\s*/, '')),
    tembusan: [...n.tembusan],
    ringkasanIsi: n.isi.filter((b) => b.jenis === 'paragraf').map((b) => (b.jenis === 'paragraf' ? b.teks : '')).join(' ').slice(0, 1000),
    berkas: { namaBerkas: s.berkas.nama, jenisBerkas: 'application/pdf', ukuran: s.berkas.ukuran, sha256: s.berkas.sha256 },
  };
}
