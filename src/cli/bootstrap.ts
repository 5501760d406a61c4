import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CamundaRest } from '../adapters/camunda/camunda-rest.js';
import { deployDirectory, type DeployResult } from '../adapters/camunda/deploy.js';
import { createIdentityDirectory } from '../adapters/camunda/identity-directory.js';
import { readDirektori } from '../adapters/import/read-direktori.js';
import type { OrganisasiRepository } from '../application/ports.js';
import { sinkronSemua } from '../application/impor-organisasi.js';
import { GROUP_ANALIS_PROSES, siapkanStrukturIdentitas, type SinkronOptions, type SinkronResult } from '../application/sinkron-identitas.js';
import { siapkanAkunTeknis, type KredensialTeknis } from '../adapters/camunda/akun-teknis.js';
import { createKataSandiAwalRepository } from '../adapters/store/kata-sandi-awal-repository.js';
import type { Kysely } from 'kysely';
import type { Database } from '../adapters/store/schema.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BPMN_DIR = path.join(ROOT, 'bpmn');
export const DEMO_ORGANISASI = path.join(ROOT, 'demo', 'organisasi-demo.json');

/**
 * Processes deployed once per Camunda tenant (one per instansi, made by the identity sync) instead of shared:
 * F3's two sides, so each instansi's people see only their own side. With their forms (formRefBinding
 * "deployment"). Not in the shared deployment: a user would then see two definitions for one key.
 */
export const PROSES_PER_TENANT = ['penunjukan-lintas-instansi.bpmn', 'penunjukan-lintas-instansi-tujuan.bpmn'] as const;

/**
 * bpmn/ as one shared deployment, and PROSES_PER_TENANT for every tenant that exists in the engine (run it again
 * after the identity sync made new tenants; unchanged deployments are filtered out).
 */
export async function deployProcesses(engine: CamundaRest): Promise<DeployResult> {
  const shared = await deployDirectory(engine, BPMN_DIR, 'sistem-kerja', { kecuali: PROSES_PER_TENANT });
  const changed = [...shared.changed];
  for (const tenantId of await engine.tenantIds()) {
    const perTenant = await deployDirectory(engine, BPMN_DIR, 'sistem-kerja-per-instansi', {
      tenantId, hanya: (f) => f.endsWith('.form') || (PROSES_PER_TENANT as readonly string[]).includes(f),
    });
    changed.push(...perTenant.changed);
  }
  return { deploymentId: shared.deploymentId, changed };
}

/** Loads the demo organisation when the store holds no pegawai yet; returns whether it did. */
export async function loadDemoIfEmpty(organisasi: OrganisasiRepository, file = DEMO_ORGANISASI): Promise<boolean> {
  if (!(await organisasi.isEmpty())) return false;
  await organisasi.loadDirektori(readDirektori([{ name: path.relative(ROOT, file), text: await fs.readFile(file, 'utf8') }]));
  return true;
}

/**
 * As the engine administrator at start-up: the groups and their Tasklist access, the technical users skworker and
 * skapi with exactly their authorizations (idempotent; their passwords are set every time, which rotates them).
 */
export async function siapkanIdentitas(admin: CamundaRest, akun: KredensialTeknis): Promise<void> {
  await siapkanStrukturIdentitas(createIdentityDirectory(admin));
  await siapkanAkunTeknis(admin, akun);
}

/**
 * Every pegawai in the store becomes (or stays) a Camunda user; leavers lose every group and their password. With
 * `db` (production) individual initial passwords are kept for the organisation admins.
 */
export function syncIdentities(engine: CamundaRest, organisasi: OrganisasiRepository, kataSandi: SinkronOptions, db?: Kysely<Database>): Promise<SinkronResult> {
  return sinkronSemua({ organisasi, identity: createIdentityDirectory(engine), kataSandi, ...(db ? { kataSandiAwal: createKataSandiAwalRepository(db) } : {}) });
}

/** Per instansi, a unit organisasi whose leader and one of its JF can try the penunjukan flow. */
export async function contohLogin(organisasi: OrganisasiRepository, tanggal: string) {
  const out = [];
  for (const instansi of await organisasi.listInstansi()) {
    for (const unit of (await organisasi.listUnit({ instansiId: instansi.id })).filter((u) => u.jenis === 'UNIT_ORGANISASI')) {
      const view = await organisasi.viewAround({ pegawaiNip: [], unitId: [unit.id] }, tanggal);
      const pimpinanNip = view.unit(unit.id)?.pimpinanNip;
      const anggota = (await organisasi.listPegawai({ unitId: unit.id, aktif: true, limit: 50, offset: 0 }))
        .find((p) => p.jabatanKategori.startsWith('JF_'));
      const pimpinan = pimpinanNip ? view.pegawai(pimpinanNip) : undefined;
      if (pimpinan && anggota) {
        out.push({ instansi: instansi.nama, unit, pimpinan, anggota });
        break;
      }
    }
  }
  return out;
}

/** Issue 10, demo only: one process analyst (group analisproses) per demo instansi, for the web modeler. */
export const ANALIS_DEMO = [
  { nip: '198804172017011009', instansi: 'pemprov-banten' },
  { nip: '199601072023042001', instansi: 'pemkab-meranti' },
  { nip: '197712222007042002', instansi: 'kemenperin' },
] as const;

export async function tambahAnalisDemo(admin: CamundaRest, organisasi: OrganisasiRepository): Promise<string[]> {
  const ada: string[] = [];
  for (const a of ANALIS_DEMO) {
    const [p] = await organisasi.listPegawai({ cari: a.nip, limit: 1, offset: 0 });
    if (!p?.aktif || p.nip !== a.nip) continue;
    if (!(await admin.isMemberOfAny(a.nip, [GROUP_ANALIS_PROSES.id]))) await admin.addGroupMember(GROUP_ANALIS_PROSES.id, a.nip);
    ada.push(a.nip);
  }
  return ada;
}
