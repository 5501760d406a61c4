import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createIdentityDirectory } from '../src/adapters/camunda/identity-directory.js';
import { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import { sinkronIdentitas, tenantIdOf } from '../src/application/sinkron-identitas.js';
import type { InstansiRecord, PegawaiRecord } from '../src/domain/direktori.js';
import { inject } from 'vitest';

const instansi: InstansiRecord[] = [
  { id: 'uji-sinkron-a', nama: 'Instansi Uji A', jenis: 'KABUPATEN', profil: 'MRT' },
  { id: 'uji-sinkron-b', nama: 'Instansi Uji B', jenis: 'KEMENTERIAN', profil: 'KIN' },
];
const pegawai = (nip: string, instansiId: string, aktif = true): PegawaiRecord => ({
  nip, nama: `Pegawai ${nip.slice(-3)}`, instansiId, statusKepegawaian: 'PNS', jabatanNama: 'Analis Ahli Pertama',
  jabatanKategori: 'JF_KEAHLIAN', jenjang: 'AHLI_PERTAMA', golongan: 'III/a', pendidikan: 'S1', pengalaman: [], kompetensi: [], aktif,
});
const A1 = '199001012015011101';
const A2 = '199001012015011102';
const B1 = '199001012015011103';
const PASSWORD = 'sinkron-uji-1234';
const OPSI = { kataSandiAwal: { jenis: 'sama', kataSandi: PASSWORD }, kataSandiAcak: () => `acak-${Math.random()}` } as const;

describe('identity sync against the engine (users, tenants, Tasklist access)', () => {
  let admin: CamundaRest;
  const members = async (query: Record<string, string>) =>
    (await admin.request('GET', '/user', { query: { ...query, maxResults: 100 }, schema: z.array(z.object({ id: z.string() }).passthrough()) })).map((u) => u.id).sort();

  beforeAll(() => {
    const engine = inject('engine');
    admin = new CamundaRest({ baseUrl: engine.restUrl, username: engine.adminUser, password: engine.adminPassword });
  });
  afterAll(async () => {
    for (const id of [A1, A2, B1]) await admin.request('DELETE', `/user/${id}`).catch(() => undefined);
    for (const i of instansi) await admin.request('DELETE', `/tenant/${tenantIdOf(i.id)}`).catch(() => undefined);
  });

  it('creates a user per pegawai and a tenant per instansi, and a second run changes nothing', async () => {
    const directory = createIdentityDirectory(admin);
    const all = [pegawai(A1, 'uji-sinkron-a'), pegawai(A2, 'uji-sinkron-a'), pegawai(B1, 'uji-sinkron-b')];

    const first = await sinkronIdentitas(directory, instansi, all, OPSI);
    const second = await sinkronIdentitas(directory, instansi, all, OPSI);

    expect(first).toMatchObject({ dibuat: 3, diperbarui: 0 });
    expect(second).toEqual({ dibuat: 0, diperbarui: 0, tetap: 3, dicabut: 0, akunBaru: [] });
    expect(await members({ memberOfTenant: 'ujisinkrona' })).toEqual([A1, A2]);
    expect(await members({ memberOfTenant: 'ujisinkronb' })).toEqual([B1]);
    expect(await members({ memberOfGroup: 'pegawai', idIn: [A1, A2, B1].join(',') })).toEqual([A1, A2, B1]);
    expect(await admin.verifyUser(A1, PASSWORD)).toBe(true);
  });

  it('a pegawai who leaves loses Tasklist access and tenant membership, but keeps the user; a renamed one is updated', async () => {
    const directory = createIdentityDirectory(admin);
    const after = [{ ...pegawai(A1, 'uji-sinkron-a'), nama: 'Pegawai Berganti Nama' }, pegawai(A2, 'uji-sinkron-a', false), pegawai(B1, 'uji-sinkron-b')];

    const result = await sinkronIdentitas(directory, instansi, after, OPSI);

    expect(result).toMatchObject({ dibuat: 0, diperbarui: 1, dicabut: 1 });
    expect(await members({ memberOfGroup: 'pegawai', idIn: [A1, A2, B1].join(',') })).toEqual([A1, B1]);
    expect(await members({ memberOfTenant: 'ujisinkrona' })).toEqual([A1]);
    expect(await admin.userExists(A2)).toBe(true);
    const a1 = await admin.request('GET', `/user/${A1}/profile`, { schema: z.object({ firstName: z.string() }).passthrough() });
    expect(a1.firstName).toBe('Pegawai Berganti Nama');
    // Without the group the leaver has no Tasklist application access any more.
    const access = await admin.request('GET', '/authorization/check', {
      query: { permissionName: 'ACCESS', resourceName: 'Application', resourceType: 0, resourceId: 'tasklist', userId: A2 },
      schema: z.object({ authorized: z.boolean() }).passthrough(),
    });
    expect(access.authorized).toBe(false);
  });
});
