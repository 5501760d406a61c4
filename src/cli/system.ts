import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { CamundaRest } from '../adapters/camunda/camunda-rest.js';
import { createIdentityDirectory } from '../adapters/camunda/identity-directory.js';
import { openStore, type StoreLocation } from '../adapters/store/open-store.js';
import { createOrganisasiRepository } from '../adapters/store/organisasi-repository.js';
import { createPenugasanRepository } from '../adapters/store/penugasan-repository.js';
import { createPermohonanRepository } from '../adapters/store/permohonan-repository.js';
import { createKasusRepository } from '../adapters/store/kasus-repository.js';
import { createTimKerjaRepository } from '../adapters/store/tim-kerja-repository.js';
import { createKegiatanRepository } from '../adapters/store/kegiatan-repository.js';
import { createKoordinasiTimRepository } from '../adapters/store/koordinasi-tim-repository.js';
import type { Database } from '../adapters/store/schema.js';
import { createApiApp } from '../api/app.js';
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
}

export interface System {
  readonly db: Kysely<Database>;
  readonly organisasi: OrganisasiRepository;
  readonly penugasan: PenugasanRepository;
  readonly kasus: KasusRepository;
  /** What the topic handlers are given (also for tests that drive a handler by hand). */
  readonly workerDeps: WorkerDeps;
  /** The engine REST API as the technical admin user. */
  readonly engine: CamundaRest;
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
  const logger = options.logger ?? (config.log === 'silent' ? silentLogger : createConsoleLogger());
  const db = await openStore(options.store ?? config.store);
  const organisasi = createOrganisasiRepository(db);
  const penugasan = createPenugasanRepository(db);
  const permohonan = createPermohonanRepository(db);
  const hariIni = todayIn(config.zonaWaktu);
  const engine = new CamundaRest({ baseUrl: config.engine.restUrl, username: config.engine.adminUser, password: config.engine.adminPassword });

  const kasus = createKasusRepository(db);
  const timKerja = createTimKerjaRepository(db);
  const koordinasiTim = createKoordinasiTimRepository(db);
  const workerDeps: WorkerDeps = { organisasi, penugasan, permohonan, kasus, timKerja, kegiatan: createKegiatanRepository(db), koordinasiTim, history: engine, pesan: engine, hariIni };
  let workerClient: WorkerClient | undefined;
  if (options.workers !== false) {
    workerClient = createWorkerClient({
      baseUrl: config.engine.restUrl, username: config.engine.adminUser, password: config.engine.adminPassword,
      ...(config.workerId ? { workerId: config.workerId } : {}), logger,
      ...(options.workerLongPollMs !== undefined ? { asyncResponseTimeoutMs: options.workerLongPollMs } : {}),
    });
    registerTopics(workerClient, allTopics(workerDeps),
      Array.isArray(options.workers) ? { only: options.workers as readonly string[] } : {});
    workerClient.start();
  }

  let server: Server | undefined;
  if (options.api !== false) {
    const app = createApiApp({
      organisasi, penugasan, permohonan, kasus, timKerja, koordinasiTim, history: engine, engine, hariIni,
      grupDari: (userId) => engine.groupsOf(userId),
      zonaWaktu: config.zonaWaktu,
      identity: createIdentityDirectory(engine),
      initialPassword: config.demoPassword,
      verifyUser: (u, p) => engine.verifyUser(u, p),
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
    db, organisasi, penugasan, kasus, workerDeps, engine, workerClient,
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

/** Today's calendar date (YYYY-MM-DD) in the agency's time zone. */
export function todayIn(timeZone: string): () => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return () => format.format(new Date());
}
