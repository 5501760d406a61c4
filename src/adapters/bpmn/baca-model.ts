import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import { modelDariDefinitions, type ElemenModdle, type ModelProses } from '../../domain/modeler/model-proses.js';

/** A diagram that is not BPMN XML moddle can read: the message names the line when moddle does. */
export class DiagramTidakTerbaca extends Error {}

export function buatModdle(): BpmnModdle {
  return new BpmnModdle({ camunda });
}

/** Parses BPMN XML (Camunda 7 extensions) into moddle definitions and the typed view of each process. */
export async function bacaDiagram(xml: string): Promise<{ definitions: ElemenModdle; proses: ModelProses[]; peringatan: string[] }> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new DiagramTidakTerbaca('Diagram memuat DTD atau entitas; tidak diizinkan.');
  try {
    const hasil = await buatModdle().fromXML(xml);
    const definitions = hasil.rootElement as ElemenModdle;
    return { definitions, proses: modelDariDefinitions(definitions), peringatan: (hasil.warnings ?? []).map((w: { message: string }) => w.message) };
  } catch (e) {
    throw new DiagramTidakTerbaca(`Diagram bukan BPMN yang dapat dibaca: ${(e as Error).message}`);
  }
}
