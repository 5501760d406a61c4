/** Conversion between plain values and Camunda's typed variable DTOs (REST "variables" maps). */
export interface CamundaVariable {
  value: unknown;
  type: string;
  valueInfo?: Record<string, unknown>;
}

export function toCamundaVariables(values: Record<string, unknown>): Record<string, CamundaVariable> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, toCamundaVariable(value)]));
}

function toCamundaVariable(value: unknown): CamundaVariable {
  if (value === null || value === undefined) return { value: null, type: 'Null' };
  if (typeof value === 'string') return { value, type: 'String' };
  if (typeof value === 'boolean') return { value, type: 'Boolean' };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { value, type: 'Double' };
    return { value, type: Math.abs(value) < 2 ** 31 ? 'Integer' : 'Long' };
  }
  // Objects and arrays travel as JSON (the engine has the Spin JSON plugin).
  return { value: JSON.stringify(value), type: 'Json' };
}

export function fromCamundaVariables(variables: Record<string, CamundaVariable>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(variables).map(([name, v]) => [name, fromCamundaVariable(v)]));
}

function fromCamundaVariable(v: CamundaVariable): unknown {
  if ((v.type === 'Json' || v.type === 'Object') && typeof v.value === 'string') {
    try {
      return JSON.parse(v.value) as unknown;
    } catch {
      return v.value;
    }
  }
  return v.value;
}
