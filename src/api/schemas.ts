import { z } from 'zod';

const tanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'harus berformat TTTT-BB-HH');
const teks = (max: number) => z.string().trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);

/** POST /api/penunjukan. The pengusul is the authenticated user, never a body field. */
export const permohonanPenunjukanBody = z.object({
  pegawaiNip: z.string().regex(/^\d{18}$/, 'NIP harus 18 angka'),
  unitPemilikKinerjaId: teks(100),
  uraianTugas: teks(2000),
  targetKinerja: teks(500),
  kompetensiDibutuhkan: z.array(teks(200)).min(1, 'sebutkan paling sedikit satu kompetensi').max(20),
  tanggalMulai: tanggal,
  tanggalSelesai: tanggal,
}).strict();

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const penugasanQuery = pageQuery.extend({
  pegawaiNip: z.string().regex(/^\d{18}$/, 'NIP harus 18 angka').optional(),
  status: z.enum(['DITETAPKAN', 'DITOLAK']).optional(),
});
