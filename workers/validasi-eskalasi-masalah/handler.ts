import { z } from 'zod';
import { validasiEskalasiMasalah } from '../../src/application/eskalasi-masalah-tim.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

const teks = z.string().nullish().transform((s) => (s ?? '').trim());

/** validasi-eskalasi-masalah: RULES.md F8 team problems, the member's escalation (R-NAT-46, R-SYS-01, R-SYS-02). */
export function validasiEskalasiMasalahTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-eskalasi-masalah',
    variables: z.object({
      timKerjaId: z.coerce.number().int().nullish().transform((n) => n ?? 0),
      uraianMasalah: teks,
      alternatifRekomendasi: teks,
      perluKolaborasi: z.boolean().nullish().transform((b) => b === true),
    }),
    outputs: ['galatPermohonan', 'kunciKasus', 'pengusulNip', 'pengusulNama', 'namaTim', 'unitPemilikId', 'unitPemilikNama', 'jumlahPenerimaLintas', 'penerimaLintasTeks'],
    handle: async (input, ctx) =>
      validasiEskalasiMasalah(deps, await letakOf(deps, ctx, PENDAFTARAN), input),
  });
}
