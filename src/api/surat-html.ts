import type { SuratTercatat } from '../application/ports.js';
import { NAMA_SURAT } from '../domain/kasus.js';

const esc = (s: unknown): string => (typeof s === 'string' ? s : s === null || s === undefined ? '' : JSON.stringify(s)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const LABEL: Record<string, string> = {
  pegawaiNip: 'NIP pegawai', unitPemilikKinerjaId: 'Unit pemilik kinerja', maksudTujuan: 'Maksud dan tujuan',
  kompetensiDibutuhkan: 'Kompetensi yang dibutuhkan', ekspektasiTarget: 'Ekspektasi / target kinerja', uraianTugas: 'Uraian tugas',
  targetKinerja: 'Target kinerja', tanggalMulai: 'Mulai', tanggalSelesai: 'Selesai',
};

const NAMA_KEPUTUSAN: Record<string, string> = {
  SETUJU: 'disetujui', TOLAK: 'ditolak', DIREKOMENDASIKAN: 'direkomendasikan', TIDAK_DIREKOMENDASIKAN: 'tidak direkomendasikan',
  TERSEDIA: 'tersedia', TIDAK_TERSEDIA: 'tidak tersedia', SESUAI_TARGET: 'sesuai target', BELUM_SESUAI: 'belum sesuai target',
};

/** A date as a letter writes it, in the agency's time zone (SK_ZONA_WAKTU): "24 November 2026". */
function tanggalId(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}

/**
 * A letter as a printable A4 page (the electronic proof of R-NAT-34, R-SYS-04): number, date, addressees,
 * subject, the request it answers, the decisions taken, the signatory and the tembusan. `nama` maps NIPs to names.
 */
export function suratHtml(surat: SuratTercatat, nama: (nip: string) => string, zonaWaktu = 'Asia/Jakarta'): string {
  const orang = (nip: string) => `${esc(nama(nip))} (NIP ${esc(nip)})`;
  const permohonan = (surat.isi.permohonan ?? {}) as Record<string, unknown>;
  const teksDari = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v);
  const sudah = new Set<unknown>();
  // A value already shown under another label (uraian tugas = maksud dan tujuan) is not repeated.
  const baris = Object.entries(LABEL).filter(([k]) => {
    const v = teksDari(permohonan[k]);
    if (v === undefined || v === '' || sudah.has(v)) return false;
    sudah.add(v);
    return true;
  })
    .map(([k, label]) => `<tr><th>${esc(label)}</th><td>${esc(Array.isArray(permohonan[k]) ? (permohonan[k] as unknown[]).join(', ') : permohonan[k])}</td></tr>`).join('');
  const keputusan = ((surat.isi.keputusan ?? []) as { langkah: string; aktorNip: string; keputusan: string; alasan?: string | null; waktu: string }[])
    .map((k) => `<li>${orang(k.aktorNip)}: <strong>${esc(NAMA_KEPUTUSAN[k.keputusan] ?? k.keputusan)}</strong> (${esc(tanggalId(k.waktu, zonaWaktu))})${k.alasan ? `, dengan alasan: “${esc(k.alasan)}”` : ''}</li>`).join('');
  const tanggal = tanggalId(surat.diterbitkanPada, zonaWaktu);
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(NAMA_SURAT[surat.jenis])} ${esc(surat.nomor)}</title>
<style>
  @page { size: A4; margin: 25mm 20mm; }
  body { font-family: "Times New Roman", serif; font-size: 12pt; line-height: 1.5; max-width: 170mm; margin: 0 auto; color: #000; }
  h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 0; }
  .nomor { text-align: center; margin-bottom: 18pt; }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; }
  th { text-align: left; vertical-align: top; width: 38%; font-weight: normal; padding: 2pt 6pt 2pt 0; }
  td { vertical-align: top; padding: 2pt 0; }
  .ttd { margin-top: 24pt; margin-left: 55%; }
  .catatan { margin-top: 24pt; font-size: 9pt; color: #444; border-top: 1px solid #999; padding-top: 4pt; }
</style></head>
<body>
  <h1>${esc(NAMA_SURAT[surat.jenis])}</h1>
  <div class="nomor">Nomor: ${esc(surat.nomor)}</div>
  <table>
    <tr><th>Tanggal</th><td>${esc(tanggal)}</td></tr>
    <tr><th>Perihal</th><td>${esc(surat.perihal)}</td></tr>
    <tr><th>Kepada</th><td>${surat.penerima.map(orang).join('<br>')}</td></tr>
  </table>
  ${baris ? `<p>Pokok permohonan:</p><table>${baris}</table>` : ''}
  ${keputusan ? `<p>Keputusan yang telah diambil:</p><ol>${keputusan}</ol>` : ''}
  <div class="ttd">${esc(surat.jenis === 'REKOMENDASI' ? 'Yang merekomendasikan,' : 'Yang menandatangani,')}<br><br><br>${orang(surat.penandatanganNip)}</div>
  ${surat.tembusan.length ? `<p>Tembusan:</p><ol>${surat.tembusan.map((t) => `<li>${orang(t.nip)}</li>`).join('')}</ol>` : ''}
  <div class="catatan">Dokumen elektronik Sistem Kerja, kasus ${esc(surat.kunciKasus)}; diterbitkan ${esc(surat.diterbitkanPada)}. Arsip ini tidak dapat diubah (R-SYS-04).</div>
</body></html>`;
}
