import { randomInt } from 'node:crypto';
import { PROSES_PENUNJUKAN_DALAM_UNIT } from '../../application/penunjukan-dalam-unit.js';
import { PROSES_TUJUAN } from '../../application/penunjukan-lintas-instansi.js';
import { GROUP_ADMIN_ORGANISASI, GROUP_ANALIS_PROSES, GROUP_PEGAWAI, GROUP_TEKNIS } from '../../application/sinkron-identitas.js';
import type { CamundaRest } from './camunda-rest.js';

/** The technical users: workers and API talk to the engine as these, never as the engine administrator. */
export const AKUN_WORKER = 'skworker';
export const AKUN_API = 'skapi';
export const AKUN_TEKNIS = [AKUN_WORKER, AKUN_API] as const;

/** Camunda resource types (docs: user-guide/process-engine/authorization-service, "Resources"). */
const R = { USER: 1, GROUP: 2, GROUP_MEMBERSHIP: 3, PROCESS_DEFINITION: 6, PROCESS_INSTANCE: 8, DEPLOYMENT: 9, TENANT: 11, TENANT_MEMBERSHIP: 12 } as const;
const GRANT = 1;
const REVOKE = 2;

export interface Otorisasi {
  readonly type: typeof GRANT | typeof REVOKE;
  readonly resourceType: number;
  readonly resourceId: string;
  readonly permissions: readonly string[];
}

/**
 * Exactly what each technical user may do in the engine (user authorizations; anything else they hold is removed).
 *
 * skworker, the external-task workers:
 *  - PROCESS_DEFINITION *: READ_INSTANCE + UPDATE_INSTANCE for fetchAndLock (AuthorizationManager.configureExternalTaskFetch:
 *    READ on the instance or READ_INSTANCE on its definition, and UPDATE or UPDATE_INSTANCE), complete, handleFailure,
 *    handleBpmnError, extendLock and correlating a message to a waiting instance (F3, F8/F9); READ_HISTORY for the history
 *    the use cases read (who started a process, who completed a task via the user operation log, finished activities);
 *  - PROCESS_DEFINITION penunjukan-lintas-instansi-tujuan: CREATE_INSTANCE (+ PROCESS_INSTANCE * CREATE) to start F3's
 *    receiving side with its message start event; no other process can be started by skworker.
 * skapi, the API:
 *  - PROCESS_DEFINITION *: READ and READ_HISTORY (case views), UPDATE_INSTANCE to correlate PermohonanDitarik when a
 *    pemohon withdraws (issue 9; the API checks in the engine's history that the caller started the case);
 *  - PROCESS_DEFINITION penunjukan-dalam-unit: CREATE_INSTANCE (+ PROCESS_INSTANCE * CREATE) to start F1 with its
 *    business key; no other process;
 *  - identity for the organisation import (users, their tenant and group membership), no more: USER READ/CREATE/UPDATE
 *    (but not UPDATE of the engine administrator or of the technical users: a REVOKE each), GROUP READ (who is an
 *    admin), membership of group pegawai (add/remove) and adminorganisasi (remove, on deactivation), TENANT READ/CREATE
 *    and tenant membership. No AUTHORIZATION, no TASK, no membership of camunda-admin or skteknis.
 *  - issue 10: DEPLOYMENT CREATE/READ, to publish an analyst's flow into their instansi's tenant, only after the API's
 *    lint gate (src/application/modeler/terbitkan-model.ts); the engine's deploy check still refuses any code.
 * The groups, Tasklist access and filters are made by the administrator at start-up (bootstrap), not by skapi.
 */
export function otorisasiTeknis(adminUser: string): Record<(typeof AKUN_TEKNIS)[number], Otorisasi[]> {
  return {
    [AKUN_WORKER]: [
      { type: GRANT, resourceType: R.PROCESS_DEFINITION, resourceId: '*', permissions: ['READ_INSTANCE', 'UPDATE_INSTANCE', 'READ_HISTORY'] },
      { type: GRANT, resourceType: R.PROCESS_DEFINITION, resourceId: PROSES_TUJUAN, permissions: ['CREATE_INSTANCE'] },
      { type: GRANT, resourceType: R.PROCESS_INSTANCE, resourceId: '*', permissions: ['CREATE'] },
    ],
    [AKUN_API]: [
      { type: GRANT, resourceType: R.PROCESS_DEFINITION, resourceId: '*', permissions: ['READ', 'READ_HISTORY', 'UPDATE_INSTANCE'] },
      { type: GRANT, resourceType: R.PROCESS_DEFINITION, resourceId: PROSES_PENUNJUKAN_DALAM_UNIT, permissions: ['CREATE_INSTANCE'] },
      { type: GRANT, resourceType: R.PROCESS_INSTANCE, resourceId: '*', permissions: ['CREATE'] },
      { type: GRANT, resourceType: R.USER, resourceId: '*', permissions: ['READ', 'CREATE', 'UPDATE'] },
      ...[adminUser, ...AKUN_TEKNIS].map((id): Otorisasi => ({ type: REVOKE, resourceType: R.USER, resourceId: id, permissions: ['UPDATE'] })),
      { type: GRANT, resourceType: R.GROUP, resourceId: '*', permissions: ['READ'] },
      { type: GRANT, resourceType: R.GROUP_MEMBERSHIP, resourceId: GROUP_PEGAWAI.id, permissions: ['CREATE', 'DELETE'] },
      { type: GRANT, resourceType: R.GROUP_MEMBERSHIP, resourceId: GROUP_ADMIN_ORGANISASI.id, permissions: ['DELETE'] },
      { type: GRANT, resourceType: R.GROUP_MEMBERSHIP, resourceId: GROUP_ANALIS_PROSES.id, permissions: ['DELETE'] },
      { type: GRANT, resourceType: R.TENANT, resourceId: '*', permissions: ['READ', 'CREATE'] },
      { type: GRANT, resourceType: R.TENANT_MEMBERSHIP, resourceId: '*', permissions: ['CREATE', 'DELETE'] },
      { type: GRANT, resourceType: R.DEPLOYMENT, resourceId: '*', permissions: ['CREATE', 'READ'] },
    ],
  };
}

export interface KredensialTeknis {
  readonly worker: string;
  readonly api: string;
}

/**
 * As the engine administrator, idempotently: group skteknis, the users skworker and skapi with these passwords
 * (set on every start, so changing SK_WORKER_PASSWORD / SK_API_PASSWORD and restarting rotates them), their
 * membership, exactly their authorizations, and skteknis as a member of every tenant (the workers serve F3 in each
 * instansi's tenant).
 */
export async function siapkanAkunTeknis(admin: CamundaRest, kataSandi: KredensialTeknis): Promise<void> {
  if (!(await admin.groupExists(GROUP_TEKNIS.id))) await admin.createGroup({ ...GROUP_TEKNIS, type: 'SISTEM_KERJA' });
  const password = { [AKUN_WORKER]: kataSandi.worker, [AKUN_API]: kataSandi.api };
  const wanted = otorisasiTeknis(admin.credentials.username);
  for (const id of AKUN_TEKNIS) {
    // The password policy refuses passwords containing the user's names: long names a random password cannot contain.
    const profile = { id, firstName: 'Pengguna Teknis', lastName: id === AKUN_WORKER ? 'Worker Sistem Kerja' : 'API Sistem Kerja' };
    if (!(await admin.userExists(id))) await admin.createUser(profile, password[id]);
    else {
      await admin.updatePassword(id, password[id]);
      await admin.unlockUser(id);
    }
    if (!(await admin.isMemberOfAny(id, [GROUP_TEKNIS.id]))) await admin.addGroupMember(GROUP_TEKNIS.id, id);
    await aturOtorisasi(admin, id, wanted[id]);
  }
  for (const tenantId of await admin.tenantIds()) await pastikanTenantTeknis(admin, tenantId);
}

/** skteknis in the tenant (for a tenant made later by an import, the sync calls this as skapi). */
export async function pastikanTenantTeknis(rest: CamundaRest, tenantId: string): Promise<void> {
  if (!(await rest.tenantsOfGroup(GROUP_TEKNIS.id)).includes(tenantId)) await rest.addTenantGroupMember(tenantId, GROUP_TEKNIS.id);
}

async function aturOtorisasi(admin: CamundaRest, userId: string, wanted: readonly Otorisasi[]): Promise<void> {
  const existing = await admin.authorizations({ userIdIn: userId });
  const key = (a: { type: number; resourceType: number; resourceId: string | null }) => `${a.type}:${a.resourceType}:${a.resourceId}`;
  const byKey = new Map(existing.map((a) => [key(a), a]));
  for (const w of wanted) {
    const found = byKey.get(key(w));
    byKey.delete(key(w));
    const body = { userId, resourceType: w.resourceType, resourceId: w.resourceId, permissions: [...w.permissions] };
    if (!found) await admin.createAuthorization({ type: w.type, ...body });
    else if ([...found.permissions].sort().join() !== [...w.permissions].sort().join()) await admin.updateAuthorization(found.id, body);
  }
  // Whatever else the user holds goes, including the ALL on its own user that Camunda gives a new user.
  for (const extra of byKey.values()) await admin.deleteAuthorization(extra.id);
}

const HURUF_KECIL = 'abcdefghijkmnpqrstuvwxyz';
const HURUF_BESAR = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const ANGKA = '23456789';
const KHUSUS = '-_!#';

/**
 * A random password that meets Camunda's password policy (at least one lower, upper, digit and special character;
 * characters easy to read aloud: no 0/O, 1/l/I). 20 characters carry about 115 bits.
 */
export function kataSandiAcak(panjang = 20): string {
  const semua = HURUF_KECIL + HURUF_BESAR + ANGKA + KHUSUS;
  const chars = [HURUF_KECIL, HURUF_BESAR, ANGKA, KHUSUS].map((set) => set[randomInt(set.length)]!);
  while (chars.length < panjang) chars.push(semua[randomInt(semua.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
