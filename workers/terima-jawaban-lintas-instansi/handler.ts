import { z } from 'zod';
import { terimaJawaban } from '../../src/application/penunjukan-lintas-instansi.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/** terima-jawaban-lintas-instansi: the outcome and its reasons (or the daftar) from the case's recorded decisions. */
export function terimaJawabanLintasInstansiTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'terima-jawaban-lintas-instansi',
    variables: z.object({ hasilJawabanTujuan: z.string().nullish(), galatTujuan: z.string().nullish() }),
    outputs: ['hasilLintasInstansi', 'jawabanTeks'],
    handle: async (input, ctx) =>
      terimaJawaban(deps, await letakOf(deps, ctx), input),
  });
}
