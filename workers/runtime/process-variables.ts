import { z } from 'zod';

// Process variables are set by our own processes, so a mismatch is a modelling or technical error:
// it becomes an incident for an operator, with a message in Bahasa Indonesia naming the fields.
const indonesianErrors = z.locales.id().localeError;

export type ParsedVariables<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; details: string };

/** The variables fetchAndLock should return: the keys of a z.object, or all of them otherwise. */
export function variableNamesOf(schema: z.ZodType): string[] | undefined {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

export function parseVariables<S extends z.ZodType>(
  schema: S,
  read: () => Record<string, unknown>,
  pengaturan: readonly string[] = [],
): ParsedVariables<z.output<S>> {
  let raw: Record<string, unknown>;
  try {
    raw = read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Variabel proses tidak dapat dibaca: ${reason}`, details: String(error) };
  }
  // A step's settings are input parameters of the BPMN step (a local variable, present even when empty, which
  // shadows any process variable of the same name). Missing means the step does not set it: refuse, never fall back.
  const hilang = pengaturan.filter((nama) => !Object.prototype.hasOwnProperty.call(raw, nama));
  if (hilang.length > 0) {
    const message = `Pengaturan langkah tidak diset oleh BPMN (camunda:inputParameter): ${hilang.join(', ')}. Langkah tidak dijalankan.`;
    return { ok: false, message, details: message };
  }
  const result = schema.safeParse(raw, { error: indonesianErrors });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    message: `Variabel proses tidak valid: ${describeIssues(result.error.issues)}`,
    details: JSON.stringify(result.error.issues, null, 2),
  };
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length === 0 ? '(semua variabel)' : issue.path.map(String).join('.')}: ${issue.message}`)
    .join('; ');
}
