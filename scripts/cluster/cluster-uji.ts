import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CamundaRest } from '../../src/adapters/camunda/camunda-rest.js';
import { kataSandiAcak } from '../../src/adapters/camunda/akun-teknis.js';
import { openStore } from '../../src/adapters/store/open-store.js';
import { createOrganisasiRepository } from '../../src/adapters/store/organisasi-repository.js';
import { deployProcesses, loadDemoIfEmpty, ROOT, siapkanIdentitas, syncIdentities } from '../../src/cli/bootstrap.js';
import { startEngine, stopProcess, type RunningEngine } from '../../src/cli/engine-process.js';
import { freePort } from '../../test/support/free-port.js';
import { jdbcOf, throwawayDatabase } from '../../test/support/postgres.js';
import { mulaiPenyeimbang } from './penyeimbang.js';

/**
 * npm run cluster:uji — Camunda's own cluster model on this machine, as separate processes: two engine nodes on one
 * PostgreSQL database (job executor on each), two worker processes and two API processes, engines and APIs each behind
 * a small load balancer. Penunjukan lintas unit cases are started and decided through the balancer, so they spread over
 * both nodes; engine node B is killed (SIGKILL) mid-run; every case must still finish, once. Exit code 0 = passed.
 */
const KASUS = Number(process.env.SK_CLUSTER_KASUS ?? 24);
const KATA_SANDI = 'demo-cluster-1234';
const ADMIN_PASSWORD = `cluster-${kataSandiAcak(12)}`;
const PUO_PENGHUBUNG = '198108192009121002';
const DANI = '198712162015031009';
const KADIS = '197204151998031005';

const log = (pesan: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${pesan}`);

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sk-cluster-'));
  const engineDb = await throwawayDatabase('sk_cluster_engine');
  const storeDb = await throwawayDatabase('sk_cluster_store');
  const engines: RunningEngine[] = [];
  const proses: ChildProcess[] = [];
  const penutup: (() => Promise<void>)[] = [];
  try {
    const env = jdbcOf(engineDb.url);
    const launch = (nama: string, port: number) => ({ port, dataDir: path.join(dir, nama), adminUser: 'admin', adminPassword: ADMIN_PASSWORD, logFile: path.join(dir, `${nama}.log`), env });
    // node A creates the schema; node B joins the same database
    const [portA, portB] = [await freePort(), await freePort()];
    engines.push(await startEngine(launch('engine-a', portA), 420_000));
    log(`engine A siap di ${engines[0]!.restUrl}`);
    engines.push(await startEngine(launch('engine-b', portB), 420_000));
    log(`engine B siap di ${engines[1]!.restUrl} (database yang sama)`);
    const lbEngine = await mulaiPenyeimbang(engines.map((e) => e.restUrl.replace(/\/engine-rest$/, '')));
    penutup.push(() => lbEngine.tutup());
    const engineUrl = `${lbEngine.url}/engine-rest`;

    const admin = new CamundaRest({ baseUrl: engineUrl, username: 'admin', password: ADMIN_PASSWORD });
    const akun = { worker: kataSandiAcak(24), api: kataSandiAcak(24) };
    await siapkanIdentitas(admin, akun);
    const db = await openStore({ kind: 'postgres', url: storeDb.url });
    penutup.push(() => db.destroy());
    const organisasi = createOrganisasiRepository(db);
    await loadDemoIfEmpty(organisasi);
    await syncIdentities(admin, organisasi, { kataSandiAwal: { jenis: 'sama', kataSandi: KATA_SANDI }, kataSandiAcak: () => kataSandiAcak(32) });
    await deployProcesses(admin);

    const envProses = {
      ...process.env, ENGINE_URL: engineUrl, SK_STORE_URL: storeDb.url, SK_MODE: 'demo', SK_LOG: 'json',
      SK_WORKER_PASSWORD: akun.worker, SK_API_PASSWORD: akun.api, ENGINE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    };
    const jalankan = (nama: string, skrip: string, tambahan: Record<string, string> = {}): Promise<void> => {
      const out = createWriteStream(path.join(dir, `${nama}.log`));
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, skrip)], { cwd: ROOT, env: { ...envProses, ...tambahan }, stdio: ['ignore', 'pipe', 'pipe'] });
      proses.push(child);
      child.stderr.pipe(out);
      return new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          out.write(c);
          if (/berjalan|siap/i.test(c.toString('utf8'))) resolve();
        });
        child.once('exit', (code) => reject(new Error(`${nama} berhenti (kode ${code}); lihat ${dir}/${nama}.log`)));
      });
    };
    const [apiPort1, apiPort2] = [await freePort(), await freePort()];
    await Promise.all([
      jalankan('workers-1', 'workers/main.ts'), jalankan('workers-2', 'workers/main.ts'),
      jalankan('api-1', 'src/cli/api.ts', { SK_API_PORT: String(apiPort1) }), jalankan('api-2', 'src/cli/api.ts', { SK_API_PORT: String(apiPort2) }),
    ]);
    const lbApi = await mulaiPenyeimbang([`http://127.0.0.1:${apiPort1}`, `http://127.0.0.1:${apiPort2}`]);
    penutup.push(() => lbApi.tutup());
    log(`dua proses worker, dua proses API (penyeimbang ${lbApi.url}), penyeimbang engine ${lbEngine.url}`);

    // the cases: started and decided through the balancers, so both nodes and both APIs serve them
    const puo = admin.as(PUO_PENGHUBUNG, KATA_SANDI);
    const kadis = admin.as(KADIS, KATA_SANDI);
    const pids: string[] = [];
    const t0 = Date.now();
    let dibunuh = false;
    for (let i = 0; i < KASUS; i++) {
      pids.push((await puo.submitStartForm('penunjukan-lintas-unit', {
        pegawaiNip: DANI, unitPemilikKinerjaId: 'banten-badan-penghubung', maksudTujuan: `Kajian klaster ${i} ${kataSandiAcak(6)}`,
        kompetensiDibutuhkan: 'Analisis kebijakan', ekspektasiTarget: `Kajian klaster ${i} terbit ${kataSandiAcak(6)}`, tanggalMulai: '2027-02-01', tanggalSelesai: '2027-06-30',
      })).processInstanceId);
    }
    log(`${KASUS} kasus dimulai`);
    const sisa = new Set(pids);
    const batas = Date.now() + 600_000;
    while (sisa.size > 0) {
      if (Date.now() > batas) throw new Error(`${sisa.size} kasus tidak selesai dalam 10 menit`);
      if (!dibunuh && sisa.size <= KASUS / 2) {
        dibunuh = true;
        engines[1]!.process.kill('SIGKILL');
        log(`engine B dibunuh (SIGKILL) dengan ${sisa.size} kasus masih berjalan`);
      }
      try {
        for (const t of await kadis.tasks({ assignee: KADIS, taskDefinitionKey: 'Tugas_PutuskanPermohonan' })) {
          if (t.processInstanceId && sisa.has(t.processInstanceId)) await kadis.completeTask(t.id, { keputusan: 'SETUJU' });
        }
        const selesai = await admin.request('GET', '/history/process-instance', { query: { processInstanceIds: [...sisa].join(','), finished: true, maxResults: 2000 } }) as { id: string }[];
        for (const p of selesai) sisa.delete(p.id);
      } catch {
        // a request lost with node B: ask again
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    const detik = (Date.now() - t0) / 1000;

    // every case once: one penugasan, its two letters, numbers without gaps; no incident
    const penugasan = await db.selectFrom('penugasan').select('process_instance_id').where('process_instance_id', 'in', pids).execute();
    const surat = await db.selectFrom('surat').select(['nomor', 'process_instance_id']).where('process_instance_id', 'in', pids).execute();
    const insiden = await admin.request('GET', '/incident', { query: { maxResults: 2000 } }) as unknown[];
    const nomor = surat.map((s) => Number(s.nomor.split('/')[0])).sort((a, b) => a - b);
    const masalah: string[] = [];
    if (penugasan.length !== KASUS) masalah.push(`penugasan ${penugasan.length}, diharapkan ${KASUS}`);
    if (surat.length !== 2 * KASUS) masalah.push(`surat ${surat.length}, diharapkan ${2 * KASUS}`);
    if (nomor.some((n, i) => n !== i + 1)) masalah.push(`nomor surat berlubang atau ganda: ${nomor.join(',')}`);
    if (insiden.length > 0) masalah.push(`${insiden.length} insiden`);
    // the API replicas behind their balancer: the requester reads each case (both replicas answer, alternately)
    const auth = `Basic ${Buffer.from(`${PUO_PENGHUBUNG}:${KATA_SANDI}`).toString('base64')}`;
    for (const pid of pids) {
      const r = await fetch(`${lbApi.url}/api/kasus/${pid}`, { headers: { authorization: auth } });
      const body = await r.json() as { penugasan?: unknown[] };
      if (r.status !== 200 || body.penugasan?.length !== 1) masalah.push(`GET /api/kasus/${pid} lewat penyeimbang: ${r.status}`);
    }
    if (![...lbApi.dilayani.values()].every((n) => n > 0)) masalah.push('satu proses API tidak melayani apa pun');
    const perNode = [...lbEngine.dilayani.entries()].map(([u, n], i) => `engine ${'AB'[i]} (${u}): ${n} permintaan`).join('; ');
    const perApi = [...lbApi.dilayani.entries()].map(([, n], i) => `api-${i + 1}: ${n}`).join('; ');
    log(`${KASUS} kasus selesai dalam ${detik.toFixed(1)} s (${(KASUS / detik).toFixed(2)} kasus/s termasuk langkah manusia); ${perNode}; ${perApi}`);
    log(`penugasan ${penugasan.length}, surat ${surat.length}, nomor 1..${nomor.at(-1)}, insiden ${insiden.length}`);
    if (masalah.length > 0) throw new Error(`cluster:uji GAGAL: ${masalah.join('; ')}`);
    if (![...lbEngine.dilayani.values()].every((n) => n > 0)) throw new Error('cluster:uji GAGAL: satu node engine tidak melayani apa pun');
    log('cluster:uji LULUS: kedua node melayani, node B mati di tengah jalan, semua kasus selesai sekali');
  } finally {
    for (const p of proses) await stopProcess(p);
    for (const tutup of penutup.reverse()) await tutup().catch(() => undefined);
    for (const e of engines) await e.stop();
    await engineDb.drop();
    await storeDb.drop();
    if (!process.env.SK_CLUSTER_SIMPAN_LOG) await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
