import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CamundaRest } from '../../src/adapters/camunda/camunda-rest.js';
import { kataSandiAcak } from '../../src/adapters/camunda/akun-teknis.js';
import { deployProcesses, siapkanIdentitas } from '../../src/cli/bootstrap.js';
import { buildEngine, engineJarExists, startEngine } from '../../src/cli/engine-process.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: { restUrl: string; adminUser: string; adminPassword: string; dataDir: string; workerPassword: string; apiPassword: string; apiPortTasklist: number };
  }
}

/**
 * One real engine for the whole run: a free port, a throwaway H2 database, the groups and the technical users
 * skworker and skapi with their least-privilege authorizations (as npm start makes them), bpmn/ deployed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sk-engine-test-'));
  if (!engineJarExists()) {
    console.log('[engine] jar belum ada, membangun dengan Maven ...');
    await buildEngine(path.join(dataDir, 'maven.log'), () => undefined);
  }
  const adminUser = 'admin';
  const adminPassword = `uji-${Math.random().toString(36).slice(2)}`;
  const started = Date.now();
  // The port where a browser test runs its API: the engine tells Tasklist's custom script this address
  // (SK_API_URL_PUBLIK) and lets it through the page's Content-Security-Policy (startTestSystem({ apiTasklist: true })).
  const apiPortTasklist = await freePort();
  const engine = await startEngine({
    port: await freePort(),
    dataDir: path.join(dataDir, 'engine'),
    adminUser,
    adminPassword,
    logFile: path.join(dataDir, 'engine.log'),
    env: { SK_API_URL_PUBLIK: `http://127.0.0.1:${apiPortTasklist}` },
  }, 360_000); // a loaded machine (parallel builds) can take over 3 min
  console.log(`[engine] siap di ${engine.restUrl} dalam ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${dataDir}/engine.log)`);
  const admin = new CamundaRest({ baseUrl: engine.restUrl, username: adminUser, password: adminPassword });
  const akun = { worker: kataSandiAcak(24), api: kataSandiAcak(24) };
  await siapkanIdentitas(admin, akun);
  await deployProcesses(admin);
  project.provide('engine', { restUrl: engine.restUrl, adminUser, adminPassword, dataDir, workerPassword: akun.worker, apiPassword: akun.api, apiPortTasklist });
  return async () => {
    await engine.stop();
    // SK_TEST_LOG_MESIN=<file>: keep the engine log of the run (for debugging a failing engine test)
    if (process.env.SK_TEST_LOG_MESIN) await fs.copyFile(path.join(dataDir, 'engine.log'), process.env.SK_TEST_LOG_MESIN);
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
