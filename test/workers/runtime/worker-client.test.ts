import { setTimeout as sleep } from 'node:timers/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  complete,
  createWorkerClient,
  defineTopic,
  registerTopics,
  silentLogger,
  type WorkerClient,
} from '../../../workers/runtime/index.js';
import { createRecordingLogger } from './recording-logger.js';

const options = { baseUrl: 'http://127.0.0.1:9/engine-rest', username: 'admin', password: 'rahasia', logger: silentLogger };
const topic = (name: string) =>
  defineTopic({ topic: name, variables: z.object({ a: z.string(), b: z.number() }), handle: () => complete() });

describe('workerId', () => {
  it('given two clients in one process, then their workerIds differ and neither is the library default', () => {
    const first = createWorkerClient(options);
    const second = createWorkerClient(options);

    expect(first.workerId).not.toBe(second.workerId);
    for (const { workerId } of [first, second]) {
      expect(workerId).not.toBe('some-random-id');
      expect(workerId).toMatch(new RegExp(`^sistem-kerja-${hostname()}-${process.pid}-[0-9a-f]{8}$`));
    }
  });

  it('given the library default as workerId, then creating the client fails', () => {
    expect(() => createWorkerClient({ ...options, workerId: 'some-random-id' })).toThrow(/library default/);
  });

  it('given a long poll over the engine maximum, then creating the client fails', () => {
    expect(() => createWorkerClient({ ...options, asyncResponseTimeoutMs: 1_800_001 })).toThrow(/asyncResponseTimeoutMs/);
  });
});

describe('registerTopics', () => {
  it('given no restriction, then every topic is subscribed', () => {
    const client = createWorkerClient(options);
    expect(registerTopics(client, [topic('hitung-a'), topic('hitung-b')])).toEqual(['hitung-a', 'hitung-b']);
    expect(client.topics).toEqual(['hitung-a', 'hitung-b']);
  });

  it('given only, then just that subset is subscribed', () => {
    const client = createWorkerClient(options);
    registerTopics(client, [topic('hitung-a'), topic('hitung-b')], { only: ['hitung-b'] });
    expect(client.topics).toEqual(['hitung-b']);
  });

  it('given an unknown name in only, then it throws naming it and subscribes nothing', () => {
    const client = createWorkerClient(options);
    expect(() => registerTopics(client, [topic('hitung-a')], { only: ['hitung-x'] })).toThrow(
      "registerTopics: unknown topic(s) in 'only': hitung-x; known: hitung-a",
    );
    expect(client.topics).toEqual([]);
  });

  it('given the same topic twice, then it throws and subscribes nothing', () => {
    const client = createWorkerClient(options);
    expect(() => registerTopics(client, [topic('hitung-a'), topic('hitung-a')])).toThrow(/subscribed twice: hitung-a/);
    expect(client.topics).toEqual([]);
  });

  it('given a topic already subscribed on the client, then registering it again throws', () => {
    const client = createWorkerClient(options);
    registerTopics(client, [topic('hitung-a')]);
    expect(() => registerTopics(client, [topic('hitung-a')])).toThrow(/subscribed twice: hitung-a/);
    expect(() => client.subscribe(topic('hitung-a'))).toThrow(/already subscribed/);
  });
});

/** A stand-in for /engine-rest that records requests and lets each test script fetchAndLock. */
async function fakeEngine(fetchAndLock: (body: Record<string, unknown>, response: ServerResponse) => void) {
  const requests: { url: string; authorization?: string; body: Record<string, unknown> }[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const body = (raw === '' ? {} : JSON.parse(raw)) as Record<string, unknown>;
      requests.push({ url: request.url ?? '', authorization: request.headers.authorization, body });
      if (request.url?.endsWith('/fetchAndLock')) fetchAndLock(body, response);
      else response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { baseUrl: `http://127.0.0.1:${address.port}/engine-rest`, requests, close };
}

const json = (response: ServerResponse, status: number, value: unknown) =>
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));

describe('polling', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('given a failing then recovering engine, when polling, then it sends auth, workerId, long polling and variable names, and logs the failure and recovery', async () => {
    let calls = 0;
    const engine = await fakeEngine((_body, response) => (++calls === 1 ? json(response, 500, { message: 'mati' }) : json(response, 200, [])));
    cleanups.push(engine.close);
    const logger = createRecordingLogger();
    const client: WorkerClient = createWorkerClient({ ...options, baseUrl: engine.baseUrl, asyncResponseTimeoutMs: 20_000, logger });
    cleanups.push(() => client.stop());
    registerTopics(client, [topic('hitung-a')]);

    client.start();
    await waitUntil(() => logger.entries.some((entry) => entry.message === 'fetchAndLock works again'));

    const first = engine.requests[0];
    expect(first?.authorization).toBe(`Basic ${Buffer.from('admin:rahasia').toString('base64')}`);
    expect(first?.body).toMatchObject({
      workerId: client.workerId,
      asyncResponseTimeout: 20_000,
      topics: [{ topicName: 'hitung-a', lockDuration: 60_000, variables: ['a', 'b'] }],
    });
    const warning = logger.entries.find((entry) => entry.level === 'warn');
    expect(warning).toMatchObject({ message: 'fetchAndLock failed; polling again', fields: { workerId: client.workerId, consecutiveErrors: 1 } });
  });

  it('given a long poll still open at stop(), when it then delivers a task, then stop() waits for it and the task is unlocked, not handled', async () => {
    let pending: ServerResponse | undefined;
    const engine = await fakeEngine((_body, response) => (pending ??= response));
    cleanups.push(engine.close);
    let handled = false;
    const client = createWorkerClient({ ...options, baseUrl: engine.baseUrl, logger: silentLogger });
    client.subscribe(defineTopic({ topic: 'hitung-a', variables: z.object({}), handle: () => ((handled = true), complete()) }));
    client.start();
    await waitUntil(() => pending !== undefined);

    let stopped = false;
    const stopping = client.stop().then(() => { stopped = true; });
    await sleep(100);
    expect(stopped).toBe(false); // the open poll could still lock a task for this workerId
    json(pending as ServerResponse, 200, [lockedTask('task-1', 'hitung-a')]);
    await stopping;

    expect(engine.requests.some((request) => request.url.endsWith('/external-task/task-1/unlock'))).toBe(true);
    expect(handled).toBe(false);
    expect(() => client.start()).toThrow(/already stopped/);
  });
});

function lockedTask(id: string, topicName: string) {
  return {
    id, topicName, workerId: 'x', activityId: 'A', activityInstanceId: 'A:1', executionId: 'e', processInstanceId: 'p',
    processDefinitionId: 'd', processDefinitionKey: 'k', businessKey: null, retries: null, variables: {},
  };
}

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}
