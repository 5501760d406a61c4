import { z } from 'zod';
import { periksaDaftar } from '../../src/application/penunjukan-lintas-instansi.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/** NIPs as a form's text area gives them (one per line, or separated by commas or spaces), or a list. */
const daftarNip = z.union([z.array(z.string()), z.string()]).nullish()
  .transform((v) => [...new Set((Array.isArray(v) ? v : (v ?? '').split(/[\s,;]+/)).map((s) => s.trim()).filter((s) => s !== ''))]);

/**
 * periksa-daftar-lintas-instansi: the daftar of the PPK in the target instansi (R-BTN-13, R-NAT-18/02/07/19; R-NAT-14
 * as warnings). Outputs whether the PUO must still recommend (R-NAT-19, R-NAT-55).
 */
export function periksaDaftarLintasInstansiTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'periksa-daftar-lintas-instansi',
    variables: z.object({ keputusanKetersediaan: z.string().nullish(), pegawaiDitugaskan: daftarNip }),
    outputs: ['peringatan', 'peringatanTeks', 'daftarTeks', 'rekomendasiPuoDiperlukan'],
    handle: async (input, ctx) =>
      periksaDaftar(deps, await letakOf(deps, ctx), { keputusan: input.keputusanKetersediaan ?? null, daftar: input.pegawaiDitugaskan }),
  });
}
