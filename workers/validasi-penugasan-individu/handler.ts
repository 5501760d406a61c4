import { z } from 'zod';
import { validasiPenugasanIndividu } from '../../src/application/penugasan-individu.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

const teks = z.string().nullish().transform((s) => (s ?? '').trim());

/** validasi-penugasan-individu: RULES.md F7 checks on the start form (or its correction), then registration (R-SYS-01). */
export function validasiPenugasanIndividuTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-penugasan-individu',
    variables: z.object({
      pegawaiNip: teks,
      targetKinerja: teks,
      targetUnit: teks.transform((s) => (s === '' ? null : s)),
      uraianTugas: teks,
      tanggalMulai: teks,
      tanggalSelesai: teks,
    }),
    outputs: ['galatPermohonan', 'pengusulNip', 'ruangLingkup', 'pegawaiNama', 'pegawaiJabatan', 'periodePenugasan', 'bebanTeks', 'peringatan', 'peringatanTeks'],
    handle: async (input, ctx) =>
      validasiPenugasanIndividu(deps, await letakOf(deps, ctx, PENDAFTARAN), input),
  });
}
