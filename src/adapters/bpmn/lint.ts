import { createRequire } from 'node:module';
import { lintConfig } from '../../../modeler-plugin/bpmnlint-plugin-sistem-kerja/index.js';
import { bacaDiagram } from './baca-model.js';

const require = createRequire(import.meta.url);
// bpmnlint is CommonJS without types for its Linter class.
const { Linter } = require('bpmnlint') as { Linter: new (o: { config: unknown; resolver: unknown }) => { lint(root: unknown): Promise<Record<string, { id?: string; message: string; category: string }[]>> } };

export interface HasilLint {
  /** bpmnlint rule name without the plugin prefix. */
  readonly aturan: string;
  readonly elemenId: string;
  readonly pesan: string;
  readonly kategori: string;
}

/**
 * Lints BPMN XML with bpmnlint and our plugin (bpmnlint-plugin-sistem-kerja), as the modeler does in the browser:
 * the server-side gate before a publish.
 */
export async function lintDiagram(xml: string): Promise<HasilLint[]> {
  const { definitions } = await bacaDiagram(xml);
  const hasil = await new Linter(lintConfig).lint(definitions);
  return Object.entries(hasil).flatMap(([nama, laporan]) => laporan.map((l) => ({
    aturan: nama.replace(/^sistem-kerja\//, ''), elemenId: l.id ?? '', pesan: l.message, kategori: l.category,
  })));
}
