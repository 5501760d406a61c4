import { z } from 'zod';
import { validasiTimKerja } from '../../src/application/tim-kerja.js';
import { INSTRUMEN_TIM } from '../../src/domain/rules/tim-kerja.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

const teks = z.string().nullish().transform((s) => (s ?? '').trim());
/** NIPs as the form's taglist gives them (a list), or one per line / separated by commas, as text (API, older forms). */
const daftarNip = z.union([z.array(z.string()), z.string()]).nullish()
  .transform((v) => [...new Set((Array.isArray(v) ? v : (v ?? '').split(/[\s,;]+/)).map((x) => x.trim()).filter((x) => x !== ''))]);

/** validasi-tim-kerja: RULES.md F6 checks on the start form (or its correction), then registration (R-SYS-01). */
export function validasiTimKerjaTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-tim-kerja',
    // A form may leave anything empty: the rules say what is missing, in Bahasa Indonesia.
    variables: z.object({
      namaTim: teks,
      unitPemilikKinerjaId: teks,
      tahun: z.coerce.number().int().nullish().transform((n) => n ?? 0),
      tanggalMulai: teks,
      tanggalSelesai: teks,
      rincianTugas: teks,
      ketuaNip: teks.transform((s) => (s === '' ? null : s)),
      anggotaNip: daftarNip,
      instrumen: z.enum(INSTRUMEN_TIM).nullish().transform((i) => i ?? 'SURAT_TUGAS'),
      tujuan: teks.transform((s) => (s === '' ? null : s)),
    }),
    outputs: ['galatPermohonan', 'pengusulNip', 'timKerjaId', 'ruangLingkup', 'unitPemilikNama', 'periodeTim', 'ketuaTeks', 'anggotaTeks', 'pegawaiDitugaskan', 'peringatan', 'peringatanTeks', 'profilInstansi', 'jenisUnitPemilik'],
    handle: async (input, ctx) =>
      validasiTimKerja(deps, await letakOf(deps, ctx, PENDAFTARAN), input),
  });
}
