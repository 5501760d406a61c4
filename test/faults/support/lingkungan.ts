import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { CamundaRest } from '../../../src/adapters/camunda/camunda-rest.js';
import { kataSandiAcak } from '../../../src/adapters/camunda/akun-teknis.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createOrganisasiRepository } from '../../../src/adapters/store/organisasi-repository.js';
import type { Database } from '../../../src/adapters/store/schema.js';
import { deployProcesses, loadDemoIfEmpty, ROOT, siapkanIdentitas, syncIdentities } from '../../../src/cli/bootstrap.js';
import { startEngine, stopProcess, type RunningEngine } from '../../../src/cli/engine-process.js';
import { pejabatPenilaiKinerja } from '../../../src/domain/roles.js';
import { freePort } from '../../support/free-port.js';
import { throwawayDatabase } from '../../support/postgres.js';

export const KATA_SANDI = 'demo-uji-1234';
/** penunjukan lintas unit (F2) of the demo: the Badan Penghubung asks for Dani, whose PUO is also his PPK (one human step). */
export const PUO_PENGHUBUNG = '198108192009121002';
export const DANI = '198712162015031009';
export const UNIT_PENGHUBUNG = 'banten-badan-penghubung';
/** pembentukan tim kerja (F6) dalam unit at the Meranti DPMPTSP: the PUO decides once; memberships and decrees. */
export const PUO_DPMPTSP = '198003102005012001';
const KETUA_TIM = '199304072016121001';
const ANGGOTA_TIM = '199201152021011009';

export interface Kasus { readonly pid: string; readonly jenis: 'F2' | 'F6' }

/**
 * One engine on a throwaway H2 directory (so it can be killed and restarted on the same data), one throwaway
 * PostgreSQL store with the demo organisation synced to the engine, and worker processes started on demand.
 */
export class Lingkungan {
  private constructor(
    readonly dir: string,
    private engine: RunningEngine,
    private readonly port: number,
    readonly admin: CamundaRest,
    readonly db: Kysely<Database>,
    readonly storeUrl: string,
    private readonly dropStore: () => Promise<void>,
    private readonly workerPassword: string,
    readonly kadis: string,
  ) {}

  static async mulai(): Promise<Lingkungan> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sk-faults-'));
    const port = await freePort();
    const engine = await startEngine(engineLaunch(dir, port), 420_000);
    const admin = new CamundaRest({ baseUrl: engine.restUrl, username: 'admin', password: ADMIN_PASSWORD });
    const akun = { worker: kataSandiAcak(24), api: kataSandiAcak(24) };
    await siapkanIdentitas(admin, akun);
    const store = await throwawayDatabase('sk_faults');
    const db = await openStore({ kind: 'postgres', url: store.url });
    const organisasi = createOrganisasiRepository(db);
    await loadDemoIfEmpty(organisasi);
    await syncIdentities(admin, organisasi, { kataSandiAwal: { jenis: 'sama', kataSandi: KATA_SANDI }, kataSandiAcak: () => kataSandiAcak(32) });
    await deployProcesses(admin);
    const org = await organisasi.viewAround({ pegawaiNip: [DANI], unitId: [] }, '2026-11-23');
    const kadis = pejabatPenilaiKinerja(org, org.pegawai(DANI)!)!.nip;
    return new Lingkungan(dir, engine, port, admin, db, store.url, store.drop, akun.worker, kadis);
  }

  as(nip: string): CamundaRest {
    return this.admin.as(nip, KATA_SANDI);
  }

  /** A worker process (test/faults/support/pekerja-uji.ts) with `env` (SK_UJI_*), logging to its own file. */
  pekerja(nama: string, env: Record<string, string> = {}): Pekerja {
    const logFile = path.join(this.dir, `${nama}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/faults/support/pekerja-uji.ts')], {
      cwd: ROOT,
      env: {
        ...process.env, ENGINE_URL: this.admin.credentials.baseUrl, SK_STORE_URL: this.storeUrl, SK_MODE: 'demo',
        SK_WORKER_PASSWORD: this.workerPassword, SK_API_PASSWORD: 'tidak-dipakai', SK_LOG: 'json',
        SK_WORKER_LOCK_MS: '3000', SK_WORKER_LONG_POLL_MS: '5000', ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    const selesai = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    const hangat = new Promise<void>((resolve) => child.stdout.on('data', (c: Buffer) => { if (c.toString('utf8').includes('HANGAT')) resolve(); }));
    return {
      child, logFile, selesai, stop: () => stopProcess(child),
      async mulai() {
        await hangat;
        child.kill('SIGUSR2');
      },
    };
  }

  /** SIGKILL of the engine (a crash, no graceful shutdown), then a new engine on the same database and port. */
  async restartEngine(sebelumMulai?: () => Promise<void>): Promise<void> {
    this.engine.process.kill('SIGKILL');
    await new Promise<void>((resolve) => {
      if (this.engine.process.exitCode !== null || this.engine.process.signalCode !== null) resolve();
      else this.engine.process.once('exit', () => resolve());
    });
    await sebelumMulai?.();
    // a loaded machine (CI, other runs) may need minutes to start the JVM again
    this.engine = await startEngine(engineLaunch(this.dir, this.port), 420_000);
  }

  /** Starts a penunjukan lintas unit (F2) or a pembentukan tim kerja (F6) as its PUO, distinct by `tanda`. */
  async ajukan(jenis: Kasus['jenis'], tanda: string): Promise<Kasus> {
    const start = jenis === 'F2'
      ? this.as(PUO_PENGHUBUNG).submitStartForm('penunjukan-lintas-unit', {
        pegawaiNip: DANI, unitPemilikKinerjaId: UNIT_PENGHUBUNG, maksudTujuan: `Menyusun kajian kerja sama daerah ${tanda}`,
        kompetensiDibutuhkan: 'Analisis kebijakan', ekspektasiTarget: `Kajian kerja sama daerah ${tanda} terbit`,
        tanggalMulai: '2027-02-01', tanggalSelesai: '2027-06-30',
      })
      : this.as(PUO_DPMPTSP).submitStartForm('pembentukan-tim-kerja', {
        namaTim: `Tim Layanan Perizinan ${tanda}`, unitPemilikKinerjaId: 'meranti-dpmptsp', tahun: 2027,
        tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', rincianTugas: `Menyederhanakan layanan perizinan ${tanda}`,
        ketuaNip: KETUA_TIM, anggotaNip: ANGGOTA_TIM, instrumen: 'SURAT_KEPUTUSAN',
      });
    return { pid: (await start).processInstanceId, jenis };
  }

  /**
   * One round of the human steps, as the role holders through the engine REST: the PPK approves each open F2 request,
   * the PUO each team. Returns the cases not completed yet. Engine errors (a restart) count as "look again".
   */
  async langkahManusia(kasus: readonly Kasus[]): Promise<Kasus[]> {
    const pids = new Set(kasus.map((k) => k.pid));
    try {
      for (const [nip, langkah] of [[this.kadis, 'Tugas_PutuskanPermohonan'], [PUO_DPMPTSP, 'Tugas_TetapkanTimKerja']] as const) {
        for (const t of await this.as(nip).tasks({ assignee: nip, taskDefinitionKey: langkah })) {
          if (t.processInstanceId && pids.has(t.processInstanceId)) await this.as(nip).completeTask(t.id, { keputusan: 'SETUJU' });
        }
      }
      const selesai = await this.admin.request('GET', '/history/process-instance', {
        query: { processInstanceIds: [...pids].join(','), finished: true, maxResults: 2000 } }) as { id: string }[];
      const ids = new Set(selesai.map((p) => p.id));
      return kasus.filter((k) => !ids.has(k.pid));
    } catch {
      return [...kasus];
    }
  }

  /** The human steps, round after round, until every case has ended (or the time is up). */
  async jalankanSampaiSelesai(kasus: readonly Kasus[], batasMs: number): Promise<void> {
    const batas = Date.now() + batasMs;
    for (;;) {
      const sisa = await this.langkahManusia(kasus);
      if (sisa.length === 0) return;
      if (Date.now() > batas) throw new Error(`${sisa.length} kasus belum selesai setelah ${batasMs} ms: ${sisa.map((k) => k.pid).join(', ')}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  async insiden(pid?: string): Promise<{ id: string; incidentMessage: string | null; configuration: string; activityId: string }[]> {
    return (await this.admin.request('GET', '/incident', { query: { ...(pid ? { processInstanceId: pid } : {}), maxResults: 2000 } })) as never;
  }

  async stop(): Promise<void> {
    await this.engine.stop();
    await this.db.destroy();
    await this.dropStore();
    if (!process.env.SK_UJI_SIMPAN_LOG) await fs.rm(this.dir, { recursive: true, force: true });
  }
}

export interface Pekerja {
  readonly child: ChildProcess;
  readonly logFile: string;
  /** The exit code or signal. */
  readonly selesai: Promise<NodeJS.Signals | number | null>;
  stop(): Promise<void>;
  /** A warm spare (SK_UJI_HANGAT=1) starts work once its modules are loaded. */
  mulai(): Promise<void>;
}

const ADMIN_PASSWORD = `uji-${Math.random().toString(36).slice(2)}`;

function engineLaunch(dir: string, port: number) {
  return { port, dataDir: path.join(dir, 'engine'), adminUser: 'admin', adminPassword: ADMIN_PASSWORD, logFile: path.join(dir, 'engine.log') };
}
