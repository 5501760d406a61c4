/**
 * A typed view of one BPMN process, for the lint rules, the review panel and the publish gate (DESIGN.md §3:
 * "a typed view of a process model for lint and review"). Built from the objects bpmn-moddle makes, in the
 * browser (bpmn-js) and in Node (bpmnlint, the API) alike, without importing bpmn-moddle: the element shape
 * below is all it reads. No I/O.
 */

/** The part of a bpmn-moddle element this view reads. */
export interface ElemenModdle {
  readonly $type: string;
  readonly id?: string;
  readonly name?: string;
  readonly $attrs?: Record<string, unknown>;
  readonly $descriptor?: { readonly properties?: readonly { readonly name: string; readonly isReference?: boolean; readonly isMany?: boolean }[] };
  get?(nama: string): unknown;
  readonly [kunci: string]: unknown;
}

export interface SimpulModel {
  readonly id: string;
  /** bpmn type without prefix: userTask, serviceTask, exclusiveGateway, ... */
  readonly jenis: string;
  readonly nama: string;
  /** The lane (its name) the node is in, when one. */
  readonly lajur: string | undefined;
  /** camunda:topic of an external service task. */
  readonly topik: string | undefined;
  /** camunda:inputParameter name → text (null when empty). */
  readonly parameter: ReadonlyMap<string, string | null>;
  readonly assignee: string | undefined;
  readonly formRef: string | undefined;
  readonly initiator: string | undefined;
  /** camunda:decisionRef of a business rule task (a DMN table the engine evaluates) and its camunda:resultVariable. */
  readonly keputusanDmn: string | undefined;
  readonly variabelHasil: string | undefined;
  /** The node a boundary event is attached to. */
  readonly melekatPada: string | undefined;
  readonly kodeGalat: string | undefined;
  readonly masuk: readonly string[];
  readonly keluar: readonly string[];
}

export interface AlurModel {
  readonly id: string;
  readonly dari: string;
  readonly ke: string;
  readonly nama: string;
  readonly kondisi: string | undefined;
}

/** Something in the XML that is code (a script, a Java class, an expression beyond reading variables). */
export interface TeksModel {
  /** The element it belongs to (the nearest ancestor with an id). */
  readonly elemenId: string;
  /** The attribute or element it is in (camunda:class, bpmn:script, ...). */
  readonly tempat: string;
  readonly nilai: string;
}

export interface ModelProses {
  readonly id: string;
  readonly nama: string;
  readonly simpul: readonly SimpulModel[];
  readonly alur: readonly AlurModel[];
  readonly lajur: readonly string[];
  /** Every element type met (bpmn:ScriptTask, camunda:Script, ...) with the id of the element it belongs to. */
  readonly jenisElemen: readonly { readonly elemenId: string; readonly jenis: string }[];
  /** Every text value: attributes and bodies, for the safety rules. */
  readonly teks: readonly TeksModel[];
}

const ambil = (el: ElemenModdle, nama: string): unknown => (el.get ? el.get(nama) : el[nama]);
const teksDari = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const tanpaAwalan = (t: string): string => { const s = t.split(':')[1] ?? t; return s.charAt(0).toLowerCase() + s.slice(1); };
const adalahElemen = (v: unknown): v is ElemenModdle => typeof v === 'object' && v !== null && typeof (v as { $type?: unknown }).$type === 'string';

function nilaiParameter(p: ElemenModdle): string | null {
  const v = teksDari(ambil(p, 'value'));
  if (v !== undefined) return v;
  const definisi = ambil(p, 'definition');
  return adalahElemen(definisi) ? `[${definisi.$type}]` : null;
}

function ekstensi(el: ElemenModdle): ElemenModdle[] {
  const ext = ambil(el, 'extensionElements');
  const values = adalahElemen(ext) ? ambil(ext, 'values') : undefined;
  return Array.isArray(values) ? values.filter(adalahElemen) : [];
}

const FLOW_NODE = /^bpmn:(.*(Task|Event|Gateway)|SubProcess|CallActivity|Transaction)$/;

/** Walks every element under `el` (not following references), calling `kunjungi` with the nearest id. */
function telusuri(el: ElemenModdle, idTerdekat: string, kunjungi: (el: ElemenModdle, id: string) => void, terlihat: Set<unknown>): void {
  if (terlihat.has(el)) return;
  terlihat.add(el);
  const id = typeof el.id === 'string' ? el.id : idTerdekat;
  kunjungi(el, id);
  for (const prop of el.$descriptor?.properties ?? []) {
    if (prop.isReference) continue;
    const nilai = ambil(el, prop.name);
    for (const anak of Array.isArray(nilai) ? nilai : [nilai]) if (adalahElemen(anak)) telusuri(anak, id, kunjungi, terlihat);
  }
  for (const anak of ekstensi(el)) telusuri(anak, id, kunjungi, terlihat);
}

/** The view of a bpmn:Process moddle element. */
export function modelDariModdle(proses: ElemenModdle): ModelProses {
  const simpulModdle: ElemenModdle[] = [];
  const alurModdle: ElemenModdle[] = [];
  const lajurDari = new Map<string, string>();
  const lajur: string[] = [];
  const isi = (scope: ElemenModdle) => {
    for (const el of (ambil(scope, 'flowElements') as unknown[] | undefined) ?? []) {
      if (!adalahElemen(el)) continue;
      if (el.$type === 'bpmn:SequenceFlow') alurModdle.push(el);
      else if (FLOW_NODE.test(el.$type)) {
        simpulModdle.push(el);
        isi(el);
      }
    }
  };
  isi(proses);
  const isiLajur = (lanes: unknown) => {
    for (const l of (Array.isArray(lanes) ? lanes : []).filter(adalahElemen)) {
      const nama = teksDari(l.name) ?? String(l.id);
      lajur.push(nama);
      for (const ref of (ambil(l, 'flowNodeRef') as unknown[] | undefined) ?? []) if (adalahElemen(ref) && ref.id) lajurDari.set(ref.id, nama);
      const anak = ambil(l, 'childLaneSet');
      if (adalahElemen(anak)) isiLajur(ambil(anak, 'lanes'));
    }
  };
  for (const ls of (ambil(proses, 'laneSets') as unknown[] | undefined) ?? []) if (adalahElemen(ls)) isiLajur(ambil(ls, 'lanes'));

  const simpul = simpulModdle.map((el): SimpulModel => {
    const parameter = new Map<string, string | null>();
    for (const ext of ekstensi(el)) {
      if (ext.$type !== 'camunda:InputOutput') continue;
      for (const p of (ambil(ext, 'inputParameters') as unknown[] | undefined) ?? []) {
        if (adalahElemen(p) && typeof ambil(p, 'name') === 'string') parameter.set(String(ambil(p, 'name')), nilaiParameter(p));
      }
    }
    const defs = (ambil(el, 'eventDefinitions') as unknown[] | undefined) ?? [];
    const galat = defs.filter(adalahElemen).map((d) => ambil(d, 'errorRef')).find(adalahElemen);
    const melekat = ambil(el, 'attachedToRef');
    return {
      id: String(el.id),
      jenis: tanpaAwalan(el.$type),
      nama: teksDari(el.name) ?? String(el.id),
      lajur: lajurDari.get(String(el.id)),
      topik: ambil(el, 'type') === 'external' ? teksDari(ambil(el, 'topic')) : undefined,
      parameter,
      assignee: teksDari(ambil(el, 'assignee')),
      formRef: teksDari(ambil(el, 'formRef')),
      initiator: teksDari(ambil(el, 'initiator')),
      keputusanDmn: teksDari(ambil(el, 'decisionRef')),
      variabelHasil: teksDari(ambil(el, 'resultVariable')),
      melekatPada: adalahElemen(melekat) ? melekat.id : undefined,
      kodeGalat: galat ? teksDari(ambil(galat, 'errorCode')) : undefined,
      masuk: ((ambil(el, 'incoming') as unknown[] | undefined) ?? []).filter(adalahElemen).map((a) => String(a.id)),
      keluar: ((ambil(el, 'outgoing') as unknown[] | undefined) ?? []).filter(adalahElemen).map((a) => String(a.id)),
    };
  });
  const alur = alurModdle.map((el): AlurModel => {
    const kondisi = ambil(el, 'conditionExpression');
    return {
      id: String(el.id),
      dari: String((ambil(el, 'sourceRef') as ElemenModdle | undefined)?.id),
      ke: String((ambil(el, 'targetRef') as ElemenModdle | undefined)?.id),
      nama: teksDari(el.name) ?? '',
      kondisi: adalahElemen(kondisi) ? teksDari(ambil(kondisi, 'body')) : undefined,
    };
  });

  const jenisElemen: { elemenId: string; jenis: string }[] = [];
  const teks: TeksModel[] = [];
  telusuri(proses, String(proses.id), (el, id) => {
    jenisElemen.push({ elemenId: id, jenis: el.$type });
    for (const prop of el.$descriptor?.properties ?? []) {
      if (prop.isReference || prop.name === 'id') continue;
      const v = ambil(el, prop.name);
      if (typeof v === 'string' && v !== '') teks.push({ elemenId: id, tempat: `${el.$type}.${prop.name}`, nilai: v });
    }
    for (const [nama, v] of Object.entries(el.$attrs ?? {})) {
      if (typeof v === 'string' && !nama.startsWith('xmlns')) teks.push({ elemenId: id, tempat: `${el.$type}@${nama}`, nilai: v });
    }
  }, new Set());

  return { id: String(proses.id), nama: teksDari(proses.name) ?? String(proses.id), simpul, alur, lajur, jenisElemen, teks };
}

/** Every process of a bpmn:Definitions moddle element. */
export function modelDariDefinitions(definitions: ElemenModdle): ModelProses[] {
  return ((ambil(definitions, 'rootElements') as unknown[] | undefined) ?? [])
    .filter(adalahElemen).filter((el) => el.$type === 'bpmn:Process').map(modelDariModdle);
}

/** Ids of the nodes from which `id` can be reached along sequence flows and boundary attachments (not itself). */
export function pendahulu(model: ModelProses, id: string): Set<string> {
  const simpulDari = new Map(model.simpul.map((s) => [s.id, s]));
  const sebelumnya = new Map<string, string[]>();
  for (const a of model.alur) sebelumnya.set(a.ke, [...(sebelumnya.get(a.ke) ?? []), a.dari]);
  const hasil = new Set<string>();
  const antrian = [id];
  while (antrian.length > 0) {
    const sid = antrian.pop()!;
    const melekat = simpulDari.get(sid)?.melekatPada;
    for (const p of [...(sebelumnya.get(sid) ?? []), ...(melekat ? [melekat] : [])]) if (!hasil.has(p)) { hasil.add(p); antrian.push(p); }
  }
  hasil.delete(id);
  return hasil;
}
