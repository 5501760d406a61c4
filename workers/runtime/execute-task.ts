import type { z } from 'zod';
import { toVariables, type ExternalTask, type TaskService } from './camunda-client.js';
import type { LogFields } from './logger.js';
import { galatPenyimpanan } from './galat-penyimpanan.js';
import { isOutcome, type Outcome } from './outcome.js';
import { parseVariables } from './process-variables.js';
import { nextAttempt, retriesLeft, type RetryPolicy } from './retry-policy.js';
import type { TaskContext, TaskRuntime, TopicDefinition } from './topic.js';

/** The engine keeps 666 characters of an incident message; leave room for the prefix. */
export const MAX_ERROR_MESSAGE_LENGTH = 600;

interface Execution<S extends z.ZodType> {
  definition: TopicDefinition<S>;
  retryPolicy: RetryPolicy;
  task: ExternalTask;
  taskService: TaskService;
  runtime: TaskRuntime;
}

/**
 * Runs one locked task to one outcome call: complete, handleBpmnError or handleFailure (the latter
 * also when the engine refuses the first two). Never rejects: a failed engine call is logged, the lock
 * expires and the engine hands the task out again (at-least-once, so side effects are idempotent).
 */
export async function executeTask<S extends z.ZodType>(execution: Execution<S>): Promise<void> {
  const { definition, task, taskService, runtime } = execution;
  const fields: LogFields = {
    topic: definition.topic,
    taskId: task.id,
    processInstanceId: task.processInstanceId,
    workerId: runtime.workerId,
  };

  const parsed = parseVariables(definition.variables, () => task.variables.getAll(), definition.pengaturan);
  if (!parsed.ok) {
    runtime.logger.error('invalid process variables, raising an incident', { ...fields, reason: parsed.message });
    const options = { errorMessage: truncate(parsed.message), errorDetails: parsed.details, retries: 0, retryTimeout: 0 };
    await call('handleFailure', () => taskService.handleFailure(task, options), execution, fields, REDELIVERED);
    return;
  }

  let outcome: Outcome;
  try {
    outcome = await definition.handle(parsed.value, contextOf(execution));
    if (!isOutcome(outcome)) throw new Error(`handler returned no outcome: ${safeJson(outcome)}`);
    assertDeclaredOutputs(definition.outputs, outcome, parsed.value);
  } catch (error) {
    await fail(error, '', execution, fields);
    return;
  }

  const applied = await call(outcome.kind, () => applyOutcome(outcome, execution), execution, fields, 'reporting it with handleFailure');
  if (applied.ok) {
    runtime.logger.info('external task done', { ...fields, outcome: outcome.kind });
  } else {
    // The engine refused (or never got) the outcome. Report it so retries and, in the end, an incident
    // make it visible; if the engine is unreachable this fails too and the lock expiry takes over.
    await fail(applied.error, `Engine menolak ${outcome.kind}: `, execution, fields);
  }
}

function contextOf<S extends z.ZodType>({ task, taskService, runtime, retryPolicy }: Execution<S>): TaskContext {
  return {
    processInstanceId: task.processInstanceId,
    businessKey: task.businessKey ?? null,
    activityId: task.activityId,
    activityInstanceId: task.activityInstanceId,
    taskId: task.id,
    workerId: runtime.workerId,
    retriesLeft: retriesLeft(task.retries, retryPolicy),
    extendLock: (durationMs) => taskService.extendLock(task, durationMs),
  };
}

/** Declared outputs may name an input: `${variabel}Nama` is the value of input `variabel` followed by "Nama". */
function assertDeclaredOutputs(outputs: readonly string[] | undefined, outcome: Outcome, input: unknown): void {
  if (!outputs || outcome.kind !== 'complete') return;
  const inputs = (input ?? {}) as Record<string, unknown>;
  const declared = outputs.map((o) => o.replace(/\$\{(\w+)\}/g, (_, name: string) => String(inputs[name])));
  const undeclared = Object.keys(outcome.variables ?? {}).filter((name) => !declared.includes(name));
  if (undeclared.length > 0) throw new Error(`handler set undeclared output variable(s): ${undeclared.join(', ')}`);
}

async function applyOutcome<S extends z.ZodType>(outcome: Outcome, { task, taskService }: Execution<S>): Promise<void> {
  switch (outcome.kind) {
    case 'complete':
      return taskService.complete(task, toVariables(outcome.variables), toVariables(outcome.localVariables));
    case 'bpmnError':
      return taskService.handleBpmnError(task, outcome.errorCode, outcome.message, toVariables(outcome.variables));
    default: {
      const unknown: never = outcome;
      throw new Error(`handler returned an unknown outcome: ${JSON.stringify(unknown)}`);
    }
  }
}

async function fail<S extends z.ZodType>(error: unknown, prefix: string, execution: Execution<S>, fields: LogFields) {
  const { task, taskService, runtime, retryPolicy } = execution;
  // A missing or forged prerequisite (issue 8) does not get better by retrying: an incident at once.
  const attempt = tanpaUlang(error) ? { retries: 0, retryTimeout: 0 } : nextAttempt(task.retries, retryPolicy);
  const errorMessage = truncate(prefix + messageOf(error));
  const failure = { ...fields, ...attempt, error: errorOrMessage(error) };
  if (attempt.retries === 0) runtime.logger.error('external task failed, raising an incident', failure);
  else runtime.logger.warn('external task failed, will be retried', failure);
  const options = { errorMessage, errorDetails: detailsOf(error), ...attempt };
  await call('handleFailure', () => taskService.handleFailure(task, options), execution, fields, REDELIVERED);
}

type CallResult = { ok: true } | { ok: false; error: unknown };

const REDELIVERED = 'the task is handed out again after its lock expires';

async function call<S extends z.ZodType>(
  name: string,
  engineCall: () => Promise<void>,
  { runtime }: Execution<S>,
  fields: LogFields,
  consequence: string,
): Promise<CallResult> {
  try {
    await engineCall();
    return { ok: true };
  } catch (error) {
    runtime.logger.error(`engine call ${name} failed`, { ...fields, call: name, consequence, error: errorOrMessage(error) });
    return { ok: false, error };
  }
}

/** Errors marked `tanpaUlang` (src/application/task-result.ts PrasyaratTidakTerpenuhi) end in an incident without retries. */
export function tanpaUlang(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { tanpaUlang?: unknown }).tanpaUlang === true;
}

export function truncate(message: string, max = MAX_ERROR_MESSAGE_LENGTH): string {
  return message.length <= max ? message : `${message.slice(0, max - 1)}…`;
}

function messageOf(error: unknown): string {
  const penyimpanan = galatPenyimpanan(error);
  if (penyimpanan !== undefined) return `${penyimpanan}: ${error instanceof Error ? error.message : String(error)}`;
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : `nilai non-Error dilempar: ${safeJson(error)}`;
}

function detailsOf(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return safeJson(error);
  const cause = error.cause === undefined || depth >= 5 ? '' : `\nCaused by: ${detailsOf(error.cause, depth + 1)}`;
  return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
}

function errorOrMessage(error: unknown): unknown {
  return error instanceof Error ? error : messageOf(error);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
