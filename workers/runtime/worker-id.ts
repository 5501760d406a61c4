import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export const DEFAULT_WORKER_ID_PREFIX = 'sistem-kerja-';

/** The client library's default workerId; shared ids let two replicas complete each other's locks. */
export const LIBRARY_DEFAULT_WORKER_ID = 'some-random-id';

/**
 * A workerId unique per process: host and pid say where it runs, the random part keeps two clients
 * in one process (or a reused pid in a container) apart. The engine only checks that complete/failure
 * come from the workerId holding the lock (reference/camunda-platform.md §5 "Lock").
 */
export function createWorkerId(prefix: string = DEFAULT_WORKER_ID_PREFIX): string {
  return `${prefix}${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
}
