import net from 'node:net';
import path from 'node:path';
import { ConfigError, loadConfig, periksaProduksi, type Config } from '../config.js';
import { kredensialTeknis, BERKAS_AKUN_TEKNIS } from './akun-teknis.js';
import { contohLogin, deployProcesses, loadDemoIfEmpty, ROOT, siapkanIdentitas, syncIdentities, tambahAnalisDemo } from './bootstrap.js';
import { buildEngine, engineJarExists, startEngine, type RunningEngine } from './engine-process.js';
import { createProgress, mavenStatus } from './progress.js';
import { opsiKataSandi, startSystem, todayIn, type System } from './system.js';

const HELP = `Pemakaian: npm start [-- --help]

Menjalankan seluruh Sistem Kerja di mesin ini: membangun engine Camunda 7.24 bila belum ada (Maven),
menyalakan engine (H2 di data/engine), men-deploy bpmn/ bila berubah, memuat organisasi demo bila
store masih kosong, lalu menjalankan worker dan API dalam satu proses (store PGlite di data/store).
Ctrl-C menghentikan semuanya; menjalankan lagi memakai data yang sama.

Mode (SK_MODE, ditentukan sekali di src/config.ts):
  demo      bawaan tanpa PostgreSQL: organisasi demo, kata sandi demo yang sama untuk semua pegawai, contoh
            login dicetak; kata sandi pengguna teknis skworker/skapi dibuat acak di data/${BERKAS_AKUN_TEKNIS} (0600).
  produksi  bila ENGINE_DB_URL atau SK_STORE_URL (PostgreSQL) disetel, atau SK_MODE=produksi: menolak kata sandi
            admin bawaan atau pendek (< 12 karakter; juga harus memuat huruf besar, huruf kecil, angka, karakter
            khusus), mewajibkan SK_WORKER_PASSWORD dan SK_API_PASSWORD, menyalakan kebijakan kata sandi Camunda,
            tidak memuat data demo, dan memberi tiap pegawai hasil impor kata sandi awal acak sendiri (dibaca admin
            organisasinya: GET /api/organisasi/kata-sandi-awal).

Variabel lingkungan (lihat README, "Konfigurasi"):
  SK_MODE                demo | produksi (lihat di atas)
  ENGINE_PORT            port engine (bawaan 8080)
  ENGINE_ADMIN_PASSWORD  kata sandi admin engine (bawaan admin-dev, hanya untuk demo)
  SK_WORKER_PASSWORD     kata sandi pengguna teknis skworker (worker); wajib di produksi
  SK_API_PASSWORD        kata sandi pengguna teknis skapi (API); wajib di produksi
  ENGINE_DB_URL          jdbc:postgresql://... agar engine memakai PostgreSQL (+ ENGINE_DB_USER, ENGINE_DB_PASSWORD)
  ENGINE_URL             pakai engine yang sudah berjalan di alamat ini (engine tidak dinyalakan)
  SK_API_PORT            port API (bawaan 3000)
  SK_STORE_URL           postgres://... agar store memakai PostgreSQL
  SK_DATA_DIR            direktori data (bawaan data/)
  SK_DEMO_PASSWORD       kata sandi awal pengguna di mode demo (bawaan demo1234)
  SK_LOG                 teks (bawaan: satu baris terbaca per kejadian, berwarna hanya di terminal dan tanpa
                         NO_COLOR) | json (satu objek JSON per baris, untuk pengiriman log) | silent
  SK_API_URL_PUBLIK      alamat API sebagaimana dibuka peramban (bawaan http://SK_API_HOST:SK_API_PORT); dipakai
                         skrip Tasklist untuk daftar pilihan nama dan tautan "Kasus saya"
`;

/** What must be stopped if start-up fails half-way (the engine is a child process). */
const cleanup: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const t0 = Date.now();
  const config = loadConfig();
  periksaProduksi(config);
  const akun = await kredensialTeknis(config, { buat: true });
  const say = (text: string) => process.stdout.write(`${text}\n`);
  say(`Sistem Kerja: memulai (mode ${config.mode}) ...`);

  let engine: RunningEngine | undefined;
  let system: System | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      say('Berhenti paksa.');
      process.exit(130);
    }
    stopping = true;
    say(`\n${signal}: menghentikan worker, API dan engine ...`);
    // Together: a worker's open long poll ends as soon as the engine closes it.
    await Promise.all([
      system?.stop().catch((e: unknown) => say(`  gagal menghentikan worker/API: ${String(e)}`)),
      engine?.stop(),
    ]);
    say('Selesai. Data tetap tersimpan di ' + path.relative(process.cwd(), config.dataDir) + '/.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('Ctrl-C'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  if (process.env.ENGINE_URL) {
    say(`[1/5] Engine: memakai engine yang sudah berjalan di ${config.engine.restUrl}` +
      (config.mode === 'produksi' ? ' (pastikan engine itu berjalan dengan ENGINE_PASSWORD_POLICY=true)' : ''));
  } else {
    await ensureEngineJar(config);
    engine = await launchEngine(config);
    cleanup.push(() => engine!.stop());
  }

  say(`[3/5] Store: ${config.store.kind === 'pglite' ? `PGlite di ${path.relative(ROOT, config.store.dir)}` : 'PostgreSQL (SK_STORE_URL)'}`);
  system = await startSystem({ config, workers: false, api: false });
  cleanup.unshift(() => system!.stop());
  const produksi = config.mode === 'produksi';
  const loaded = produksi ? false : await loadDemoIfEmpty(system.organisasi);
  const kosong = produksi && (await system.organisasi.isEmpty());
  await siapkanIdentitas(system.engine, akun);
  const synced = await syncIdentities(system.engine, system.organisasi, opsiKataSandi(config), produksi ? system.db : undefined);
  say(`[4/5] Organisasi: ${loaded ? 'data demo dimuat' : kosong ? 'masih kosong (mode produksi tidak memuat data demo; impor dengan npm run import atau POST /api/organisasi/impor)' : 'memakai data yang ada'}; ` +
    `pengguna Camunda: ${synced.dibuat} dibuat, ${synced.diperbarui} diperbarui, ${synced.dicabut} dicabut aksesnya; pengguna teknis skworker dan skapi siap`);
  const analis = produksi ? [] : await tambahAnalisDemo(system.engine, system.organisasi);
  // After the sync: processes deployed per tenant need the tenants (one per instansi) to exist.
  const deployed = await deployProcesses(system.engine);
  say(`[5/5] Proses: ${deployed.changed.length > 0 ? `deploy ${deployed.changed.join(', ')}` : 'bpmn/ tidak berubah, tidak di-deploy ulang'}`);
  await system.stop();
  cleanup.shift();
  system = await startSystem({ config, akun });
  cleanup.unshift(() => system.stop());

  const base = config.engine.webappUrl;
  if (produksi) {
    say(`
Siap dalam ${((Date.now() - t0) / 1000).toFixed(1)} detik (mode produksi).
  Tasklist : ${base}/app/tasklist/
  Cockpit  : ${base}/app/cockpit/      Admin: ${base}/app/admin/
  API      : ${system.apiUrl}  (kesehatan: ${system.apiUrl}/health)
  Admin engine: ${config.engine.adminUser} (kata sandi dari ENGINE_ADMIN_PASSWORD)
  Kata sandi awal pegawai: masing-masing acak; admin organisasi membacanya di GET ${system.apiUrl}/api/organisasi/kata-sandi-awal
\nTekan Ctrl-C untuk berhenti.`);
    return;
  }
  say(`
Siap dalam ${((Date.now() - t0) / 1000).toFixed(1)} detik.
  Tasklist : ${base}/app/tasklist/
  Cockpit  : ${base}/app/cockpit/      Admin: ${base}/app/admin/
  API      : ${system.apiUrl}  (kesehatan: ${system.apiUrl}/health)
  Admin engine: ${config.engine.adminUser} / ${config.engine.adminPassword === 'admin-dev' ? 'admin-dev (bawaan pengembangan)' : '(dari ENGINE_ADMIN_PASSWORD)'}
  Login di Tasklist = NIP, kata sandi awal: ${config.demoPassword}. Contoh per instansi:`);
  const contoh = await contohLogin(system.organisasi, todayIn(config.zonaWaktu)());
  for (const c of contoh) {
    say(`    ${c.instansi}\n      ${c.pimpinan.nip}  ${c.pimpinan.nama}: Pimpinan ${c.unit.nama}\n      ${c.anggota.nip}  ${c.anggota.nama}: ${c.anggota.jabatanNama}`);
  }
  const first = contoh[0];
  if (first) {
    say(`
  Coba: ajukan penunjukan ${first.anggota.nama} sebagai pimpinannya, lalu putuskan di Tasklist:
    curl -u ${first.pimpinan.nip}:${config.demoPassword} -H 'content-type: application/json' ${system.apiUrl}/api/penunjukan \\
      -d '{"pegawaiNip":"${first.anggota.nip}","unitPemilikKinerjaId":"${first.unit.id}","uraianTugas":"Menyusun dasbor data sektoral",
           "targetKinerja":"Dasbor terbit","kompetensiDibutuhkan":["Analisis data"],"tanggalMulai":"2027-01-04","tanggalSelesai":"2027-03-31"}'`);
  }
  if (analis.length > 0) say(`
  Modeler proses bisnis: ${system.apiUrl}/modeler  (analis proses, kata sandi yang sama: ${analis.join(', ')})`);
  say(`
  Alur lain dimulai di Tasklist lewat "Mulai proses" (formulir berbahasa Indonesia): penunjukan lintas unit
  (F2) dan lintas instansi (F3), pengajuan sukarela (F4, F5), pembentukan tim kerja (F6), penugasan individu
  (F7), pelaksanaan kegiatan dan permintaan laporan (F8, F9), laporan tim kerja (F9), bahan penilaian kinerja
  (F10). Contoh F2: masuk sebagai 198108192009121002 (Kepala Badan Penghubung), mohon pegawai 198711042009011005
  untuk unit banten-badan-penghubung. Surat dan keputusan sebuah kasus: ${system.apiUrl}/api/kasus/<id proses>`);
  say('\nTekan Ctrl-C untuk berhenti.');
}

async function ensureEngineJar(config: Config): Promise<void> {
  if (engineJarExists()) {
    process.stdout.write('[1/5] Engine: jar sudah ada (engine/target/sistem-kerja-engine.jar)\n');
    return;
  }
  const progress = createProgress();
  const status = mavenStatus();
  const started = Date.now();
  progress.update('[1/5] Engine: membangun dengan Maven (pertama kali: beberapa menit) ...');
  await buildEngine(path.join(config.dataDir, 'logs', 'maven-build.log'), (line) => {
    const s = status(line);
    if (s) progress.update(`[1/5] Engine: membangun ${Math.round((Date.now() - started) / 1000)} s${s}`);
  });
  progress.done(`[1/5] Engine: dibangun dalam ${Math.round((Date.now() - started) / 1000)} detik`);
}

async function launchEngine(config: Config): Promise<RunningEngine> {
  if (await portInUse(config.engine.port)) {
    throw new Error(`Port ${config.engine.port} sudah dipakai proses lain. Hentikan proses itu, atau set ENGINE_PORT ` +
      '(atau ENGINE_URL untuk memakai engine yang sudah berjalan).');
  }
  const progress = createProgress();
  const logFile = path.join(config.dataDir, 'logs', 'engine.log');
  const engine = await startEngine({
    port: config.engine.port,
    dataDir: path.join(config.dataDir, 'engine'),
    adminUser: config.engine.adminUser,
    adminPassword: config.engine.adminPassword,
    logFile,
    env: { ENGINE_PASSWORD_POLICY: config.mode === 'produksi' ? 'true' : 'false', SK_API_URL_PUBLIK: apiUrlPublik(config) },
  }, 240_000, (s) => progress.update(`[2/5] Engine: menyala di port ${config.engine.port} ... ${s} s (log: ${path.relative(ROOT, logFile)})`));
  progress.done(`[2/5] Engine: siap di ${config.engine.restUrl}${config.engine.externalDatabase ? ' (PostgreSQL)' : ' (H2 di ' + path.relative(ROOT, path.join(config.dataDir, 'engine')) + ')'}`);
  return engine;
}

/** Where a browser reaches our API (Tasklist's custom script and the "Kasus saya" link): SK_API_URL_PUBLIK or host:port. */
function apiUrlPublik(config: Config): string {
  const host = config.api.host === '0.0.0.0' || config.api.host === '::' ? '127.0.0.1' : config.api.host;
  return process.env.SK_API_URL_PUBLIK ?? `http://${host}:${config.api.port}`;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

main().catch(async (e: unknown) => {
  process.stderr.write(`\nGagal memulai: ${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  for (const stop of cleanup) await stop().catch(() => undefined);
  process.exit(1);
});
