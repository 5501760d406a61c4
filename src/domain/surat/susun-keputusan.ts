import { emptyReport, mergeReports, violation, type RuleReport } from '../rule-violation.js';
import { periode, tabelPegawai, type BahanNaskah } from './bahan-naskah.js';
import { labelDiktum, tanggalIndonesia, type BagianKeputusan, type Blok } from './naskah-dinas.js';

/**
 * The decree parts of a keputusan tim kerja (F6; R-NAT-33: teams by keputusan): menimbang, mengingat and the
 * diktum with the members, their roles and the team's term. "Susunan keanggotaan" (perihal naming keanggotaan)
 * sets the membership of a team; otherwise the keputusan forms the team.
 */
export function bagianKeputusan(b: BahanNaskah): BagianKeputusan | null {
  const tim = b.tim;
  if (!tim) return null;
  const keanggotaan = /keanggotaan/i.test(b.perihal);
  const namaTim = `Tim Kerja ${tim.nama}`;
  const tentang = `${keanggotaan ? 'SUSUNAN KEANGGOTAAN' : 'PEMBENTUKAN'} ${namaTim.toLocaleUpperCase('id')} TAHUN ${tim.tahun}`;
  const unit = b.unitPemilikNama ?? b.unitPenandatangan ?? 'unit organisasi';
  const pejabat = b.penandatangan.jabatan.toLocaleUpperCase('id');
  const tujuan = (tim.tujuan ?? '').trim() || tim.rincianTugas.trim();
  return {
    pejabat,
    tentang,
    menimbang: [
      `bahwa dalam rangka ${tujuan ? `${lowerFirst(tujuan)} ` : ''}untuk mencapai target kinerja ${unit} Tahun ${tim.tahun}, perlu ${keanggotaan ? 'menetapkan susunan keanggotaan' : 'membentuk'} ${namaTim};`,
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan ${b.penandatangan.jabatan} tentang ${keanggotaan ? 'Susunan Keanggotaan' : 'Pembentukan'} ${namaTim} Tahun ${tim.tahun};`,
    ],
    mengingat: b.format.dasarHukum,
    menetapkan: `KEPUTUSAN ${pejabat} TENTANG ${tentang}.`,
    diktum: [
      { label: labelDiktum(0), isi: [{ jenis: 'paragraf', teks: keanggotaan
        ? `Menetapkan susunan keanggotaan ${namaTim} pada ${unit} dengan susunan sebagaimana tercantum dalam Lampiran Keputusan ini.`
        : `Membentuk ${namaTim} pada ${unit} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran Keputusan ini.` }] },
      { label: labelDiktum(1), isi: [{ jenis: 'paragraf', teks: `${namaTim} sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas: ${tim.rincianTugas.trim() || '-'}` }] },
      { label: labelDiktum(2), isi: [{ jenis: 'paragraf', teks: `Ketua tim kerja mengoordinasikan pelaksanaan tugas anggota dan melaporkan pelaksanaan tugas tim secara berkala kepada ${b.penandatangan.jabatan}; anggota tim melaporkan pelaksanaan tugasnya kepada ketua tim.` }] },
      { label: labelDiktum(3), isi: [{ jenis: 'paragraf', teks: `Masa kerja ${namaTim} terhitung mulai tanggal ${tanggalIndonesia(tim.mulai)} sampai dengan tanggal ${tanggalIndonesia(tim.selesai)}.` }] },
      { label: labelDiktum(4), isi: [{ jenis: 'paragraf', teks: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.' }] },
    ],
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('id') + s.slice(1);
}

/** The lampiran of a keputusan: the members with their roles (Ketua / Anggota). */
export function tabelAnggota(b: BahanNaskah): Blok {
  return tabelPegawai(b.daftarPegawai, (o) => (o.nip === b.tim?.ketuaNip ? 'Ketua' : 'Anggota'), `SUSUNAN KEANGGOTAAN TIM KERJA ${b.tim?.nama.toLocaleUpperCase('id') ?? ''}`);
}

/** A team set up by surat tugas (R-NAT-33: a team within one unit): the members, roles, task and term. */
export function isiSuratTugasTim(b: BahanNaskah): { isi: Blok[]; lampiranIsi: Blok[]; report: RuleReport } {
  const tim = b.tim!;
  return {
    isi: [
      { jenis: 'butir', butir: [{ label: 'Dasar', nilai: b.format.dasarHukum }] },
      { jenis: 'paragraf', teks: 'MEMBERI TUGAS' },
      { jenis: 'butir', butir: [{ label: 'Kepada', nilai: `nama-nama sebagaimana tercantum di bawah ini sebagai Tim Kerja ${tim.nama}:` }] },
      tabelPegawai(b.daftarPegawai, (o) => (o.nip === tim.ketuaNip ? 'Ketua' : 'Anggota')),
      { jenis: 'butir', butir: [{ label: 'Untuk', nilai: [
        `melaksanakan tugas Tim Kerja ${tim.nama}: ${tim.rincianTugas.trim() || '-'}`,
        `selama ${periode(tim.mulai, tim.selesai)}`,
        `melaporkan pelaksanaan tugas kepada ketua tim, dan ketua tim kepada ${b.penandatangan.jabatan}.`,
      ] }] },
    ],
    lampiranIsi: [],
    report: mergeReports(b.daftarPegawai.length > 0 ? emptyReport : violation('R-NAT-34', 'anggota', 'Surat tugas tim harus menyebut anggota tim.')),
  };
}
