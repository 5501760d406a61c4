import type { TaskContext } from '../runtime/index.js';

/** Our processes are always started with a business key (the permohonan's key in the store). */
export function businessKeyOf(ctx: TaskContext): string {
  if (!ctx.businessKey) throw new Error(`Proses ${ctx.processInstanceId} tidak memiliki business key; permohonan tidak dapat dicari di store.`);
  return ctx.businessKey;
}
