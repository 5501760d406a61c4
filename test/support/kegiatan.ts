import type { CamundaRest, CamundaTask } from '../../src/adapters/camunda/camunda-rest.js';
import type { System } from '../../src/cli/system.js';
import { DEMO, eventually } from './system-for-test.js';

let urutan = 0;

/** Records a DITETAPKAN penugasan (as F1 would) and returns its id; each call a new one. */
export async function penugasanDitetapkan(system: System, p: { pegawaiNip?: string; unitPemilikKinerjaId?: string; tahun?: string } = {}): Promise<number> {
  urutan++;
  const tahun = p.tahun ?? '2027';
  const { penugasan } = await system.penugasan.record({
    processInstanceId: `uji-${Date.now()}-${urutan}`, bentuk: 'PENUNJUKAN', ruangLingkup: 'DALAM_UNIT', status: 'DITETAPKAN',
    pegawaiNip: p.pegawaiNip ?? DEMO.jfSiti, unitPemilikKinerjaId: p.unitPemilikKinerjaId ?? DEMO.unit, pengusulNip: DEMO.puo, penetapNip: DEMO.puo,
    uraianTugas: `Menyusun dasbor statistik sektoral #${urutan}`, targetKinerja: 'Dasbor statistik sektoral terbit di portal data',
    kompetensiDibutuhkan: ['Analisis data'], tanggalMulai: `${tahun}-01-04`, tanggalSelesai: `${tahun}-03-31`, alasan: null, suratNomor: `${urutan}/ST/uji/${tahun}`,
  }, DEMO.puo);
  return penugasan.id;
}

/** The open task of a process with this definition key, as `engine` sees it (not `notId`). */
export function taskOf(engine: CamundaRest, processInstanceId: string, key: string, notId?: string): Promise<CamundaTask> {
  return eventually(async () => (await engine.tasks({ processInstanceId, taskDefinitionKey: key })).find((t) => t.id !== notId), `${key} in ${processInstanceId}`, 30_000);
}

/** The HTTP status the engine refused a call with (Camunda authorization), or undefined when it went through. */
export async function statusPenolakan(call: Promise<unknown>): Promise<number | undefined> {
  return call.then(() => undefined, (error: unknown) => (error as { status?: number }).status);
}
