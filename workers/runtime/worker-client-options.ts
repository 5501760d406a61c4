import type { Logger } from './logger.js';
import { LIBRARY_DEFAULT_WORKER_ID, createWorkerId } from './worker-id.js';

export interface WorkerClientOptions {
  /** REST root of the engine, e.g. http://127.0.0.1:8080/engine-rest */
  baseUrl: string;
  username: string;
  password: string;
  /** Unique per process; by default `sistem-kerja-<host>-<pid>-<8 hex>`. */
  workerId?: string;
  /** Tasks fetched per poll, and the cap on handlers running at once. Default 10. */
  maxTasks?: number;
  /** Lock for topics that set none. Default 60 000 ms. */
  lockDurationMs?: number;
  /** Long polling: the engine holds fetchAndLock open this long. Default 20 000 ms, 0 turns it off. */
  asyncResponseTimeoutMs?: number;
  /** Client-side limit per HTTP request, so a half-open connection cannot hang polling forever. */
  requestTimeoutMs?: number;
  /**
   * Pause after each fetchAndLock answer (or failure) before the next one. Default 20 ms: with long polling an idle
   * poll waits in the engine anyway, and the library's 300 ms capped a busy worker at maxTasks per 300 ms (issue 13).
   */
  pollIntervalMs?: number;
  logger: Logger;
}

export interface WorkerClientSettings {
  baseUrl: string;
  username: string;
  password: string;
  workerId: string;
  maxTasks: number;
  lockDurationMs: number;
  asyncResponseTimeoutMs: number;
  requestTimeoutMs: number;
  pollIntervalMs: number;
  logger: Logger;
}

/** The engine rejects longer long polls (FetchAndLockHandlerImpl.MAX_REQUEST_TIMEOUT). */
export const MAX_ASYNC_RESPONSE_TIMEOUT_MS = 1_800_000;

export function resolveWorkerClientOptions(options: WorkerClientOptions): WorkerClientSettings {
  const problems: string[] = [];
  if (!/^https?:\/\/\S+$/.test(options.baseUrl)) problems.push(`baseUrl must be an http(s) URL, got '${options.baseUrl}'`);
  if (!options.username || !options.password) problems.push('username and password are required');
  if (options.workerId !== undefined && !/^\S+$/.test(options.workerId)) problems.push('workerId must be non-empty without spaces');
  if (options.workerId === LIBRARY_DEFAULT_WORKER_ID) problems.push(`workerId '${LIBRARY_DEFAULT_WORKER_ID}' is the library default and not unique`);

  const settings: WorkerClientSettings = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    username: options.username,
    password: options.password,
    workerId: options.workerId ?? createWorkerId(),
    maxTasks: options.maxTasks ?? 10,
    lockDurationMs: options.lockDurationMs ?? 60_000,
    asyncResponseTimeoutMs: options.asyncResponseTimeoutMs ?? 20_000,
    requestTimeoutMs: options.requestTimeoutMs ?? (options.asyncResponseTimeoutMs ?? 20_000) + 30_000,
    pollIntervalMs: options.pollIntervalMs ?? 20,
    logger: options.logger,
  };
  checkInteger(problems, 'maxTasks', settings.maxTasks, 1, 2_000);
  checkInteger(problems, 'lockDurationMs', settings.lockDurationMs, 1, Number.MAX_SAFE_INTEGER);
  checkInteger(problems, 'asyncResponseTimeoutMs', settings.asyncResponseTimeoutMs, 0, MAX_ASYNC_RESPONSE_TIMEOUT_MS);
  checkInteger(problems, 'pollIntervalMs', settings.pollIntervalMs, 0, 60_000);
  checkInteger(problems, 'requestTimeoutMs', settings.requestTimeoutMs, settings.asyncResponseTimeoutMs + 1, Number.MAX_SAFE_INTEGER);
  if (problems.length > 0) throw new Error(`createWorkerClient: ${problems.join('; ')}`);
  return settings;
}

function checkInteger(problems: string[], name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
}
