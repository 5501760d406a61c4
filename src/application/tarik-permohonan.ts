import { dapatDitarik, pemohonKasus } from '../domain/status-kasus.js';
import type { KasusRepository, PermohonanRepository, PesanProses, ProcessHistory } from './ports.js';

/** The message every withdrawable flow catches with an interrupting event sub-process (bpmn/README.md). */
export const PESAN_PERMOHONAN_DITARIK = 'PermohonanDitarik';
/** How a withdrawal is kept among the case's decisions (R-SYS-04). */
export const LANGKAH_PENARIKAN = 'PENARIKAN';

export interface TarikDeps {
  readonly permohonan: PermohonanRepository;
  readonly kasus: Pick<KasusRepository, 'catatKeputusan' | 'pihak'>;
  readonly history: Pick<ProcessHistory, 'pemulaProses'>;
  readonly pesan: Pick<PesanProses, 'correlateMessage'>;
  /** The technical user the API starts F1 with: for such a case the pemohon is the pengusul the API stored. */
  readonly akunApi: string;
}

export type HasilTarik =
  | { readonly ok: true; readonly kunci: string; readonly processInstanceId: string }
  | { readonly ok: false; readonly status: 403 | 404 | 409; readonly kode: string; readonly pesan: string };

/**
 * Issue 9: a pemohon withdraws their open request. Who started the case is read from the engine's record (the
 * startUserId of the instance; for a case the API started, the pengusul it stored from the authenticated caller),
 * never from the request. The engine then interrupts the flow (message PermohonanDitarik, which a pegawai may not
 * correlate themself), and its end event closes the case as DIBATALKAN. The withdrawal and its reason are kept
 * with the case's decisions.
 */
export async function tarikPermohonan(deps: TarikDeps, pemanggilNip: string, kunci: string, alasan: string): Promise<HasilTarik> {
  const tersimpan = await deps.permohonan.ambil(kunci);
  const pid = tersimpan?.processInstanceId;
  const tidakAda = { ok: false, status: 404, kode: 'TIDAK_DITEMUKAN', pesan: `Kasus ${kunci} tidak ditemukan.` } as const;
  if (!tersimpan || !pid) return tidakAda;
  const pemohon = pemohonKasus(await deps.history.pemulaProses(pid), deps.akunApi, tersimpan.pengusulNip);
  if (pemohon !== pemanggilNip) {
    // Someone who takes no part in the case learns nothing about it (UU 27/2022); a party hears why not.
    if (!(await deps.kasus.pihak(kunci)).includes(pemanggilNip)) return tidakAda;
    return { ok: false, status: 403, kode: 'BUKAN_PEMOHON', pesan: `Hanya pemohon yang memulai kasus ${kunci} yang dapat menarik permohonannya.` };
  }
  const status = (await deps.permohonan.status(kunci))?.status ?? 'BERJALAN';
  if (!dapatDitarik(status)) {
    return { ok: false, status: 409, kode: 'KASUS_SUDAH_BERAKHIR', pesan: `Kasus ${kunci} sudah berakhir (status ${status}) dan tidak dapat ditarik.` };
  }
  const diterima = await deps.pesan.correlateMessage(PESAN_PERMOHONAN_DITARIK, pid, { alasanPenarikan: alasan, ditarikOleh: pemanggilNip });
  if (!diterima) {
    return { ok: false, status: 409, kode: 'TIDAK_DAPAT_DITARIK', pesan: `Kasus ${kunci} tidak dapat ditarik: prosesnya sudah selesai atau alur ini tidak menyediakan penarikan.` };
  }
  await deps.kasus.catatKeputusan({
    taskId: `penarikan:${pid}`, kunciKasus: kunci, processInstanceId: pid, langkah: LANGKAH_PENARIKAN,
    aktorNip: pemanggilNip, keputusan: 'DITARIK', alasan, data: {},
  });
  return { ok: true, kunci, processInstanceId: pid };
}
