import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './bootstrap.js';

export const ENGINE_DIR = path.join(ROOT, 'engine');
export const ENGINE_JAR = path.join(ENGINE_DIR, 'target', 'sistem-kerja-engine.jar');

export function engineJarExists(): boolean {
  return existsSync(ENGINE_JAR);
}

/**
 * Builds the engine jar with Maven. `onLine` receives each output line (for progress); the whole log
 * goes to `logFile` so a failure can be read in full.
 */
export async function buildEngine(logFile: string, onLine: (line: string) => void): Promise<void> {
  await fs.mkdir(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn('mvn', ['-B', '-DskipTests', '-Dstyle.color=never', 'package'], { cwd: ENGINE_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  let rest = '';
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(onLine);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new Error('Maven (mvn) tidak ditemukan: pasang Maven 3.8+ dan Java 17.') : e));
    child.once('close', resolve);
  });
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) throw new Error(`Build engine gagal (kode ${code}); lihat ${logFile}`);
}

export interface EngineLaunch {
  readonly port: number;
  readonly dataDir: string;
  readonly adminUser: string;
  readonly adminPassword: string;
  readonly logFile: string;
  /** Extra environment, e.g. ENGINE_DB_URL for PostgreSQL. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningEngine {
  readonly process: ChildProcess;
  readonly restUrl: string;
  stop(): Promise<void>;
}

/** Starts the engine jar and resolves once /engine-rest/engine answers; rejects if it exits first. */
export async function startEngine(launch: EngineLaunch, timeoutMs = 180_000, onWait?: (seconds: number) => void): Promise<RunningEngine> {
  if (!engineJarExists()) throw new Error(`Engine belum dibangun: ${ENGINE_JAR} tidak ada (jalankan npm run engine:build).`);
  await fs.mkdir(launch.dataDir, { recursive: true });
  await fs.mkdir(path.dirname(launch.logFile), { recursive: true });
  const log = createWriteStream(launch.logFile, { flags: 'a' });
  const child = spawn('java', ['-Xms256m', '-Xmx1g', '-XX:TieredStopAtLevel=1', '-jar', ENGINE_JAR], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...launch.env,
      ENGINE_PORT: String(launch.port),
      ENGINE_DATA_DIR: launch.dataDir,
      ENGINE_ADMIN_USER: launch.adminUser,
      ENGINE_ADMIN_PASSWORD: launch.adminPassword,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  // If this Node process ends without stopping the engine (an uncaught error, process.exit), take it along.
  const orphanGuard = () => { if (child.exitCode === null) child.kill('SIGTERM'); };
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  const restUrl = `http://127.0.0.1:${launch.port}/engine-rest`;
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) => reject(new Error(`Engine berhenti saat mulai (kode ${code}); lihat ${launch.logFile}`)));
    child.once('error', reject);
  });
  const stop = () => stopProcess(child);
  try {
    await Promise.race([waitForEngine(restUrl, timeoutMs, onWait), exited]);
  } catch (e) {
    await stop();
    throw e;
  }
  exited.catch(() => undefined);
  return { process: child, restUrl, stop };
}

async function waitForEngine(restUrl: string, timeoutMs: number, onWait?: (seconds: number) => void): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${restUrl}/engine`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    const waited = Date.now() - started;
    if (waited > timeoutMs) throw new Error(`Engine tidak siap setelah ${Math.round(timeoutMs / 1000)} detik.`);
    onWait?.(Math.round(waited / 1000));
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** SIGTERM (Spring Boot shuts down gracefully), SIGKILL after 20 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}
