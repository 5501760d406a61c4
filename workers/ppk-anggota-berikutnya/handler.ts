import { z } from 'zod';
import { ppkAnggotaBerikutnya } from '../../src/application/laporan-tim-kerja.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/** ppk-anggota-berikutnya: the next member's PPK to receive the ketua's report on their results (R-NAT-38). */
export function ppkAnggotaBerikutnyaTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'ppk-anggota-berikutnya',
    variables: z.object({}),
    outputs: ['adaPpkBerikutnya', 'ppkTujuanNip', 'anggotaDinilaiTeks'],
    handle: async (_input, ctx) =>
      ppkAnggotaBerikutnya(deps, await letakOf(deps, ctx)),
  });
}
