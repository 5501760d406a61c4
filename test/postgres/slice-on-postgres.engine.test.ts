import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { deployProcesses, loadDemoIfEmpty, siapkanIdentitas, syncIdentities } from '../../src/cli/bootstrap.js';
import { kataSandiAcak } from '../../src/adapters/camunda/akun-teknis.js';
import { CamundaRest } from '../../src/adapters/camunda/camunda-rest.js';
import { startEngine, type RunningEngine } from '../../src/cli/engine-process.js';
import { opsiKataSandi, startSystem, type System } from '../../src/cli/system.js';
import { apiAs } from '../support/api-client.js';
import { freePort } from '../support/free-port.js';
import { jdbcOf, throwawayDatabase } from '../support/postgres.js';
import { DEMO, DEMO_PASSWORD, eventually } from '../support/system-for-test.js';

/** The production path: the engine and the store both on PostgreSQL (throwaway databases). */
describe('penunjukan dalam unit with engine and store on PostgreSQL', () => {
  const cleanup: (() => Promise<void>)[] = [];
  let engine: RunningEngine;
  let system: System;
  let storeUrl: string;
  let engineDbUrl: string;

  beforeAll(async () => {
    const engineDb = await throwawayDatabase('sk_engine_uji');
    cleanup.push(engineDb.drop);
    engineDbUrl = engineDb.url;
    const storeDb = await throwawayDatabase('sk_store_uji');
    cleanup.push(storeDb.drop);
    storeUrl = storeDb.url;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sk-pg-engine-'));
    cleanup.push(() => fs.rm(dir, { recursive: true, force: true }));
    const port = await freePort();
    engine = await startEngine({
      port, dataDir: path.join(dir, 'unused-h2'), adminUser: 'admin', adminPassword: 'uji-pg-admin',
      logFile: path.join(dir, 'engine.log'), env: jdbcOf(engineDb.url),
    });
    cleanup.unshift(() => engine.stop());
    const akun = { worker: kataSandiAcak(24), api: kataSandiAcak(24) };
    // PostgreSQL would mean production; this slice checks the storage, with the demo organisation and password.
    const config = loadConfig({
      SK_MODE: 'demo', ENGINE_URL: engine.restUrl, ENGINE_ADMIN_PASSWORD: 'uji-pg-admin', SK_STORE_URL: storeUrl,
      SK_API_PORT: '0', SK_LOG: 'silent', SK_DEMO_PASSWORD: DEMO_PASSWORD, SK_WORKER_PASSWORD: akun.worker, SK_API_PASSWORD: akun.api,
    });
    await siapkanIdentitas(new CamundaRest({ baseUrl: engine.restUrl, username: 'admin', password: 'uji-pg-admin' }), akun);
    system = await startSystem({ config });
    cleanup.unshift(() => system.stop());
    await deployProcesses(system.engine);
    await loadDemoIfEmpty(system.organisasi);
    await syncIdentities(system.engine, system.organisasi, opsiKataSandi(config));
  }, 240_000);

  afterAll(async () => {
    for (const step of cleanup) await step();
  }, 60_000);

  it('the engine keeps its tables in PostgreSQL, and an approved penunjukan lands in the PostgreSQL store', async () => {
    const asPuo = apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD });
    const started = await asPuo('POST', '/api/penunjukan', {
      pegawaiNip: DEMO.jfSiti, unitPemilikKinerjaId: DEMO.unit, uraianTugas: 'Mengembangkan layanan data terbuka',
      targetKinerja: 'Portal data terbuka diperbarui', kompetensiDibutuhkan: ['Pengembangan aplikasi'],
      tanggalMulai: '2027-04-01', tanggalSelesai: '2027-06-30',
    });
    expect(started.status).toBe(201);
    const pid = (started.body as { processInstanceId: string }).processInstanceId;
    const puo = system.engine.as(DEMO.puo, DEMO_PASSWORD);
    const task = await eventually(async () => (await puo.tasks({ processInstanceId: pid }))[0], 'the PUO task');
    await puo.completeTask(task.id, { keputusan: 'SETUJU' });
    await eventually(async () => ((await system.engine.historicProcessInstance(pid)).state === 'COMPLETED' ? true : undefined), 'completion');

    const store = await query<{ status: string; tanggal_mulai: string }>(storeUrl,
      "select status, to_char(tanggal_mulai, 'YYYY-MM-DD') as tanggal_mulai from penugasan where process_instance_id = $1", [pid]);
    expect(store).toEqual([{ status: 'DITETAPKAN', tanggal_mulai: '2027-04-01' }]);
    const history = await query<{ state_: string }>(engineDbUrl, 'select state_ from act_hi_procinst where id_ = $1', [pid]);
    expect(history).toEqual([{ state_: 'COMPLETED' }]);
  });
});

async function query<T>(url: string, text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
