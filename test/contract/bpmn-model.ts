import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };

/** The moddle elements the contract reads; cast once here, where the XML is parsed. */
export interface Elemen {
  readonly $type: string;
  readonly id: string;
  readonly name?: string;
  readonly $parent?: Elemen;
  get(nama: string): unknown;
  $instanceOf(type: string): boolean;
}
export interface Alur extends Elemen {
  readonly sourceRef: Simpul;
  readonly targetRef: Simpul;
  readonly conditionExpression?: { readonly body?: string };
}
export interface Simpul extends Elemen {
  readonly incoming?: readonly Alur[];
  readonly outgoing?: readonly Alur[];
  readonly attachedToRef?: Simpul;
  readonly eventDefinitions?: readonly (Elemen & { readonly errorRef?: Elemen & { readonly errorCode?: string } })[];
  readonly flowElements?: readonly Elemen[];
  readonly triggeredByEvent?: boolean;
  readonly loopCharacteristics?: Elemen;
  readonly extensionElements?: { readonly values?: readonly Elemen[] };
}
export interface Lajur extends Elemen {
  readonly flowNodeRef?: readonly Simpul[];
  readonly childLaneSet?: { readonly lanes?: readonly Lajur[] };
}
export interface Proses extends Simpul {
  readonly isExecutable?: boolean;
  readonly laneSets?: readonly { readonly lanes?: readonly Lajur[] }[];
}

export interface ModelProses {
  /** bpmn/… relative to the project root. */
  readonly file: string;
  readonly proses: Proses;
  /** Every flow node, sub-process content included. */
  readonly simpul: readonly Simpul[];
  readonly alur: readonly Alur[];
}

export interface Form {
  readonly file: string;
  readonly id: string;
  readonly komponen: readonly unknown[];
}

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BPMN_DIR = path.join(ROOT, 'bpmn');

export const is = (el: Elemen, type: string): boolean => el.$type === type;
export const isSimpul = (el: Elemen): el is Simpul => el.$instanceOf('bpmn:FlowNode');

function isiScope(scope: Simpul, simpul: Simpul[], alur: Alur[]): void {
  for (const el of scope.flowElements ?? []) {
    if (is(el, 'bpmn:SequenceFlow')) alur.push(el as Alur);
    else if (isSimpul(el)) {
      simpul.push(el);
      isiScope(el, simpul, alur);
    }
  }
}

async function berkas(ext: string): Promise<string[]> {
  return (await readdir(BPMN_DIR)).filter((f) => f.endsWith(ext)).sort();
}

/** Every executable process of bpmn/*.bpmn. A file moddle cannot read fails here, naming it. */
export async function muatProses(): Promise<ModelProses[]> {
  const moddle = new BpmnModdle({ camunda });
  const hasil: ModelProses[] = [];
  for (const nama of await berkas('.bpmn')) {
    const file = `bpmn/${nama}`;
    const { rootElement, warnings } = await moddle.fromXML(await readFile(path.join(BPMN_DIR, nama), 'utf8'));
    if (warnings.length > 0) throw new Error(`${file}: ${warnings.map((w) => w.message).join('; ')}`);
    const definisi = rootElement as { rootElements?: readonly Elemen[] };
    for (const el of definisi.rootElements ?? []) {
      if (!is(el, 'bpmn:Process') || !(el as Proses).isExecutable) continue;
      const simpul: Simpul[] = [];
      const alur: Alur[] = [];
      isiScope(el, simpul, alur);
      hasil.push({ file, proses: el, simpul, alur });
    }
  }
  return hasil;
}

/** Every bpmn/*.form by its `id` (what `camunda:formRef` names). */
export async function muatForm(): Promise<Map<string, Form>> {
  const forms = new Map<string, Form>();
  for (const nama of await berkas('.form')) {
    const json = JSON.parse(await readFile(path.join(BPMN_DIR, nama), 'utf8')) as { id?: unknown; components?: unknown };
    if (typeof json.id !== 'string') throw new Error(`bpmn/${nama}: form tanpa id`);
    if (forms.has(json.id)) throw new Error(`bpmn/${nama}: id form '${json.id}' sudah dipakai ${forms.get(json.id)?.file}`);
    forms.set(json.id, { file: `bpmn/${nama}`, id: json.id, komponen: Array.isArray(json.components) ? json.components : [] });
  }
  return forms;
}

/** `camunda:properties` of an element as a map (`<camunda:property name value />`). */
export function properti(el: Simpul): Map<string, string> {
  const hasil = new Map<string, string>();
  for (const ext of el.extensionElements?.values ?? []) {
    if (!is(ext, 'camunda:Properties')) continue;
    for (const p of (ext.get('values') as readonly Elemen[] | undefined) ?? []) {
      const [nama, nilai] = [p.get('name'), p.get('value')];
      if (typeof nama === 'string' && typeof nilai === 'string') hasil.set(nama, nilai);
    }
  }
  return hasil;
}

export const label = (el: Elemen): string => (el.name?.trim() ? `${el.id} "${el.name.trim()}"` : el.id);
export const attr = (el: Elemen, nama: string): string | undefined => {
  const v = el.get(nama);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};
