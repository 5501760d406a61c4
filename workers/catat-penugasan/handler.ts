import { z } from 'zod';
import { catatKeputusanPenunjukan } from '../../src/application/penunjukan-dalam-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { permohonanPenunjukanVariables } from '../shared/permohonan-penunjukan.js';

/** catat-penugasan: records the approved penugasan once per process instance (R-NAT-34). */
export function catatPenugasanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'catat-penugasan',
    variables: permohonanPenunjukanVariables.extend({ pimpinanUnitNip: z.string().min(1) }),
    handle: (v, ctx) =>
      catatKeputusanPenunjukan(deps, { ...v, processInstanceId: ctx.processInstanceId, keputusan: 'SETUJU', alasan: null }),
  });
}
