import { z } from 'zod';
import { catatTimKerja } from '../../src/application/tim-kerja.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { keputusanWajibVariable, letakOf } from '../shared/kasus.js';

/** catat-tim-kerja: records how a team case ended. Input parameter `status`: DITETAPKAN, DITOLAK or DIBATALKAN. */
export function catatTimKerjaTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'catat-tim-kerja',
    variables: z.object({ status: z.enum(['DITETAPKAN', 'DITOLAK', 'DIBATALKAN']), keputusanWajib: keputusanWajibVariable }),
    outputs: [],
    pengaturan: ['status', 'keputusanWajib'],
    handle: async (input, ctx) =>
      catatTimKerja(deps, await letakOf(deps, ctx), input),
  });
}
