import fs from 'node:fs/promises';
import path from 'node:path';
import type { CamundaRest } from './camunda-rest.js';

/** Deploying BPMN is deploying code (DESIGN.md §6): no scripts, Java classes or bean expressions. */
const FORBIDDEN = [
  { pattern: /<(bpmn:)?scriptTask\b/, what: 'scriptTask' },
  { pattern: /<camunda:script\b/, what: 'camunda:script' },
  { pattern: /camunda:class=/, what: 'camunda:class' },
  { pattern: /camunda:delegateExpression=/, what: 'camunda:delegateExpression' },
  { pattern: /camunda:expression=/, what: 'camunda:expression' },
  { pattern: /camunda:resource=/, what: 'camunda:resource' },
];

export class DeploymentRefused extends Error {}

export function assertNoCode(name: string, xml: string): void {
  const found = FORBIDDEN.filter((f) => f.pattern.test(xml)).map((f) => f.what);
  if (found.length > 0) {
    throw new DeploymentRefused(`${name} ditolak: model tidak boleh memuat ${found.join(', ')} (kode yang berjalan di engine).`);
  }
}

export interface DeployResult {
  readonly deploymentId: string;
  /** Process definitions that got a new version; empty when nothing changed. */
  readonly changed: readonly string[];
}

/**
 * Deploys every .bpmn, .dmn and .form in `dir` as one deployment; an unchanged set gets no new version.
 * `kecuali` leaves files out (they are deployed per tenant); `tenantId` deploys for one Camunda tenant only.
 */
export async function deployDirectory(
  rest: CamundaRest,
  dir: string,
  name = 'sistem-kerja',
  options: { kecuali?: readonly string[]; hanya?: (file: string) => boolean; tenantId?: string } = {},
): Promise<DeployResult> {
  const files = (await fs.readdir(dir)).filter((f) => /\.(bpmn|dmn|form)$/.test(f))
    .filter((f) => !options.kecuali?.includes(f) && (options.hanya?.(f) ?? true)).sort();
  const resources = await Promise.all(files.map(async (f) => ({ name: f, content: await fs.readFile(path.join(dir, f), 'utf8') })));
  for (const r of resources) if (r.name.endsWith('.bpmn')) assertNoCode(r.name, r.content);
  const deployment = await rest.deploy(name, resources, { duplicateFiltering: true, ...(options.tenantId ? { tenantId: options.tenantId } : {}) });
  const changed = Object.values(deployment.deployedProcessDefinitions ?? {}).map((d) => `${d.key} v${d.version}${options.tenantId ? ` (${options.tenantId})` : ''}`);
  return { deploymentId: deployment.id, changed };
}
