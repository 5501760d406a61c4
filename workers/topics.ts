import type { Topic } from './runtime/index.js';
import { catatPenolakanTopic } from './catat-penolakan/handler.js';
import { catatPenugasanTopic } from './catat-penugasan/handler.js';
import type { WorkerDeps } from './shared/deps.js';
import { tentukanPejabatTopic } from './tentukan-pejabat/handler.js';
import { validasiKeputusanTopic } from './validasi-keputusan/handler.js';
import { validasiPenunjukanTopic } from './validasi-penunjukan/handler.js';

/** Every external-task topic of bpmn/, one handler each. */
export function allTopics(deps: WorkerDeps): Topic[] {
  return [
    validasiPenunjukanTopic(deps),
    tentukanPejabatTopic(deps),
    validasiKeputusanTopic(deps),
    catatPenugasanTopic(deps),
    catatPenolakanTopic(deps),
  ];
}
