import { z } from 'zod';
import { tentukanPenerimaEskalasi } from '../../src/application/eskalasi-masalah-tim.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/** tentukan-penerima-eskalasi: variable `urutan` (the loopCounter of the calling multi-instance); the official of that collaboration instance (R-NAT-46). */
export function tentukanPenerimaEskalasiTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'tentukan-penerima-eskalasi',
    variables: z.object({ urutan: z.coerce.number().int().min(0) }),
    outputs: ['penerimaLintasNip', 'penerimaLintasNama', 'penerimaLintasJabatan', 'anggotaAsalTeks'],
    handle: async (input, ctx) =>
      tentukanPenerimaEskalasi(deps, await letakOf(deps, ctx), input),
  });
}
