import { z } from 'zod';
import { tentukanPeran } from '../../src/application/kasus/langkah.js';
import { PERAN } from '../../src/domain/kasus.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf } from '../shared/kasus.js';

/**
 * tentukan-peran: who acts next. Input parameters of the service task: `peran` (a role of src/domain/kasus.ts),
 * `subjek` (its NIP, unit or instansi), `variabel` (the name the holder is kept under, e.g. ppkDitujuNip).
 * Outputs `${variabel}` and `${variabel}Nama`.
 */
export function tentukanPeranTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'tentukan-peran',
    variables: z.object({ peran: z.enum(PERAN), subjek: z.string().min(1), variabel: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/) }),
    outputs: ['${variabel}', '${variabel}Nama'],
    pengaturan: ['peran', 'subjek', 'variabel'],
    handle: async (input, ctx) =>
      tentukanPeran(deps, await letakOf(deps, ctx), input),
  });
}
