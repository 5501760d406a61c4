import { z } from 'zod';
import { periksaBahanPenilaian } from '../../src/application/bahan-penilaian-kinerja.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/** periksa-bahan-penilaian: W-NO-OWNER-INPUT when a required bahan pertimbangan was not received (R-NAT-40). */
export function periksaBahanPenilaianTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'periksa-bahan-penilaian',
    variables: z.object({ bahanDiperlukan: z.boolean() }),
    outputs: ['peringatan', 'peringatanTeks', 'ringkasanBahan'],
    handle: async (input, ctx) =>
      periksaBahanPenilaian(deps, await letakOf(deps, ctx), input),
  });
}
