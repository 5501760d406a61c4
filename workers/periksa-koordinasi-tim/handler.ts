import { z } from 'zod';
import { periksaKoordinasiTim } from '../../src/application/koordinasi-tim.js';
import { TAHAP_KOORDINASI } from '../../src/domain/rules/koordinasi-tim.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, peringatanVariable } from '../shared/kasus.js';

/** periksa-koordinasi-tim: input parameter `tahap` (the phase being left); SOFT R-NAT-45 for team penugasan (F8). */
export function periksaKoordinasiTimTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'periksa-koordinasi-tim',
    variables: z.object({ tahap: z.enum(TAHAP_KOORDINASI), peringatan: peringatanVariable }),
    outputs: ['peringatan', 'peringatanTeks', 'peringatanDiakui'],
    pengaturan: ['tahap'],
    handle: async (input, ctx) =>
      periksaKoordinasiTim(deps, await letakOf(deps, ctx), input),
  });
}
