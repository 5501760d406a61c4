import { createRequire } from 'node:module';
import pdfmake, { type Content, type TableCell, type TDocumentDefinitions } from 'pdfmake';
import type { LogoSurat, PembuatPdf } from '../../application/surat/ports.js';
import { pangkatGolongan, tanggalIndonesia, type Blok, type NaskahDinas } from '../../domain/surat/naskah-dinas.js';

/*
 * The naskah dinas as a PDF (pdfmake), A4, with the Roboto fonts that ship inside the pdfmake package (embedded,
 * Latin with the Indonesian letters; nothing to install beside `npm ci`). Layout after Permen PANRB 80/2012:
 * kop with logo and a double rule, then per bentuk: surat dinas (nomor/sifat/lampiran/hal, place and date, Yth.),
 * a titled letter (surat tugas, surat penugasan) or a keputusan (menimbang, mengingat, MEMUTUSKAN, diktum,
 * lampiran page), the signer block, and the tembusan.
 */
const require = createRequire(import.meta.url);
const FONTS = require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
pdfmake.addFonts(FONTS);
// Nothing in a letter is fetched from anywhere: no URL or local file is read while rendering.
pdfmake.setUrlAccessPolicy(() => false);
// The fonts are the only local files it reads.
pdfmake.setLocalAccessPolicy((file) => Object.values(FONTS).some((f) => Object.values(f).includes(file)));

const KIRI = { width: 105, text: '' };

export const buatPdfSurat: PembuatPdf = async (naskah, nomor, logo, dibuatPada) => {
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [70, 45, 57, 60],
    info: { title: `${naskah.judul} ${nomor}`, subject: naskah.hal, author: naskah.penandatangan.nama, creator: 'Sistem Kerja', producer: 'Sistem Kerja (pdfmake)', creationDate: new Date(dibuatPada) },
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.15 },
    footer: (page, pages) => ({
      text: `Dokumen elektronik Sistem Kerja · ${naskah.judul} Nomor ${nomor} · halaman ${page} dari ${pages}`,
      fontSize: 7.5, color: '#666666', alignment: 'center', margin: [40, 20, 40, 0],
    }),
    content: [
      ...kop(naskah, logo),
      ...(naskah.bentuk === 'KEPUTUSAN' ? keputusan(naskah, nomor) : naskah.bentuk === 'BERJUDUL' ? berjudul(naskah, nomor) : suratDinas(naskah, nomor)),
      ...tembusan(naskah),
      ...lampiran(naskah, nomor),
    ],
  };
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  return new Uint8Array(buffer);
};

function kop(n: NaskahDinas, logo: LogoSurat | null): Content[] {
  const teks: Content = {
    width: '*', alignment: 'center', stack: [
      ...n.kop.baris.map((b): Content => ({ text: b, bold: true, fontSize: 13 })),
      ...(n.kop.unit ? [{ text: n.kop.unit, bold: true, fontSize: 15 } as Content] : []),
      ...(n.kop.alamat ? [{ text: n.kop.alamat, fontSize: 8.5, margin: [0, 2, 0, 0] } as Content] : []),
    ],
  };
  const gambar: Content | null = !logo ? null : logo.jenis === 'image/svg+xml'
    ? { svg: Buffer.from(logo.isi).toString('utf8'), width: 62 }
    : { image: `data:${logo.jenis};base64,${Buffer.from(logo.isi).toString('base64')}`, fit: [62, 62] };
  return [
    { columns: gambar ? [{ width: 66, stack: [gambar] }, teks, { width: 30, text: '' }] : [teks], columnGap: 8 },
    { canvas: [{ type: 'line', x1: 0, y1: 6, x2: 468, y2: 6, lineWidth: 2.2 }, { type: 'line', x1: 0, y1: 9, x2: 468, y2: 9, lineWidth: 0.6 }], margin: [0, 0, 0, 12] },
  ];
}

function suratDinas(n: NaskahDinas, nomor: string): Content[] {
  const baris = (label: string, nilai: string): TableCell[] => [label, ':', nilai];
  return [
    { text: `${n.tempat ? `${n.tempat}, ` : ''}${tanggalIndonesia(n.tanggal)}`, alignment: 'right', margin: [0, 0, 0, 8] },
    { layout: 'noBorders', table: { widths: [55, 8, '*'], body: [baris('Nomor', nomor), baris('Sifat', n.sifat), baris('Lampiran', n.lampiran), baris('Hal', n.hal)] }, margin: [0, 0, 0, 14] },
    { stack: [...n.kepada.map((k): Content => ({ text: k })), { text: 'di Tempat', margin: [14, 0, 0, 0] }], margin: [0, 0, 0, 14] },
    { stack: n.isi.map(blok), margin: [30, 0, 0, 0] },
    ...ttd(n, false),
  ];
}

function berjudul(n: NaskahDinas, nomor: string): Content[] {
  return [
    { text: n.judul, bold: true, fontSize: 13, alignment: 'center', decoration: 'underline' },
    { text: `NOMOR ${nomor}`, alignment: 'center', margin: [0, 2, 0, 16] },
    ...(n.kepada.length > 0 && !n.isi.some((b) => b.jenis === 'tabel') && n.jenis !== 'SURAT_PENUGASAN' && n.jenis !== 'SURAT_TUGAS'
      ? [{ layout: 'noBorders', table: { widths: [KIRI.width, 8, '*'], body: [['Kepada', ':', n.kepada.join('\n')], ['Hal', ':', n.hal]] }, margin: [0, 0, 0, 10] } as Content]
      : []),
    { stack: n.isi.map(blok) },
    ...ttd(n, true),
  ];
}

function keputusan(n: NaskahDinas, nomor: string): Content[] {
  const k = n.keputusan!;
  const daftar = (items: readonly string[], huruf: boolean): Content => ({
    layout: 'noBorders', table: { widths: [16, '*'], body: items.map((t, i) => [huruf ? `${String.fromCharCode(97 + i)}.` : `${i + 1}.`, { text: t, alignment: 'justify' }]) },
  });
  const bagian = (label: string, isi: Content): Content => ({ columns: [{ width: 80, text: label }, { width: 10, text: ':' }, { width: '*', stack: [isi] }], margin: [0, 0, 0, 8] });
  return [
    { text: n.judul, bold: true, alignment: 'center' },
    { text: `NOMOR ${nomor}`, bold: true, alignment: 'center' },
    { text: 'TENTANG', bold: true, alignment: 'center', margin: [0, 6, 0, 0] },
    { text: k.tentang, bold: true, alignment: 'center', margin: [30, 0, 30, 12] },
    { text: 'DENGAN RAHMAT TUHAN YANG MAHA ESA', bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
    { text: `${k.pejabat},`, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
    bagian('Menimbang', daftar(k.menimbang, true)),
    bagian('Mengingat', daftar(k.mengingat, false)),
    { text: 'MEMUTUSKAN:', bold: true, alignment: 'center', margin: [0, 4, 0, 8] },
    bagian('Menetapkan', { text: k.menetapkan, bold: true }),
    ...k.diktum.map((d) => bagian(d.label, { stack: d.isi.map(blok) })),
    ...ttd(n, true, true),
  ];
}

function ttd(n: NaskahDinas, denganTanggal: boolean, ditetapkan = false): Content[] {
  const p = n.penandatangan;
  const tanggal = tanggalIndonesia(n.tanggal);
  return [{
    unbreakable: true, margin: [250, 18, 0, 0], stack: [
      ...(ditetapkan ? [{ text: `Ditetapkan di ${n.tempat || '-'}` }, { text: `pada tanggal ${tanggal}`, margin: [0, 0, 0, 8] }] as Content[]
        : denganTanggal ? [{ text: `${n.tempat ? `${n.tempat}, ` : ''}${tanggal}`, margin: [0, 0, 0, 4] }] as Content[] : []),
      { text: `${p.jabatan},`, bold: true },
      { text: 'Ditandatangani secara elektronik', italics: true, fontSize: 8, color: '#444444', margin: [0, 18, 0, 18] },
      { text: p.nama, bold: true, decoration: 'underline' },
      ...(pangkatGolongan(p.golongan) ? [{ text: pangkatGolongan(p.golongan)! } as Content] : []),
      { text: `NIP ${p.nip}` },
    ],
  }];
}

function tembusan(n: NaskahDinas): Content[] {
  if (n.tembusan.length === 0) return [];
  const judul = n.bentuk === 'KEPUTUSAN' ? 'Salinan Keputusan ini disampaikan kepada Yth.:' : 'Tembusan Yth.:';
  return [{ unbreakable: true, margin: [0, 18, 0, 0], fontSize: 9.5, stack: [{ text: judul }, { ol: [...n.tembusan] }] }];
}

function lampiran(n: NaskahDinas, nomor: string): Content[] {
  if (n.lampiranIsi.length === 0) return [];
  const dari = n.bentuk === 'KEPUTUSAN' ? `KEPUTUSAN ${n.keputusan?.pejabat ?? ''}` : n.judul;
  return [
    { text: '', pageBreak: 'after' },
    { margin: [230, 0, 0, 14], fontSize: 9.5, layout: 'noBorders', table: { widths: [60, 8, '*'], body: [
      ['LAMPIRAN', ':', dari], ['NOMOR', ':', nomor], ['TANGGAL', ':', tanggalIndonesia(n.tanggal)], ['TENTANG', ':', n.keputusan?.tentang ?? n.hal],
    ] } },
    { stack: n.lampiranIsi.map(blok) },
    ...ttd(n, false),
  ];
}

function blok(b: Blok): Content {
  switch (b.jenis) {
    case 'paragraf':
      return { text: b.teks, alignment: 'justify', margin: [0, 0, 0, 8], bold: /^[A-Z ]+$/.test(b.teks), ...(/^[A-Z ]+$/.test(b.teks) ? { alignment: 'center' } : {}) };
    case 'butir':
      return {
        layout: 'noBorders', margin: [0, 0, 0, 6],
        table: { widths: [KIRI.width, 8, '*'], body: b.butir.map((x) => [x.label, x.label ? ':' : '', typeof x.nilai === 'string' ? { text: x.nilai, alignment: 'justify' } : { ol: [...x.nilai] }]) },
      };
    case 'tabel':
      return {
        margin: [0, 4, 0, 10], fontSize: 9.5, stack: [
          ...(b.judul ? [{ text: b.judul, bold: true, alignment: 'center', margin: [0, 0, 0, 6] } as Content] : []),
          { table: { headerRows: 1, widths: b.kolom.map((_, i) => (i === 0 ? 22 : '*')), body: [b.kolom.map((k): TableCell => ({ text: k, bold: true, fillColor: '#eeeeee' })), ...b.baris.map((r) => [...r])] } },
        ],
      };
  }
}
