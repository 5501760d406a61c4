import {
  basicAuthInterceptor,
  newCamundaClient,
  type CamundaClient,
  type ExternalTask,
  type Interceptor,
  type SubscribeOptions,
  type TaskHandler,
  type TaskService,
} from './camunda-client.js';
import type { Logger } from './logger.js';
import type { Topic } from './topic.js';
import { resolveWorkerClientOptions, type WorkerClientOptions } from './worker-client-options.js';

export interface WorkerClient {
  readonly workerId: string;
  readonly logger: Logger;
  /** Topic names subscribed so far. */
  readonly topics: readonly string[];
  subscribe(topic: Topic): void;
  /** Starts long polling; a client is started once and stopped once. */
  start(): void;
  /** Stops polling and resolves when every handler in flight has settled. */
  stop(): Promise<void>;
}

/**
 * One external-task client per call, with its own unique workerId, Basic auth and long polling.
 * Polling starts only with `start()`, after the composition root has registered its topics.
 */
export function createWorkerClient(options: WorkerClientOptions): WorkerClient {
  const settings = resolveWorkerClientOptions(options);
  const { workerId, logger } = settings;
  const client = newCamundaClient({
    baseUrl: settings.baseUrl,
    workerId,
    maxTasks: settings.maxTasks,
    maxParallelExecutions: settings.maxTasks,
    lockDuration: settings.lockDurationMs,
    asyncResponseTimeout: settings.asyncResponseTimeoutMs,
    interval: settings.pollIntervalMs,
    autoPoll: false,
    usePriority: true,
    interceptors: [basicAuthInterceptor(settings.username, settings.password), requestTimeout(settings.requestTimeoutMs)],
  });
  logClientEvents(client, logger, workerId);

  const topics: string[] = [];
  const inFlight = new Set<Promise<void>>();
  // The fetchAndLock request open right now, if any. The library cannot cancel it, so stop() waits for it:
  // otherwise the engine would still lock a task for this workerId after the process is gone, and nobody
  // would handle it until the lock expired.
  let openPoll: { done: Promise<void>; end: () => void } | undefined;
  client.on('poll:start', () => {
    let end!: () => void;
    const done = new Promise<void>((resolve) => { end = resolve; });
    openPoll = { done, end };
  });
  const pollEnded = () => {
    openPoll?.end();
    openPoll = undefined;
  };
  client.on('poll:success', pollEnded);
  client.on('poll:error', pollEnded);
  let state: 'created' | 'polling' | 'stopped' = 'created';

  const track = (topic: string, run: () => Promise<void>): Promise<void> => {
    const tracked: Promise<void> = run()
      .catch((error: unknown) => logger.error('task execution rejected unexpectedly', { topic, workerId, error }))
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    return tracked;
  };

  const handlerFor = (topic: Topic): TaskHandler => ({ task, taskService }) =>
    track(topic.topic, () =>
      state === 'stopped'
        ? release(task, taskService, logger, workerId)
        : topic.run(task, taskService, { workerId, logger }),
    );

  return {
    workerId,
    logger,
    topics,
    subscribe(topic) {
      if (topics.includes(topic.topic)) {
        throw new Error(`topic '${topic.topic}' is already subscribed on worker ${workerId}`);
      }
      client.subscribe(topic.topic, subscribeOptions(topic), handlerFor(topic));
      // one line for all topics at start (polling started), not one per topic above npm start's ready banner
      topics.push(topic.topic);
    },
    start() {
      if (state !== 'created') throw new Error(`worker ${workerId} was already ${state}; create a new client instead`);
      if (topics.length === 0) logger.warn('polling without any subscribed topic', { workerId });
      state = 'polling';
      client.start();
      logger.info('polling started', { workerId, topics, baseUrl: settings.baseUrl });
    },
    async stop() {
      if (state !== 'stopped') {
        state = 'stopped';
        client.stop();
        logger.info('polling stopped, waiting for handlers in flight', { workerId, inFlight: inFlight.size });
      }
      if (openPoll) {
        const limit = settings.asyncResponseTimeoutMs + 5_000;
        await Promise.race([openPoll.done, new Promise((resolve) => setTimeout(resolve, limit).unref())]);
        // The client hands the delivered tasks to their handlers right after the poll ends.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Loop: tasks delivered by that last poll are released (unlocked) meanwhile.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      logger.info('worker stopped', { workerId });
    },
  };
}

function subscribeOptions(topic: Topic): SubscribeOptions {
  // The client spreads these over its defaults, so an explicit undefined would erase the lock duration.
  const options: SubscribeOptions = {};
  if (topic.lockDurationMs !== undefined) options.lockDuration = topic.lockDurationMs;
  if (topic.variableNames !== undefined) options.variables = [...topic.variableNames];
  return options;
}

/** A task that arrives after stop() (from a long poll already open) goes straight back to the engine. */
async function release(task: ExternalTask, taskService: TaskService, logger: Logger, workerId: string): Promise<void> {
  const fields = { topic: task.topicName, taskId: task.id, workerId };
  try {
    await taskService.unlock(task);
    logger.info('task fetched after stop was unlocked', fields);
  } catch (error) {
    logger.error('unlocking a task fetched after stop failed; it is handed out again after its lock expires', {
      ...fields,
      error,
    });
  }
}

function requestTimeout(ms: number): Interceptor {
  // got sets no timeout by default; a half-open long poll would otherwise hang (camunda-bpm-platform#3385).
  return (options) => ({ ...options, timeout: { request: ms } });
}

const POLL_ERROR_LOG_INTERVAL_MS = 30_000;

/** The client retries a failed poll every 300 ms with no backoff; log the first failure, then twice a minute. */
function logClientEvents(client: CamundaClient, logger: Logger, workerId: string): void {
  let consecutiveErrors = 0;
  let lastLoggedAt = 0;
  client.on('poll:error', (error) => {
    consecutiveErrors += 1;
    const now = Date.now();
    if (consecutiveErrors === 1 || now - lastLoggedAt >= POLL_ERROR_LOG_INTERVAL_MS) {
      lastLoggedAt = now;
      logger.warn('fetchAndLock failed; polling again', { workerId, consecutiveErrors, error });
    }
  });
  client.on('poll:success', () => {
    if (consecutiveErrors > 0) logger.info('fetchAndLock works again', { workerId, consecutiveErrors });
    consecutiveErrors = 0;
  });
  client.on('handler:error', (error) => {
    // Our handlers never reject; if this fires, the task stays locked until its lock expires.
    logger.error('handler rejected inside the client', { workerId, error });
  });
}
