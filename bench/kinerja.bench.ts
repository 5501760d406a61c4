import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import { kataSandiAcak } from '../src/adapters/camunda/akun-teknis.js';
import { deployProcesses, ROOT, siapkanIdentitas } from '../src/cli/bootstrap.js';
import { startEngine, stopProcess } from '../src/cli/engine-process.js';
import { complete, createWorkerClient, defineTopic, silentLogger } from '../workers/runtime/index.js';
import { freePort } from '../test/support/free-port.js';
import { jdbcOf, throwawayDatabase } from '../test/support/postgres.js';
import { BPMN_TIGA_TUGAS, BPMN_TUGAS_MANUSIA, PROSES_TIGA_TUGAS, PROSES_TUGAS_MANUSIA, TOPIK_BENCH } from './support/proses-bench.js';
import { bebanTetap, median, pantauRss, persentil, rssMb, type HasilBeban } from './support/ukur.js';

/**
 * npm run bench [-- --rask]: speed and memory of Sistem Kerja, each figure beside a baseline measured in the same run
 * on the same engine (issue 13). Prints one table and writes bench/results/kinerja-terbaru.{json,md}.
 * --rask: fewer cases, H2 only (about 3 min); the full run adds PostgreSQL and separate processes (about 6 min).
 */
const RASK = process.argv.includes('--rask');
const UKURAN = RASK
  ? { instansTugasLuar: 40, ulang: 1, kasus: 12, paralel: 4, detikBeban: 3 }
  : { instansTugasLuar: 150, ulang: 2, kasus: 40, paralel: 4, detikBeban: 8 };
const KATA_SANDI = 'demo1234';
const ADMIN_PASSWORD = `bench-${kataSandiAcak(12)}`;
const PUO_PENGHUBUNG = '198108192009121002';
const DANI = '198712162015031009';
const KADIS = '197204151998031005';
const PUO_DALAM_UNIT = '197204151998031005';
const SITI = '198807222012122003';

interface Baris { bagian: string; ukuran: string; kami: string; dasar: string; rasio: string; target: string }
const baris: Baris[] = [];
const hasil: Record<string, unknown> = {};
const langkah = (pesan: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${pesan}`);
const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sk-bench-'));
  const mulai = Date.now();
  hasil.mesin = { cpu: os.cpus().length, model: os.cpus()[0]?.model, memoriGb: Math.round(os.totalmem() / 2 ** 30), bebanAwal: os.loadavg(), node: process.version, rask: RASK };
  console.log(`Bench Sistem Kerja (${RASK ? 'rask' : 'lengkap'}), ${os.cpus().length} CPU, beban mesin ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; log di ${dir}`);
  try {
    await putaran(dir, 'H2', {});
    if (!RASK) {
      const engineDb = await throwawayDatabase('sk_bench_engine');
      const storeDb = await throwawayDatabase('sk_bench_store');
      try {
        await putaran(dir, 'PostgreSQL', { ...jdbcOf(engineDb.url), SK_STORE_URL: storeDb.url });
      } finally {
        await engineDb.drop();
        await storeDb.drop();
      }
    }
  } finally {
    hasil.mesin = { ...(hasil.mesin as object), bebanAkhir: os.loadavg(), detik: Math.round((Date.now() - mulai) / 1000) };
    await tulisHasil();
    if (!process.env.SK_BENCH_SIMPAN_LOG) await fs.rm(dir, { recursive: true, force: true });
  }
}

/** One engine and one system on a database (H2 with PGlite, or PostgreSQL for both), every measurement on it. */
async function putaran(dir: string, db: 'H2' | 'PostgreSQL', env: Record<string, string>): Promise<void> {
  const port = await freePort();
  const engine = await startEngine({ port, dataDir: path.join(dir, `engine-${db}`), adminUser: 'admin', adminPassword: ADMIN_PASSWORD, logFile: path.join(dir, `engine-${db}.log`), env }, 420_000);
  langkah(`engine ${db} siap`);
  const anak: Anak[] = [];
  try {
    const admin = new CamundaRest({ baseUrl: engine.restUrl, username: 'admin', password: ADMIN_PASSWORD });
    const akun = { worker: kataSandiAcak(24), api: kataSandiAcak(24) };
    await siapkanIdentitas(admin, akun);
    const envAnak = {
      ENGINE_URL: engine.restUrl, ENGINE_ADMIN_USER: 'admin', ENGINE_ADMIN_PASSWORD: ADMIN_PASSWORD, SK_MODE: 'demo', SK_LOG: 'silent',
      SK_DEMO_PASSWORD: KATA_SANDI, SK_WORKER_PASSWORD: akun.worker, SK_API_PASSWORD: akun.api, SK_API_PORT: String(await freePort()), ...env,
    };
    if (db === 'H2') {
      anak.push(await mulaiAnak(dir, 'semua', { ...envAnak, SK_BENCH_SIAPKAN: '1' }));
    } else {
      // separate processes: the API (which loads the organisation) first, then the workers
      anak.push(await mulaiAnak(dir, 'api', { ...envAnak, SK_BENCH_SIAPKAN: '1' }));
      anak.push(await mulaiAnak(dir, 'workers', envAnak));
    }
    langkah('sistem siap; menerapkan proses');
    await deployProcesses(admin);
    await admin.deploy('bench', [{ name: 'bench-tiga-tugas-luar.bpmn', content: BPMN_TIGA_TUGAS }, { name: 'bench-tugas-manusia.bpmn', content: BPMN_TUGAS_MANUSIA }], { duplicateFiltering: true });
    await new Promise((r) => setTimeout(r, 3000));
    const istirahat = { engine: rssMb(engine.process.pid), ...Object.fromEntries(anak.map((a) => [a.peran, rssMb(a.child.pid)])) };

    if (db === 'H2') await overheadPekerja(admin);
    const puncak = [pantauRss(engine.process.pid), ...anak.map((a) => pantauRss(a.child.pid))];
    const pids = await ujungKeUjung(admin, db);
    await bebanApi(anak[0]!.apiUrl, pids, db);
    const [pEngine, ...pAnak] = puncak.map((p) => p());
    const dibebani = { engine: pEngine!, ...Object.fromEntries(anak.map((a, i) => [a.peran, pAnak[i]!])) };
    hasil[`memori-${db}`] = { istirahat, dibebani };
    for (const [nama, mb] of Object.entries(istirahat)) {
      const target = nama === 'workers' ? '< 150 MB' : nama === 'api' ? '< 250 MB' : nama === 'semua' ? '(api+workers) < 400 MB' : '-';
      baris.push({ bagian: `memori ${db}`, ukuran: `${nama === 'semua' ? 'api+workers (satu proses)' : nama} MB istirahat / dibebani`, kami: f(mb, 0), dasar: f((dibebani as Record<string, number>)[nama]!, 0), rasio: '-', target });
    }
  } finally {
    for (const a of anak.reverse()) await a.stop();
    await engine.stop();
  }
}

// --- 1. worker overhead ----------------------------------------------------------------------------

async function overheadPekerja(admin: CamundaRest): Promise<void> {
  const varian: Record<string, number[]> = { bare: [], kami: [], 'kami-300ms': [] };
  for (let u = 0; u < UKURAN.ulang; u++) {
    for (const nama of Object.keys(varian)) {
      varian[nama]!.push(await kuras(admin, nama));
      langkah(`pekerja ${nama}: ${f(varian[nama]!.at(-1)!)} tugas/s`);
    }
  }
  const m = Object.fromEntries(Object.entries(varian).map(([k, v]) => [k, median(v)]));
  hasil.overheadPekerja = { tugasPerDetik: varian, median: m, instans: UKURAN.instansTugasLuar, tugasPerInstans: 3 };
  baris.push({ bagian: 'pekerja (H2)', ukuran: 'tugas/s, runtime no-op vs loop fetchAndLock/complete polos', kami: f(m.kami!), dasar: f(m.bare!), rasio: f(m.kami! / m.bare!, 2), target: '≥ 0.90' });
  baris.push({ bagian: 'pekerja (H2)', ukuran: 'tugas/s, runtime dengan interval pustaka 300 ms (sebelum)', kami: f(m['kami-300ms']!), dasar: f(m.bare!), rasio: f(m['kami-300ms']! / m.bare!, 2), target: '-' });
}

/** Starts N three-task instances with no worker serving them, then drains them with one variant; tasks per second. */
async function kuras(admin: CamundaRest, varian: string): Promise<number> {
  const n = UKURAN.instansTugasLuar;
  const sebelum = await jumlahSelesai(admin, PROSES_TIGA_TUGAS);
  for (let i = 0; i < n; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, n - i) }, () => admin.startProcess(PROSES_TIGA_TUGAS, { businessKey: `b-${kataSandiAcak(8)}`, variables: {} })));
  }
  const t0 = performance.now();
  const henti = varian === 'bare' ? loopPolos(admin) : runtimeKami(admin, varian === 'kami' ? undefined : 300);
  while ((await jumlahSelesai(admin, PROSES_TIGA_TUGAS)) - sebelum < n) await new Promise((r) => setTimeout(r, 50));
  const detik = (performance.now() - t0) / 1000;
  await henti();
  return (3 * n) / detik;
}

async function jumlahSelesai(admin: CamundaRest, key: string): Promise<number> {
  const r = await admin.request('GET', '/history/process-instance/count', { query: { processDefinitionKey: key, finished: true }, schema: z.object({ count: z.number() }) });
  return r.count;
}

const tugasTerkunci = z.array(z.object({ id: z.string() }).passthrough());

/** The baseline: the shortest correct worker, fetchAndLock with long polling and complete, nothing else. */
function loopPolos(admin: CamundaRest): () => Promise<void> {
  let jalan = true;
  const workerId = `bench-polos-${process.pid}`;
  const selesai = (async () => {
    while (jalan) {
      const tasks = await admin.request('POST', '/external-task/fetchAndLock', {
        body: { workerId, maxTasks: 10, usePriority: true, asyncResponseTimeout: 1000, topics: TOPIK_BENCH.map((t) => ({ topicName: t, lockDuration: 60_000 })) },
        schema: tugasTerkunci,
      });
      await Promise.all(tasks.map((t) => admin.request('POST', `/external-task/${t.id}/complete`, { body: { workerId } })));
    }
  })();
  return async () => {
    jalan = false;
    await selesai;
  };
}

/** Our runtime (workers/runtime) with no-op handlers on the same topics, as the workers are configured. */
function runtimeKami(admin: CamundaRest, pollIntervalMs: number | undefined): () => Promise<void> {
  const { baseUrl, username, password } = admin.credentials;
  const client = createWorkerClient({ baseUrl, username, password, asyncResponseTimeoutMs: 1000, logger: silentLogger, ...(pollIntervalMs !== undefined ? { pollIntervalMs } : {}) });
  for (const topic of TOPIK_BENCH) client.subscribe(defineTopic({ topic, variables: z.object({}), handle: () => complete() }));
  client.start();
  return () => client.stop();
}

// --- 2. end to end -----------------------------------------------------------------------------------

interface Kasus { total: number; tanpaManusia: number }

/** penunjukan lintas unit (real workers, one human decision) vs the engine's plain user task, driven alike. */
async function ujungKeUjung(admin: CamundaRest, db: string): Promise<string[]> {
  const puo = admin.as(PUO_PENGHUBUNG, KATA_SANDI);
  const penyetuju = admin.as(KADIS, KATA_SANDI);
  let urut = 0;
  const pids: string[] = [];
  const kami = await kendarai(async () => {
    const { processInstanceId } = await puo.submitStartForm('penunjukan-lintas-unit', {
      pegawaiNip: DANI, unitPemilikKinerjaId: 'banten-badan-penghubung', maksudTujuan: `Kajian bench ${db} ${++urut} ${kataSandiAcak(6)}`,
      kompetensiDibutuhkan: 'Analisis kebijakan', ekspektasiTarget: `Kajian bench ${db} ${urut} ${kataSandiAcak(6)}`, tanggalMulai: '2027-02-01', tanggalSelesai: '2027-06-30',
    });
    pids.push(processInstanceId);
    return processInstanceId;
  }, penyetuju, admin);
  langkah(`ujung ke ujung ${db}: ${f(kami.kasusPerDetik, 2)} kasus/s, p95 ${f(kami.p95, 0)} ms`);
  const dasar = await kendarai(async () => (await admin.startProcess(PROSES_TUGAS_MANUSIA, { businessKey: `m-${kataSandiAcak(8)}`, variables: { penyetuju: KADIS } })).processInstanceId, penyetuju, admin);
  hasil[`ujungKeUjung-${db}`] = { kami, dasar, kasus: UKURAN.kasus, paralel: UKURAN.paralel };
  baris.push({ bagian: `ujung ke ujung ${db}`, ukuran: 'kasus/s (penunjukan lintas unit vs tugas manusia polos)', kami: f(kami.kasusPerDetik, 2), dasar: f(dasar.kasusPerDetik, 2), rasio: f(kami.kasusPerDetik / dasar.kasusPerDetik, 2), target: '≥ 10 kasus/s' });
  baris.push({ bagian: `ujung ke ujung ${db}`, ukuran: 'p50 ms mulai→penugasan tercatat, tanpa langkah manusia', kami: f(kami.p50, 0), dasar: f(dasar.p50, 0), rasio: f(kami.p50 / dasar.p50, 1), target: '-' });
  baris.push({ bagian: `ujung ke ujung ${db}`, ukuran: 'p95 ms, tanpa langkah manusia', kami: f(kami.p95, 0), dasar: f(dasar.p95, 0), rasio: f(kami.p95 / dasar.p95, 1), target: '< 1000 ms' });
  return pids;
}

/** `paralel` drivers, each: start a case, wait for the decision task, complete it (SETUJU), wait for the end. */
async function kendarai(mulai: () => Promise<string>, penyetuju: CamundaRest, admin: CamundaRest) {
  const kasus: Kasus[] = [];
  let sisa = UKURAN.kasus;
  const t0 = performance.now();
  const pengemudi = async () => {
    while (sisa-- > 0) {
      const a = performance.now();
      const pid = await mulai();
      const tugas = await tunggu(async () => (await penyetuju.tasks({ processInstanceId: pid }))[0]);
      const b = performance.now();
      await penyetuju.completeTask(tugas.id, tugas.taskDefinitionKey === 'Tugas' ? {} : { keputusan: 'SETUJU' });
      const c = performance.now();
      await tunggu(async () => ((await admin.historicProcessInstance(pid)).state === 'COMPLETED' ? true : undefined));
      const d = performance.now();
      kasus.push({ total: d - a, tanpaManusia: (b - a) + (d - c) });
    }
  };
  await Promise.all(Array.from({ length: UKURAN.paralel }, pengemudi));
  const detik = (performance.now() - t0) / 1000;
  const t = kasus.map((k) => k.tanpaManusia);
  return { kasusPerDetik: kasus.length / detik, p50: persentil(t, 50), p95: persentil(t, 95), p50Total: persentil(kasus.map((k) => k.total), 50) };
}

async function tunggu<T>(probe: () => Promise<T | undefined>, batasMs = 60_000): Promise<T> {
  const batas = Date.now() + batasMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > batas) throw new Error('bench: menunggu terlalu lama');
    await new Promise((r) => setTimeout(r, 20));
  }
}

// --- 3. API under load ------------------------------------------------------------------------------

async function bebanApi(apiUrl: string, pids: readonly string[], db: string): Promise<void> {
  const auth = (nip: string) => `Basic ${Buffer.from(`${nip}:${KATA_SANDI}`).toString('base64')}`;
  const get = (p: string, nip = PUO_PENGHUBUNG) => async () => (await fetch(`${apiUrl}${p}`, { headers: { authorization: auth(nip) } }).then(async (r) => { await r.arrayBuffer(); return r.ok; }));
  const dasar = await bebanTetap(async () => { const r = await fetch(`${apiUrl}/tidak-ada`); await r.arrayBuffer(); return r.status === 404; }, 200, UKURAN.detikBeban);
  const bacaan: [string, () => Promise<boolean>][] = [
    ['GET /api/penugasan', get('/api/penugasan?limit=20')],
    ['GET /api/organisasi/pegawai?cari=', get('/api/organisasi/pegawai?cari=Dani')],
    ['GET /api/kasus/:kunci', get(`/api/kasus/${pids[0] ?? 'x'}`)],
  ];
  const catatan: Record<string, HasilBeban> = { 'dasar 404 tanpa auth': dasar };
  for (const [nama, kirim] of bacaan) {
    const h = await bebanTetap(kirim, 200, UKURAN.detikBeban);
    langkah(`API ${nama}: p95 ${f(h.p95)} ms`);
    catatan[nama] = h;
    baris.push({ bagian: `API ${db}`, ukuran: `${nama} @200/s: p95 ms (rps, gagal)`, kami: `${f(h.p95)} (${f(h.rps, 0)}, ${h.gagal})`, dasar: f(dasar.p95), rasio: f(h.p95 / dasar.p95, 1), target: 'p95 < 50 ms' });
  }
  const mulai = await bebanTetap(async (i) => {
    const r = await fetch(`${apiUrl}/api/penunjukan`, {
      method: 'POST', headers: { authorization: auth(PUO_DALAM_UNIT), 'content-type': 'application/json' },
      body: JSON.stringify({ pegawaiNip: SITI, unitPemilikKinerjaId: 'banten-diskominfo', uraianTugas: `Bench ${db} ${i} ${kataSandiAcak(6)}`, targetKinerja: `Target bench ${i} ${kataSandiAcak(6)}`, kompetensiDibutuhkan: ['Analisis data'], tanggalMulai: '2027-01-04', tanggalSelesai: '2027-03-31' }),
    });
    await r.arrayBuffer();
    return r.status === 201;
  }, 20, UKURAN.detikBeban);
  catatan['POST /api/penunjukan'] = mulai;
  baris.push({ bagian: `API ${db}`, ukuran: 'POST /api/penunjukan @20/s: p95 ms (rps, gagal)', kami: `${f(mulai.p95)} (${f(mulai.rps, 0)}, ${mulai.gagal})`, dasar: f(dasar.p95), rasio: f(mulai.p95 / dasar.p95, 1), target: '-' });
  hasil[`api-${db}`] = catatan;
}

// --- processes and output ------------------------------------------------------------------------------

interface Anak { peran: string; child: ChildProcess; apiUrl: string; stop(): Promise<void> }

async function mulaiAnak(dir: string, peran: string, env: Record<string, string>): Promise<Anak> {
  const log = createWriteStream(path.join(dir, `sistem-${peran}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/support/sistem-anak.ts')], {
    cwd: ROOT, env: { ...process.env, ...env, SK_BENCH_PERAN: peran }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.pipe(log);
  const apiUrl = await new Promise<string>((resolve, reject) => {
    let teks = '';
    child.stdout.on('data', (c: Buffer) => {
      log.write(c);
      teks += c.toString('utf8');
      const m = /SIAP (\S+)/.exec(teks);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`sistem ${peran} berhenti (kode ${code}); lihat ${dir}/sistem-${peran}.log`)));
  });
  return { peran, child, apiUrl, stop: () => stopProcess(child) };
}

async function tulisHasil(): Promise<void> {
  const kolom = ['bagian', 'ukuran', 'kami', 'dasar', 'rasio', 'target'] as const;
  const judul = { bagian: 'bagian', ukuran: 'ukuran', kami: 'kami', dasar: 'dasar (run yang sama)', rasio: 'kami/dasar', target: 'target' };
  const md = [judul, ...baris].map((b, i) => `| ${kolom.map((k) => b[k]).join(' | ')} |${i === 0 ? `\n|${kolom.map(() => '---').join('|')}|` : ''}`).join('\n');
  const mesin = hasil.mesin as { cpu: number; bebanAwal: number[]; bebanAkhir: number[]; detik: number };
  const kepala = `Mesin: ${mesin.cpu} CPU, beban awal ${mesin.bebanAwal.map((l) => l.toFixed(1)).join('/')}, akhir ${mesin.bebanAkhir.map((l) => l.toFixed(1)).join('/')}, ${mesin.detik} s, ${new Date().toISOString()}${RASK ? ' (--rask)' : ''}`;
  console.log(`\n${kepala}\n${md}`);
  const keluar = path.join(ROOT, 'bench', 'results');
  await fs.mkdir(keluar, { recursive: true });
  const nama = RASK ? 'kinerja-rask' : 'kinerja';
  await fs.writeFile(path.join(keluar, `${nama}-terbaru.json`), `${JSON.stringify({ ...hasil, tabel: baris }, null, 2)}\n`);
  await fs.writeFile(path.join(keluar, `${nama}-terbaru.md`), `${kepala}\n\n${md}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exitCode = 1;
});
