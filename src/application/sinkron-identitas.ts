import type { Pegawai } from '../domain/organisasi.js';

/** The engine's identity service as the sync needs it (users, groups, Tasklist access). */
export interface IdentityDirectory {
  ensureGroup(group: { id: string; name: string }): Promise<void>;
  /** Creates the user with the initial password, or updates the profile of an existing one (password kept). */
  ensureUser(user: { id: string; firstName: string; lastName: string }, initialPassword: string): Promise<'dibuat' | 'diperbarui'>;
  /** Makes the group's members exactly these users; returns who was added and removed. */
  setGroupMembers(groupId: string, userIds: ReadonlySet<string>): Promise<{ added: string[]; removed: string[] }>;
  /** Gives the group Tasklist access and a "Tugas Saya" filter. Idempotent. */
  ensureTasklistAccess(groupId: string): Promise<void>;
}

/** Every active pegawai may log in to Tasklist; this group carries that permission. Camunda ids are alphanumeric. */
export const GROUP_PEGAWAI = { id: 'pegawai', name: 'Pegawai Sistem Kerja' } as const;

export interface SinkronResult {
  readonly dibuat: number;
  readonly diperbarui: number;
  readonly dicabut: number;
}

/**
 * Mirrors the pegawai into Camunda identity: a user per pegawai (id = NIP), active ones in GROUP_PEGAWAI.
 * A pegawai who is no longer active loses Tasklist access; their user and history stay. Idempotent.
 */
export async function sinkronIdentitas(
  directory: IdentityDirectory,
  pegawai: readonly Pegawai[],
  initialPassword: string,
): Promise<SinkronResult> {
  await directory.ensureGroup(GROUP_PEGAWAI);
  await directory.ensureTasklistAccess(GROUP_PEGAWAI.id);
  let dibuat = 0;
  let diperbarui = 0;
  for (const p of pegawai) {
    const outcome = await directory.ensureUser({ id: p.nip, firstName: p.nama, lastName: `(${p.jabatanNama})` }, initialPassword);
    if (outcome === 'dibuat') dibuat++;
    else diperbarui++;
  }
  const active = new Set(pegawai.filter((p) => p.aktif).map((p) => p.nip));
  const { removed } = await directory.setGroupMembers(GROUP_PEGAWAI.id, active);
  return { dibuat, diperbarui, dicabut: removed.length };
}
