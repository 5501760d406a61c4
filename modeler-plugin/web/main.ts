/**
 * The web modeler at /modeler (issue 10): log in with the Tasklist account, list the flows of the analyst's instansi
 * and the national baseline, open one in the Camunda 7 modeler (camunda-bpmn-js: bpmn-js + C7 properties panel +
 * element templates) in Bahasa Indonesia, lint as one edits (bpmn-js-bpmnlint with bpmnlint-plugin-sistem-kerja),
 * save drafts, publish for the instansi, review (metrics, SOP, durations) and compare versions. Talks only to
 * /api/modeler (HTTP Basic, the same credentials as Tasklist).
 */
import Modeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler.js';
import lintModule from 'bpmn-js-bpmnlint';
import terjemahan from '../client/terjemahan/index.js';
import { lintConfig } from '../bpmnlint-plugin-sistem-kerja/index.js';

type Json = Record<string, unknown>;
interface Definisi { id: string; key: string; name: string | null; version: number; tenantId: string | null; asal: string }
interface Temuan { aturan: string; elemenId: string; pesan: string; jenis?: string }

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let kredensial = sessionStorage.getItem('sk-modeler') ?? '';
let terbuka: Definisi | undefined;

async function api(pathname: string, init: RequestInit = {}): Promise<Json> {
  const res = await fetch(`/api/modeler${pathname}`, {
    ...init, headers: { authorization: `Basic ${kredensial}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  const body = (await res.json().catch(() => ({}))) as Json;
  if (!res.ok) {
    const galat = ((body.galat as { field: string; pesan: string }[] | undefined) ?? []).map((g) => `${g.field}: ${g.pesan}`);
    throw Object.assign(new Error([(typeof body.pesan === 'string' ? body.pesan : res.statusText), ...galat].join('\n')), { status: res.status, body });
  }
  return body;
}

function pesan(teks: string, jenis: 'ok' | 'galat' = 'ok') {
  const el = $('pesan');
  el.textContent = teks;
  el.className = jenis === 'galat' ? 'galat' : '';
}

const templates = await fetch('/modeler/element-templates.json').then((r) => r.json() as Promise<unknown[]>);
const modeler = new Modeler({
  container: '#kanvas',
  propertiesPanel: { parent: '#panel' },
  elementTemplates: templates,
  linting: { bpmnlint: lintConfig, active: true },
  additionalModules: [lintModule as never, terjemahan],
});
(window as unknown as { modeler: unknown }).modeler = modeler;

/** The linter's results as a list under the canvas (bpmn-js-bpmnlint also marks the elements). */
modeler.on('linting.completed', (e: { issues: Record<string, { id: string; message: string; category: string }[]> }) => {
  const ul = $('daftar-temuan');
  ul.replaceChildren();
  const semua = Object.entries(e.issues).flatMap(([elemenId, daftar]) => daftar.map((i) => ({ ...i, elemenId })));
  if (semua.length === 0) ul.append(Object.assign(document.createElement('li'), { textContent: 'Tidak ada temuan: diagram memenuhi aturan.' }));
  for (const t of semua) ul.append(Object.assign(document.createElement('li'), { className: t.category === 'error' ? 'galat' : 'peringatan', textContent: `${t.elemenId}: ${t.message}` }));
});

async function masuk(nip: string, sandi: string) {
  kredensial = btoa(`${nip}:${sandi}`);
  const saya = await api('/saya');
  sessionStorage.setItem('sk-modeler', kredensial);
  $('siapa').textContent = `${String(saya.nip)} · instansi ${String(saya.instansiId)}`;
  $('masuk').hidden = true;
  $('kerja').hidden = false;
  await muatDaftar();
}

async function muatDaftar() {
  const { data, draf } = (await api('/proses')) as { data: Definisi[]; draf: { prosesKey: string }[] };
  const ul = $('daftar-proses');
  ul.replaceChildren();
  for (const d of data) {
    const li = document.createElement('li');
    li.dataset.key = d.key;
    li.dataset.asal = d.asal;
    li.innerHTML = `${d.name ?? d.key} <span class="asal">v${d.version} · ${d.asal === 'BASELINE_NASIONAL' ? 'baseline nasional' : 'varian instansi'}${draf.some((x) => x.prosesKey === d.key) ? ' · ada draf' : ''}</span>`;
    li.onclick = () => void buka(d).catch((e: Error) => pesan(e.message, 'galat'));
    ul.append(li);
  }
  const riwayat = (await api('/publikasi')).data as { prosesKey: string; versi: number; oleh: string; alasan: string; dipublikasikanPada: string }[];
  $('riwayat').replaceChildren(...riwayat.map((r) => Object.assign(document.createElement('li'), { textContent: `${r.prosesKey} v${r.versi} · ${r.oleh} · ${r.dipublikasikanPada.slice(0, 16)} · ${r.alasan}` })));
}

async function buka(d: Definisi, pakaiDraf = true) {
  let xml = String((await api(`/definisi/${d.id}/xml`)).xml);
  const draf = pakaiDraf ? await api(`/draf/${d.key}`).catch(() => undefined) : undefined;
  if (draf && confirm(`Ada draf ${d.key} yang disimpan ${String(draf.disimpanPada).slice(0, 16)}. Buka draf itu?`)) xml = String(draf.xml);
  await modeler.importXML(xml);
  (modeler.get<{ zoom(l: string): void }>('canvas')).zoom('fit-viewport');
  terbuka = d;
  $('judul').textContent = `${d.name ?? d.key} (v${d.version}, ${d.asal === 'BASELINE_NASIONAL' ? 'baseline nasional' : 'varian instansi'})`;
  for (const id of ['tombol-simpan', 'tombol-periksa', 'tombol-terbit', 'tombol-tinjau', 'tombol-beda']) $<HTMLButtonElement>(id).disabled = false;
  $('tinjauan').hidden = true;
  pesan(`Dibuka: ${d.key}`);
}

async function xmlSekarang(): Promise<string> {
  return (await modeler.saveXML({ format: true })).xml ?? '';
}

$('form-masuk').addEventListener('submit', (e) => {
  e.preventDefault();
  masuk($<HTMLInputElement>('nip').value.trim(), $<HTMLInputElement>('sandi').value).catch((err: Error) => { $('galat-masuk').textContent = err.message; });
});

$('tombol-simpan').onclick = async () => {
  if (!terbuka) return;
  await api(`/draf/${terbuka.key}`, { method: 'PUT', body: JSON.stringify({ xml: await xmlSekarang() }) })
    .then((d) => pesan(`Draf disimpan ${String(d.disimpanPada).slice(0, 19)}.`), (e: Error) => pesan(e.message, 'galat'));
};

$('tombol-periksa').onclick = async () => {
  const { temuan } = (await api('/periksa', { method: 'POST', body: JSON.stringify({ xml: await xmlSekarang() }) })) as { temuan: Temuan[] };
  pesan(temuan.length === 0 ? 'Pemeriksaan server: tidak ada temuan.' : `Pemeriksaan server: ${temuan.length} temuan (lihat daftar).`, temuan.length ? 'galat' : 'ok');
};

$('tombol-terbit').onclick = async () => {
  if (!terbuka) return;
  const alasan = prompt('Alasan perubahan (dicatat dalam audit):') ?? '';
  if (!alasan) return;
  try {
    const hasil = await api('/terbitkan', { method: 'POST', body: JSON.stringify({ prosesKey: terbuka.key, xml: await xmlSekarang(), alasan }) });
    const p = hasil.perubahan as { ditambah: { nama: string }[]; dihapus: { nama: string }[]; diubah: { nama: string }[] };
    pesan(`Diterbitkan: ${terbuka.key} versi ${String((hasil.definisi as Json).version)} untuk instansi ini. Perubahan: ${p.ditambah.length} ditambah (${p.ditambah.map((x) => x.nama).join(', ')}), ${p.diubah.length} diubah, ${p.dihapus.length} dihapus.`);
    await muatDaftar();
  } catch (e) {
    pesan(`Tidak diterbitkan. ${(e as Error).message}`, 'galat');
  }
};

const jam = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} d` : ms < 3_600_000 ? `${Math.round(ms / 60_000)} m` : `${(ms / 3_600_000).toFixed(1)} j`);

$('tombol-tinjau').onclick = async () => {
  if (!terbuka) return;
  const t = (await api(`/definisi/${terbuka.id}/tinjauan`)) as { metrik: Json; sop: { pelaksana: string[]; baris: Json[] }; durasi: { activityId: string; jumlah: number; medianMs: number; p90Ms: number }[] };
  const m = t.metrik;
  const overlays = modeler.get<{ remove(f: Json): void; add(id: string, type: string, o: Json): void }>('overlays');
  overlays.remove({ type: 'durasi' });
  const registry = modeler.get<{ get(id: string): unknown }>('elementRegistry');
  const maks = Math.max(1, ...t.durasi.map((d) => d.p90Ms));
  for (const d of t.durasi) {
    if (!registry.get(d.activityId)) continue;
    const div = Object.assign(document.createElement('div'), { className: `durasi${d.p90Ms >= maks * 0.5 ? ' lambat' : ''}`, textContent: `n=${d.jumlah} · med ${jam(d.medianMs)} · p90 ${jam(d.p90Ms)}` });
    overlays.add(d.activityId, 'durasi', { position: { bottom: 14, left: 0 }, html: div });
  }
  const simbol: Record<string, string> = { TERMINATOR: '⬭', KEGIATAN: '▭', KEPUTUSAN: '◇' };
  const kepala = `<tr><th rowspan=2>No.</th><th rowspan=2>Uraian kegiatan</th><th colspan=${t.sop.pelaksana.length}>Pelaksana</th><th colspan=3>Mutu baku</th><th rowspan=2>Keterangan</th></tr>`
    + `<tr>${t.sop.pelaksana.map((p) => `<th>${p}</th>`).join('')}<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>`;
  const isi = t.sop.baris.map((b) => `<tr><td>${String(b.no)}</td><td>${String(b.uraianKegiatan)}</td>${t.sop.pelaksana.map((p) => `<td style="text-align:center">${p === b.pelaksana ? simbol[String(b.simbol)] : ''}</td>`).join('')}<td>${String(b.kelengkapan)}</td><td>${String(b.waktu)}</td><td>${String(b.output)}</td><td>${String(b.keterangan)}</td></tr>`).join('');
  const el = $('tinjauan');
  el.hidden = false;
  el.innerHTML = `<h3>Tinjauan proses bisnis: ${terbuka.name ?? terbuka.key} v${terbuka.version}</h3>
    <p id="metrik">Langkah: <b>${String(m.langkah)}</b> (manusia ${String(m.langkahManusia)}, otomatis ${String(m.langkahOtomatis)}) · serah terima antarperan: <b>${String(m.serahTerima)}</b> · keputusan: <b>${String(m.keputusan)}</b> · surat: <b>${String(m.surat)}</b> · durasi dari riwayat: ${t.durasi.length} aktivitas</p>
    <p><a href="#" id="unduh-xlsx">Unduh SOP (.xlsx)</a> · <a href="#" id="unduh-pdf">Unduh SOP (PDF)</a></p>
    <table id="tabel-sop">${kepala}${isi}</table>`;
  for (const f of ['xlsx', 'pdf']) {
    $(`unduh-${f}`).onclick = async (e) => {
      e.preventDefault();
      const res = await fetch(`/api/modeler/definisi/${terbuka!.id}/sop.${f}`, { headers: { authorization: `Basic ${kredensial}` } });
      const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await res.blob()), download: `sop-${terbuka!.key}.${f}` });
      a.click();
    };
  }
};

$('tombol-beda').onclick = async () => {
  if (!terbuka) return;
  const { data } = (await api(`/proses/${terbuka.key}/versi`)) as { data: Definisi[] };
  const pilihan = data.map((d) => `${d.id} (v${d.version}${d.tenantId ? ', varian' : ', baseline'})`).join('\n');
  const dari = prompt(`Bandingkan versi yang terbuka dengan versi mana? Tempel id-nya:\n${pilihan}`, data.find((d) => d.id !== terbuka!.id)?.id ?? '');
  if (!dari) return;
  const b = await api(`/beda?dari=${encodeURIComponent(dari)}&ke=${encodeURIComponent(terbuka.id)}`);
  const p = b.perubahan as { ditambah: { id: string }[]; dihapus: { id: string; nama: string }[]; diubah: { id: string; atribut: string[] }[] };
  await modeler.importXML(String(b.xmlKe));
  const canvas = modeler.get<{ addMarker(id: string, c: string): void; zoom(l: string): void }>('canvas');
  const registry = modeler.get<{ get(id: string): unknown }>('elementRegistry');
  for (const e of p.ditambah) if (registry.get(e.id)) canvas.addMarker(e.id, 'beda-ditambah');
  for (const e of p.diubah) if (registry.get(e.id)) canvas.addMarker(e.id, 'beda-diubah');
  canvas.zoom('fit-viewport');
  pesan(`Perbedaan terhadap ${dari}: hijau ditambah (${p.ditambah.length}), kuning diubah (${p.diubah.length}), dihapus (${p.dihapus.length}): ${p.dihapus.map((x) => x.nama || x.id).join(', ') || '-'}.`);
};

if (kredensial) {
  api('/saya').then(() => masuk(...(atob(kredensial).split(':') as [string, string])), () => sessionStorage.removeItem('sk-modeler'));
}
