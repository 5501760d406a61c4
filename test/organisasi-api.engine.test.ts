import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startSystem, type System } from '../src/cli/system.js';
import { apiAs } from './support/api-client.js';
import { DEMO_PASSWORD } from './support/system-for-test.js';

const FIXTURES = path.join(import.meta.dirname, 'adapters/import/csv/fixtures');
// The same initial password as the other engine tests: the fixture shares NIPs with the demo, and users
// created by an earlier test file keep theirs.
const PASSWORD = DEMO_PASSWORD;

async function berkas(folder: string): Promise<{ nama: string; isi: string }[]> {
  const dir = path.join(FIXTURES, folder);
  const names = (await fs.readdir(dir)).filter((f) => f.endsWith('.csv'));
  return Promise.all(names.map(async (nama) => ({ nama, isi: await fs.readFile(path.join(dir, nama), 'utf8') })));
}

describe('organisation import and reads through the API', () => {
  let system: System;
  let asAdmin: ReturnType<typeof apiAs>;

  beforeAll(async () => {
    const engine = inject('engine');
    const config = loadConfig({
      ENGINE_URL: engine.restUrl, ENGINE_ADMIN_USER: engine.adminUser, ENGINE_ADMIN_PASSWORD: engine.adminPassword,
      SK_API_PORT: '0', SK_LOG: 'silent', SK_DEMO_PASSWORD: PASSWORD,
      SK_WORKER_PASSWORD: engine.workerPassword, SK_API_PASSWORD: engine.apiPassword,
    });
    system = await startSystem({ config, store: { kind: 'pglite-memory' }, workers: false });
    asAdmin = apiAs(system.apiUrl!, { id: engine.adminUser, password: engine.adminPassword });
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('a broken CSV set is refused with every problem by file, row and column, and nothing is stored', async () => {
    const files = await berkas('valid');
    const broken = files.map((f) => (f.nama === 'pegawai.csv'
      ? { ...f, isi: f.isi.replace('198302142006041008', '12345') }
      : f.nama === 'unit.csv' ? { ...f, isi: `${f.isi.trimEnd()}\nunit-yatim,pemprov-banten,Unit Yatim,UNIT_KERJA,unit-tidak-ada,\n` } : f));

    const response = await asAdmin('POST', '/api/organisasi/impor', { berkas: broken });

    expect(response.status).toBe(422);
    const body = response.body as { kode: string; galat: { berkas: string; baris: number; kolom: string; pesan: string }[] };
    expect(body.kode).toBe('IMPOR_DITOLAK');
    expect(body.galat).toContainEqual(expect.objectContaining({ berkas: 'pegawai.csv', baris: 3, kolom: 'nip' }));
    expect(body.galat.some((g) => g.berkas === 'unit.csv' && g.kolom === 'induk_id')).toBe(true);
    expect(await system.organisasi.isEmpty()).toBe(true);
  });

  it('a valid CSV set is imported, synced to Camunda users, and read back with the resolved PPK and PUO', async () => {
    const response = await asAdmin('POST', '/api/organisasi/impor', { berkas: await berkas('valid') });

    expect(response.status, JSON.stringify(response.body)).toBe(200);
    // (identitas.dicabut counts demo users of other test files on the shared engine, so it is not asserted.)
    expect(response.body).toMatchObject({ ringkasan: { instansi: 1, pegawaiBaru: 8, pegawaiBerubah: 0 } });
    const list = await asAdmin('GET', '/api/organisasi/pegawai?instansiId=pemprov-banten&limit=3&offset=0');
    expect((list.body as { data: unknown[] }).data).toHaveLength(3);
    const pegawai = (await system.organisasi.listPegawai({ limit: 200, offset: 0 })).find((p) => p.jabatanKategori.startsWith('JF_'))!;
    const detail = await asAdmin('GET', `/api/organisasi/pegawai/${pegawai.nip}`);
    expect(detail.status).toBe(200);
    const body = detail.body as { nip: string; pejabatPenilaiKinerja: { nip: string } | null; pimpinanUnitOrganisasi: { nip: string } | null };
    expect(body.nip).toBe(pegawai.nip);
    expect(body.pejabatPenilaiKinerja?.nip).toMatch(/^\d{18}$/);
    expect(body.pimpinanUnitOrganisasi?.nip).toBe('197204151998031005');
    expect(await system.engine.verifyUser(pegawai.nip, PASSWORD)).toBe(true);
  });

  it('a pegawai who is not an organisation admin may read but not import', async () => {
    const pegawai = (await system.organisasi.listPegawai({ limit: 1, offset: 0, aktif: true }))[0]!;
    const asPegawai = apiAs(system.apiUrl!, { id: pegawai.nip, password: PASSWORD });

    expect((await asPegawai('POST', '/api/organisasi/impor', { berkas: await berkas('valid') })).status).toBe(403);
    expect((await asPegawai('GET', '/api/organisasi/instansi')).status).toBe(200);
    expect((await apiAs(system.apiUrl!)('GET', '/api/organisasi/instansi')).status).toBe(401);
  });
});
