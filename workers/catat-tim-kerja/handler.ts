import { z } from 'zod';
import { catatTimKerja } from '../../src/application/tim-kerja.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { keputusanWajibVariable, letakOf, PENDAFTARAN } from '../shared/kasus.js';

/** catat-tim-kerja: records how a team case ended. Input parameter `status`: DITETAPKAN, DITOLAK or DIBATALKAN. */
export function catatTimKerjaTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'catat-tim-kerja',
    variables: z.object({ status: z.enum(['DITETAPKAN', 'DITOLAK', 'DIBATALKAN']), keputusanWajib: keputusanWajibVariable }),
    outputs: [],
    pengaturan: ['status', 'keputusanWajib'],
    handle: async (input, ctx) =>
      // A request cancelled before it was ever registered is closed too (it writes only what this instance registered).
      catatTimKerja(deps, await letakOf(deps, ctx, input.status === 'DIBATALKAN' ? PENDAFTARAN : {}), input),
  });
}
