import { z } from 'zod';
import { catatPenugasanKasus } from '../../src/application/kasus/langkah.js';
import { RUANG_LINGKUP } from '../../src/domain/penugasan.js';
import { BENTUK_PENUGASAN } from '../../src/domain/rules/bentuk-penugasan.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { keputusanWajibVariable, letakOf } from '../shared/kasus.js';

/**
 * catat-penugasan-kasus: records the penugasan of a case, once per pegawai. Input parameters: `bentuk`,
 * `ruangLingkup`, `status` (DITETAPKAN/DITOLAK), `penetap` (a role variable), `daftarDari` (empty: the permohonan's pegawai), `keputusanWajib`.
 */
export function catatPenugasanKasusTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'catat-penugasan-kasus',
    variables: z.object({
      bentuk: z.enum(BENTUK_PENUGASAN),
      ruangLingkup: z.enum(RUANG_LINGKUP),
      status: z.enum(['DITETAPKAN', 'DITOLAK']),
      penetap: z.string().min(1),
      daftarDari: z.string().nullish(),
      keputusanWajib: keputusanWajibVariable,
    }),
    outputs: ['penugasanDicatat', 'penugasanBaruDicatat'],
    pengaturan: ['bentuk', 'ruangLingkup', 'status', 'penetap', 'daftarDari', 'keputusanWajib'],
    handle: async (input, ctx) =>
      catatPenugasanKasus(deps, await letakOf(deps, ctx), input),
  });
}
