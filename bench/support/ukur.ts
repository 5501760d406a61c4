import { readFileSync } from 'node:fs';

/** The p-th percentile (0..100) of `values` (nearest rank); NaN when empty. */
export function persentil(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return persentil(values, 50);
}

/** Resident memory of a process in MB (VmRSS from /proc), NaN when it is gone. */
export function rssMb(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Samples the resident memory of `pid` every 250 ms until stopped; returns the highest seen. */
export function pantauRss(pid: number | undefined): () => number {
  let puncak = rssMb(pid);
  const timer = setInterval(() => { puncak = Math.max(puncak, rssMb(pid)); }, 250);
  return () => {
    clearInterval(timer);
    return Math.max(puncak, rssMb(pid));
  };
}

export interface HasilBeban {
  readonly rps: number;
  readonly p50: number;
  readonly p95: number;
  readonly gagal: number;
  readonly jumlah: number;
}

/**
 * Open-loop load at a fixed rate: request i is due at start + i/rate, and its latency is counted from when it was due
 * (not from when it was sent), so a slow server cannot hide its queueing (coordinated omission).
 */
export async function bebanTetap(kirim: (i: number) => Promise<boolean>, rate: number, detik: number): Promise<HasilBeban> {
  const jumlah = Math.round(rate * detik);
  const mulai = performance.now();
  const latensi: number[] = [];
  let gagal = 0;
  const semua: Promise<void>[] = [];
  for (let i = 0; i < jumlah; i++) {
    const jatuhTempo = mulai + (i * 1000) / rate;
    const tunggu = jatuhTempo - performance.now();
    if (tunggu > 0) await new Promise((r) => setTimeout(r, tunggu));
    semua.push(kirim(i).then((ok) => {
      if (!ok) gagal++;
      latensi.push(performance.now() - jatuhTempo);
    }, () => {
      gagal++;
      latensi.push(performance.now() - jatuhTempo);
    }));
  }
  await Promise.all(semua);
  const durasi = (performance.now() - mulai) / 1000;
  return { rps: jumlah / durasi, p50: persentil(latensi, 50), p95: persentil(latensi, 95), gagal, jumlah };
}
