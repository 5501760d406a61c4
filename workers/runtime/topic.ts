import type { z } from 'zod';
import type { ExternalTask, TaskService } from './camunda-client.js';
import { executeTask } from './execute-task.js';
import type { Logger } from './logger.js';
import type { Outcome } from './outcome.js';
import { variableNamesOf } from './process-variables.js';
import { DEFAULT_RETRY_POLICY, assertValidRetryPolicy, type RetryPolicy } from './retry-policy.js';

export interface TaskContext {
  processInstanceId: string;
  businessKey: string | null;
  activityId: string;
  /** Stable across redeliveries of this task, new each time the activity runs again (a loop): an idempotency key. */
  activityInstanceId: string;
  taskId: string;
  workerId: string;
  /** Retries left including this attempt; 0 means a failure now becomes an incident. */
  retriesLeft: number;
  /** For long jobs: renew the lock so the task is not handed to another worker meanwhile. */
  extendLock(durationMs: number): Promise<void>;
}

export interface TopicDefinition<S extends z.ZodType> {
  /** The `camunda:topic` of the service task in the BPMN. */
  topic: string;
  /** Parsed once here; the handler trusts the result. A z.object limits fetching to its keys. */
  variables: S;
  lockDurationMs?: number;
  retries?: number;
  retryBackoffMs?: number;
  /**
   * The process variables a `complete` may set (the contract test checks that gateways read only variables
   * set before them). When declared, completing with any other variable is a technical failure.
   * `${name}` stands for the value of input variable `name` (generic topics configured per BPMN step).
   */
  outputs?: readonly string[];
  /**
   * The variables that configure this step (which list to read, which decision variable, prerequisites, tembusan,
   * ...): every service task of the topic must set each as a camunda:inputParameter (empty when unused), which
   * shadows a process variable a user could set (issue 8). test/contract checks the BPMN; the runtime refuses a task
   * where one is missing. Each must be a key of `variables` (or `variables` must fetch everything).
   */
  pengaturan?: readonly string[];
  maxRetryBackoffMs?: number;
  /** Returns the outcome; throws or rejects for technical failures, which are retried. */
  handle: (variables: z.output<S>, ctx: TaskContext) => Promise<Outcome> | Outcome;
}

/** What the runtime needs from a worker client to run a task. */
export interface TaskRuntime {
  workerId: string;
  logger: Logger;
}

/** A topic with its schema type erased, so topics of different shapes fit in one list. */
export interface Topic {
  readonly topic: string;
  readonly lockDurationMs: number | undefined;
  readonly variableNames: readonly string[] | undefined;
  readonly outputs: readonly string[] | undefined;
  /** The settings every step of this topic sets as input parameters (TopicDefinition.pengaturan). */
  readonly pengaturan: readonly string[];
  readonly retryPolicy: RetryPolicy;
  /** Never rejects: every path ends in an engine call or a logged failure of one. */
  run(task: ExternalTask, taskService: TaskService, runtime: TaskRuntime): Promise<void>;
}

export function defineTopic<S extends z.ZodType>(definition: TopicDefinition<S>): Topic {
  const { topic, lockDurationMs } = definition;
  if (!/^\S+$/.test(topic)) throw new Error(`defineTopic: topic name must be non-empty without spaces, got '${topic}'`);
  if (lockDurationMs !== undefined && !(Number.isInteger(lockDurationMs) && lockDurationMs > 0)) {
    throw new Error(`defineTopic(${topic}): lockDurationMs must be a positive integer`);
  }
  const retryPolicy: RetryPolicy = {
    retries: definition.retries ?? DEFAULT_RETRY_POLICY.retries,
    backoffMs: definition.retryBackoffMs ?? DEFAULT_RETRY_POLICY.backoffMs,
    maxBackoffMs: definition.maxRetryBackoffMs ?? Math.max(DEFAULT_RETRY_POLICY.maxBackoffMs, definition.retryBackoffMs ?? 0),
  };
  assertValidRetryPolicy(retryPolicy, `defineTopic(${topic})`);
  const variableNames = variableNamesOf(definition.variables);
  const pengaturan = definition.pengaturan ?? [];
  const tidakDiambil = variableNames ? pengaturan.filter((p) => !variableNames.includes(p)) : [];
  if (tidakDiambil.length > 0) throw new Error(`defineTopic(${topic}): pengaturan not among the fetched variables: ${tidakDiambil.join(', ')}`);
  return {
    topic,
    lockDurationMs,
    variableNames,
    outputs: definition.outputs,
    pengaturan,
    retryPolicy,
    run: (task, taskService, runtime) =>
      executeTask({ definition, retryPolicy, task, taskService, runtime }),
  };
}
