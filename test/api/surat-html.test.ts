import { describe, expect, it } from 'vitest';
import type { SuratTercatat } from '../../src/application/ports.js';
import { suratHtml } from '../../src/api/surat-html.js';

const surat: SuratTercatat = {
  id: 1, instansiId: null, kunci: 'a', nomor: '7/SJ/K1/2026', kunciKasus: 'K1', processInstanceId: 'K1', jenis: 'SURAT_JAWABAN',
  perihal: 'Jawaban <b>permohonan</b>', penandatanganNip: '2', penerima: ['1'], tembusan: [{ peran: 'ppkPemohonNip', nip: '3' }],
  isi: {
    permohonan: { maksudTujuan: 'Menyusun profil', uraianTugas: 'Menyusun profil', kompetensiDibutuhkan: ['Analisis data', 'Statistik'] },
    keputusan: [{ langkah: 'Tugas_Putuskan', aktorNip: '2', keputusan: 'TOLAK', alasan: 'Sedang <script>survei</script>', waktu: '2026-11-23T20:02:07.856Z' }],
  },
  diterbitkanPada: '2026-11-23T20:02:07.856Z',
};
const nama = (nip: string) => ({ 1: 'Pemohon', 2: 'PPK', 3: 'PPK Pemohon' })[nip] ?? nip;

describe('a letter as a printable page (R-NAT-34, R-SYS-04)', () => {
  it('names the letter, its number, addressee, signatory, tembusan and the reasons of a refusal, with the text escaped', () => {
    const html = suratHtml(surat, nama);
    expect(html).toContain('<h1>Surat Jawaban</h1>');
    expect(html).toContain('Nomor: 7/SJ/K1/2026');
    expect(html).toContain('Pemohon (NIP 1)');
    expect(html).toContain('PPK Pemohon (NIP 3)');
    expect(html).toContain('Analisis data, Statistik');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>permohonan');
    expect(html).toContain('&#60;script&#62;survei');
  });

  it('dates it in the agency time zone and does not repeat a value shown under another label', () => {
    expect(suratHtml(surat, nama, 'Asia/Jakarta')).toContain('24 November 2026');
    expect(suratHtml(surat, nama, 'UTC')).toContain('23 November 2026');
    expect(suratHtml(surat, nama).match(/Menyusun profil/g)).toHaveLength(1);
  });
});
