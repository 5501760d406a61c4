import { NAMA_SURAT, type JenisSurat } from '../kasus.js';
import { emptyReport, mergeReports, violation, type RuleReport } from '../rule-violation.js';
import { periode, rujukan, sebut, tabelPegawai, teks, type BahanNaskah } from './bahan-naskah.js';
import type { Blok, NaskahDinas } from './naskah-dinas.js';
import { bagianKeputusan, isiSuratTugasTim, tabelAnggota } from './susun-keputusan.js';

/**
 * Assembles a letter's content from what the store recorded (pure): the parts of a naskah dinas and, per type,
 * the contents the rules require. The report lists what is missing (R-NAT-11, R-NAT-13, R-NAT-34, R-SYS-05); the
 * application refuses to take a number for a letter with violations.
 */
export function susunNaskahDinas(b: BahanNaskah): { naskah: NaskahDinas; report: RuleReport } {
  const { isi, lampiranIsi, report } = isiMenurutJenis(b);
  const keputusan = b.jenis === 'SURAT_KEPUTUSAN' && b.tim ? bagianKeputusan(b) : null;
  const bentuk = b.jenis === 'SURAT_KEPUTUSAN' ? 'KEPUTUSAN' : BERJUDUL.includes(b.jenis) ? 'BERJUDUL' : 'SURAT_DINAS';
  const naskah: NaskahDinas = {
    jenis: b.jenis,
    bentuk,
    judul: bentuk === 'KEPUTUSAN' ? `KEPUTUSAN ${b.penandatangan.jabatan.toLocaleUpperCase('id')}` : NAMA_SURAT[b.jenis].toLocaleUpperCase('id'),
    kop: { baris: b.format.kop, unit: b.unitPenandatangan?.toLocaleUpperCase('id') ?? null, alamat: b.format.alamat },
    sifat: b.format.sifat,
    lampiran: lampiranIsi.length > 0 ? '1 (satu) berkas' : '-',
    hal: b.perihal,
    tempat: b.format.tempat,
    tanggal: b.tanggal,
    kepada: b.penerima.map((o) => `Yth. ${o.jabatan}${b.penerima.length > 1 ? ` (${o.nama})` : ''}`),
    isi,
    keputusan,
    penandatangan: b.penandatangan,
    tembusan: barisTembusan(b.tembusan),
    lampiranIsi,
    pegawaiTerkait: [...new Set([...b.daftarPegawai.map((o) => o.nip), ...(typeof b.permohonan?.pegawaiNip === 'string' ? [b.permohonan.pegawaiNip] : [])])],
  };
  return { naskah, report: mergeReports(report, keputusan || b.jenis !== 'SURAT_KEPUTUSAN' ? emptyReport
    : violation('R-NAT-33', 'tim', 'Keputusan tim kerja memerlukan data tim (nama, anggota, masa kerja).')) };
}

const BERJUDUL: readonly JenisSurat[] = ['SURAT_PENUGASAN', 'SURAT_TUGAS', 'INSTRUKSI', 'CATATAN_PERMOHONAN_LISAN', 'LAPORAN', 'BAHAN_PERTIMBANGAN', 'REKOMENDASI'];

/** R-SYS-05: one line per person, by jabatan (the name too when two people share a jabatan). */
export function barisTembusan(tembusan: BahanNaskah['tembusan']): string[] {
  const orang = [...new Map(tembusan.map((t) => [t.orang.nip, t.orang])).values()];
  return orang.map((o) => (orang.filter((x) => x.jabatan === o.jabatan).length > 1 ? `${o.jabatan} (${o.nama})` : o.jabatan));
}

const MENOLAK = (k: string) => k === 'TOLAK' || k.startsWith('TIDAK_');

interface Isi { isi: Blok[]; lampiranIsi: Blok[]; report: RuleReport }

function isiMenurutJenis(b: BahanNaskah): Isi {
  switch (b.jenis) {
    case 'SURAT_PERMOHONAN_PELIBATAN': return permohonanPelibatan(b);
    case 'SURAT_PERMOHONAN_SUKARELA': return permohonanSukarela(b);
    case 'SURAT_JAWABAN': return suratJawaban(b);
    case 'SURAT_PENUGASAN':
    case 'SURAT_TUGAS': return b.tim ? isiSuratTugasTim(b) : suratPenugasan(b);
    case 'SURAT_KEPUTUSAN': return { isi: [], lampiranIsi: b.tim ? [tabelAnggota(b)] : [], report: anggotaAda(b) };
    default: return suratUmum(b);
  }
}

export function anggotaAda(b: BahanNaskah): RuleReport {
  return b.daftarPegawai.length > 0 ? emptyReport : violation('R-NAT-34', 'anggota', 'Surat ini harus menyebut pegawai yang ditugaskan (nama dan NIP).');
}

/** R-NAT-11: the four contents, each present. */
function permohonanPelibatan(b: BahanNaskah): Isi {
  const p = b.permohonan ?? {};
  const empat = [
    { label: 'Maksud dan tujuan', nilai: teks(p.maksudTujuan ?? p.uraianTugas), field: 'maksudTujuan' },
    { label: 'Kompetensi/keahlian/keterampilan yang dibutuhkan', nilai: teks(p.kompetensiDibutuhkan), field: 'kompetensiDibutuhkan' },
    { label: 'Ekspektasi/target kinerja', nilai: teks(p.ekspektasiTarget ?? p.targetKinerja), field: 'ekspektasiTarget' },
    { label: 'Durasi pelibatan', nilai: periode(p.tanggalMulai, p.tanggalSelesai), field: 'durasi' },
  ];
  const calon = b.daftarPegawai.length > 0 ? b.daftarPegawai.map(sebut).join('; ') : teks(p.calonPegawai);
  const report = mergeReports(...empat.filter((e) => !e.nilai).map((e) =>
    violation('R-NAT-11', e.field, `Surat permohonan pelibatan wajib memuat ${e.label.toLowerCase()}.`)));
  return {
    isi: [
      { jenis: 'paragraf', teks: `Dalam rangka pelaksanaan kinerja ${b.unitPemilikNama ?? b.unitPenandatangan ?? 'unit kami'}, dengan ini kami mengajukan permohonan pelibatan Pejabat Fungsional/Pelaksana dengan keterangan sebagai berikut:` },
      { jenis: 'butir', butir: [
        ...empat.map((e, i) => ({ label: `${i + 1}. ${e.label}`, nilai: e.nilai })),
        ...(calon ? [{ label: 'Calon pegawai', nilai: calon }] : []),
        ...(teks(p.justifikasi) ? [{ label: 'Justifikasi pelibatan lintas instansi', nilai: teks(p.justifikasi) }] : []),
      ] },
      { jenis: 'paragraf', teks: 'Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.' },
    ],
    lampiranIsi: [],
    report,
  };
}

function permohonanSukarela(b: BahanNaskah): Isi {
  const p = b.permohonan ?? {};
  const disetujui = b.keputusan.filter((k) => k.keputusan === 'SETUJU');
  return {
    isi: [
      { jenis: 'paragraf', teks: 'Yang bertanda tangan di bawah ini:' },
      { jenis: 'butir', butir: [{ label: 'Nama', nilai: b.penandatangan.nama }, { label: 'NIP', nilai: b.penandatangan.nip }, { label: 'Jabatan', nilai: b.penandatangan.jabatan },
        { label: 'Unit', nilai: b.penandatangan.unit ?? '-' }] },
      { jenis: 'paragraf', teks: `dengan ini mengajukan permohonan untuk dapat dilibatkan dalam pelaksanaan kinerja ${b.unitPemilikNama ?? 'unit organisasi yang dituju'}, yaitu:` },
      { jenis: 'butir', butir: [
        { label: 'Uraian tugas', nilai: teks(p.uraianTugas) || '-' }, { label: 'Target kinerja', nilai: teks(p.targetKinerja) || '-' },
        { label: 'Kompetensi yang dimiliki', nilai: teks(p.kompetensiDibutuhkan) || '-' }, { label: 'Periode', nilai: periode(p.tanggalMulai, p.tanggalSelesai) || '-' },
      ] },
      ...disetujui.map((k): Blok => ({ jenis: 'paragraf', teks: `Permohonan ini telah disetujui oleh ${k.aktor.jabatan} (${k.aktor.nama}) pada ${teks(k.waktu).slice(0, 10)}.` })),
      { jenis: 'paragraf', teks: 'Demikian permohonan ini saya sampaikan. Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.' },
    ],
    lampiranIsi: [],
    report: emptyReport,
  };
}

/** Setuju, tolak (with the reasons, R-NAT-13) or tersedia (with the daftar of assigned pegawai, R-BTN-13). */
function suratJawaban(b: BahanNaskah): Isi {
  const terakhir = b.keputusan.at(-1);
  const permohonan = [...b.suratSebelumnya].reverse().find((s) => s.jenis === 'SURAT_PERMOHONAN_PELIBATAN' || s.jenis === 'SURAT_PERMOHONAN_SUKARELA');
  const pembuka = permohonan ? `Menindaklanjuti ${rujukan(permohonan, NAMA_SURAT[permohonan.jenis])}, dengan ini kami sampaikan bahwa` : 'Menindaklanjuti permohonan Saudara, dengan ini kami sampaikan bahwa';
  if (!terakhir || MENOLAK(terakhir.keputusan)) {
    const alasan = (terakhir?.alasan ?? '').trim();
    return {
      isi: [
        { jenis: 'paragraf', teks: `${pembuka} permohonan tersebut tidak dapat kami setujui, dengan alasan sebagai berikut:` },
        { jenis: 'paragraf', teks: alasan || '-' },
        { jenis: 'paragraf', teks: 'Demikian kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.' },
      ],
      lampiranIsi: [],
      report: alasan ? emptyReport : violation('R-NAT-13', 'alasan', 'Surat jawaban penolakan wajib memuat alasan penolakan.'),
    };
  }
  const daftar = b.daftarPegawai;
  return {
    isi: [
      { jenis: 'paragraf', teks: daftar.length > 0
        ? `${pembuka} permohonan tersebut dapat kami penuhi. Pejabat Fungsional/Pelaksana yang ditugaskan (${daftar.length} orang) adalah sebagai berikut:`
        : `${pembuka} permohonan tersebut dapat kami setujui.` },
      ...(daftar.length > 0 ? [tabelPegawai(daftar)] : []),
      { jenis: 'paragraf', teks: 'Demikian kami sampaikan untuk dapat dipergunakan sebagaimana mestinya.' },
    ],
    lampiranIsi: [],
    report: emptyReport,
  };
}

/** R-NAT-34: the written proof names each pegawai, the task, the target and the period. */
function suratPenugasan(b: BahanNaskah): Isi {
  const p = b.permohonan ?? {};
  const dasar = b.suratSebelumnya.filter((s) => s.jenis !== b.jenis).map((s) => rujukan(s, NAMA_SURAT[s.jenis]));
  return {
    isi: [
      { jenis: 'butir', butir: [{ label: 'Dasar', nilai: [...b.format.dasarHukum.slice(0, 2), ...dasar] }] },
      { jenis: 'paragraf', teks: 'MEMBERI TUGAS' },
      { jenis: 'butir', butir: [{ label: 'Kepada', nilai: '' }] },
      tabelPegawai(b.daftarPegawai),
      { jenis: 'butir', butir: [{ label: 'Untuk', nilai: [
        `melaksanakan tugas: ${teks(p.uraianTugas) || teks(p.maksudTujuan) || b.perihal}`,
        `dengan target kinerja: ${teks(p.targetKinerja) || teks(p.ekspektasiTarget) || '-'}`,
        `selama ${periode(p.tanggalMulai, p.tanggalSelesai) || '-'}`,
        `pada ${b.unitPemilikNama ?? b.unitPenandatangan ?? '-'}, dan melaporkan hasilnya kepada pimpinan unit organisasi pemilik kinerja.`,
      ] }] },
      { jenis: 'paragraf', teks: 'Demikian surat ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.' },
    ],
    lampiranIsi: [],
    report: mergeReports(anggotaAda(b), periode(p.tanggalMulai, p.tanggalSelesai) ? emptyReport
      : violation('R-NAT-34', 'periode', 'Surat penugasan harus memuat periode penugasan.')),
  };
}

/** Instruksi, rekomendasi, catatan permohonan lisan, laporan, bahan pertimbangan: the request and the decisions. */
function suratUmum(b: BahanNaskah): Isi {
  const p = b.permohonan ?? {};
  const butir = [
    ['Uraian tugas', p.uraianTugas ?? p.maksudTujuan], ['Target kinerja', p.targetKinerja ?? p.ekspektasiTarget],
    ['Kompetensi', p.kompetensiDibutuhkan], ['Periode', periode(p.tanggalMulai, p.tanggalSelesai)],
  ].map(([label, nilai]) => ({ label: String(label), nilai: teks(nilai) })).filter((x) => x.nilai);
  const keputusan = b.keputusan.map((k) => `${k.aktor.jabatan} (${k.aktor.nama}): ${k.keputusan.toLowerCase().replace(/_/g, ' ')}${k.alasan ? `, alasan: ${k.alasan}` : ''}`);
  return {
    isi: [
      { jenis: 'paragraf', teks: `Dengan hormat, bersama ini kami sampaikan ${NAMA_SURAT[b.jenis].toLowerCase()} perihal ${b.perihal}${b.daftarPegawai.length ? ' mengenai pegawai berikut:' : '.'}` },
      ...(b.daftarPegawai.length ? [tabelPegawai(b.daftarPegawai)] : []),
      ...(butir.length ? [{ jenis: 'butir' as const, butir }] : []),
      ...(keputusan.length ? [{ jenis: 'butir' as const, butir: [{ label: 'Keputusan yang telah diambil', nilai: keputusan }] }] : []),
      { jenis: 'paragraf', teks: 'Demikian disampaikan untuk menjadi perhatian.' },
    ],
    lampiranIsi: [],
    report: emptyReport,
  };
}

