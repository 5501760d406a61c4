import type { StatusAkhir } from '../../domain/status-kasus.js';
import type { PermohonanRepository, KasusRepository, PesanProses } from '../ports.js';
import { complete, PrasyaratTidakTerpenuhi, type TaskResult } from '../task-result.js';
import type { Letak } from './langkah.js';

/** The message an instance linked to a case by message (F3 tujuan side) receives when the case closed first. */
export const PESAN_KASUS_DITUTUP = 'KasusDitutup';

export interface TutupKasusDeps {
  readonly permohonan: PermohonanRepository;
  readonly kasus: Pick<KasusRepository, 'tautan'>;
  readonly pesan: Pick<PesanProses, 'correlateMessage'>;
}

/**
 * tutup-kasus (issue 9, every case finishes): the end event of a flow records the case's final status, where it ended
 * and when. Only the instance that registered the case closes it. A case that was never registered (refused before its
 * first step wrote it) has nothing to close. Instances the case started by message in another tenant (F3 tujuan side)
 * and still waiting are told the case closed (`KasusDitutup`), so nothing hangs on the other side.
 */
export async function tutupKasus(deps: TutupKasusDeps, letak: Letak, input: { status: StatusAkhir; akhirDi: string }): Promise<TaskResult> {
  const tersimpan = await deps.permohonan.ambil(letak.kunciKasus);
  if (!tersimpan) return complete({});
  if (tersimpan.processInstanceId !== letak.processInstanceId) {
    throw new PrasyaratTidakTerpenuhi(
      `Kasus ${letak.kunciKasus} didaftarkan oleh instance ${tersimpan.processInstanceId ?? '(belum ada)'}; instance ${letak.processInstanceId} tidak menutupnya. ` +
      'Hanya proses yang mendaftarkan kasus yang mencatat status akhirnya.');
  }
  await deps.permohonan.tutup(letak.kunciKasus, input);
  for (const t of await deps.kasus.tautan(letak.kunciKasus)) {
    if (t.asal !== 'PESAN' || !t.processInstanceId) continue;
    // false when the other side already ended: nothing to tell it.
    await deps.pesan.correlateMessage(PESAN_KASUS_DITUTUP, t.processInstanceId, { statusKasus: input.status });
  }
  return complete({});
}
