import { z } from 'zod';
import { KELUARAN_VALIDASI_SUKARELA, validasiPengajuanSukarela } from '../../src/application/pengajuan-sukarela.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

const isian = z.string().nullish();

/**
 * validasi-pengajuan-sukarela: RULES.md F4 step 1–2 (saluran LISAN) and F5 step 1 (saluran SURAT): the common
 * pre-checks, R-NAT-21/23/24, the SOFT findings R-NAT-22/31, registration with R-SYS-01. Input parameter
 * `saluran`; the other variables are the start form's keys.
 */
export function validasiPengajuanSukarelaTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-pengajuan-sukarela',
    variables: z.object({
      saluran: z.enum(['LISAN', 'SURAT']),
      pegawaiNip: isian,
      unitDitujuId: isian,
      uraianTugas: isian,
      targetKinerja: isian,
      kompetensiTeks: isian,
      tanggalMulai: isian,
      tanggalSelesai: isian,
      tanggalPermohonanLisan: isian,
      maksudTujuan: isian,
      ekspektasiTarget: isian,
    }),
    outputs: KELUARAN_VALIDASI_SUKARELA,
    pengaturan: ['saluran'],
    handle: async (form, ctx) =>
      validasiPengajuanSukarela(deps, await letakOf(deps, ctx, PENDAFTARAN), form),
  });
}
