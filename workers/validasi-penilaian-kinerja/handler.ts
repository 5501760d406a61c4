import { z } from 'zod';
import { validasiPenilaianKinerja } from '../../src/application/bahan-penilaian-kinerja.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

/** validasi-penilaian-kinerja: RULES.md F10 start (R-NAT-07, R-NAT-41, R-SYS-01, R-SYS-03; routing R-NAT-39/40). */
export function validasiPenilaianKinerjaTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-penilaian-kinerja',
    variables: z.object({ pegawaiNip: z.string().trim().min(1), tahunPenilaian: z.coerce.string(), batasWaktuBahan: z.string().nullish() }),
    outputs: ['galatPermohonan', 'pegawaiNama', 'pegawaiJabatan', 'perluBahanPertimbangan', 'bahanDiperlukan', 'unitPemilikKinerjaId',
      'dasarBahanTeks', 'penugasanTeks', 'batasWaktuBahan'],
    handle: async (input, ctx) =>
      validasiPenilaianKinerja(deps, await letakOf(deps, ctx, PENDAFTARAN), input),
  });
}
