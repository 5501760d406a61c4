/**
 * What a use case run by an external-task worker decides. The worker runtime maps it to complete or
 * handleBpmnError; anything thrown becomes handleFailure (a retry, then an incident).
 */
export type TaskResult =
  | { readonly kind: 'complete'; readonly variables?: Record<string, unknown> }
  | { readonly kind: 'bpmnError'; readonly errorCode: string; readonly message: string; readonly variables?: Record<string, unknown> };

export const complete = (variables?: Record<string, unknown>): TaskResult => ({ kind: 'complete', ...(variables ? { variables } : {}) });

export const bpmnError = (errorCode: string, message: string, variables?: Record<string, unknown>): TaskResult =>
  ({ kind: 'bpmnError', errorCode, message, ...(variables ? { variables } : {}) });
