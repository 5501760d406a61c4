import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CamundaRest } from '../adapters/camunda/camunda-rest.js';
import { deployDirectory, type DeployResult } from '../adapters/camunda/deploy.js';
import { createIdentityDirectory } from '../adapters/camunda/identity-directory.js';
import { parseOrganisasiJson } from '../adapters/import/organisasi-json.js';
import type { OrganisasiRepository } from '../application/ports.js';
import { sinkronIdentitas, type SinkronResult } from '../application/sinkron-identitas.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BPMN_DIR = path.join(ROOT, 'bpmn');
export const DEMO_ORGANISASI = path.join(ROOT, 'demo', 'organisasi-demo.json');

export function deployProcesses(engine: CamundaRest): Promise<DeployResult> {
  return deployDirectory(engine, BPMN_DIR);
}

/** Loads the demo organisation when the store holds no pegawai yet; returns whether it did. */
export async function loadDemoIfEmpty(organisasi: OrganisasiRepository, file = DEMO_ORGANISASI): Promise<boolean> {
  if (!(await organisasi.isEmpty())) return false;
  await organisasi.load(parseOrganisasiJson(await fs.readFile(file, 'utf8'), path.relative(ROOT, file)));
  return true;
}

/** Every pegawai in the store becomes (or stays) a Camunda user; leavers lose Tasklist access. */
export async function syncIdentities(engine: CamundaRest, organisasi: OrganisasiRepository, initialPassword: string): Promise<SinkronResult> {
  const pegawai = [];
  for (let offset = 0; ; offset += 200) {
    const page = await organisasi.listPegawai({ limit: 200, offset });
    pegawai.push(...page);
    if (page.length < 200) break;
  }
  return sinkronIdentitas(createIdentityDirectory(engine), pegawai, initialPassword);
}
