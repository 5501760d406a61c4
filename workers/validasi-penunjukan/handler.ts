import { validasiPenunjukan } from '../../src/application/penunjukan-dalam-unit.js';
import { defineTopic, type Topic } from '../runtime/index.js';
import { permohonanPenunjukanVariables } from '../shared/permohonan-penunjukan.js';
import type { WorkerDeps } from '../shared/deps.js';

/** validasi-penunjukan: RULES.md F1 step 3 (PC, R-NAT-02/03/05/06/07/08/09, R-SYS-03). */
export function validasiPenunjukanTopic(deps: WorkerDeps): Topic {
  return defineTopic({
    topic: 'validasi-penunjukan',
    variables: permohonanPenunjukanVariables,
    outputs: ['ruangLingkup', 'pegawaiNama', 'pegawaiJabatan', 'periodePenugasan', 'kompetensiTeks', 'peringatan', 'peringatanTeks'],
    handle: (permohonan) => validasiPenunjukan(deps, permohonan),
  });
}
