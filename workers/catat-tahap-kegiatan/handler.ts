import { z } from 'zod';
import { catatTahapKegiatan } from '../../src/application/pelaksanaan-kegiatan.js';
import { TAHAP_KEGIATAN } from '../../src/domain/rules/tahap-kegiatan.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/** catat-tahap-kegiatan: input parameter `tahap`; records the stage transition once (R-NAT-44). */
export function catatTahapKegiatanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'catat-tahap-kegiatan',
    variables: z.object({ tahap: z.enum(TAHAP_KEGIATAN) }),
    pengaturan: ['tahap'],
    outputs: ['tahapKegiatan', 'peringatan', 'peringatanTeks', 'alasan', 'catatanPenilaian'],
    handle: async (input, ctx) =>
      catatTahapKegiatan(deps, { ...await letakOf(deps, ctx), activityInstanceId: ctx.activityInstanceId }, input),
  });
}
