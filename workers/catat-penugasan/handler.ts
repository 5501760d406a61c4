import { z } from 'zod';
import { catatKeputusanPenunjukan } from '../../src/application/penunjukan-dalam-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import { businessKeyOf } from '../shared/business-key.js';
import type { WorkerDeps } from '../shared/deps.js';
import { keputusanWajibVariable } from '../shared/kasus.js';

/** catat-penugasan: records the approved penugasan once per process instance (R-NAT-34), from the store. */
export function catatPenugasanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'catat-penugasan',
    variables: z.object({ keputusanWajib: keputusanWajibVariable }),
    outputs: ['penugasanId', 'penugasanBaruDicatat'],
    pengaturan: ['keputusanWajib'],
    handle: async ({ keputusanWajib }, ctx) =>
      catatKeputusanPenunjukan(deps, { processInstanceId: ctx.processInstanceId, businessKey: await businessKeyOf(deps, ctx), keputusan: 'SETUJU', alasan: null, keputusanWajib }),
  });
}
