import { z } from 'zod';
import { periksaKomponenPenilaian } from '../../src/application/bahan-penilaian-kinerja.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

const teks = z.string().nullish();

/** periksa-komponen-penilaian: the four components of pengelolaan kinerja are filled (R-NAT-51). */
export function periksaKomponenPenilaianTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'periksa-komponen-penilaian',
    variables: z.object({ perencanaanKinerja: teks, pelaksanaanPemantauan: teks, predikatKinerja: teks, tindakLanjut: teks }),
    outputs: ['galatKeputusan'],
    handle: async (input, ctx) => periksaKomponenPenilaian(deps, await letakOf(deps, ctx), input),
  });
}
