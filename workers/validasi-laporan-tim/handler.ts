import { z } from 'zod';
import { validasiLaporanTim } from '../../src/application/laporan-tim-kerja.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

const teks = z.string().nullish().transform((s) => (s ?? '').trim());

/** validasi-laporan-tim: RULES.md F9 team lines, the member's report (R-NAT-36, R-NAT-37, R-SYS-01). */
export function validasiLaporanTimTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-laporan-tim',
    variables: z.object({
      timKerjaId: z.coerce.number().int().nullish().transform((n) => n ?? 0),
      periodeLaporan: teks,
      isiLaporan: teks,
    }),
    outputs: ['galatPermohonan', 'pelaporNip', 'penerimaLaporanNip', 'puoPemilikNip', 'adaKetua', 'namaTim', 'pelaporNama'],
    handle: async (input, ctx) =>
      validasiLaporanTim(deps, await letakOf(deps, ctx, PENDAFTARAN), input),
  });
}
