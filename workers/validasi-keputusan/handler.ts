import { z } from 'zod';
import { validasiKeputusan } from '../../src/application/penunjukan-dalam-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';

/** validasi-keputusan: R-NAT-13 on the pejabat's decision; a violation returns the task to them. */
export function validasiKeputusanTopic(): Topic {
  return defineTopic({
    topic: 'validasi-keputusan',
    // The decision comes from a form: anything may be missing, the use case says what is wrong.
    variables: z.object({ keputusan: z.string().nullish(), alasan: z.string().nullish() }),
    handle: (input) => Promise.resolve(validasiKeputusan(input)),
  });
}
