import { z } from 'zod';
import { periksaKeputusan } from '../../src/application/kasus/langkah.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { daftarKoma, letakOf, peringatanVariable } from '../shared/kasus.js';

const nullableText = z.string().nullish();
const teks = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * periksa-keputusan: validates and records the decision of the user task before it. Input parameters:
 * `langkah` (the user task id), `pelaku` (the role variable whose holder must have completed it), `pilihan`
 * ("SETUJU,TOLAK"), `alasanWajib` (verdicts that need reasons, "TOLAK"), optional `simpan` (form variables
 * kept with the decision, "pegawaiDitugaskan"), `prasyarat` ("Tugas_X:SETUJU:R-NAT-25": an earlier decision a
 * go-ahead needs), `variabelKeputusan`/`variabelAlasan` (form keys when not keputusan/alasan).
 */
export function periksaKeputusanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'periksa-keputusan',
    // Every variable is fetched: `simpan` names form fields only the BPMN knows.
    variables: z.record(z.string(), z.unknown()).pipe(z.object({
      langkah: z.string().min(1),
      pelaku: z.string().min(1),
      pilihan: daftarKoma,
      alasanWajib: daftarKoma,
      simpan: daftarKoma,
      prasyarat: daftarKoma,
      variabelKeputusan: z.string().nullish(),
      variabelAlasan: z.string().nullish(),
      catatan: nullableText,
      justifikasi: nullableText,
      peringatanDiakui: z.boolean().nullish(),
      peringatan: peringatanVariable,
    }).loose()),
    outputs: ['galatKeputusan'],
    pengaturan: ['langkah', 'pelaku', 'pilihan', 'alasanWajib', 'simpan', 'prasyarat', 'variabelKeputusan', 'variabelAlasan'],
    handle: async (input, ctx) =>
      periksaKeputusan(deps, await letakOf(deps, ctx), {
      ...input,
      keputusan: teks(input[input.variabelKeputusan ?? 'keputusan']),
      alasan: teks(input[input.variabelAlasan ?? 'alasan']),
      data: Object.fromEntries(input.simpan.map((name) => [name, input[name] ?? null])),
    }),
  });
}
