import { z } from 'zod';
import { kirimPermohonanKeTujuan } from '../../src/application/penunjukan-lintas-instansi.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { keputusanWajibVariable, letakOf } from '../shared/kasus.js';

/** kirim-permohonan-lintas-instansi: starts the tujuan side in the tenant of instansi B (R-NAT-17), once per case. */
export function kirimPermohonanLintasInstansiTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'kirim-permohonan-lintas-instansi',
    variables: z.object({ keputusanWajib: keputusanWajibVariable }),
    outputs: [],
    pengaturan: ['keputusanWajib'],
    handle: async (input, ctx) =>
      kirimPermohonanKeTujuan(deps, await letakOf(deps, ctx), input),
  });
}
