import type { Direktori } from '../domain/direktori.js';
import type { ImportSummary, OrganisasiRepository } from './ports.js';
import { sinkronIdentitas, type IdentityDirectory, type SinkronResult } from './sinkron-identitas.js';

export interface ImporOrganisasiDeps {
  readonly organisasi: OrganisasiRepository;
  readonly identity: IdentityDirectory;
  readonly initialPassword: string;
}

/**
 * Stores a validated directory (all or nothing, history kept), then mirrors every pegawai into Camunda
 * identity. The store is the source of truth: a failed sync is reported and simply redone by the next sync.
 */
export async function imporOrganisasi(deps: ImporOrganisasiDeps, direktori: Direktori): Promise<{ ringkasan: ImportSummary; identitas: SinkronResult }> {
  const ringkasan = await deps.organisasi.loadDirektori(direktori);
  const identitas = await sinkronSemua(deps);
  return { ringkasan, identitas };
}

/** Every pegawai in the store becomes (or stays) a Camunda user; leavers lose Tasklist access. */
export async function sinkronSemua(deps: ImporOrganisasiDeps): Promise<SinkronResult> {
  const pegawai = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await deps.organisasi.listPegawai({ limit: 1000, offset });
    pegawai.push(...page);
    if (page.length < 1000) break;
  }
  return sinkronIdentitas(deps.identity, await deps.organisasi.listInstansi(), pegawai, deps.initialPassword);
}
