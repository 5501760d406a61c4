import { hubunganInstans, parseKeputusanWajib, periksaKeputusanWajib, type KeputusanWajib } from '../../domain/rules/keputusan-wajib.js';
import type { KasusRepository, KeputusanTercatat, PermohonanRepository, ProcessHistory } from '../ports.js';
import { PrasyaratTidakTerpenuhi } from '../task-result.js';
import type { Letak } from './langkah.js';

export interface VerifikasiDeps {
  readonly kasus: KasusRepository;
  readonly permohonan: PermohonanRepository;
  readonly history: ProcessHistory;
}

/**
 * The case a task may act on (issue 8, "verify, do not believe"). The case key is the business key (or the
 * instance id) and is tied to the instance that registered it: another instance acts on it only when the case
 * linked it — a call activity's subprocess (the engine records the calling instance; no REST start can set it)
 * or the tujuan side of F3 (our worker started it and recorded the instance id it got back). Anything else is
 * refused before anything is read or written, with no retries.
 */
export async function verifikasiLetak(
  deps: VerifikasiDeps,
  kunciKasus: string,
  processInstanceId: string,
  opsi: { pendaftaran?: boolean } = {},
): Promise<Letak> {
  const letak = { kunciKasus, processInstanceId };
  const [tersimpan, tautan] = await Promise.all([deps.permohonan.ambil(kunciKasus), deps.kasus.tautan(kunciKasus)]);
  let pendaftar = tersimpan ? tersimpan.processInstanceId : undefined;
  // A permohonan the API stored before starting its instance (F1) belongs to the first instance that claims it.
  if (pendaftar === null && kunciKasus !== processInstanceId) pendaftar = await deps.permohonan.klaimInstans(kunciKasus, processInstanceId);
  const hubungan = hubunganInstans({ kunci: kunciKasus, pid: processInstanceId, pendaftar, tautan });
  if (hubungan === 'PENDAFTAR' && pendaftar === undefined && !opsi.pendaftaran) {
    // Only the step that validates and registers the request runs before the case is registered: an instance
    // started past it (startInstructions) would otherwise issue letters or resolve roles for a request nobody made.
    throw new PrasyaratTidakTerpenuhi(
      `[R-SYS-01] Kasus ${kunciKasus} belum terdaftar (permohonan belum divalidasi dan dicatat oleh instance ini); langkah ini tidak dijalankan. Tidak ada yang dicatat.`);
  }
  if (hubungan === 'PENDAFTAR' || hubungan === 'TERTAUT') return letak;

  const asal = await deps.history.asalInstans(processInstanceId);
  const sah = (pid: string | null) => pid !== null && (pid === pendaftar || (pendaftar == null && pid === kunciKasus) || tautan.some((t) => t.processInstanceId === pid));
  if (asal?.superProcessInstanceId && sah(asal.superProcessInstanceId)) {
    await deps.kasus.tautkanInstans({ kunciKasus, proses: asal.proses, processInstanceId, asal: 'PANGGILAN', indukProcessInstanceId: asal.superProcessInstanceId });
    return letak;
  }
  if (asal && hubunganInstans({ kunci: kunciKasus, pid: processInstanceId, pendaftar, tautan, proses: asal.proses }) === 'TUNGGU_TAUTAN') {
    // Our worker is starting this process for the case and has not recorded the instance yet: try again shortly.
    throw new Error(`Instance ${processInstanceId} (${asal.proses}) belum tertaut ke kasus ${kunciKasus}; dicoba lagi.`);
  }
  throw new PrasyaratTidakTerpenuhi(
    `[R-SYS-02] Instance proses ${processInstanceId} tidak berhak atas kasus ${kunciKasus}: kasus itu ${pendaftar ? `didaftarkan oleh instance ${pendaftar}` : 'tidak terdaftar'} ` +
    'dan instance ini tidak tertaut kepadanya (bukan subproses yang dipanggilnya, bukan sisi lain yang dimulai sistem). Tidak ada yang dicatat.');
}

/**
 * Refuses a side effect (letter, penugasan, membership, a start of the other side) when the decisions the BPMN step
 * requires (`keputusanWajib`) were not recorded in this same instance, by the role holders, in order. Call it
 * before anything is written: a refusal leaves no number, no letter, no record behind.
 */
export async function pastikanKeputusanWajib(
  deps: Pick<VerifikasiDeps, 'kasus'>,
  letak: Letak,
  keputusanWajib: string | readonly KeputusanWajib[] | null | undefined,
  untuk: string,
  tersedia?: { keputusan?: readonly KeputusanTercatat[]; peran?: Record<string, string> },
): Promise<void> {
  let wajib: readonly KeputusanWajib[];
  try {
    wajib = typeof keputusanWajib === 'string' || keputusanWajib == null ? parseKeputusanWajib(keputusanWajib) : keputusanWajib;
  } catch (error) {
    throw new PrasyaratTidakTerpenuhi(`${untuk}: ${(error as Error).message}`);
  }
  if (wajib.length === 0) return;
  const [keputusan, peran] = await Promise.all([
    tersedia?.keputusan ?? deps.kasus.keputusan(letak.kunciKasus), tersedia?.peran ?? deps.kasus.peran(letak.kunciKasus),
  ]);
  const masalah = periksaKeputusanWajib(wajib, keputusan, peran, letak.processInstanceId);
  if (masalah.length > 0) {
    throw new PrasyaratTidakTerpenuhi(`${untuk} ditolak, prasyarat keputusan tidak terpenuhi: ${masalah.join(' ')} Tidak ada yang dicatat.`);
  }
}

/** The decisions of the case taken in this instance (lists of pegawai, reasons and prerequisites read only these). */
export const keputusanInstans = (keputusan: readonly KeputusanTercatat[], letak: Letak) =>
  keputusan.filter((k) => k.processInstanceId === letak.processInstanceId);
