import { verifikasiLetak, type VerifikasiDeps } from '../../src/application/kasus/instans.js';
import type { TaskContext } from '../runtime/index.js';

/**
 * Our API-started processes (F1) always have a business key (the permohonan's key in the store); the instance must be
 * the one the permohonan is tied to (issue 8: a second instance with another's key is refused).
 */
export async function businessKeyOf(deps: VerifikasiDeps, ctx: TaskContext): Promise<string> {
  if (!ctx.businessKey) throw new Error(`Proses ${ctx.processInstanceId} tidak memiliki business key; permohonan tidak dapat dicari di store.`);
  await verifikasiLetak(deps, ctx.businessKey, ctx.processInstanceId);
  return ctx.businessKey;
}
