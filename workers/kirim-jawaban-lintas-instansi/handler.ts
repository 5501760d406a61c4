import { z } from 'zod';
import { kirimJawabanKePemohon } from '../../src/application/penunjukan-lintas-instansi.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/**
 * kirim-jawaban-lintas-instansi: wakes the pemohon side once the tujuan side is done. Input parameter `hasil`
 * (what ended it); `galatTujuan` when a vacant post ended it.
 */
export function kirimJawabanLintasInstansiTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'kirim-jawaban-lintas-instansi',
    variables: z.object({ hasil: z.string().min(1), galatTujuan: z.string().nullish() }),
    outputs: [],
    pengaturan: ['hasil'],
    handle: async (input, ctx) =>
      kirimJawabanKePemohon(deps, await letakOf(deps, ctx), { hasil: input.hasil, galat: input.galatTujuan ?? null }),
  });
}
