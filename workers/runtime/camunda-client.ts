// Typed facade over camunda-external-task-client-js 3.x: the package ships no types and
// @types/camunda-external-task-client-js describes 1.x (reference/camunda-platform.md §4 "TypeScript").
// This is the only file that imports the package; it declares just the part the runtime uses.
// @ts-expect-error TS7016: the package has no declarations; the interfaces below describe 3.1.0.
import * as untyped from 'camunda-external-task-client-js';

/** A got options object; interceptors return a modified copy (lib/__internal/EngineService.js). */
export type RequestOptions = Readonly<Record<string, unknown>>;
export type Interceptor = (options: RequestOptions) => RequestOptions;

export interface ClientOptions {
  baseUrl: string;
  workerId: string;
  maxTasks: number;
  maxParallelExecutions: number;
  lockDuration: number;
  asyncResponseTimeout: number;
  /** Wait before the next poll after an answer or a failure (library default 300 ms). */
  interval: number;
  autoPoll: false;
  usePriority: boolean;
  interceptors: Interceptor[];
}

/** The topic filters of fetchAndLock that the runtime passes (lib/Client.js `poll`). */
export interface SubscribeOptions {
  lockDuration?: number;
  variables?: string[];
}

/** Read-only variables of a fetched task; `getAll` deserialises json and date values. */
export interface TaskVariables {
  get(name: string): unknown;
  getAll(): Record<string, unknown>;
}

/** Variables to send; types are inferred per value, objects and arrays become json. */
export interface Variables {
  set(name: string, value: unknown): Variables;
  setAll(values: Record<string, unknown>): Variables;
  getAll(): Record<string, unknown>;
}

/** A locked external task as the client hands it to a handler (engine LockedExternalTaskDto). */
export interface ExternalTask {
  id: string;
  topicName: string;
  workerId: string;
  activityId: string;
  activityInstanceId: string;
  executionId: string;
  processInstanceId: string;
  processDefinitionId: string;
  processDefinitionKey: string;
  businessKey?: string | null;
  retries?: number | null;
  errorMessage?: string | null;
  priority?: number;
  tenantId?: string | null;
  variables: TaskVariables;
}

export interface FailureOptions {
  errorMessage: string;
  errorDetails?: string;
  retries: number;
  retryTimeout: number;
}

/** Each method posts to /external-task/{id}/... and rejects with an EngineError on a non-2xx answer. */
export interface TaskService {
  complete(task: ExternalTask, processVariables?: Variables, localVariables?: Variables): Promise<void>;
  handleFailure(task: ExternalTask, options: FailureOptions): Promise<void>;
  handleBpmnError(task: ExternalTask, errorCode: string, errorMessage?: string, variables?: Variables): Promise<void>;
  extendLock(task: ExternalTask, newDurationMs: number): Promise<void>;
  unlock(task: ExternalTask): Promise<void>;
}

export type TaskHandler = (args: { task: ExternalTask; taskService: TaskService }) => Promise<void>;

export interface CamundaClient {
  start(): void;
  stop(): void;
  subscribe(topic: string, options: SubscribeOptions, handler: TaskHandler): unknown;
  on(event: 'poll:start', listener: () => void): CamundaClient;
  on(event: 'poll:success', listener: (tasks: unknown[]) => void): CamundaClient;
  on(event: 'poll:error' | 'handler:error', listener: (error: unknown) => void): CamundaClient;
}

/** Fields of the client's EngineError (lib/__internal/EngineError.js). */
export interface EngineErrorFields {
  httpStatusCode?: number;
  engineMsg?: string;
  type?: string;
}

interface CamundaModule {
  Client: new (options: ClientOptions) => CamundaClient;
  BasicAuthInterceptor: new (credentials: { username: string; password: string }) => Interceptor;
  Variables: new () => Variables;
}

const camunda = untyped as unknown as CamundaModule;

export function newCamundaClient(options: ClientOptions): CamundaClient {
  return new camunda.Client(options);
}

/** Adds `Authorization: Basic ...` to every request (lib/BasicAuthInterceptor.js). */
export function basicAuthInterceptor(username: string, password: string): Interceptor {
  return new camunda.BasicAuthInterceptor({ username, password });
}

/** `complete` and `handleBpmnError` only send variables held in the client's own Variables class. */
export function toVariables(values: Record<string, unknown> | undefined): Variables | undefined {
  return values === undefined ? undefined : new camunda.Variables().setAll(values);
}
