import express from 'express';
import type { KasusRepository, OrganisasiRepository, RingkasanKasus, SuratTercatat, KeputusanTercatat } from '../application/ports.js';
import { NAMA_SURAT } from '../domain/kasus.js';
import type { IsoDate } from '../domain/organisasi.js';
import { pemanggilDari } from './auth.js';

/** A user task still open in a case's process instance: its name and who holds it. */
export interface TugasBerjalan {
  readonly nama: string;
  readonly pemegangNip: string | null;
}

export interface KasusSayaDeps {
  readonly kasus: KasusRepository;
  readonly organisasi: Pick<OrganisasiRepository, 'viewAround'>;
  readonly hariIni: () => IsoDate;
  readonly zonaWaktu?: string;
  /** The open user tasks of a process instance (engine history, as skapi). */
  readonly tugasBerjalan: (processInstanceId: string) => Promise<TugasBerjalan[]>;
}

const BATAS_KASUS = 50;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const NAMA_PROSES: Record<string, string> = {
  'penunjukan-dalam-unit': 'Penunjukan Dalam Unit Organisasi',
  'penunjukan-lintas-unit': 'Penunjukan Lintas Unit Organisasi',
  PENUNJUKAN_LINTAS_INSTANSI: 'Penunjukan Lintas Instansi',
  'pengajuan-sukarela-dalam-unit': 'Pengajuan Sukarela Dalam Unit Organisasi',
  'pengajuan-sukarela-lintas-unit': 'Pengajuan Sukarela Lintas Unit Organisasi',
  'pembentukan-tim-kerja': 'Pembentukan Tim Kerja',
  'penugasan-individu': 'Penugasan Individu',
  PELAKSANAAN_KEGIATAN: 'Pelaksanaan Kegiatan',
  PENILAIAN_KINERJA: 'Bahan Penilaian Kinerja',
};

const NAMA_STATUS: Record<string, string> = {
  BERJALAN: 'Sedang berjalan', DITETAPKAN: 'Ditetapkan', DITOLAK: 'Ditolak', TIDAK_VALID: 'Tidak valid', DIBATALKAN: 'Dibatalkan',
  SELESAI: 'Selesai', KEDALUWARSA: 'Kedaluwarsa',
};

const NAMA_KEPUTUSAN: Record<string, string> = {
  SETUJU: 'Setuju', TOLAK: 'Tolak', DIREKOMENDASIKAN: 'Direkomendasikan', TIDAK_DIREKOMENDASIKAN: 'Tidak direkomendasikan',
  TERSEDIA: 'Tersedia', TIDAK_TERSEDIA: 'Tidak tersedia', SESUAI_TARGET: 'Sesuai target', BELUM_SESUAI: 'Belum sesuai target',
};

const manusiawi = (kode: string): string => {
  const teks = kode.replace(/[-_]+/g, ' ').toLowerCase();
  return teks.charAt(0).toUpperCase() + teks.slice(1);
};

interface KasusLengkap {
  readonly ringkasan: RingkasanKasus;
  readonly tugas: readonly TugasBerjalan[];
  readonly keputusan: readonly KeputusanTercatat[];
  readonly surat: readonly SuratTercatat[];
}

/**
 * GET /api/kasus-saya: "Kasus saya" and "Surat saya" (issue 9 item 3), a page in Bahasa Indonesia linked from
 * Tasklist's header. Only the caller's own cases (those they started or take part in, src/domain/akses.ts: the
 * people involved), each with its status, the open step and who holds it, the decisions with their reasons and
 * the letters (to the printable letter, GET /api/surat/cetak). The same login as Tasklist (its session, or Basic).
 */
export function kasusSayaRouter(deps: KasusSayaDeps): express.Router {
  const router = express.Router();
  router.get('/kasus-saya', async (_req, res) => {
    const nip = pemanggilDari(res).userId;
    const ringkasan = await deps.kasus.kasusDiikuti(nip, BATAS_KASUS);
    const kasus: KasusLengkap[] = await Promise.all(ringkasan.map(async (r) => {
      const [tugas, keputusan, surat] = await Promise.all([
        r.processInstanceId && r.status === 'BERJALAN' ? deps.tugasBerjalan(r.processInstanceId).catch(() => []) : Promise.resolve([]),
        deps.kasus.keputusan(r.kunci), deps.kasus.surat(r.kunci),
      ]);
      return { ringkasan: r, tugas, keputusan, surat };
    }));
    const nips = [nip, ...kasus.flatMap((k) => [k.ringkasan.pengusulNip, ...k.tugas.flatMap((t) => (t.pemegangNip ? [t.pemegangNip] : [])),
      ...k.keputusan.map((d) => d.aktorNip), ...k.surat.map((s) => s.penandatanganNip)])];
    const org = await deps.organisasi.viewAround({ pegawaiNip: [...new Set(nips)], unitId: [] }, deps.hariIni());
    const nama = (n: string) => org.pegawai(n)?.nama ?? n;
    res.setHeader('Cache-Control', 'private, no-store');
    res.type('html').send(halaman(nip, nama, kasus, deps.zonaWaktu ?? 'Asia/Jakarta'));
  });
  return router;
}

function halaman(nip: string, nama: (nip: string) => string, kasus: readonly KasusLengkap[], zonaWaktu: string): string {
  const tanggal = (iso: string) => new Date(iso).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zonaWaktu });
  const tautanSurat = (s: SuratTercatat) =>
    `<a href="surat/cetak?nomor=${encodeURIComponent(s.nomor)}" target="_blank" rel="noopener">${esc(NAMA_SURAT[s.jenis])} ${esc(s.nomor)}</a>${
      s.perihal ? ` — ${esc(s.perihal)}` : ''}`;
  const bagianKasus = kasus.map(({ ringkasan: r, tugas, keputusan, surat }) => {
    const langkah = tugas.length > 0
      ? tugas.map((t) => `${esc(t.nama)} — ${t.pemegangNip ? esc(nama(t.pemegangNip)) : 'belum ada pemegang'}`).join('<br>')
      : r.status === 'BERJALAN' ? 'Sedang diproses sistem' : '—';
    const daftarKeputusan = keputusan.length === 0 ? '<p class="redup">Belum ada keputusan.</p>' : `<ul>${keputusan.map((k) =>
      `<li><strong>${esc(NAMA_KEPUTUSAN[k.keputusan] ?? manusiawi(k.keputusan))}</strong> oleh ${esc(nama(k.aktorNip))}, ${esc(tanggal(k.waktu))}${
        k.alasan ? `<br><span class="alasan">Alasan: ${esc(k.alasan)}</span>` : ''}</li>`).join('')}</ul>`;
    const daftarSurat = surat.length === 0 ? '<p class="redup">Belum ada surat.</p>'
      : `<ul>${surat.map((s) => `<li>${tautanSurat(s)}, ${esc(tanggal(s.diterbitkanPada))}</li>`).join('')}</ul>`;
    return `<section class="kasus" data-kunci="${esc(r.kunci)}">
  <h2>${esc(NAMA_PROSES[r.jenis] ?? manusiawi(r.jenis))}</h2>
  <table>
    <tr><th>Nomor kasus</th><td>${esc(r.kunci)}</td></tr>
    <tr><th>Diajukan</th><td>${esc(tanggal(r.diajukanPada))} oleh ${esc(nama(r.pengusulNip))}</td></tr>
    <tr><th>Status</th><td class="status">${esc(NAMA_STATUS[r.status] ?? manusiawi(r.status))}</td></tr>
    <tr><th>Langkah sekarang</th><td class="langkah">${langkah}</td></tr>
  </table>
  <h3>Keputusan</h3>${daftarKeputusan}
  <h3>Surat</h3>${daftarSurat}
</section>`;
  }).join('\n');
  const suratSaya = kasus.flatMap((k) => k.surat).filter((s) => s.penerima.includes(nip) || s.tembusan.some((t) => t.nip === nip))
    .sort((a, b) => b.diterbitkanPada.localeCompare(a.diterbitkanPada));
  const bagianSurat = suratSaya.length === 0 ? '<p class="redup">Belum ada surat untuk Anda.</p>'
    : `<ul id="surat-saya">${suratSaya.map((s) => `<li>${tautanSurat(s)}, ${esc(tanggal(s.diterbitkanPada))}${
      s.penerima.includes(nip) ? '' : ' (tembusan)'}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Kasus saya — Sistem Kerja</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; color: #222; }
  header { border-bottom: 2px solid #b5152b; margin-bottom: 1rem; }
  .kasus { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
  th { text-align: left; font-weight: 600; padding-right: 1rem; vertical-align: top; }
  .redup { color: #777; }
  .alasan { color: #444; }
</style></head>
<body>
<header><h1>Sistem Kerja — Kasus saya</h1><p>${esc(nama(nip))} (NIP ${esc(nip)})</p></header>
<h2>Surat saya</h2>
${bagianSurat}
<h2>Kasus saya</h2>
${kasus.length === 0 ? '<p class="redup">Anda belum terlibat dalam kasus apa pun.</p>' : bagianKasus}
</body></html>`;
}
