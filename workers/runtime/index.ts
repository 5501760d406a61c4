// Public surface of the worker runtime; wiring only.
export { createWorkerClient, type WorkerClient } from './worker-client.js';
export type { WorkerClientOptions } from './worker-client-options.js';
export { defineTopic, type Topic, type TopicDefinition, type TaskContext } from './topic.js';
export { complete, bpmnError, type Outcome, type VariableValues } from './outcome.js';
export { registerTopics, type RegisterTopicsOptions } from './register-topics.js';
export { createConsoleLogger, silentLogger, type Logger, type LogFields } from './logger.js';
export { createWorkerId, DEFAULT_WORKER_ID_PREFIX } from './worker-id.js';
export { DEFAULT_RETRY_POLICY, nextAttempt, type RetryPolicy } from './retry-policy.js';
