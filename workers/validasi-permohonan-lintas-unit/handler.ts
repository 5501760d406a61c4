import { z } from 'zod';
import { validasiPermohonanLintasUnit } from '../../src/application/penunjukan-lintas-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

const teks = z.string().nullish().transform((s) => s ?? '');

/** validasi-permohonan-lintas-unit: F2's surat permohonan pelibatan, from the start form (or its correction). */
export function validasiPermohonanLintasUnitTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-permohonan-lintas-unit',
    // A form may leave anything empty: the use case says what is missing, with the rule.
    variables: z.object({
      pegawaiNip: teks, unitPemilikKinerjaId: teks, maksudTujuan: teks, kompetensiDibutuhkan: teks,
      ekspektasiTarget: teks, tanggalMulai: teks, tanggalSelesai: teks,
    }),
    outputs: ['galatPermohonan', 'pengusulNama', 'pegawaiNama', 'pegawaiJabatan', 'unitPegawaiNama', 'unitPemilikNama', 'periodePenugasan', 'peringatan', 'peringatanTeks'],
    handle: async (input, ctx) =>
      validasiPermohonanLintasUnit(deps, await letakOf(deps, ctx, PENDAFTARAN), input),
  });
}
