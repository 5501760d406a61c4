import { z } from 'zod';
import { tutupKasus } from '../../src/application/kasus/tutup-kasus.js';
import { STATUS_AKHIR } from '../../src/domain/status-kasus.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import type { WorkerDeps } from '../shared/deps.js';
import { letakOf, PENDAFTARAN } from '../shared/kasus.js';

/**
 * tutup-kasus: the external-task implementation of every end event of a flow (a message end event with
 * camunda:type="external"). Input parameter `status`: the case's final status (src/domain/status-kasus.ts).
 */
export function tutupKasusTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'tutup-kasus',
    variables: z.object({ status: z.enum(STATUS_AKHIR) }),
    outputs: [],
    pengaturan: ['status'],
    handle: async (input, ctx) =>
      // A request refused before it was registered ends too: PENDAFTARAN lets the step run, and it closes nothing.
      tutupKasus(deps, await letakOf(deps, ctx, PENDAFTARAN), { status: input.status, akhirDi: ctx.activityId }),
  });
}
