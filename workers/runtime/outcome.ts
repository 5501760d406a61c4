// What a topic handler decides. Technical failures are thrown (or rejected) instead and end in
// handleFailure with retries; a bpmnError is a business-rule outcome the process models.
export type VariableValues = Record<string, unknown>;

export type Outcome =
  | { kind: 'complete'; variables?: VariableValues; localVariables?: VariableValues }
  | { kind: 'bpmnError'; errorCode: string; message: string; variables?: VariableValues };

export function complete(variables?: VariableValues, localVariables?: VariableValues): Outcome {
  return { kind: 'complete', variables, localVariables };
}

/** `errorCode` must match the error event definition the process catches (its boundary or event subprocess). */
export function bpmnError(errorCode: string, message: string, variables?: VariableValues): Outcome {
  return { kind: 'bpmnError', errorCode, message, variables };
}

/** Guards against handlers written without the type checker (or cast past it). */
export function isOutcome(value: unknown): value is Outcome {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { kind?: unknown; errorCode?: unknown };
  return candidate.kind === 'complete' || (candidate.kind === 'bpmnError' && typeof candidate.errorCode === 'string' && candidate.errorCode !== '');
}
