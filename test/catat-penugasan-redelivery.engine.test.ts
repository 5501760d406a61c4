import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catatPenugasanKasus } from '../src/application/kasus/langkah.js';
import type { System } from '../src/cli/system.js';
import { catatPenugasanKasusTopic } from '../workers/catat-penugasan-kasus/handler.js';
import type { WorkerDeps } from '../workers/shared/deps.js';
import { allTopics } from '../workers/topics.js';
import { createWorkerClient, registerTopics, silentLogger, type WorkerClient } from '../workers/runtime/index.js';
import { apiAs } from './support/api-client.js';
import { DEMO, DEMO_PASSWORD, eventually, startTestSystem } from './support/system-for-test.js';

const lockedTask = z.array(z.object({
  id: z.string(),
  processInstanceId: z.string(),
  variables: z.record(z.string(), z.object({ value: z.unknown(), type: z.string() })),
}));

describe('catat-penugasan-kasus (F1) redelivered after a worker died mid-task (at-least-once)', () => {
  let system: System;
  let secondWorker: WorkerClient | undefined;

  beforeAll(async () => {
    // Every topic is served except catat-penugasan-kasus: its first delivery goes to a worker that dies.
    const semua = allTopics({} as WorkerDeps).map((t) => t.topic).filter((t) => t !== 'catat-penugasan-kasus');
    system = await startTestSystem({ workers: semua });
  });
  afterAll(async () => {
    await secondWorker?.stop();
    await system?.stop();
  });

  it('records the penugasan once although the task is handled twice', async () => {
    // given an approved penunjukan whose catat-penugasan-kasus task is waiting
    const asPuo = apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD });
    const started = await asPuo('POST', '/api/penunjukan', {
      pegawaiNip: DEMO.jfBudi, unitPemilikKinerjaId: DEMO.unit, uraianTugas: 'Menyusun neraca data statistik sektoral',
      targetKinerja: 'Neraca data terbit', kompetensiDibutuhkan: ['Statistik'], tanggalMulai: '2027-02-01', tanggalSelesai: '2027-02-28',
    });
    const pid = (started.body as { processInstanceId: string }).processInstanceId;
    const puo = system.engine.as(DEMO.puo, DEMO_PASSWORD);
    const task = await eventually(async () => (await puo.tasks({ processInstanceId: pid }))[0], 'the PUO task');
    await puo.completeTask(task.id, { keputusan: 'SETUJU' });

    // when a first worker locks it, writes the penugasan and dies before completing
    const [delivery] = await eventually(async () => {
      const locked = await system.engine.request('POST', '/external-task/fetchAndLock', {
        body: { workerId: 'pekerja-yang-mati', maxTasks: 1, topics: [{ topicName: 'catat-penugasan-kasus', lockDuration: 1500, processDefinitionKey: 'penunjukan-dalam-unit' }] },
        schema: lockedTask,
      });
      return locked.find((t) => t.processInstanceId === pid) ? locked : undefined;
    }, 'catat-penugasan-kasus to be fetchable');
    const businessKey = (started.body as { businessKey: string }).businessKey;
    expect(delivery!.processInstanceId).toBe(pid);
    await catatPenugasanKasus(system.workerDeps, { kunciKasus: businessKey, processInstanceId: pid }, {
      bentuk: 'PENUNJUKAN', ruangLingkup: 'DALAM_UNIT', status: 'DITETAPKAN', penetap: 'pimpinanUnitNip', daftarDari: null,
      keputusanWajib: 'Tugas_TetapkanPenunjukan:SETUJU:pimpinanUnitNip',
    });

    // and the lock runs out, so a second worker receives the same task
    secondWorker = createWorkerClient({
      baseUrl: system.engine.credentials.baseUrl, username: system.engine.credentials.username,
      password: system.engine.credentials.password, asyncResponseTimeoutMs: 1000, logger: silentLogger,
    });
    registerTopics(secondWorker, [catatPenugasanKasusTopic(system.workerDeps)]);
    secondWorker.start();

    // then the process completes, and the store holds exactly one penugasan and one audit entry for it
    await eventually(async () => ((await system.engine.historicProcessInstance(pid)).state === 'COMPLETED' ? true : undefined),
      'the process to complete after redelivery');
    const rows = await system.db.selectFrom('penugasan').selectAll().where('process_instance_id', '=', pid).execute();
    expect(rows).toHaveLength(1);
    // (the decision and the surat penugasan have their own audit entries)
    const audit = await system.db.selectFrom('audit_log').selectAll().where('process_instance_id', '=', pid).where('aksi', 'like', 'PENUGASAN_%').execute();
    expect(audit).toHaveLength(1);
    const history = await system.engine.historicVariables(pid);
    expect(history.penugasanBaruDicatat).toBe(0);
  });
});
