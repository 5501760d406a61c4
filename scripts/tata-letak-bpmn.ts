/**
 * npm run bpmn:tata-letak -- bpmn/<file>.bpmn [...]: (re)generates the diagram (BPMN DI) of our hand-written
 * processes as a peta lintas fungsi: one horizontal lane per role, nodes in columns by their distance from the
 * start, boundary events on their host, orthogonal sequence flows. The process XML is left as it is; only the
 * <bpmndi:BPMNDiagram> is replaced. One pool (collaboration participant) per file.
 */
import fs from 'node:fs';

interface Node { id: string; type: string; lane: number; col: number; stack: number; attachedTo?: string; w: number; h: number; x: number; y: number }
interface Flow { id: string; source: string; target: string }

const SIZES: Record<string, [number, number]> = { event: [36, 36], gateway: [50, 50], task: [100, 80] };
const COL_W = 170;
const LANE_H = 130;
const LEFT = 210;

function kindOf(type: string): 'event' | 'gateway' | 'task' {
  if (/Event$/.test(type)) return 'event';
  if (/Gateway$/.test(type)) return 'gateway';
  return 'task';
}

export function tataLetak(xml: string): string {
  const participant = /<bpmn:participant\s[^>]*id="([^"]+)"/.exec(xml)?.[1];
  const collaboration = /<bpmn:collaboration\s[^>]*id="([^"]+)"/.exec(xml)?.[1];
  if (!participant || !collaboration) throw new Error('butuh satu bpmn:collaboration dengan satu bpmn:participant (pool)');
  const laneRe = /<bpmn:lane\s[^>]*id="([^"]+)"[^>]*>([\s\S]*?)<\/bpmn:lane>/g;
  const lanes: { id: string; refs: string[] }[] = [];
  for (const m of xml.matchAll(laneRe)) lanes.push({ id: m[1]!, refs: [...m[2]!.matchAll(/<bpmn:flowNodeRef>([^<]+)<\/bpmn:flowNodeRef>/g)].map((r) => r[1]!.trim()) });
  const laneOf = new Map(lanes.flatMap((l, i) => l.refs.map((r) => [r, i] as const)));

  const nodes = new Map<string, Node>();
  const nodeRe = /<bpmn:(startEvent|endEvent|userTask|serviceTask|scriptTask|businessRuleTask|sendTask|receiveTask|manualTask|task|callActivity|exclusiveGateway|parallelGateway|inclusiveGateway|eventBasedGateway|boundaryEvent|intermediateCatchEvent|intermediateThrowEvent|subProcess)\s([^>]*?)\/?>/g;
  for (const m of xml.matchAll(nodeRe)) {
    const attrs = m[2]!;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) continue;
    const [w, h] = SIZES[kindOf(m[1]!)]!;
    const attachedTo = /attachedToRef="([^"]+)"/.exec(attrs)?.[1];
    nodes.set(id, { id, type: m[1]!, lane: laneOf.get(id) ?? 0, col: 0, stack: 0, ...(attachedTo ? { attachedTo } : {}), w, h, x: 0, y: 0 });
  }
  const flows: Flow[] = [...xml.matchAll(/<bpmn:sequenceFlow\s([^>]*?)\/?>/g)].map((m) => ({
    id: /\bid="([^"]+)"/.exec(m[1]!)![1]!, source: /sourceRef="([^"]+)"/.exec(m[1]!)![1]!, target: /targetRef="([^"]+)"/.exec(m[1]!)![1]!,
  }));

  // Columns: longest path from the start events, ignoring back edges (loops go back to the left).
  const hostOf = (id: string) => nodes.get(id)?.attachedTo ?? id;
  const out = new Map<string, string[]>();
  for (const f of flows) out.set(hostOf(f.source), [...(out.get(hostOf(f.source)) ?? []), f.target]);
  for (const n of nodes.values()) if (n.attachedTo) out.set(n.attachedTo, [...(out.get(n.attachedTo) ?? [])]);
  const back = new Set<string>();
  const state = new Map<string, 1 | 2>();
  const visit = (id: string) => {
    state.set(id, 1);
    for (const t of out.get(id) ?? []) {
      if (state.get(t) === 1) back.add(`${id}>${t}`);
      else if (!state.has(t)) visit(t);
    }
    state.set(id, 2);
  };
  const starts = [...nodes.values()].filter((n) => n.type === 'startEvent').map((n) => n.id);
  for (const s of starts) visit(s);
  for (const n of nodes.values()) if (!n.attachedTo && !state.has(n.id)) visit(n.id);
  const order = [...nodes.values()].filter((n) => !n.attachedTo);
  for (let pass = 0; pass < order.length; pass++) {
    let changed = false;
    for (const f of flows) {
      const s = hostOf(f.source);
      if (back.has(`${s}>${f.target}`)) continue;
      const src = nodes.get(s)!;
      const tgt = nodes.get(f.target)!;
      if (tgt.col < src.col + 1) { tgt.col = src.col + 1; changed = true; }
    }
    if (!changed) break;
  }
  // Stack nodes that share a lane and a column.
  const cells = new Map<string, number>();
  for (const n of order.sort((a, b) => a.col - b.col)) {
    const key = `${n.lane}:${n.col}`;
    n.stack = cells.get(key) ?? 0;
    cells.set(key, n.stack + 1);
  }
  const laneRows = lanes.map((_, i) => Math.max(1, ...order.filter((n) => n.lane === i).map((n) => n.stack + 1)));
  const laneY: number[] = [];
  let y = 60;
  for (const rows of laneRows) { laneY.push(y); y += rows * LANE_H; }
  const maxCol = Math.max(0, ...order.map((n) => n.col));
  const width = LEFT - 150 + (maxCol + 1) * COL_W + 60;
  for (const n of order) {
    const cx = LEFT + n.col * COL_W + 50;
    const cy = (laneY[n.lane] ?? 60) + n.stack * LANE_H + LANE_H / 2;
    n.x = Math.round(cx - n.w / 2);
    n.y = Math.round(cy - n.h / 2);
  }
  const onHost = new Map<string, number>();
  for (const n of nodes.values()) {
    if (!n.attachedTo) continue;
    const host = nodes.get(n.attachedTo)!;
    const i = onHost.get(host.id) ?? 0;
    onHost.set(host.id, i + 1);
    n.x = host.x + host.w - 28 - i * 40;
    n.y = host.y + host.h - 18;
  }

  const mid = (n: Node) => ({ x: n.x + n.w / 2, y: n.y + n.h / 2 });
  const edges = flows.map((f) => {
    const s = nodes.get(f.source)!;
    const t = nodes.get(f.target)!;
    const sm = mid(s);
    const tm = mid(t);
    let pts: { x: number; y: number }[];
    if (s.attachedTo) {
      const start = { x: sm.x, y: s.y + s.h };
      pts = tm.x > start.x + 20 ? [start, { x: start.x, y: tm.y }, { x: t.x, y: tm.y }] : [start, { x: start.x, y: start.y + 30 }, { x: tm.x, y: start.y + 30 }, { x: tm.x, y: tm.y > start.y ? t.y : t.y + t.h }];
      if (tm.x > start.x + 20 && Math.abs(tm.y - start.y) < 1) pts = [start, { x: t.x, y: tm.y }];
    } else if (t.x > s.x) {
      const a = { x: s.x + s.w, y: sm.y };
      const b = { x: t.x, y: tm.y };
      pts = Math.abs(a.y - b.y) < 1 ? [a, b] : [a, { x: (a.x + b.x) / 2, y: a.y }, { x: (a.x + b.x) / 2, y: b.y }, b];
    } else {
      // A loop back: under the source, along, up (or down) into the target.
      const low = Math.max(s.y + s.h, t.y + t.h) + 25;
      pts = [{ x: sm.x, y: s.y + s.h }, { x: sm.x, y: low }, { x: tm.x, y: low }, { x: tm.x, y: t.y + t.h }];
    }
    const wp = pts.map((p) => `        <di:waypoint x="${Math.round(p.x)}" y="${Math.round(p.y)}" />`).join('\n');
    return `      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">\n${wp}\n      </bpmndi:BPMNEdge>`;
  });
  const poolH = y - 60;
  const shapes = [
    `      <bpmndi:BPMNShape id="${participant}_di" bpmnElement="${participant}" isHorizontal="true">\n        <dc:Bounds x="120" y="60" width="${width + 30}" height="${poolH}" />\n      </bpmndi:BPMNShape>`,
    ...lanes.map((l, i) => `      <bpmndi:BPMNShape id="${l.id}_di" bpmnElement="${l.id}" isHorizontal="true">\n        <dc:Bounds x="150" y="${laneY[i]}" width="${width}" height="${laneRows[i]! * LANE_H}" />\n      </bpmndi:BPMNShape>`),
    ...[...nodes.values()].map((n) => {
      const marker = n.type === 'exclusiveGateway' ? ' isMarkerVisible="true"' : '';
      return `      <bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"${marker}>\n        <dc:Bounds x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" />\n      </bpmndi:BPMNShape>`;
    }),
  ];
  const diagram = `  <bpmndi:BPMNDiagram id="Diagram_${participant}">\n    <bpmndi:BPMNPlane id="Bidang_${participant}" bpmnElement="${collaboration}">\n${[...shapes, ...edges].join('\n')}\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n`;
  const withoutDi = xml.replace(/\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>\s*/, '\n');
  return withoutDi.replace(/<\/bpmn:definitions>\s*$/, `${diagram}</bpmn:definitions>\n`);
}

function main(): void {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (files.length === 0 || process.argv.includes('--help')) {
    console.log('Pemakaian: npm run bpmn:tata-letak -- bpmn/<berkas>.bpmn [...]\nMembuat ulang diagram (BPMN DI) berkas proses: satu lajur per peran, simpul per kolom.');
    process.exit(files.length === 0 && !process.argv.includes('--help') ? 1 : 0);
  }
  for (const file of files) {
    fs.writeFileSync(file, tataLetak(fs.readFileSync(file, 'utf8')));
    console.log(`tata letak diperbarui: ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
