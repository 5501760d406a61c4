import { validasiPenunjukan } from '../../src/application/penunjukan-dalam-unit.js';
import { z } from 'zod';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

/**
 * validasi-penunjukan: RULES.md F1 step 3 (PC, R-NAT-02/03/05/06/07/08/09, R-SYS-01, R-SYS-03) on the permohonan as the
 * store keeps it (never the process variables).
 */
export function validasiPenunjukanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-penunjukan',
    variables: z.object({}),
    outputs: ['ruangLingkup', 'pegawaiNama', 'pegawaiJabatan', 'periodePenugasan', 'kompetensiTeks', 'peringatan', 'peringatanTeks'],
    handle: async (_input, ctx) => validasiPenunjukan(deps, await letakOf(deps, ctx, PENDAFTARAN)),
  });
}
