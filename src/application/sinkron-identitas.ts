import { GRUP_ADMIN_ORGANISASI, GRUP_ANALIS_PROSES } from '../domain/akses.js';
import type { InstansiRecord, PegawaiRecord } from '../domain/direktori.js';

export interface UserProfile {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
}

/** The engine's identity service as the sync needs it (users, groups, tenants, Tasklist access). */
export interface IdentityDirectory {
  ensureGroup(group: { id: string; name: string }): Promise<void>;
  /** Makes the tenant if missing, with the technical users' group as a member (the workers serve every tenant). */
  ensureTenant(tenant: { id: string; name: string }): Promise<void>;
  /** Every user with their profile, read in pages. */
  users(): Promise<Map<string, UserProfile>>;
  createUser(user: UserProfile, initialPassword: string): Promise<void>;
  updateUserProfile(user: UserProfile): Promise<void>;
  /** Replaces a user's password (a deactivated pegawai's becomes an unknown random one). */
  setPassword(userId: string, password: string): Promise<void>;
  /** Makes the group's members exactly these users; returns who was added and removed. */
  setGroupMembers(groupId: string, userIds: ReadonlySet<string>): Promise<{ added: string[]; removed: string[] }>;
  /** Removes these users from the group where they are members; returns who was removed. */
  removeGroupMembers(groupId: string, userIds: ReadonlySet<string>): Promise<string[]>;
  setTenantMembers(tenantId: string, userIds: ReadonlySet<string>): Promise<{ added: string[]; removed: string[] }>;
  /** Gives the group Tasklist access and a "Tugas Saya" filter. Idempotent. */
  ensureTasklistAccess(groupId: string): Promise<void>;
}

/** Every active pegawai may log in to Tasklist; this group carries that permission. Camunda ids are alphanumeric. */
export const GROUP_PEGAWAI = { id: 'pegawai', name: 'Pegawai Sistem Kerja' } as const;

/** Members may import the organisation through the API (engine administrators may too). */
export const GROUP_ADMIN_ORGANISASI = { id: GRUP_ADMIN_ORGANISASI, name: 'Admin Organisasi' } as const;
/** Issue 10: process analysts of an instansi (their own instansi = their pegawai record's). */
export const GROUP_ANALIS_PROSES = { id: GRUP_ANALIS_PROSES, name: 'Analis Proses Bisnis' } as const;

/**
 * The technical users skworker (workers) and skapi (API). Not pegawai: they cannot log in to our API, the engine
 * does not lock them out after failed logins, and the command guard lets them through (their authorizations limit them).
 */
export const GROUP_TEKNIS = { id: 'skteknis', name: 'Pengguna Teknis Sistem Kerja' } as const;

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

/** A user made (or re-activated) by the sync and the initial password it was given. */
export interface AkunAwal {
  readonly nip: string;
  readonly instansiId: string;
  readonly kataSandi: string;
}

/**
 * Initial passwords: the demo gives everyone the same known one; production gives each pegawai their own random
 * one, which the caller stores for their organisation admin (`akunBaru` of the result).
 */
export type KataSandiAwal = { readonly jenis: 'sama'; readonly kataSandi: string } | { readonly jenis: 'acak'; readonly buat: () => string };

export interface SinkronOptions {
  readonly kataSandiAwal: KataSandiAwal;
  /** An unknown random password for a deactivated pegawai (nobody learns it). */
  readonly kataSandiAcak: () => string;
}

/**
 * The groups and their Tasklist access, made by the engine administrator at start-up (the API's technical user may
 * not create groups or authorizations).
 */
export async function siapkanStrukturIdentitas(directory: IdentityDirectory): Promise<void> {
  await directory.ensureGroup(GROUP_PEGAWAI);
  await directory.ensureGroup(GROUP_ADMIN_ORGANISASI);
  await directory.ensureGroup(GROUP_ANALIS_PROSES);
  await directory.ensureGroup(GROUP_TEKNIS);
  await directory.ensureTasklistAccess(GROUP_PEGAWAI.id);
}

/**
 * Mirrors the directory into Camunda identity: a user per pegawai (id = NIP), a tenant per instansi with its
 * active pegawai, active pegawai in GROUP_PEGAWAI. A pegawai who is no longer active can do nothing from this
 * moment: they lose groups pegawai and adminorganisasi (the engine's command guard refuses every command to a
 * user in none of our groups) and tenant membership, and their password becomes an unknown random one; their user
 * and history stay. A re-activated pegawai gets an initial password again. Idempotent: a second run changes nothing.
 * Needs the groups of siapkanStrukturIdentitas.
 */
export async function sinkronIdentitas(
  directory: IdentityDirectory,
  instansi: readonly InstansiRecord[],
  pegawai: readonly PegawaiRecord[],
  options: SinkronOptions,
): Promise<SinkronResult & { readonly akunBaru: readonly AkunAwal[] }> {
  const awal = (p: PegawaiRecord): AkunAwal => ({
    nip: p.nip, instansiId: p.instansiId,
    kataSandi: options.kataSandiAwal.jenis === 'sama' ? options.kataSandiAwal.kataSandi : options.kataSandiAwal.buat(),
  });
  const existing = await directory.users();
  const akunBaru: AkunAwal[] = [];
  let dibuat = 0;
  let diperbarui = 0;
  for (const p of pegawai) {
    const profile: UserProfile = { id: p.nip, firstName: p.nama, lastName: `(${p.jabatanNama})` };
    const current = existing.get(p.nip);
    if (!current) {
      const akun = p.aktif ? awal(p) : undefined;
      await directory.createUser(profile, akun?.kataSandi ?? options.kataSandiAcak());
      if (akun) akunBaru.push(akun);
      dibuat++;
    } else if (current.firstName !== profile.firstName || current.lastName !== profile.lastName) {
      await directory.updateUserProfile(profile);
      diperbarui++;
    }
  }
  const active = pegawai.filter((p) => p.aktif);
  const inactive = new Set(pegawai.filter((p) => !p.aktif).map((p) => p.nip));
  for (const i of instansi) {
    const tenantId = tenantIdOf(i.id);
    await directory.ensureTenant({ id: tenantId, name: i.nama });
    await directory.setTenantMembers(tenantId, new Set(active.filter((p) => p.instansiId === i.id).map((p) => p.nip)));
  }
  const { added, removed } = await directory.setGroupMembers(GROUP_PEGAWAI.id, new Set(active.map((p) => p.nip)));
  await directory.removeGroupMembers(GROUP_ADMIN_ORGANISASI.id, inactive);
  await directory.removeGroupMembers(GROUP_ANALIS_PROSES.id, inactive);
  for (const nip of removed) if (inactive.has(nip)) await directory.setPassword(nip, options.kataSandiAcak());
  // Re-activated: their password was replaced on deactivation, so they get an initial one again.
  const byNip = new Map(pegawai.map((p) => [p.nip, p]));
  for (const nip of added) {
    const p = byNip.get(nip);
    if (!p || !existing.has(nip)) continue;
    const akun = awal(p);
    await directory.setPassword(nip, akun.kataSandi);
    akunBaru.push(akun);
  }
  return { dibuat, diperbarui, tetap: pegawai.length - dibuat - diperbarui, dicabut: removed.length, akunBaru };
}
