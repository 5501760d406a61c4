import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { CamundaRest } from '../adapters/camunda/camunda-rest.js';
import { createIdentityDirectory } from '../adapters/camunda/identity-directory.js';
import { AKUN_API, AKUN_TEKNIS, AKUN_WORKER, kataSandiAcak, type KredensialTeknis } from '../adapters/camunda/akun-teknis.js';
import { type SinkronOptions } from '../application/sinkron-identitas.js';
import { createKataSandiAwalRepository } from '../adapters/store/kata-sandi-awal-repository.js';
import { kredensialTeknis } from './akun-teknis.js';
import { openStore, type StoreLocation } from '../adapters/store/open-store.js';
import { createOrganisasiRepository } from '../adapters/store/organisasi-repository.js';
import { createPenugasanRepository } from '../adapters/store/penugasan-repository.js';
import { createPermohonanRepository } from '../adapters/store/permohonan-repository.js';
import { createKasusRepository } from '../adapters/store/kasus-repository.js';
import { createTimKerjaRepository } from '../adapters/store/tim-kerja-repository.js';
import { createKegiatanRepository } from '../adapters/store/kegiatan-repository.js';
import { createKoordinasiTimRepository } from '../adapters/store/koordinasi-tim-repository.js';
import type { Database } from '../adapters/store/schema.js';
import { createSuratRepository } from '../adapters/store/surat-repository.js';
import { buatPdfSurat } from '../adapters/documents/surat-pdf.js';
import { createPengirimSurel } from '../adapters/documents/surel.js';
import { mpphXlsx } from '../adapters/documents/mpph-xlsx.js';
import { bacaMpph } from '../adapters/store/mpph-repository.js';
import { createApiApp } from '../api/app.js';
import { verifySesiEngine } from '../api/sesi-tasklist.js';
import { BPMN_DIR_BAWAAN } from '../api/modeler-router.js';
import { pemulaUntukInstansi } from '../adapters/camunda/model-proses-engine.js';
import { createModelProsesRepository } from '../adapters/store/model-proses-repository.js';
import { bangunModeler } from '../../modeler-plugin/build.js';
import type { KasusRepository, OrganisasiRepository, PenugasanRepository } from '../application/ports.js';
import type { Config } from '../config.js';
import { createConsoleLogger, createWorkerClient, registerTopics, silentLogger, type Logger, type WorkerClient } from '../../workers/runtime/index.js';
import { allTopics } from '../../workers/topics.js';
import type { WorkerDeps } from '../../workers/shared/deps.js';

export interface SystemOptions {
  readonly config: Config;
  /** Overrides the store of the config (tests use an in-memory PGlite). */
  readonly store?: StoreLocation;
  readonly api?: boolean;
  /** false: no workers; an array: only these topics. */
  readonly workers?: boolean | readonly string[];
  readonly logger?: Logger;
  /** Long-polling time of the workers (default 20 s); stop() waits for the open poll, so tests use less. */
  readonly workerLongPollMs?: number;
  /** Passwords of skworker and skapi; default: from the environment or the demo's data/akun-teknis.json. */
  readonly akun?: KredensialTeknis;
  /** How long the API believes verified credentials (default 60 s). */
  readonly kredensialTtlMs?: number;
  /** An already opened store (the fault tests and benchmarks wrap it); default: openStore of `store`/the config. */
  readonly db?: Kysely<Database>;
}

export interface System {
  readonly db: Kysely<Database>;
  readonly organisasi: OrganisasiRepository;
  readonly penugasan: PenugasanRepository;
  readonly kasus: KasusRepository;
  /** What the topic handlers are given (also for tests that drive a handler by hand). */
  readonly workerDeps: WorkerDeps;
  /**
   * The engine REST API as the engine administrator: for start-up (identity structure, technical users, deployment)
   * and tests only. The workers and the API never use it.
   */
  readonly engine: CamundaRest;
  /** As skworker, the workers' technical user (undefined without workers). */
  readonly workerEngine: CamundaRest | undefined;
  /** As skapi, the API's technical user (undefined without the API). */
  readonly apiEngine: CamundaRest | undefined;
  readonly apiUrl: string | undefined;
  readonly workerClient: WorkerClient | undefined;
  stop(): Promise<void>;
}

/**
 * The composition root (STYLE.md 2): store, engine client, workers and API in one Node process. With the
 * embedded PGlite store they must share the process, because PGlite is one connection (DESIGN.md §2).
 */
export async function startSystem(options: SystemOptions): Promise<System> {
  const { config } = options;
  const logger = options.logger ?? (config.log === 'silent' ? silentLogger
    : createConsoleLogger({ format: config.log, warna: config.log === 'teks' && process.stdout.isTTY === true && !process.env.NO_COLOR }));
  const db = options.db ?? await openStore(options.store ?? config.store);
  const organisasi = createOrganisasiRepository(db);
  const penugasan = createPenugasanRepository(db);
  const permohonan = createPermohonanRepository(db);
  const hariIni = todayIn(config.zonaWaktu);
  const engine = new CamundaRest({ baseUrl: config.engine.restUrl, username: config.engine.adminUser, password: config.engine.adminPassword });
  const needsAkun = options.workers !== false || options.api !== false;
  const akun = options.akun ?? (needsAkun ? await kredensialTeknis(config, { buat: false }) : undefined);
  const workerEngine = akun && options.workers !== false ? engine.as(AKUN_WORKER, akun.worker) : undefined;
  const apiEngine = akun && options.api !== false ? engine.as(AKUN_API, akun.api) : undefined;

  const kasus = createKasusRepository(db);
  const timKerja = createTimKerjaRepository(db);
  const koordinasiTim = createKoordinasiTimRepository(db);
  const surat = createSuratRepository(db);
  const workerDeps: WorkerDeps = { organisasi, penugasan, permohonan, kasus, timKerja, kegiatan: createKegiatanRepository(db), koordinasiTim,
    history: workerEngine ?? engine, pesan: workerEngine ?? engine, hariIni,
    surat, pdf: buatPdfSurat, surel: config.smtp ? createPengirimSurel(config.smtp) : null,
    alamatApi: config.api.urlPublik ?? `http://${config.api.host}:${config.api.port}` };
  let workerClient: WorkerClient | undefined;
  if (workerEngine) {
    workerClient = createWorkerClient({
      baseUrl: config.engine.restUrl, username: AKUN_WORKER, password: workerEngine.credentials.password,
      ...(config.workerId ? { workerId: config.workerId } : {}), logger,
      ...(config.worker.lockDurationMs !== undefined ? { lockDurationMs: config.worker.lockDurationMs } : {}),
      ...(config.worker.maxTasks !== undefined ? { maxTasks: config.worker.maxTasks } : {}),
      ...((options.workerLongPollMs ?? config.worker.longPollMs) !== undefined ? { asyncResponseTimeoutMs: options.workerLongPollMs ?? config.worker.longPollMs } : {}),
    });
    registerTopics(workerClient, allTopics(workerDeps),
      Array.isArray(options.workers) ? { only: options.workers as readonly string[] } : {});
    workerClient.start();
  }

  let server: Server | undefined;
  if (apiEngine) {
    const halamanDir = await bangunModeler();
    const app = createApiApp({
      modeler: { modelerEngine: apiEngine, modelProses: createModelProsesRepository(db), bpmnDir: BPMN_DIR_BAWAAN, halamanDir },
      pemulaUntuk: (instansiId) => pemulaUntukInstansi(apiEngine, instansiId),
      organisasi, penugasan, permohonan, kasus, timKerja, koordinasiTim, history: apiEngine, engine: apiEngine, hariIni,
      pesan: apiEngine, akunApi: AKUN_API,
      surat, pdf: buatPdfSurat, mpph: (unitId, tahun) => mpphDari(db, organisasi, hariIni(), unitId, tahun),
      grupDari: (userId) => apiEngine.groupsOf(userId),
      zonaWaktu: config.zonaWaktu,
      identity: createIdentityDirectory(apiEngine),
      kataSandi: opsiKataSandi(config),
      ...(config.mode === 'produksi' ? { kataSandiAwal: createKataSandiAwalRepository(db) } : {}),
      verifyUser: (u, p) => apiEngine.verifyUser(u, p),
      verifySesi: verifySesiEngine(config.engine.webappUrl),
      tugasBerjalan: (pid) => apiEngine.tugasBerjalan(pid),
      asalTasklist: [new URL(config.engine.webappUrl).origin],
      isTechnical: (u) => (AKUN_TEKNIS as readonly string[]).includes(u),
      isNonaktif: async (u) => /^\d{18}$/.test(u) && (await organisasi.listPegawai({ cari: u, limit: 2, offset: 0 })).some((p) => p.nip === u && !p.aktif),
      ...(options.kredensialTtlMs !== undefined ? { kredensialTtlMs: options.kredensialTtlMs } : {}),
      health: {
        engine: async () => (await fetch(`${config.engine.restUrl}/engine`, { signal: AbortSignal.timeout(3000) })).ok,
        store: async () => (await sql`select 1 as ok`.execute(db)).rows.length === 1,
      },
      log: (message, fields) => logger.error(message, fields),
    });
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.api.port, config.api.host, () => resolve(s));
      s.once('error', reject);
    });
  }
  const address = server?.address() as AddressInfo | undefined;

  return {
    db, organisasi, penugasan, kasus, workerDeps, engine, workerEngine, apiEngine, workerClient,
    apiUrl: address ? `http://${config.api.host}:${address.port}` : undefined,
    async stop() {
      await workerClient?.stop();
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await db.destroy();
    },
  };
}

/**
 * Initial passwords of the users the identity sync makes: the demo password for everyone in the demo, an individual
 * random one in production (kept for the organisation admin); deactivated pegawai get an unknown random one.
 */
export function opsiKataSandi(config: Config): SinkronOptions {
  return {
    kataSandiAwal: config.mode === 'produksi' ? { jenis: 'acak', buat: () => kataSandiAcak(16) } : { jenis: 'sama', kataSandi: config.demoPassword },
    kataSandiAcak: () => kataSandiAcak(32),
  };
}

/** The MPPH workbook of a unit (issue 12 item 5). */
async function mpphDari(db: Kysely<Database>, organisasi: OrganisasiRepository, hariIni: string, unitId: string, tahun: number): Promise<Uint8Array> {
  const org = await organisasi.viewAround({ pegawaiNip: [], unitId: [unitId] }, hariIni);
  const unit = org.unit(unitId);
  return mpphXlsx({ unit: unit?.nama ?? unitId, instansi: (unit && org.instansi(unit.instansiId)?.nama) ?? '', tahun }, await bacaMpph(db, unitId, tahun));
}

/** Today's calendar date (YYYY-MM-DD) in the agency's time zone. */
export function todayIn(timeZone: string): () => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return () => format.format(new Date());
}
