import { z } from 'zod';
import { mintaLaporanKegiatan } from '../../src/application/pelaksanaan-kegiatan.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

/** minta-laporan-kegiatan: the PUO's ad-hoc report request reaches the running kegiatan (R-NAT-48). */
export function mintaLaporanKegiatanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'minta-laporan-kegiatan',
    variables: z.object({ penugasanId: z.coerce.number().int().positive(), perihalLaporan: z.string().nullish().transform((s) => s ?? '') }),
    outputs: ['galatPermohonan', 'kegiatanKunci'],
    handle: async (input, ctx) =>
      mintaLaporanKegiatan(deps, await letakOf(deps, ctx, PENDAFTARAN), input),
  });
}
