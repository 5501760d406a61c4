import { z } from 'zod';
import { validasiPelaksanaanKegiatan } from '../../src/application/pelaksanaan-kegiatan.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

/** validasi-pelaksanaan-kegiatan: RULES.md F8 pre-checks of the start form (R-NAT-34, R-NAT-47, R-SYS-01). */
export function validasiPelaksanaanKegiatanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-pelaksanaan-kegiatan',
    variables: z.object({ penugasanId: z.coerce.number().int().positive(), siklusEvaluasi: z.string().nullish() }),
    outputs: ['galatPermohonan', 'pegawaiNip', 'pegawaiNama', 'unitPemilikKinerjaId', 'unitPemilikNama', 'uraianTugas', 'targetKinerja',
      'periodePenugasan', 'penerimaHasilNip', 'penerimaHasilNama', 'siklusEvaluasi', 'ruteLaporan'],
    handle: async (input, ctx) =>
      validasiPelaksanaanKegiatan(deps, await letakOf(deps, ctx, PENDAFTARAN), input),
  });
}
