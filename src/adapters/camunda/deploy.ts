import fs from 'node:fs/promises';
import path from 'node:path';
import { CamundaRestError, type CamundaRest } from './camunda-rest.js';

/**
 * A deployment the engine refused. The engine is the one gate (DESIGN §6, issue 8 item 5: engine/…/keamanan/
 * PemeriksaPenerapan*): its refusal names the file, the element and the reason, one line each in `alasan`.
 */
export class DeploymentRefused extends Error {
  constructor(readonly alasan: readonly string[], options?: { cause?: unknown }) {
    super(`Engine menolak penerapan:\n${alasan.map((a) => `  ${a}`).join('\n')}`, options);
  }
}

/** The engine's 400 for a refused model (ParseException) as one line per problem: file, line, message. */
export function penolakanDari(error: unknown): DeploymentRefused | undefined {
  if (!(error instanceof CamundaRestError) || error.status !== 400 || !error.path.startsWith('/deployment/')) return undefined;
  const alasan = error.problems.length > 0
    ? error.problems.flatMap((p) => p.message.split('\n').map((m) => `${p.resource}${p.line ? ` baris ${p.line}` : ''}: ${m.trim()}`))
    : [error.engineMessage];
  return new DeploymentRefused(alasan, { cause: error });
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
  const deployment = await rest.deploy(name, resources, { duplicateFiltering: true, ...(options.tenantId ? { tenantId: options.tenantId } : {}) })
    .catch((error: unknown) => { throw penolakanDari(error) ?? error; });
  const changed = Object.values(deployment.deployedProcessDefinitions ?? {}).map((d) => `${d.key} v${d.version}${options.tenantId ? ` (${options.tenantId})` : ''}`);
  return { deploymentId: deployment.id, changed };
}
