/**
 * The decisions a side effect (a letter, a penugasan, a team membership, the start of the other side of a case)
 * requires, as the BPMN step says them in its input parameter `keputusanWajib` (R-SYS-02, R-NAT-12, R-NAT-25,
 * R-NAT-34). Pure: the caller passes the decisions recorded in the same process instance and the case's roles.
 *
 * Syntax (issue 10 will replace the string mini-languages; this one is validated where it is read):
 *   entries separated by commas, in the order the decisions must have been taken;
 *   entry  = langkah ":" VERDIK ("|" VERDIK)* ":" peranPelaku [":kecuali=" peranLain]
 * `langkah` is the user task id, `peranPelaku` the role variable whose holder (the snapshot, R-SYS-02) must have
 * completed it. `kecuali=peranLain` skips the entry when one person holds both roles (R-NAT-12/R-NAT-55: no
 * recommendation to oneself). An empty value means that the step requires no decision.
 */
export interface KeputusanWajib {
  readonly langkah: string;
  readonly verdik: readonly string[];
  readonly pelaku: string;
  readonly kecualiSamaDengan?: string;
}

/** A decision as recorded (keputusan_kasus), only what the check reads. */
export interface KeputusanDicatat {
  readonly id: number;
  readonly processInstanceId: string;
  readonly langkah: string;
  readonly aktorNip: string;
  readonly keputusan: string;
}

const NAMA = /^[A-Za-z][A-Za-z0-9_]*$/;
const VERDIK = /^[A-Z][A-Z0-9_]*$/;
const PERAN = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** Parses `keputusanWajib`; throws with the offending entry when it is not well formed. */
export function parseKeputusanWajib(teks: string | null | undefined): KeputusanWajib[] {
  const entri = (teks ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  return entri.map((e) => {
    const bagian = e.split(':').map((s) => s.trim());
    const [langkah, verdik, pelaku, kecuali, ...lebih] = bagian;
    const salah = (sebab: string) => new Error(`keputusanWajib tidak valid: '${e}' (${sebab}); bentuknya langkah:VERDIK[|VERDIK]:peranPelaku[:kecuali=peranLain]`);
    if (lebih.length > 0) throw salah('terlalu banyak bagian');
    if (!langkah || !NAMA.test(langkah)) throw salah('langkah harus id user task');
    const daftarVerdik = (verdik ?? '').split('|').map((v) => v.trim());
    if (daftarVerdik.length === 0 || daftarVerdik.some((v) => !VERDIK.test(v))) throw salah('VERDIK harus huruf kapital, dipisah |');
    if (!pelaku || !PERAN.test(pelaku)) throw salah('peranPelaku harus nama variabel peran');
    if (kecuali !== undefined) {
      const m = /^kecuali=([a-zA-Z][a-zA-Z0-9]*)$/.exec(kecuali);
      if (!m?.[1]) throw salah('bagian keempat harus kecuali=peranLain');
      return { langkah, verdik: daftarVerdik, pelaku, kecualiSamaDengan: m[1] };
    }
    return { langkah, verdik: daftarVerdik, pelaku };
  });
}

const teksVerdik = (v: readonly string[]) => v.map((x) => x.toLowerCase().replace(/_/g, ' ')).join(' atau ');

/**
 * What is missing for a side effect: an empty list when every required decision was recorded in `processInstanceId`
 * with an allowed verdict, by the role holder resolved for it (R-SYS-02), and in the listed order (R-NAT-12:
 * recommendation before the PPK's decision; R-NAT-25: approval 1 before approval 2). The latest decision of a
 * step counts (a step sent back and decided again is decided by its last completion).
 */
export function periksaKeputusanWajib(
  wajib: readonly KeputusanWajib[],
  keputusan: readonly KeputusanDicatat[],
  peran: Readonly<Record<string, string>>,
  processInstanceId: string,
): string[] {
  const masalah: string[] = [];
  const milikInstans = keputusan.filter((k) => k.processInstanceId === processInstanceId);
  let sebelumnya: { id: number; langkah: string } | undefined;
  for (const w of wajib) {
    if (w.kecualiSamaDengan && peran[w.pelaku] && peran[w.pelaku] === peran[w.kecualiSamaDengan]) continue;
    const nama = `keputusan ${teksVerdik(w.verdik)} pada langkah ${w.langkah}`;
    const terakhir = [...milikInstans].reverse().find((k) => k.langkah === w.langkah);
    if (!terakhir) {
      masalah.push(`[R-SYS-02] ${nama} tidak tercatat pada instance proses ${processInstanceId}.`);
      continue;
    }
    if (!w.verdik.includes(terakhir.keputusan)) {
      masalah.push(`[R-SYS-02] ${nama} diperlukan, tetapi yang tercatat: ${teksVerdik([terakhir.keputusan])}.`);
      continue;
    }
    const pemegang = peran[w.pelaku];
    if (!pemegang || terakhir.aktorNip !== pemegang) {
      masalah.push(`[R-SYS-02] ${nama} diambil oleh ${terakhir.aktorNip}, bukan pemegang peran ${w.pelaku}${pemegang ? ` (${pemegang})` : ' (belum ditentukan)'}.`);
      continue;
    }
    if (sebelumnya && terakhir.id < sebelumnya.id) {
      masalah.push(`[R-NAT-12/R-NAT-25] ${nama} tercatat sebelum keputusan pada langkah ${sebelumnya.langkah}; urutannya tidak sah.`);
    }
    sebelumnya = { id: terakhir.id, langkah: w.langkah };
  }
  return masalah;
}

/** How a process instance relates to the case named by its business key (see src/application/kasus/instans.ts). */
export type HubunganInstans = 'PENDAFTAR' | 'TERTAUT' | 'TUNGGU_TAUTAN' | 'DITOLAK';

/**
 * Whether process instance `pid` may act on case `kunci` (the case key is tied to the instance that registered
 * it): the registering instance, an instance the case linked to itself (a call activity's subprocess, the other
 * side of F3 started by our worker), or, while our worker is starting the linked instance, one of that process.
 */
export function hubunganInstans(p: {
  kunci: string;
  pid: string;
  /** permohonan.process_instance_id of the case; undefined when the case is not registered. */
  pendaftar: string | null | undefined;
  /** Instances linked to the case; a pending link (pid null) names the process it waits for. */
  tautan: readonly { processInstanceId: string | null; proses: string }[];
  /** The process definition key of `pid`, when known. */
  proses?: string;
}): HubunganInstans {
  if (p.pendaftar === p.pid) return 'PENDAFTAR';
  if (p.tautan.some((t) => t.processInstanceId === p.pid)) return 'TERTAUT';
  // A case registered by another instance is theirs; an unregistered key is the case of the instance it names.
  if (p.pendaftar === undefined || p.pendaftar === null) {
    if (p.kunci === p.pid) return 'PENDAFTAR';
  }
  if (p.proses && p.tautan.some((t) => t.processInstanceId === null && t.proses === p.proses)) return 'TUNGGU_TAUTAN';
  return 'DITOLAK';
}
