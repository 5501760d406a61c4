import { z } from 'zod';
import { periksaKomponenPenilaian } from '../../src/application/bahan-penilaian-kinerja.js';
import { nasional } from '../../src/domain/profiles/nasional.js';
import { defineTopic, type Topic } from '../runtime/index.js';

const teks = z.string().nullish();

/** periksa-komponen-penilaian: the four components of pengelolaan kinerja are filled (R-NAT-51). */
export function periksaKomponenPenilaianTopic(): Topic {
  return defineTopic({
    topic: 'periksa-komponen-penilaian',
    variables: z.object({ perencanaanKinerja: teks, pelaksanaanPemantauan: teks, predikatKinerja: teks, tindakLanjut: teks }),
    outputs: ['galatKeputusan'],
    handle: (input) => periksaKomponenPenilaian(input, nasional.minReasonLength),
  });
}
