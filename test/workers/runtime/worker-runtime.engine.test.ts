import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  bpmnError,
  complete,
  createWorkerClient,
  defineTopic,
  registerTopics,
  type TaskContext,
  type Topic,
  type WorkerClient,
} from '../../../workers/runtime/index.js';
import { sharedEngine, type TestEngine } from './engine-for-test.js';
import { createRecordingLogger } from './recording-logger.js';

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_uji_runtime"
    targetNamespace="http://sistem-kerja.go.id/uji">
  <bpmn:error id="Error_aturan" name="Aturan dilanggar" errorCode="ATURAN_DILANGGAR" />
  <bpmn:process id="uji_runtime" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="Mulai" />
    <bpmn:sequenceFlow id="Flow_ke_tugas" sourceRef="Mulai" targetRef="TugasUji" />
    <bpmn:serviceTask id="TugasUji" camunda:type="external" camunda:topic="uji-runtime" />
    <bpmn:sequenceFlow id="Flow_ke_selesai" sourceRef="TugasUji" targetRef="Selesai" />
    <bpmn:endEvent id="Selesai" />
    <bpmn:boundaryEvent id="AturanDilanggar" attachedToRef="TugasUji">
      <bpmn:errorEventDefinition errorRef="Error_aturan" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="Flow_ke_ditolak" sourceRef="AturanDilanggar" targetRef="SelesaiDitolak" />
    <bpmn:endEvent id="SelesaiDitolak" />
  </bpmn:process>
</bpmn:definitions>`;

const variablesSchema = z.object({ tanggalMulai: z.iso.date(), jumlahHari: z.number().int().positive() });
type Typed = { value: unknown; type: string };
const validVariables: Record<string, Typed> = {
  tanggalMulai: { value: '2026-01-05', type: 'String' },
  jumlahHari: { value: 3, type: 'Integer' },
};

let engine: TestEngine;
const clients: WorkerClient[] = [];
const instances: string[] = [];

beforeAll(async () => {
  engine = sharedEngine();
  const form = new FormData();
  form.append('deployment-name', 'uji-runtime');
  form.append('uji-runtime.bpmn', new Blob([BPMN], { type: 'application/xml' }), 'uji-runtime.bpmn');
  await engine.rest('/deployment/create', { body: form });
}, 120_000);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.stop()));
  // Leftover tasks would otherwise be fetched by the next test's handler.
  for (const id of instances.splice(0)) {
    await engine.rest(`/process-instance/${id}?skipCustomListeners=true`, { method: 'DELETE' }).catch(() => undefined);
  }
});


function startWorker(topic: Topic, overrides: { asyncResponseTimeoutMs?: number } = {}) {
  const logger = createRecordingLogger();
  const client = createWorkerClient({
    baseUrl: engine.baseUrl,
    username: engine.username,
    password: engine.password,
    asyncResponseTimeoutMs: overrides.asyncResponseTimeoutMs ?? 1_000,
    logger,
  });
  clients.push(client);
  registerTopics(client, [topic]);
  client.start();
  return { client, logger };
}

async function startInstance(variables: Record<string, Typed> = validVariables, businessKey = 'uji-1'): Promise<string> {
  const started = await engine.rest<{ id: string }>('/process-definition/key/uji_runtime/start', {
    json: { variables, businessKey },
  });
  instances.push(started.id);
  return started.id;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function waitUntilEnded(processInstanceId: string): Promise<void> {
  await waitFor('process end', async () => {
    const instance = await engine.rest<{ state: string }>(`/history/process-instance/${processInstanceId}`);
    return instance.state === 'COMPLETED' ? true : undefined;
  });
}

async function historyVariables(processInstanceId: string) {
  const rows = await engine.rest<{ name: string; type: string; value: unknown }[]>(
    `/history/variable-instance?processInstanceId=${processInstanceId}&deserializeValues=false&maxResults=100`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, { type: row.type, value: row.value }]));
}

async function waitForIncident(processInstanceId: string): Promise<{ incidentMessage: string }> {
  return waitFor('incident', async () => {
    const incidents = await engine.rest<{ incidentMessage: string }[]>(
      `/incident?processInstanceId=${processInstanceId}&maxResults=10`,
    );
    return incidents[0];
  });
}

interface ExternalTaskRow {
  id: string;
  retries: number | null;
  errorMessage: string | null;
  workerId: string | null;
}

async function externalTaskOf(processInstanceId: string): Promise<ExternalTaskRow> {
  const tasks = await engine.rest<ExternalTaskRow[]>(`/external-task?processInstanceId=${processInstanceId}&maxResults=10`);
  if (tasks[0] === undefined) throw new Error(`no external task for ${processInstanceId}`);
  return tasks[0];
}

describe('worker runtime against a real engine', () => {
  it('given valid variables, when the handler completes with variables, then the process ends with them in history', async () => {
    const seen: { vars: unknown; ctx: TaskContext; lockedBy: string | null }[] = [];
    const topic = defineTopic({
      topic: 'uji-runtime',
      // loose: unknown variables would show up here if the worker fetched more than the schema names
      variables: z.looseObject(variablesSchema.shape),
      handle: async (vars, ctx) => {
        const lockedBy = (await engine.rest<ExternalTaskRow>(`/external-task/${ctx.taskId}`)).workerId;
        seen.push({ vars, ctx, lockedBy });
        return complete({ disetujui: true, ringkasan: { hari: vars.jumlahHari, catatan: ['a', 'b'] } });
      },
    });
    const { client } = startWorker(topic);

    const id = await startInstance({ ...validVariables, rahasia: { value: 'tidak diambil', type: 'String' } }, 'bk-7');
    await waitUntilEnded(id);

    expect(seen).toHaveLength(1);
    expect(seen[0]?.vars).toEqual({ tanggalMulai: '2026-01-05', jumlahHari: 3 });
    expect(seen[0]?.ctx).toMatchObject({ processInstanceId: id, businessKey: 'bk-7', activityId: 'TugasUji', workerId: client.workerId, retriesLeft: 3 });
    expect(seen[0]?.lockedBy).toBe(client.workerId);
    const variables = await historyVariables(id);
    expect(variables.disetujui).toEqual({ type: 'Boolean', value: true });
    expect(variables.ringkasan?.type).toBe('Json');
    expect(JSON.parse(String(variables.ringkasan?.value))).toEqual({ hari: 3, catatan: ['a', 'b'] });
  }, 30_000);

  it('given a business-rule violation, when the handler returns bpmnError, then the boundary path is taken with the error variables', async () => {
    const topic = defineTopic({
      topic: 'uji-runtime',
      variables: variablesSchema,
      handle: () => bpmnError('ATURAN_DILANGGAR', 'Jumlah hari melebihi batas', { alasanPenolakan: 'melebihi batas' }),
    });
    startWorker(topic);

    const id = await startInstance();
    await waitUntilEnded(id);

    const activities = await engine.rest<{ activityId: string }[]>(
      `/history/activity-instance?processInstanceId=${id}&maxResults=100`,
    );
    const ids = activities.map((activity) => activity.activityId);
    expect(ids).toContain('AturanDilanggar');
    expect(ids).toContain('SelesaiDitolak');
    expect(ids).not.toContain('Selesai');
    expect((await historyVariables(id)).alasanPenolakan).toEqual({ type: 'String', value: 'melebihi batas' });
  }, 30_000);

  it('given retries 3, when the handler throws, then the task is failed with retries 2, our message and the stack as details', async () => {
    const topic = defineTopic({
      topic: 'uji-runtime',
      variables: variablesSchema,
      retryBackoffMs: 60_000,
      handle: () => Promise.reject(new Error('Layanan kepegawaian tidak menjawab')),
    });
    startWorker(topic);

    const id = await startInstance();
    const task = await waitFor('failure', async () => {
      const row = await externalTaskOf(id);
      return row.retries === null ? undefined : row;
    });

    expect(task.retries).toBe(2);
    expect(task.errorMessage).toBe('Layanan kepegawaian tidak menjawab');
    const details = await engine.rest<string>(`/external-task/${task.id}/errorDetails`, { accept: 'text/plain' });
    expect(details).toContain('worker-runtime.engine.test.ts');
    const incidents = await engine.rest<unknown[]>(`/incident?processInstanceId=${id}&maxResults=10`);
    expect(incidents).toHaveLength(0);
  }, 30_000);

  it('given retries 1, when the handler throws, then an incident carries our message', async () => {
    const topic = defineTopic({
      topic: 'uji-runtime',
      variables: variablesSchema,
      retries: 1,
      handle: () => Promise.reject(new Error('Data pegawai tidak ditemukan')),
    });
    startWorker(topic);

    const id = await startInstance();

    expect((await waitForIncident(id)).incidentMessage).toBe('Data pegawai tidak ditemukan');
    expect((await externalTaskOf(id)).retries).toBe(0);
  }, 30_000);

  it('given retries 2 and a short backoff, when the handler keeps throwing, then it is redelivered with fewer retries until an incident', async () => {
    const retriesSeen: number[] = [];
    const topic = defineTopic({
      topic: 'uji-runtime',
      variables: variablesSchema,
      retries: 2,
      retryBackoffMs: 200,
      handle: (_vars, ctx) => {
        retriesSeen.push(ctx.retriesLeft);
        return Promise.reject(new Error(`percobaan dengan sisa ${ctx.retriesLeft}`));
      },
    });
    startWorker(topic);

    const id = await startInstance();

    expect((await waitForIncident(id)).incidentMessage).toBe('percobaan dengan sisa 1');
    expect(retriesSeen).toEqual([2, 1]);
  }, 30_000);

  it('given invalid variables, when the task is fetched, then an incident names the field and the handler is not called', async () => {
    let called = false;
    const topic = defineTopic({
      topic: 'uji-runtime',
      variables: variablesSchema,
      handle: () => {
        called = true;
        return complete();
      },
    });
    const { logger } = startWorker(topic);

    const id = await startInstance({ tanggalMulai: { value: 'kemarin', type: 'String' }, jumlahHari: { value: 2, type: 'Integer' } });

    const incident = await waitForIncident(id);
    expect(incident.incidentMessage).toMatch(/^Variabel proses tidak valid: tanggalMulai: /);
    expect(incident.incidentMessage).not.toContain('jumlahHari');
    expect(called).toBe(false);
    expect(logger.entries.some((entry) => entry.level === 'error' && entry.fields.topic === 'uji-runtime')).toBe(true);
  }, 30_000);

  it('given a handler in flight, when stop() is called, then it resolves only after the handler and its complete finished', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let handlerStarted = false;
    let handlerFinished = false;
    const topic = defineTopic({
      topic: 'uji-runtime',
      variables: variablesSchema,
      handle: async () => {
        handlerStarted = true;
        await gate;
        handlerFinished = true;
        return complete({ selesaiSaatBerhenti: true });
      },
    });
    const { client } = startWorker(topic);
    const id = await startInstance();
    await waitFor('handler start', () => Promise.resolve(handlerStarted ? true : undefined));

    let stopped = false;
    const stopping = client.stop().then(() => (stopped = true));
    await sleep(500);
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(handlerFinished).toBe(true);
    const instance = await engine.rest<{ state: string }>(`/history/process-instance/${id}`);
    expect(instance.state).toBe('COMPLETED');
  }, 30_000);

  it('given the lock is lost while handling, when complete fails, then the failure is logged with topic, task and worker and nothing is thrown', async () => {
    const topic = defineTopic({
      topic: 'uji-runtime',
      variables: variablesSchema,
      handle: async (_vars, ctx) => {
        await engine.rest(`/process-instance/${ctx.processInstanceId}`, { method: 'DELETE' });
        return complete({ terlambat: true });
      },
    });
    const { client, logger } = startWorker(topic);

    await startInstance();
    const failures = await waitFor('logged failures', () => {
      const errors = logger.entries.filter((entry) => entry.level === 'error' && entry.fields.call !== undefined);
      return Promise.resolve(errors.length >= 2 ? errors : undefined);
    });

    expect(failures.map((entry) => entry.fields.call)).toEqual(['complete', 'handleFailure']);
    for (const entry of failures) {
      expect(entry.fields).toMatchObject({ topic: 'uji-runtime', workerId: client.workerId });
      expect(entry.fields.taskId).toEqual(expect.any(String));
    }
  }, 30_000);
});
