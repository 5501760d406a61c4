import { inject } from 'vitest';
import type { CamundaRest } from '../../src/adapters/camunda/camunda-rest.js';
import { loadConfig } from '../../src/config.js';
import { loadDemoIfEmpty, syncIdentities } from '../../src/cli/bootstrap.js';
import { opsiKataSandi, startSystem, type System } from '../../src/cli/system.js';

export const DEMO_PASSWORD = 'demo-uji-1234';
export const DEMO = {
  puo: '197204151998031005',
  jfSiti: '198807222012122003',
  jfBudi: '199203102019031004',
  unit: 'banten-diskominfo',
} as const;

/**
 * The system as npm start composes it, against the run's engine, with an in-memory store holding the
 * demo organisation (synced to Camunda identity). `workers` limits the topics served. Workers and API talk to
 * the engine as the technical users skworker and skapi (made by engine-global-setup), as in npm start.
 */
export async function startTestSystem(options: { workers?: boolean | readonly string[]; kredensialTtlMs?: number; apiTasklist?: boolean } = {}): Promise<System> {
  const engine = inject('engine');
  const config = loadConfig({
    ENGINE_URL: engine.restUrl,
    ENGINE_ADMIN_USER: engine.adminUser,
    ENGINE_ADMIN_PASSWORD: engine.adminPassword,
    // apiTasklist: the API on the port Tasklist's custom script calls (one such system at a time: engine files run in turn)
    SK_API_PORT: options.apiTasklist ? String(engine.apiPortTasklist) : '0',
    SK_DEMO_PASSWORD: DEMO_PASSWORD,
    SK_LOG: 'silent',
    SK_WORKER_PASSWORD: engine.workerPassword,
    SK_API_PASSWORD: engine.apiPassword,
  });
  const system = await startSystem({
    config, store: { kind: 'pglite-memory' }, workers: options.workers ?? true, workerLongPollMs: 2000,
    ...(options.kredensialTtlMs !== undefined ? { kredensialTtlMs: options.kredensialTtlMs } : {}),
  });
  await loadDemoIfEmpty(system.organisasi);
  await syncIdentities(system.engine, system.organisasi, opsiKataSandi(config));
  return system;
}

/** Polls until `probe` returns a value (not undefined) or the time is up. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Tidak terjadi dalam ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A penunjukan dalam unit the demo PUO may submit for Siti (the engine and browser tests share it). */
export const PERMOHONAN_DEMO = {
  pegawaiNip: DEMO.jfSiti,
  unitPemilikKinerjaId: DEMO.unit,
  uraianTugas: 'Menyusun dasbor statistik sektoral Provinsi Banten',
  targetKinerja: 'Dasbor statistik sektoral terbit di portal data',
  kompetensiDibutuhkan: ['Analisis data'],
  tanggalMulai: '2027-01-04',
  tanggalSelesai: '2027-03-31',
};

/** Waits until the process has completed and returns the id(s) of the end event(s) it reached. */
export function endOf(engine: CamundaRest, processInstanceId: string): Promise<string> {
  return eventually(async () => {
    const p = await engine.historicProcessInstance(processInstanceId);
    if (p.state !== 'COMPLETED') return undefined;
    const ends = (await engine.historicActivities(processInstanceId)).filter((a) => a.activityType.endsWith('EndEvent'));
    return ends.map((a) => a.activityId).join(',');
  }, `process ${processInstanceId} to end`);
}
