import { diff } from 'bpmn-js-differ';
import { bacaDiagram } from './baca-model.js';

export interface ElemenBerubah {
  readonly id: string;
  readonly jenis: string;
  readonly nama: string;
}

/** What changed between two versions of a diagram (bpmn-js-differ, semantic: elements, not XML text). */
export interface Perubahan {
  readonly ditambah: readonly ElemenBerubah[];
  readonly dihapus: readonly ElemenBerubah[];
  readonly diubah: readonly (ElemenBerubah & { readonly atribut: readonly string[] })[];
  readonly tataLetak: number;
}

const ringkas = (e: { id: string; name?: string; $type: string }): ElemenBerubah => ({ id: e.id, jenis: e.$type.replace(/^bpmn:/, ''), nama: e.name ?? '' });
const bukanDiagram = (e: { $type: string }) => !e.$type.startsWith('bpmndi:') && !e.$type.startsWith('dc:') && !e.$type.startsWith('di:');

export async function ringkasPerubahan(xmlLama: string, xmlBaru: string): Promise<Perubahan> {
  const [lama, baru] = await Promise.all([bacaDiagram(xmlLama), bacaDiagram(xmlBaru)]);
  const d = diff(lama.definitions, baru.definitions);
  return {
    ditambah: Object.values(d._added).filter(bukanDiagram).map(ringkas),
    dihapus: Object.values(d._removed).filter(bukanDiagram).map(ringkas),
    diubah: Object.values(d._changed).filter((c) => bukanDiagram(c.model)).map((c) => ({ ...ringkas(c.model), atribut: Object.keys(c.attrs) })),
    tataLetak: Object.keys(d._layoutChanged).length,
  };
}
