import { z } from 'zod';
import { verifikasiLetak, type VerifikasiDeps } from '../../src/application/kasus/instans.js';
import type { Letak } from '../../src/application/kasus/langkah.js';
import type { RuleWarning } from '../../src/domain/rule-violation.js';
import type { TaskContext } from '../runtime/index.js';

/**
 * The case a task belongs to: the business key (API-started, or a linked instance) or the process instance (started
 * in Tasklist), verified in the store: an instance acts only on a case it registered or is linked to (issue 8).
 */
export function letakOf(deps: VerifikasiDeps, ctx: TaskContext, opsi: { pendaftaran?: boolean } = {}): Promise<Letak> {
  return verifikasiLetak(deps, ctx.businessKey ?? ctx.processInstanceId, ctx.processInstanceId, opsi);
}

/** For the first step of a process, which validates and registers the request: it may run before the case exists. */
export const PENDAFTARAN = { pendaftaran: true } as const;

/** A camunda:inputParameter naming the decisions a side effect requires (src/domain/rules/keputusan-wajib.ts). */
export const keputusanWajibVariable = z.string().nullish().transform((s) => s ?? null);

/** A camunda:inputParameter holding a comma-separated list ("SETUJU,TOLAK"); empty means none. */
export const daftarKoma = z.string().nullish().transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter((x) => x !== ''));

/** SOFT warnings a validation step left in the process (variable `peringatan`). */
export const peringatanVariable = z.array(z.object({
  ruleId: z.string().regex(/^R-(NAT|BTN|MRT|KIN|SYS)-/),
  code: z.string(),
  message: z.string(),
  perluJustifikasi: z.boolean().optional(),
})).nullish().transform((w) => (w ?? []) as RuleWarning[]);
