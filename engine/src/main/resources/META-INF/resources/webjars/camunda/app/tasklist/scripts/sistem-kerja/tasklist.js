/*
 * Sistem Kerja additions to Camunda Tasklist 7.24 (loaded through `customScripts` in ../config.js; issue 9).
 *
 * 1. Choose, don't type: a form field with `"properties": { "pilihan": "<sumber>" }` (a select or taglist) gets its
 *    options from the Sistem Kerja API, GET /api/pilihan/<sumber>, as the logged-in user (the browser's Tasklist
 *    session; src/api/sesi-tasklist.ts). Tasklist fetches the form schema with window.fetch, so the options are
 *    put into the schema before form-js renders it; start forms have no process variables, so this is the only
 *    place they can come from. The stored value stays the NIP / id, and the worker checks it again.
 * 2. Bahasa Indonesia (unless English was chosen with #/?bahasa=en): form-js's validation messages and search
 *    texts, dates as dd/mm/yyyy (form-js takes the date pattern from Intl's default locale), the month and day
 *    names of the date picker.
 * 3. The header shows the user's instansi and a link to "Kasus saya" (served by the API).
 */
/* global window, document, Response, MutationObserver */

const bahasa = (() => {
  try {
    return window.localStorage.getItem('sistemKerja.bahasa') === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
})();

const konfigurasi = window.fetch('/sistem-kerja/konfigurasi.json', { credentials: 'same-origin' })
  .then((r) => (r.ok ? r.json() : {}))
  .catch(() => ({}));

async function api(path) {
  const { apiUrl } = await konfigurasi;
  if (!apiUrl) throw new Error('alamat API Sistem Kerja belum diatur (SK_API_URL_PUBLIK)');
  const res = await window.fetch(`${apiUrl}${path}`, { credentials: 'include', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`API Sistem Kerja menjawab ${res.status}`);
  return res.json();
}

// --- 1. options for the fields that name a source -------------------------------------------------------------

function* komponen(node) {
  for (const k of node.components || []) {
    yield k;
    yield* komponen(k);
  }
}

async function isiPilihan(schema) {
  const bidang = [...komponen(schema)].filter((k) => k.properties && typeof k.properties.pilihan === 'string');
  await Promise.all(bidang.map(async (k) => {
    try {
      const { data } = await api(`/api/pilihan/${encodeURIComponent(k.properties.pilihan)}`);
      k.values = data;
    } catch (e) {
      k.values = [];
      k.description = `${k.description ? `${k.description} ` : ''}(Daftar pilihan tidak dapat dimuat: ${e.message}.)`;
    }
    delete k.valuesKey;
  }));
  return bidang.length > 0;
}

const fetchAsli = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const res = await fetchAsli(input, init);
  const url = typeof input === 'string' ? input : input && input.url;
  if (!res.ok || !/\/deployed-(start-)?form(\?|$)/.test(url || '')) return res;
  const schema = await res.clone().json().catch(() => null);
  if (!schema || !(await isiPilihan(schema))) return res;
  return new Response(JSON.stringify(schema), { status: 200, headers: { 'content-type': 'application/json' } });
};

// --- 2. Bahasa Indonesia in the forms -----------------------------------------------------------------------

const PESAN = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must match pattern .*\.$/, () => 'Isian tidak sesuai format yang diminta.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Nilai paling kecil ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Nilai paling besar ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Paling sedikit ${m[1]} karakter.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Paling banyak ${m[1]} karakter.`],
  [/^Field must be a valid email\.$/, () => 'Alamat surel tidak valid.'],
  [/^Field must be a valid +international phone number.*$/, () => 'Nomor telepon tidak valid (format internasional, mis. +62211234567).'],
  [/^Value is not a number\.$/, () => 'Nilai bukan angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Nilai harus bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Paling banyak ${m[1]} angka di belakang koma.`],
  [/^Date and time must both be entered\.$/, () => 'Tanggal dan jam harus diisi keduanya.'],
  [/^No results$/, () => 'Tidak ada yang cocok'],
  [/^All values selected$/, () => 'Semua pilihan sudah dipilih'],
  [/^Select$/, () => 'Pilih'],
];

const BULAN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BULAN_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const HARI = { Sun: 'Min', Mon: 'Sen', Tue: 'Sel', Wed: 'Rab', Thu: 'Kam', Fri: 'Jum', Sat: 'Sab' };

function terjemahkan(teks) {
  const t = teks.trim();
  for (const [pola, ganti] of PESAN) {
    const m = pola.exec(t);
    if (m) return ganti(m);
  }
  const bulan = BULAN.indexOf(t);
  if (bulan >= 0) return BULAN_ID[bulan];
  if (HARI[t]) return HARI[t];
  return null;
}

const LINGKUP = '.fjs-container, .flatpickr-calendar';

function terjemahkanDi(akar) {
  if (!(akar instanceof window.Element)) return;
  const dalam = akar.closest(LINGKUP) ? [akar] : [...akar.querySelectorAll(LINGKUP)];
  for (const el of dalam) {
    const jalan = document.createTreeWalker(el, window.NodeFilter.SHOW_TEXT);
    for (let n = jalan.nextNode(); n; n = jalan.nextNode()) {
      const baru = terjemahkan(n.nodeValue);
      if (baru !== null && baru !== n.nodeValue) n.nodeValue = baru;
    }
    for (const input of el.querySelectorAll('input[placeholder="Search"]')) input.placeholder = 'Ketik untuk mencari';
    for (const input of el.querySelectorAll('input[placeholder="mm/dd/yyyy"], input[placeholder="m/d/yyyy"]')) input.placeholder = 'hh/bb/tttt';
    for (const input of el.querySelectorAll('input[placeholder="dd/mm/yyyy"]')) input.placeholder = 'hh/bb/tttt';
  }
}

if (bahasa === 'id') {
  // form-js derives the date pattern and the placeholder from Intl's default locale: dd/mm/yyyy for everyone.
  const Asli = Intl.DateTimeFormat;
  const Indonesia = function DateTimeFormat(locale, options) {
    const bawaan = (locale === undefined || locale === 'default') && options === undefined;
    return bawaan ? new Asli('id-ID', { day: '2-digit', month: '2-digit', year: 'numeric' }) : new Asli(locale, options);
  };
  Object.assign(Indonesia, Asli);
  Indonesia.prototype = Asli.prototype;
  Indonesia.supportedLocalesOf = Asli.supportedLocalesOf.bind(Asli);
  Intl.DateTimeFormat = Indonesia;

  new MutationObserver((perubahan) => {
    for (const p of perubahan) {
      if (p.type === 'characterData') terjemahkanDi(p.target.parentElement);
      for (const n of p.addedNodes) terjemahkanDi(n.nodeType === 3 ? n.parentElement : n);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

// --- 3. the header: instansi and "Kasus saya" ---------------------------------------------------------------

let saya = null;
let memuat = false;

function pasangKepala(apiUrl) {
  const merek = document.querySelector('.navbar-brand .brand-name');
  if (merek && saya.instansi && !merek.querySelector('.sk-instansi')) {
    const instansi = document.createElement('span');
    instansi.className = 'sk-instansi';
    instansi.textContent = `· ${saya.instansi.nama}`;
    merek.appendChild(instansi);
  }
  const menu = document.querySelector('[cam-widget-header] .cam-nav > ul');
  if (menu && !menu.querySelector('.sk-tautan')) {
    const li = document.createElement('li');
    li.className = 'sk-tautan';
    const a = document.createElement('a');
    a.href = `${apiUrl}/api/kasus-saya${bahasa === 'en' ? '?bahasa=en' : ''}`;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = bahasa === 'en' ? 'My cases and letters' : 'Kasus saya & Surat saya';
    li.appendChild(a);
    menu.insertBefore(li, menu.firstChild);
  }
}

// Asked only once someone is logged in (the account menu is shown), so a logged-out page makes no failing request.
async function lengkapiKepala() {
  const masuk = document.querySelector('[cam-widget-header] .account');
  if (!masuk) {
    saya = null;
    return;
  }
  const { apiUrl } = await konfigurasi;
  if (!apiUrl) return;
  if (saya) {
    pasangKepala(apiUrl);
    return;
  }
  if (!memuat && saya === null) {
    // false = asked and refused: not asked again until the next login
    memuat = true;
    saya = await api('/api/saya').catch(() => false);
    memuat = false;
    if (saya) pasangKepala(apiUrl);
  }
}

new MutationObserver(() => void lengkapiKepala()).observe(document.documentElement, { childList: true, subtree: true });

export default [];
