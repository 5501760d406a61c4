import type { InstansiRecord, PegawaiRecord } from '../domain/direktori.js';

export interface UserProfile {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
}

/** The engine's identity service as the sync needs it (users, groups, tenants, Tasklist access). */
export interface IdentityDirectory {
  ensureGroup(group: { id: string; name: string }): Promise<void>;
  ensureTenant(tenant: { id: string; name: string }): Promise<void>;
  /** Every user with their profile, read in pages. */
  users(): Promise<Map<string, UserProfile>>;
  createUser(user: UserProfile, initialPassword: string): Promise<void>;
  updateUserProfile(user: UserProfile): Promise<void>;
  /** Makes the group's members exactly these users; returns who was added and removed. */
  setGroupMembers(groupId: string, userIds: ReadonlySet<string>): Promise<{ added: string[]; removed: string[] }>;
  setTenantMembers(tenantId: string, userIds: ReadonlySet<string>): Promise<{ added: string[]; removed: string[] }>;
  /** Gives the group Tasklist access and a "Tugas Saya" filter. Idempotent. */
  ensureTasklistAccess(groupId: string): Promise<void>;
}

/** Every active pegawai may log in to Tasklist; this group carries that permission. Camunda ids are alphanumeric. */
export const GROUP_PEGAWAI = { id: 'pegawai', name: 'Pegawai Sistem Kerja' } as const;

/** Members may import the organisation through the API (engine administrators may too). */
export const GROUP_ADMIN_ORGANISASI = { id: 'adminorganisasi', name: 'Admin Organisasi' } as const;

/** The Camunda tenant of an instansi: its id without the characters Camunda refuses in ids. */
export function tenantIdOf(instansiId: string): string {
  return instansiId.replace(/[^A-Za-z0-9]/g, '');
}

export interface SinkronResult {
  readonly dibuat: number;
  readonly diperbarui: number;
  readonly tetap: number;
  readonly dicabut: number;
}

/**
 * Mirrors the directory into Camunda identity: a user per pegawai (id = NIP), a tenant per instansi with its
 * active pegawai, active pegawai in GROUP_PEGAWAI. A pegawai who is no longer active loses Tasklist access and
 * tenant membership; their user and history stay. Idempotent: a second run changes nothing.
 */
export async function sinkronIdentitas(
  directory: IdentityDirectory,
  instansi: readonly InstansiRecord[],
  pegawai: readonly PegawaiRecord[],
  initialPassword: string,
): Promise<SinkronResult> {
  await directory.ensureGroup(GROUP_PEGAWAI);
  await directory.ensureGroup(GROUP_ADMIN_ORGANISASI);
  await directory.ensureTasklistAccess(GROUP_PEGAWAI.id);
  const existing = await directory.users();
  let dibuat = 0;
  let diperbarui = 0;
  for (const p of pegawai) {
    const profile: UserProfile = { id: p.nip, firstName: p.nama, lastName: `(${p.jabatanNama})` };
    const current = existing.get(p.nip);
    if (!current) {
      await directory.createUser(profile, initialPassword);
      dibuat++;
    } else if (current.firstName !== profile.firstName || current.lastName !== profile.lastName) {
      await directory.updateUserProfile(profile);
      diperbarui++;
    }
  }
  const active = pegawai.filter((p) => p.aktif);
  for (const i of instansi) {
    const tenantId = tenantIdOf(i.id);
    await directory.ensureTenant({ id: tenantId, name: i.nama });
    await directory.setTenantMembers(tenantId, new Set(active.filter((p) => p.instansiId === i.id).map((p) => p.nip)));
  }
  const { removed } = await directory.setGroupMembers(GROUP_PEGAWAI.id, new Set(active.map((p) => p.nip)));
  return { dibuat, diperbarui, tetap: pegawai.length - dibuat - diperbarui, dicabut: removed.length };
}
