import { z } from 'zod';
import { periksaTindakLanjut } from '../../src/application/eskalasi-masalah-tim.js';
import { defineTopic, type Topic } from '../runtime/index.js';

/** periksa-tindak-lanjut: input parameter `variabel` (the form key of the follow-up text); R-NAT-46. */
export function periksaTindakLanjutTopic(): Topic {
  return defineTopic({
    topic: 'periksa-tindak-lanjut',
    // Every variable is fetched: `variabel` names a form field only the BPMN knows.
    variables: z.record(z.string(), z.unknown()).pipe(z.object({ variabel: z.string().min(1) }).loose()),
    outputs: ['galatKeputusan'],
    pengaturan: ['variabel'],
    handle: (input) => {
      const nilai = input[input.variabel];
      return periksaTindakLanjut(typeof nilai === 'string' ? nilai : null);
    },
  });
}
