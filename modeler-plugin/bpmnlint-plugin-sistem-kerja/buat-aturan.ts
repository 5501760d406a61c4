import type { AturanModel } from '../../src/domain/modeler/aturan-model.js';
import { modelDariModdle, type ElemenModdle } from '../../src/domain/modeler/model-proses.js';

interface Reporter { report(id: string, message: string): void }

/**
 * A bpmnlint rule (factory returning `{ check }`) for one rule of src/domain/modeler/aturan-model.ts: the rule lives
 * there once; this only adapts it. bpmnlint visits every element; the rule runs once per bpmn:Process.
 */
export function buatAturanLint(aturan: AturanModel) {
  return function aturanLint() {
    return {
      check(node: ElemenModdle, reporter: Reporter) {
        if (node.$type !== 'bpmn:Process') return;
        for (const t of aturan.periksa(modelDariModdle(node))) reporter.report(t.elemenId, t.pesan);
      },
    };
  };
}
