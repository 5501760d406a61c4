import { z } from 'zod';
import { catatKeputusanPenunjukan } from '../../src/application/penunjukan-dalam-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { permohonanPenunjukanVariables } from '../shared/permohonan-penunjukan.js';

/** catat-penolakan: records the refusal and its reasons once per process instance (R-NAT-13). */
export function catatPenolakanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'catat-penolakan',
    variables: permohonanPenunjukanVariables.extend({ pimpinanUnitNip: z.string().min(1), alasan: z.string().min(1) }),
    handle: (v, ctx) =>
      catatKeputusanPenunjukan(deps, { ...v, processInstanceId: ctx.processInstanceId, keputusan: 'TOLAK' }),
  });
}
