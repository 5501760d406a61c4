import type { CamundaRest, CamundaTask } from '../../src/adapters/camunda/camunda-rest.js';
import { eventually } from './system-for-test.js';

/**
 * People of the demo organisation (Pemkab Kepulauan Meranti) for the team flows: the DPMPTSP, whose head is the
 * PUO and the PPK of its JF and Pelaksana, and two JF of the Dinas Kesehatan (another unit organisasi).
 */
export const TIM = {
  unit: 'meranti-dpmptsp',
  puo: '198003102005012001', // Aisyah Purnamasari, Kepala DPMPTSP (PPT Pratama)
  jfFajar: '199304072016121001', // Analis Kebijakan Ahli Muda, DPMPTSP
  pelaksanaNurdin: '199201152021011009', // Penata Layanan Operasional, DPMPTSP
  jfJajang: '198903272018021005', // Epidemiolog Ahli Pertama, Dinkes (PPK: Kepala Bidang P2P)
  ppkJajang: '199107012017021004', // Ilham Supriatna, Kepala Bidang P2P Dinkes
  jfTuti: '198210252007122004', // Epidemiolog Ahli Madya, Dinkes (no approved lintas unit penugasan)
} as const;

/** The next open task of a process the given user can see (not `notId`). */
export function taskOf(engine: CamundaRest, processInstanceId: string, notId?: string): Promise<CamundaTask> {
  return eventually(async () => (await engine.tasks({ processInstanceId })).find((t) => t.id !== notId), `a task in ${processInstanceId}`);
}
