import { z } from 'zod';
import { periksaRencanaKerja } from '../../src/application/pelaksanaan-kegiatan.js';
import { defineTopic, type Topic } from '../runtime/index.js';

/** periksa-rencana-kerja: SOFT warnings on the rencana kerja individu (R-NAT-52, R-NAT-54). */
export function periksaRencanaKerjaTopic(): Topic {
  return defineTopic({
    topic: 'periksa-rencana-kerja',
    variables: z.object({ rencanaKerjaIndividu: z.string().nullish(), acuanTargetUnit: z.string().nullish() }),
    outputs: ['peringatan', 'peringatanTeks'],
    handle: (input) => periksaRencanaKerja(input),
  });
}
