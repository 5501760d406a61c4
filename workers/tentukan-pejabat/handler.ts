import { z } from 'zod';
import { tentukanPejabat } from '../../src/application/penunjukan-dalam-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import { businessKeyOf } from '../shared/business-key.js';
import type { WorkerDeps } from '../shared/deps.js';

/** tentukan-pejabat: who decides (R-NAT-09), snapshotted into the process (R-SYS-02). */
export function tentukanPejabatTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'tentukan-pejabat',
    variables: z.object({ pegawaiNip: z.string().min(1) }),
    outputs: ['pimpinanUnitNip', 'pimpinanUnitNama', 'pejabatPenilaiKinerjaNip'],
    handle: async ({ pegawaiNip }, ctx) => tentukanPejabat(deps, pegawaiNip, await businessKeyOf(deps, ctx)),
  });
}
