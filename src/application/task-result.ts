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

/**
 * A prerequisite the workers verify is missing or forged (issue 8: the case key belongs to another instance, a
 * required decision was not taken here by the role holder, a step's settings are not set by the BPMN). No user can
 * fix it by retrying: the runtime reports it with handleFailure and no retries (an incident for an operator),
 * after nothing was written.
 */
export class PrasyaratTidakTerpenuhi extends Error {
  readonly tanpaUlang = true;
  constructor(message: string) {
    super(message);
    this.name = 'PrasyaratTidakTerpenuhi';
  }
}
