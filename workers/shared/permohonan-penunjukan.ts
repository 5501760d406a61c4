import { z } from 'zod';

/** The request variables a penunjukan process carries from its start (set by the API). */
export const permohonanPenunjukanVariables = z.object({
  pegawaiNip: z.string().min(1),
  unitPemilikKinerjaId: z.string().min(1),
  pengusulNip: z.string().min(1),
  uraianTugas: z.string(),
  targetKinerja: z.string(),
  kompetensiDibutuhkan: z.array(z.string()),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
});
