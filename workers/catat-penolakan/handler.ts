import { z } from 'zod';
import { catatKeputusanPenunjukan } from '../../src/application/penunjukan-dalam-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import { businessKeyOf } from '../shared/business-key.js';
import type { WorkerDeps } from '../shared/deps.js';
import { keputusanWajibVariable } from '../shared/kasus.js';

/** catat-penolakan: records the refusal and its reasons once per process instance (R-NAT-13). */
export function catatPenolakanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'catat-penolakan',
    // The alasan was checked by validasi-keputusan (R-NAT-13) in the same completion chain.
    variables: z.object({ alasan: z.string().min(1), keputusanWajib: keputusanWajibVariable }),
    outputs: ['penugasanId', 'penugasanBaruDicatat'],
    pengaturan: ['keputusanWajib'],
    handle: async ({ alasan, keputusanWajib }, ctx) =>
      catatKeputusanPenunjukan(deps, { processInstanceId: ctx.processInstanceId, businessKey: await businessKeyOf(deps, ctx), keputusan: 'TOLAK', alasan, keputusanWajib }),
  });
}
