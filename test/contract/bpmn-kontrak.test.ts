import { describe, expect, it } from 'vitest';
import type { WorkerDeps } from '../../workers/shared/deps.js';
import { allTopics } from '../../workers/topics.js';
import { variabelDihasilkan, hulu, VARIABEL_AWAL, type Konteks } from './aliran-data.js';
import { attr, is, label, muatForm, muatProses, type Lajur, type ModelProses, type Simpul } from './bpmn-model.js';
import { variabelDibaca } from './juel.js';

// The contract between bpmn/, the forms and workers/topics.ts, read from the files: every process anyone adds
// to bpmn/ is checked by the same tests, one per process and check. No engine is started.

const proses = await muatProses();
const forms = await muatForm();
// The topic factories only close over their deps; nothing is called on them here.
const topics = new Map(allTopics({} as WorkerDeps).map((t) => [t.topic, t]));
const konteks: Konteks = { forms, topics };

const dalamScopeProses = (m: ModelProses) => m.simpul.filter((s) => s.$parent === m.proses);
const topicDari = (el: Simpul): string | undefined | null => {
  if (attr(el, 'camunda:type') === 'external') return attr(el, 'camunda:topic') ?? null;
  const def = el.eventDefinitions?.find((d) => attr(d, 'camunda:type') === 'external');
  return def ? (attr(def, 'camunda:topic') ?? null) : undefined;
};
/** Gateways that decide nothing need no name (as bpmnlint's label-required): parallel, event-based, joining. */
const perluNama = (el: Simpul) =>
  !(el.$instanceOf('bpmn:Gateway') && (is(el, 'bpmn:ParallelGateway') || is(el, 'bpmn:EventBasedGateway') || (el.outgoing ?? []).length <= 1));

function lajurSemua(m: ModelProses): Lajur[] {
  const hasil: Lajur[] = [];
  const kumpul = (lanes: readonly Lajur[] | undefined) => lanes?.forEach((l) => { hasil.push(l); kumpul(l.childLaneSet?.lanes); });
  m.proses.laneSets?.forEach((set) => kumpul(set.lanes));
  return hasil;
}

function periksaForm(el: Simpul, peran: string): string[] {
  const ref = attr(el, 'camunda:formRef');
  if (!ref) return [`${label(el)}: ${peran} tanpa camunda:formRef`];
  const masalah: string[] = [];
  if (!forms.has(ref)) masalah.push(`${label(el)}: camunda:formRef="${ref}" tidak ada di bpmn/*.form (ada: ${[...forms.keys()].join(', ') || 'tidak ada'})`);
  if (attr(el, 'camunda:formRefBinding') !== 'deployment') masalah.push(`${label(el)}: camunda:formRefBinding harus "deployment" (form dideploy bersama prosesnya)`);
  return masalah;
}

it('bpmn/ holds at least one executable process, so the checks below check something', () => {
  expect(proses.map((m) => m.proses.id)).not.toEqual([]);
});

it('every worker topic of allTopics (workers/topics.ts) is the camunda:topic of some BPMN element', () => {
  const dipakai = new Set(proses.flatMap((m) => m.simpul.map(topicDari)).filter((t): t is string => typeof t === 'string'));
  expect([...topics.keys()].filter((t) => !dipakai.has(t)).map((t) => `topic '${t}' punya worker tetapi tidak dipakai BPMN mana pun`)).toEqual([]);
});

describe.each(proses.map((m) => [`${m.file} › ${m.proses.id}`, m] as const))('%s', (_judul, m) => {
  it('every external task has a camunda:topic with a worker topic in allTopics (workers/topics.ts)', () => {
    const masalah = m.simpul.flatMap((el) => {
      const topic = topicDari(el);
      if (topic === null) return [`${label(el)}: camunda:type="external" tanpa camunda:topic`];
      if (topic !== undefined && !topics.has(topic)) return [`${label(el)}: topic '${topic}' tidak punya worker di allTopics (workers/topics.ts)`];
      return [];
    });
    expect(masalah).toEqual([]);
  });

  it('every user task has a deployed form (formRef, binding deployment) and an assignee or candidates; start forms exist', () => {
    const masalah = m.simpul.flatMap((el) => {
      if (is(el, 'bpmn:UserTask')) {
        const penerima = ['camunda:assignee', 'camunda:candidateUsers', 'camunda:candidateGroups'].some((a) => attr(el, a));
        return [...periksaForm(el, 'user task'), ...(penerima ? [] : [`${label(el)}: tanpa camunda:assignee, camunda:candidateUsers atau camunda:candidateGroups`])];
      }
      if (is(el, 'bpmn:StartEvent') && (attr(el, 'camunda:formRef') || attr(el, 'camunda:formKey'))) return periksaForm(el, 'start event dengan form');
      return [];
    });
    expect(masalah).toEqual([]);
  });

  it('the process has a name and camunda:historyTimeToLive; every flow node has a name and sits in a named lane (one per role)', () => {
    const masalah: string[] = [];
    if (!m.proses.name?.trim()) masalah.push(`proses ${m.proses.id}: tanpa nama`);
    if (!attr(m.proses, 'camunda:historyTimeToLive')) masalah.push(`proses ${m.proses.id}: tanpa camunda:historyTimeToLive`);
    for (const el of m.simpul) if (perluNama(el) && !el.name?.trim()) masalah.push(`${el.id} (${el.$type}): tanpa nama`);
    const lajur = lajurSemua(m);
    if (lajur.length === 0) masalah.push(`proses ${m.proses.id}: tanpa lajur (peta lintas fungsi: satu lajur per peran)`);
    for (const l of lajur) if (!l.name?.trim()) masalah.push(`lajur ${l.id}: tanpa nama peran`);
    const diLajur = new Set(lajur.flatMap((l) => l.flowNodeRef ?? []));
    for (const el of dalamScopeProses(m)) {
      // A boundary event may be drawn in its host's lane; the content of a sub-process is in the sub-process's.
      if (!diLajur.has(el) && !(el.attachedToRef && diLajur.has(el.attachedToRef))) masalah.push(`${label(el)}: tidak berada di lajur mana pun`);
    }
    expect(masalah).toEqual([]);
  });

  it('every variable a sequence-flow condition reads is set upstream of it (form, start variables, initiator, outputs, topic outputs)', () => {
    const masalah = m.alur.flatMap((alur) => {
      const kondisi = alur.conditionExpression?.body;
      if (!kondisi) return [];
      const tersedia = new Set(hulu(alur.sourceRef).flatMap((el) => variabelDihasilkan(el, konteks)));
      return variabelDibaca(kondisi).filter((v) => !tersedia.has(v)).map((v) =>
        `${alur.id} dari ${label(alur.sourceRef)}: kondisi ${kondisi} membaca '${v}', yang tidak dihasilkan simpul mana pun sebelumnya ` +
        `(kunci form, camunda:initiator, outputParameter, outputs topic worker, atau <camunda:property name="${VARIABEL_AWAL}"> di start event)`);
    });
    expect(masalah).toEqual([]);
  });

  it('every boundary error event references a bpmn:error with an errorCode', () => {
    const masalah = m.simpul.flatMap((el) => is(el, 'bpmn:BoundaryEvent')
      ? (el.eventDefinitions ?? []).filter((d) => is(d, 'bpmn:ErrorEventDefinition') && !d.errorRef?.errorCode?.trim())
        .map(() => `${label(el)}: error boundary tanpa errorRef ke bpmn:error yang punya errorCode`)
      : []);
    expect(masalah).toEqual([]);
  });
});
