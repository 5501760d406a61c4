// Starts the real engine jar on a free port with a throw-away H2 directory. Meant to be replaced by a
// shared global setup later, so it stays small: start, a REST helper, stop.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const JAR = fileURLToPath(new URL('../../../engine/target/sistem-kerja-engine.jar', import.meta.url));

export interface RestInit {
  method?: string;
  json?: unknown;
  body?: FormData;
  accept?: string;
}

export interface TestEngine {
  /** e.g. http://127.0.0.1:41234/engine-rest */
  baseUrl: string;
  username: string;
  password: string;
  /** Calls the REST API as admin; JSON answers are parsed, others returned as text; rejects on non-2xx. */
  rest<T = unknown>(path: string, init?: RestInit): Promise<T>;
  stop(): Promise<void>;
}

export async function startEngine(timeoutMs = 110_000): Promise<TestEngine> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'sistem-kerja-engine-'));
  const username = 'admin';
  const password = process.env.ENGINE_ADMIN_PASSWORD ?? 'admin-dev';
  const java = spawn('java', ['-XX:TieredStopAtLevel=1', '-jar', JAR], {
    env: { ...process.env, ENGINE_PORT: String(port), ENGINE_DATA_DIR: dataDir, ENGINE_ADMIN_PASSWORD: password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  java.stdout.on('data', keep);
  java.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => java.once('exit', () => resolve()));

  const baseUrl = `http://127.0.0.1:${port}/engine-rest`;
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const rest = async <T>(path: string, init: RestInit = {}): Promise<T> => {
    const headers: Record<string, string> = { authorization, accept: init.accept ?? 'application/json' };
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const method = init.method ?? (init.json === undefined && init.body === undefined ? 'GET' : 'POST');
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: init.body ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    return (isJson && text !== '' ? JSON.parse(text) : text) as T;
  };

  const stop = async () => {
    if (java.exitCode === null && java.signalCode === null) {
      java.kill('SIGTERM');
      const killLater = setTimeout(() => java.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killLater);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (java.exitCode !== null) {
      await stop();
      throw new Error(`engine exited with ${java.exitCode} before it was up:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`engine not up after ${timeoutMs} ms:\n${output}`);
    }
    try {
      await rest('/engine');
      return { baseUrl, username, password, rest, stop };
    } catch {
      await sleep(500);
    }
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
