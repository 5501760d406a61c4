import type { Topic } from '../../workers/runtime/index.js';
import { attr, is, properti, type Elemen, type Form, type Simpul } from './bpmn-model.js';

/** The start event property that lists the variables the starter (API, message) sets: `a,b,c`. */
export const VARIABEL_AWAL = 'variabelAwal';

/** What a form submits: the keys of its enabled fields (form-js does not submit disabled ones), recursively. */
export function kunciForm(komponen: readonly unknown[]): string[] {
  const hasil: string[] = [];
  for (const k of komponen) {
    if (typeof k !== 'object' || k === null) continue;
    const { key, path, disabled, components } = k as { key?: unknown; path?: unknown; disabled?: unknown; components?: unknown };
    if (disabled === true) continue;
    if (typeof key === 'string' && key !== '') hasil.push(key.split('.')[0]!);
    // A group or dynamic list with a path submits one object under the path's first segment.
    if (typeof path === 'string' && path !== '') hasil.push(path.split('.')[0]!);
    else if (Array.isArray(components)) hasil.push(...kunciForm(components));
  }
  return hasil;
}

export interface Konteks {
  readonly forms: ReadonlyMap<string, Form>;
  readonly topics: ReadonlyMap<string, Topic>;
}

const daftar = (teks: string | undefined) => (teks ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');

/** The literal input parameters of an element (a generic topic is configured by them, e.g. `variabel`). */
function parameterMasuk(el: Simpul): Map<string, string> {
  const hasil = new Map<string, string>();
  for (const ext of el.extensionElements?.values ?? []) {
    if (!is(ext, 'camunda:InputOutput')) continue;
    for (const p of (ext.get('inputParameters') as readonly Elemen[] | undefined) ?? []) {
      const nama = attr(p, 'name');
      const nilai = (p as unknown as { value?: unknown }).value;
      if (nama && typeof nilai === 'string') hasil.set(nama, nilai);
    }
  }
  return hasil;
}

/** A topic's declared outputs, with `${name}` replaced by the element's input parameter `name`. */
function keluaranTopic(outputs: readonly string[], el: Simpul): string[] {
  const masuk = parameterMasuk(el);
  return outputs.map((o) => o.replace(/\$\{(\w+)\}/g, (_, nama: string) => masuk.get(nama) ?? `\${${nama}}`));
}

function parameterKeluaran(el: Simpul): string[] {
  const hasil: string[] = [];
  for (const ext of el.extensionElements?.values ?? []) {
    if (is(ext, 'camunda:InputOutput')) {
      for (const p of (ext.get('outputParameters') as readonly Elemen[] | undefined) ?? []) {
        const nama = attr(p, 'name');
        if (nama) hasil.push(nama);
      }
    }
    if (is(ext, 'camunda:Out')) {
      const target = attr(ext, 'target');
      if (target) hasil.push(target);
    }
    if (is(ext, 'camunda:FormData')) {
      for (const f of (ext.get('fields') as readonly Elemen[] | undefined) ?? []) {
        const id = f.id || attr(f, 'id');
        if (id) hasil.push(id);
      }
    }
  }
  return hasil;
}

/**
 * The variables a flow node sets when it completes: form keys, `camunda:initiator`, declared start variables,
 * output parameters and call-activity outs, the outputs of its worker topic, result and element variables,
 * and the error variables of its error events.
 */
export function variabelDihasilkan(el: Simpul, konteks: Konteks): string[] {
  const hasil = parameterKeluaran(el);
  const formRef = attr(el, 'camunda:formRef');
  const form = formRef ? konteks.forms.get(formRef) : undefined;
  if (form) hasil.push(...kunciForm(form.komponen));
  for (const nama of ['camunda:initiator', 'camunda:resultVariable']) {
    const v = attr(el, nama);
    if (v) hasil.push(v);
  }
  if (is(el, 'bpmn:StartEvent')) hasil.push(...daftar(properti(el).get(VARIABEL_AWAL)));
  const topic = attr(el, 'camunda:topic') ?? el.eventDefinitions?.map((d) => attr(d, 'camunda:topic')).find((t) => t);
  if (topic) hasil.push(...keluaranTopic(konteks.topics.get(topic)?.outputs ?? [], el));
  for (const def of el.eventDefinitions ?? []) {
    for (const nama of ['camunda:errorCodeVariable', 'camunda:errorMessageVariable']) {
      const v = attr(def, nama);
      if (v) hasil.push(v);
    }
  }
  const elemenVariabel = el.loopCharacteristics && attr(el.loopCharacteristics, 'camunda:elementVariable');
  if (elemenVariabel) hasil.push(elemenVariabel);
  return hasil;
}

const scopeOf = (el: Simpul): Simpul | undefined => el.$parent;
const simpulDalam = (scope: Simpul | undefined): Simpul[] =>
  (scope?.flowElements ?? []).filter((x): x is Simpul => x.$instanceOf('bpmn:FlowNode'));

/** The nodes directly before `el` in the order of execution. */
function sebelum(el: Simpul): Simpul[] {
  const dari = (el.incoming ?? []).map((a) => a.sourceRef);
  // A boundary event: what precedes its host counts; the host did not complete, so its own results do not.
  if (el.attachedToRef) return [...dari, ...sebelum(el.attachedToRef)];
  const scope = scopeOf(el);
  if (is(el, 'bpmn:StartEvent') && scope && !is(scope, 'bpmn:Process')) {
    // An event sub-process may start at any point of its parent scope; a sub-process after what precedes it.
    return scope.triggeredByEvent ? [...dari, ...simpulDalam(scopeOf(scope)).filter((x) => x !== scope)] : [...dari, ...sebelum(scope)];
  }
  return dari;
}

/**
 * The nodes that may have run before `awal`: incoming sequence flows walked backwards, across boundary events
 * to what precedes their host, out of sub-processes at their start, and into the sub-processes passed on the way.
 */
export function hulu(awal: Simpul): Simpul[] {
  const dilihat = new Set<Simpul>();
  const antrean = sebelum(awal);
  for (let el = antrean.shift(); el; el = antrean.shift()) {
    if (dilihat.has(el)) continue;
    dilihat.add(el);
    antrean.push(...sebelum(el), ...simpulDalam(el));
  }
  return [...dilihat];
}
