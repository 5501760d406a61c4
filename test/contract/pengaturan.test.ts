import { describe, expect, it } from 'vitest';
import { parseKeputusanWajib } from '../../src/domain/rules/keputusan-wajib.js';
import type { WorkerDeps } from '../../workers/shared/deps.js';
import { allTopics } from '../../workers/topics.js';
import { attr, is, label, muatProses, type Elemen, type ModelProses, type Simpul } from './bpmn-model.js';

// Issue 8 (R-SYS-02): a worker's settings come only from the input parameters its BPMN step sets. A local input
// parameter always shadows a process variable of the same name, so a step that sets every setting of its topic
// cannot be reconfigured by a variable a user slipped in at the start or in a task completion. Every process anyone
// adds to bpmn/ is checked. No engine is started.

const proses = await muatProses();
const topics = new Map(allTopics({} as WorkerDeps).map((t) => [t.topic, t]));

const topicDari = (el: Simpul): string | undefined => (attr(el, 'camunda:type') === 'external' ? attr(el, 'camunda:topic')
  // A message end event implemented as an external task (tutup-kasus, issue 9) carries its topic on the definition.
  : el.eventDefinitions?.map((d) => (attr(d, 'camunda:type') === 'external' ? attr(d, 'camunda:topic') : undefined)).find((t) => t !== undefined));

/** The input parameters of an element: name → text (null when the parameter has no value). */
function parameterMasukan(el: Simpul): Map<string, string | null> {
  const hasil = new Map<string, string | null>();
  for (const ext of el.extensionElements?.values ?? []) {
    if (!is(ext, 'camunda:InputOutput')) continue;
    for (const p of (ext.get('inputParameters') as readonly Elemen[] | undefined) ?? []) {
      const nama = p.get('name');
      const nilai = p.get('value');
      if (typeof nama === 'string') hasil.set(nama, typeof nilai === 'string' && nilai.trim() !== '' ? nilai.trim() : null);
    }
  }
  return hasil;
}

/** Side effects that carry a decision: they must name the decisions they need (a letter asking or reporting need not). */
const SURAT_KEPUTUSAN = new Set(['SURAT_PENUGASAN', 'SURAT_TUGAS', 'SURAT_KEPUTUSAN', 'SURAT_JAWABAN', 'REKOMENDASI', 'INSTRUKSI', 'BAHAN_PERTIMBANGAN']);
function perluKeputusan(topic: string, p: Map<string, string | null>): boolean {
  if (topic === 'catat-penugasan-kasus' || topic === 'kirim-permohonan-lintas-instansi') return true;
  if (topic === 'catat-tim-kerja') return p.get('status') !== 'DIBATALKAN';
  if (topic === 'terbitkan-surat') {
    const jenis = p.get('jenisSurat') ?? '';
    return jenis.includes('${') || SURAT_KEPUTUSAN.has(jenis);
  }
  return false;
}

it('the topics that record a penugasan, a letter or a membership, or start the other side of a case, declare keputusanWajib as a setting', () => {
  const wajib = ['terbitkan-surat', 'catat-penugasan-kasus', 'catat-tim-kerja', 'kirim-permohonan-lintas-instansi'];
  expect(wajib.filter((t) => !topics.get(t)?.pengaturan.includes('keputusanWajib'))).toEqual([]);
});

describe.each(proses.map((m) => [`${m.file} › ${m.proses.id}`, m] as const))('%s', (_judul, m: ModelProses) => {
  const layanan = m.simpul.filter((el) => topicDari(el) !== undefined);

  it('every service task sets every setting its topic declares (defineTopic pengaturan) as a camunda:inputParameter (R-SYS-02)', () => {
    const masalah = layanan.flatMap((el) => {
      const topic = topics.get(topicDari(el) ?? '');
      const ada = parameterMasukan(el);
      return (topic?.pengaturan ?? []).filter((n) => !ada.has(n))
        .map((n) => `${label(el)} (${topic?.topic}): pengaturan '${n}' bukan camunda:inputParameter; variabel proses bernama sama dari pengguna akan dipakai`);
    });
    expect(masalah).toEqual([]);
  });

  it('every keputusanWajib parses and names user tasks of this process decided by their assignee role (R-SYS-02, R-NAT-12, R-NAT-25, R-NAT-34)', () => {
    const tugas = new Map(m.simpul.filter((el) => is(el, 'bpmn:UserTask')).map((el) => [el.id, el]));
    const masalah = layanan.flatMap((el) => {
      const p = parameterMasukan(el);
      if (!p.has('keputusanWajib')) return [];
      const teks = p.get('keputusanWajib') ?? '';
      // A literal, never an expression: its value must not depend on process variables a user could set.
      if (teks.includes('${') || teks.includes('#{')) return [`${label(el)}: keputusanWajib harus literal, bukan ekspresi (${teks})`];
      let daftar;
      try {
        daftar = parseKeputusanWajib(teks);
      } catch (error) {
        return [`${label(el)}: ${(error as Error).message}`];
      }
      const hasil: string[] = [];
      if (daftar.length === 0 && perluKeputusan(topicDari(el) ?? '', p)) hasil.push(`${label(el)}: keputusanWajib kosong, padahal langkah ini mencatat hasil suatu keputusan`);
      for (const w of daftar) {
        const t = tugas.get(w.langkah);
        if (!t) {
          hasil.push(`${label(el)}: keputusanWajib menyebut '${w.langkah}', yang bukan user task proses ini`);
          continue;
        }
        const assignee = attr(t, 'camunda:assignee');
        if (assignee !== `\${${w.pelaku}}`) hasil.push(`${label(el)}: pelaku '${w.pelaku}' untuk ${w.langkah} berbeda dari assignee-nya (${assignee ?? 'tanpa assignee'})`);
      }
      return hasil;
    });
    expect(masalah).toEqual([]);
  });
});
