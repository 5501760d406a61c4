import { z } from 'zod';
import { terbitkanSurat } from '../../src/application/kasus/langkah.js';
import { JENIS_SURAT } from '../../src/domain/kasus.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { daftarKoma, keputusanWajibVariable, letakOf } from '../shared/kasus.js';

/**
 * terbitkan-surat: issues a letter once. Input parameters: `jenisSurat`, `perihal`, `penandatangan` (a role
 * variable), `penerima` and `tembusan` (comma-separated role variables), optional `penerimaDaftarDari` (the
 * user task whose recorded `pegawaiDitugaskan` are also recipients), `keputusanWajib` (the decisions the letter needs,
 * src/domain/rules/keputusan-wajib.ts; empty when none).
 */
export function terbitkanSuratTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'terbitkan-surat',
    variables: z.object({
      jenisSurat: z.enum(JENIS_SURAT),
      perihal: z.string().min(1),
      penandatangan: z.string().min(1),
      penerima: daftarKoma,
      tembusan: daftarKoma,
      penerimaDaftarDari: z.string().nullish(),
      keputusanWajib: keputusanWajibVariable,
    }),
    outputs: ['suratTerakhir', 'suratTerakhirId', 'suratTerakhirPdf'],
    pengaturan: ['jenisSurat', 'perihal', 'penandatangan', 'penerima', 'tembusan', 'penerimaDaftarDari', 'keputusanWajib'],
    handle: async (input, ctx) =>
      terbitkanSurat(deps, { ...await letakOf(deps, ctx), activityInstanceId: ctx.activityInstanceId }, {
      jenis: input.jenisSurat, perihal: input.perihal, penandatangan: input.penandatangan,
      penerima: input.penerima, tembusan: input.tembusan, penerimaDaftarDari: input.penerimaDaftarDari ?? null,
      keputusanWajib: input.keputusanWajib,
    }),
  });
}
