import { z } from 'zod';
import { validasiKeputusan } from '../../src/application/penunjukan-dalam-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import { businessKeyOf } from '../shared/business-key.js';
import type { WorkerDeps } from '../shared/deps.js';

/** validasi-keputusan: R-NAT-13 and R-SYS-02 on the pejabat's decision; a violation returns the task to them. */
export function validasiKeputusanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-keputusan',
    // The decision comes from a form: anything may be missing, the use case says what is wrong.
    variables: z.object({ keputusan: z.string().nullish(), alasan: z.string().nullish() }),
    outputs: ['galatKeputusan', 'alasan'],
    handle: async (input, ctx) => validasiKeputusan(deps, { ...input, processInstanceId: ctx.processInstanceId, businessKey: await businessKeyOf(deps, ctx) }),
  });
}
