/**
 * The review of a flow as a business process (issue 10 item 7): metrics (steps, handoffs between roles, decisions,
 * letters), the SOP table in the layout of Permen PANRB 35/2012 and the duration statistics per activity from
 * history. Pure: the caller passes the typed model and the finished activity durations.
 */
import { NAMA_SURAT, type JenisSurat } from '../kasus.js';
import type { ModelProses, SimpulModel } from './model-proses.js';

export interface MetrikProses {
  readonly langkah: number;
  readonly langkahManusia: number;
  readonly langkahOtomatis: number;
  readonly serahTerima: number;
  readonly keputusan: number;
  readonly surat: number;
  readonly peran: readonly string[];
}

const TUGAS = new Set(['userTask', 'serviceTask', 'sendTask', 'receiveTask', 'callActivity', 'subProcess', 'manualTask', 'businessRuleTask']);
const KEPUTUSAN_TOPIK = new Set(['periksa-keputusan', 'validasi-keputusan']);

/** For each user task, the user tasks that follow it directly (passing only automatic steps, gateways and events). */
function tugasBerikutnya(m: ModelProses): Map<string, Set<string>> {
  const simpul = new Map(m.simpul.map((s) => [s.id, s]));
  const sesudah = new Map<string, string[]>();
  for (const a of m.alur) sesudah.set(a.dari, [...(sesudah.get(a.dari) ?? []), a.ke]);
  for (const s of m.simpul) if (s.melekatPada) sesudah.set(s.melekatPada, [...(sesudah.get(s.melekatPada) ?? []), s.id]);
  const hasil = new Map<string, Set<string>>();
  for (const awal of m.simpul.filter((s) => s.jenis === 'userTask')) {
    const ditemukan = new Set<string>();
    const dilihat = new Set<string>([awal.id]);
    const antrian = [...(sesudah.get(awal.id) ?? [])];
    while (antrian.length > 0) {
      const id = antrian.pop()!;
      if (dilihat.has(id)) continue;
      dilihat.add(id);
      if (simpul.get(id)?.jenis === 'userTask') ditemukan.add(id);
      else antrian.push(...(sesudah.get(id) ?? []));
    }
    hasil.set(awal.id, ditemukan);
  }
  return hasil;
}

export function metrikProses(m: ModelProses): MetrikProses {
  const tugas = m.simpul.filter((s) => TUGAS.has(s.jenis));
  const manusia = tugas.filter((s) => s.jenis === 'userTask' || s.jenis === 'manualTask');
  const simpul = new Map(m.simpul.map((s) => [s.id, s]));
  let serahTerima = 0;
  for (const [dari, ke] of tugasBerikutnya(m)) {
    for (const k of ke) if (simpul.get(dari)?.lajur !== simpul.get(k)?.lajur) serahTerima += 1;
  }
  return {
    langkah: tugas.length,
    langkahManusia: manusia.length,
    langkahOtomatis: tugas.length - manusia.length,
    serahTerima,
    keputusan: m.simpul.filter((s) => KEPUTUSAN_TOPIK.has(s.topik ?? '')).length,
    surat: m.simpul.filter((s) => s.topik === 'terbitkan-surat').length,
    peran: [...new Set(manusia.map((s) => s.lajur ?? '(tanpa lajur)'))],
  };
}

export interface StatistikDurasi {
  readonly activityId: string;
  readonly jumlah: number;
  readonly medianMs: number;
  readonly p90Ms: number;
}

/** Nearest-rank percentile of sorted values. */
function persentil(terurut: readonly number[], p: number): number {
  return terurut[Math.max(0, Math.ceil((p / 100) * terurut.length) - 1)] ?? 0;
}

export function statistikDurasi(aktivitas: readonly { activityId: string; durationInMillis: number | null }[]): StatistikDurasi[] {
  const per = new Map<string, number[]>();
  for (const a of aktivitas) if (a.durationInMillis !== null) per.set(a.activityId, [...(per.get(a.activityId) ?? []), a.durationInMillis]);
  return [...per].map(([activityId, d]) => {
    const t = [...d].sort((a, b) => a - b);
    return { activityId, jumlah: t.length, medianMs: persentil(t, 50), p90Ms: persentil(t, 90) };
  }).sort((a, b) => a.activityId.localeCompare(b.activityId));
}

/** Permen PANRB 35/2012 flow symbols: terminator (start/end), kegiatan (activity), keputusan (decision). */
export type SimbolSop = 'TERMINATOR' | 'KEGIATAN' | 'KEPUTUSAN';
export const GAMBAR_SIMBOL: Record<SimbolSop, string> = { TERMINATOR: '⬭', KEGIATAN: '▭', KEPUTUSAN: '◇' };

export interface BarisSop {
  readonly no: number;
  readonly uraianKegiatan: string;
  /** The pelaksana (lane) doing it and its symbol. */
  readonly pelaksana: string;
  readonly simbol: SimbolSop;
  readonly kelengkapan: string;
  readonly waktu: string;
  readonly output: string;
  readonly keterangan: string;
}

export interface TabelSop {
  readonly judul: string;
  readonly pelaksana: readonly string[];
  readonly baris: readonly BarisSop[];
}

function simbolDari(s: SimpulModel): SimbolSop | undefined {
  if (s.jenis === 'startEvent' || s.jenis === 'endEvent') return 'TERMINATOR';
  if (s.jenis === 'exclusiveGateway' || s.jenis === 'inclusiveGateway' || KEPUTUSAN_TOPIK.has(s.topik ?? '')) return 'KEPUTUSAN';
  if (TUGAS.has(s.jenis)) return 'KEGIATAN';
  return undefined;
}

const jam = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} detik` : ms < 3_600_000 ? `${Math.round(ms / 60_000)} menit` : `${(ms / 3_600_000).toFixed(1)} jam`);

/** The SOP rows in flow order (breadth first from the start events), one per activity, event and decision. */
export function tabelSop(m: ModelProses, durasi: readonly StatistikDurasi[] = []): TabelSop {
  const sesudah = new Map<string, string[]>();
  for (const a of m.alur) sesudah.set(a.dari, [...(sesudah.get(a.dari) ?? []), a.ke]);
  for (const s of m.simpul) if (s.melekatPada) sesudah.set(s.melekatPada, [...(sesudah.get(s.melekatPada) ?? []), s.id]);
  const simpul = new Map(m.simpul.map((s) => [s.id, s]));
  const urutan: SimpulModel[] = [];
  const dilihat = new Set<string>();
  const antrian = m.simpul.filter((s) => s.jenis === 'startEvent' && s.masuk.length === 0).map((s) => s.id);
  while (antrian.length > 0) {
    const id = antrian.shift()!;
    if (dilihat.has(id)) continue;
    dilihat.add(id);
    const s = simpul.get(id);
    if (s) urutan.push(s);
    antrian.push(...(sesudah.get(id) ?? []));
  }
  for (const s of m.simpul) if (!dilihat.has(s.id)) urutan.push(s);
  const durasiDari = new Map(durasi.map((d) => [d.activityId, d]));
  const baris: BarisSop[] = [];
  for (const s of urutan) {
    const simbol = simbolDari(s);
    if (!simbol || s.jenis === 'boundaryEvent') continue;
    const d = durasiDari.get(s.id);
    const jenisSurat = s.parameter.get('jenisSurat');
    baris.push({
      no: baris.length + 1,
      uraianKegiatan: s.nama,
      pelaksana: s.lajur ?? '(tanpa lajur)',
      simbol,
      kelengkapan: s.formRef ? `Formulir ${s.formRef}` : s.topik === 'terbitkan-surat' ? 'Keputusan yang disyaratkan' : '-',
      waktu: d ? `median ${jam(d.medianMs)}; p90 ${jam(d.p90Ms)} (${d.jumlah} kasus)` : '-',
      output: jenisSurat ? (NAMA_SURAT[jenisSurat as JenisSurat] ?? jenisSurat) : s.jenis === 'userTask' ? 'Keputusan / isian formulir' : s.jenis === 'endEvent' ? 'Selesai' : '-',
      keterangan: s.topik ? `Otomatis (Sistem Kerja: ${s.topik})` : '',
    });
  }
  const pelaksana = [...new Set([...m.lajur, ...baris.map((b) => b.pelaksana)])].filter((p) => baris.some((b) => b.pelaksana === p));
  return { judul: m.nama, pelaksana, baris };
}
