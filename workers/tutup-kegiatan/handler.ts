import { z } from 'zod';
import { tutupKegiatan } from '../../src/application/pelaksanaan-kegiatan.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/** tutup-kegiatan: the kegiatan becomes SELESAI only on the acceptor's SESUAI_TARGET (R-NAT-43). */
export function tutupKegiatanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'tutup-kegiatan',
    variables: z.object({}),
    outputs: ['tahapKegiatan', 'galatKeputusan'],
    handle: async (_input, ctx) =>
      tutupKegiatan(deps, { ...await letakOf(deps, ctx), activityInstanceId: ctx.activityInstanceId }),
  });
}
