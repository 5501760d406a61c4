import { z } from 'zod';
import { validasiPelibatan } from '../../src/application/penunjukan-lintas-instansi.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

const teks = z.string().nullish().transform((s) => (s ?? '').trim());
/** A list typed in one text field ("a, b; c") or sent as an array. */
const daftarTeks = z.union([z.array(z.string()), z.string()]).nullish()
  .transform((v) => (Array.isArray(v) ? v : (v ?? '').split(/[,;\n]+/)).map((s) => s.trim()).filter((s) => s !== ''));

/**
 * validasi-pelibatan-lintas-instansi: F3 steps 0 and a on the start form (R-NAT-11/03/05/15/16/17, R-SYS-01/03).
 * The form's values may be anything: the use case says what is wrong, in the "Perbaiki permohonan" loop.
 */
export function validasiPelibatanLintasInstansiTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-pelibatan-lintas-instansi',
    variables: z.object({
      unitPemilikKinerjaId: teks, instansiTujuanId: teks, unitTujuanId: teks,
      maksudTujuan: teks, kompetensiDibutuhkan: daftarTeks, ekspektasiTarget: teks,
      tanggalMulai: teks, tanggalSelesai: teks,
      jumlahPegawai: z.union([z.number(), z.string()]).nullish().transform((v) => (v === null || v === undefined || v === '' ? 1 : Number(v))),
      calonPegawai: teks, justifikasiLintasInstansi: teks,
    }),
    outputs: ['instansiPemohonNama', 'unitPemilikKinerjaNama', 'instansiTujuanNama', 'unitTujuanNama', 'pengusulNama', 'kompetensiTeks',
      'periodePenugasan', 'ppkPengusulNip', 'peringatan', 'peringatanTeks', 'galatPermohonan'],
    handle: async ({ justifikasiLintasInstansi, ...input }, ctx) =>
      validasiPelibatan(deps, await letakOf(deps, ctx, PENDAFTARAN), { ...input, justifikasi: justifikasiLintasInstansi }),
  });
}
