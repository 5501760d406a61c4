import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CamundaRestError, type CamundaRest, type CamundaTask } from '../../src/adapters/camunda/camunda-rest.js';
import { deployProcesses } from '../../src/cli/bootstrap.js';
import type { System } from '../../src/cli/system.js';
import { DEMO, DEMO_PASSWORD, eventually, startTestSystem } from '../support/system-for-test.js';

/**
 * Issue 8, item 1: the engine refuses paths around the process (engine/…/keamanan/PenjagaPerintah.java). Each
 * attack is made by a pegawai with only their Tasklist password, against the real engine, and must be refused
 * with a clear message and leave nothing behind (no instance, no letter, no penugasan).
 */
const F5 = 'pengajuan-sukarela-lintas-unit';
const SITI = DEMO.jfSiti;
const BUDI = DEMO.jfBudi;
/** Kepala Dinas Pertanian: the PUO dituju who decides Siti's F5 first. */
const PUO_DISTAN = '197310182004042007';

const suratSukarela = (targetKinerja: string) => ({
  unitDitujuId: 'banten-distan',
  targetKinerja,
  uraianTugas: 'Membangun dan mengoperasikan aplikasi jadwal penyuluhan',
  tanggalMulai: '2027-02-01',
  tanggalSelesai: '2027-07-31',
  maksudTujuan: 'Mendukung digitalisasi layanan penyuluhan Dinas Pertanian',
  kompetensiTeks: 'Pengembangan aplikasi, Manajemen layanan TI',
  ekspektasiTarget: 'Aplikasi jadwal penyuluhan dipakai di delapan kabupaten/kota',
});

/** The engine's answer to a refused call: HTTP 403 and its message. */
async function ditolak(call: Promise<unknown>): Promise<string> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error, 'the engine accepted the call').toBeInstanceOf(CamundaRestError);
  const e = error as CamundaRestError;
  expect(e.status).toBe(403);
  expect(e.engineMessage).toMatch(/^Ditolak: .+ tidak diizinkan bagi pegawai\./);
  return e.engineMessage;
}

describe('keamanan: jalan pintas di sekitar proses ditolak oleh engine (issue 8 item 1, R-SYS-02)', () => {
  let system: System;
  let siti: CamundaRest;
  let pid: string;
  let tugasPuo: CamundaTask;
  const as = (nip: string): CamundaRest => system.engine.as(nip, DEMO_PASSWORD);
  const instancesOf = async (key: string) =>
    system.engine.request('GET', '/process-instance', { query: { processDefinitionKey: key, maxResults: 100 } }) as Promise<{ id: string; businessKey: string | null }[]>;

  beforeAll(async () => {
    system = await startTestSystem();
    await deployProcesses(system.engine); // the F3 sides, per tenant (the sync has made the tenants)
    siti = as(SITI);
    // the ordinary start, through the start form
    ({ processInstanceId: pid } = await siti.submitStartForm(F5, suratSukarela('Jadwal penyuluhan digital 2027 (uji jalan pintas)')));
    tugasPuo = await eventually(async () => (await as(PUO_DISTAN).tasks({ processInstanceId: pid }))[0], 'the PUO dituju decision task');
  });
  afterAll(async () => {
    await system?.stop();
  });

  async function tidakAdaJejak(): Promise<void> {
    expect((await instancesOf(F5)).filter((p) => p.businessKey === pid)).toEqual([]);
    expect((await system.penugasan.list({ pegawaiNip: SITI, limit: 50, offset: 0 })).filter((p) => p.status === 'DITETAPKAN')).toEqual([]);
    expect((await system.kasus.surat(pid)).map((s) => s.jenis)).not.toContain('SURAT_PENUGASAN');
  }

  it('the reproduction: a second instance with businessKey = PID started before Layanan_TerbitkanSuratPenugasan is refused, nothing recorded', async () => {
    const pesan = await ditolak(siti.request('POST', `/process-definition/key/${F5}/start`, {
      body: { businessKey: pid, startInstructions: [{ type: 'startBeforeActivity', activityId: 'Layanan_TerbitkanSuratPenugasan' }] },
    }));
    expect(pesan).toContain('startInstructions');
    await new Promise((r) => setTimeout(r, 1500)); // what a worker would have done by now
    await tidakAdaJejak();
  });

  it('variants of the start: skipCustomListeners/skipIoMappings, /start without the form, a business key of another case through the form', async () => {
    await ditolak(siti.request('POST', `/process-definition/key/${F5}/start`, {
      body: { skipCustomListeners: true, skipIoMappings: true, startInstructions: [{ type: 'startAfterActivity', activityId: 'Layanan_CatatPenugasan' }] },
    }));
    expect(await ditolak(siti.request('POST', `/process-definition/key/${F5}/start`, { body: { variables: {} } }))).toContain('Mulai proses');
    expect(await ditolak(siti.submitStartForm(F5, suratSukarela('Kunci bisnis pilihan sendiri'), pid))).toContain('kunci bisnis');
    await tidakAdaJejak();
  });

  it('settings variables slipped into the start form (prasyarat, penerimaDaftarDari, daftarDari) are refused, naming them', async () => {
    const sebelum = (await instancesOf(F5)).length;
    const pesan = await ditolak(siti.submitStartForm(F5, { ...suratSukarela('Variabel selipan'), prasyarat: '', penerimaDaftarDari: 'permohonan:x', daftarDari: 'y' }));
    expect(pesan).toContain('daftarDari, penerimaDaftarDari, prasyarat');
    expect((await instancesOf(F5)).length).toBe(sebelum);
  });

  it('a process that no pegawai starts (the F3 tujuan side, message start only) cannot be started through a form either', async () => {
    const defs = await system.engine.request('GET', '/process-definition', { query: { key: 'penunjukan-lintas-instansi-tujuan', latestVersion: true, maxResults: 10 } }) as { id: string }[];
    expect(defs.length).toBeGreaterThan(0);
    const pesan = await ditolak(siti.request('POST', `/process-definition/${defs[0]!.id}/submit-form`, { body: { variables: {} } }));
    expect(pesan).toContain('tidak memiliki formulir mulai');
  });

  it('modification, restart and migration of a running instance are refused', async () => {
    await ditolak(siti.request('POST', `/process-instance/${pid}/modification`, {
      body: { instructions: [{ type: 'startBeforeActivity', activityId: 'Layanan_TerbitkanSuratPenugasan' }] },
    }));
    const def = (await system.engine.request('GET', `/process-instance/${pid}`)) as { definitionId: string };
    await ditolak(siti.request('POST', `/process-definition/${def.definitionId}/restart`, {
      body: { processInstanceIds: [pid], instructions: [{ type: 'startBeforeActivity', activityId: 'Layanan_CatatPenugasan' }] },
    }));
    await ditolak(siti.request('POST', '/migration/execute', {
      body: { migrationPlan: { sourceProcessDefinitionId: def.definitionId, targetProcessDefinitionId: def.definitionId, instructions: [] }, processInstanceIds: [pid] },
    }));
    await ditolak(siti.request('PUT', '/process-instance/suspended', { body: { processInstanceIds: [pid], suspended: true } }));
    await tidakAdaJejak();
  });

  it('setting or deleting variables of the running instance, or of a task she does not hold, is refused', async () => {
    await ditolak(siti.request('PUT', `/process-instance/${pid}/variables/penerimaDaftarDari`, { body: { value: 'permohonan:pegawaiNip', type: 'String' } }));
    await ditolak(siti.request('POST', `/process-instance/${pid}/variables`, { body: { modifications: { keputusan: { value: 'SETUJU', type: 'String' } } } }));
    await ditolak(siti.request('DELETE', `/process-instance/${pid}/variables/peringatan`));
    await ditolak(siti.request('PUT', `/task/${tugasPuo.id}/variables/keputusan`, { body: { value: 'SETUJU', type: 'String' } }));
    const vars = (await system.engine.request('GET', `/process-instance/${pid}/variables`)) as Record<string, unknown>;
    expect(vars).not.toHaveProperty('penerimaDaftarDari');
    expect(vars).not.toHaveProperty('keputusan');
  });

  it('completing another person\'s task, or her own with variables outside its form, is refused and the task stays open', async () => {
    await ditolak(siti.completeTask(tugasPuo.id, { keputusanPimpinanDituju: 'SETUJU' }));
    const puo = as(PUO_DISTAN);
    // a field the form does not have (a setting of the next step)
    expect(await ditolak(puo.completeTask(tugasPuo.id, { keputusanPimpinanDituju: 'SETUJU', penerimaDaftarDari: 'permohonan:pegawaiNip' }))).toContain('penerimaDaftarDari');
    // a field the form only shows (disabled): the request itself is not the pejabat's to change
    expect(await ditolak(puo.request('POST', `/task/${tugasPuo.id}/submit-form`, {
      body: { variables: { keputusanPimpinanDituju: { value: 'SETUJU' }, pemohonNip: { value: BUDI } } },
    }))).toContain('pemohonNip');
    expect((await puo.tasks({ processInstanceId: pid })).map((t) => t.id)).toEqual([tugasPuo.id]);
    // a BPMN error thrown from the user task, and claiming/unclaiming, are not Tasklist steps either
    await ditolak(puo.request('POST', `/task/${tugasPuo.id}/bpmnError`, { body: { errorCode: 'KEPUTUSAN_TIDAK_VALID' } }));
    await ditolak(puo.request('POST', `/task/${tugasPuo.id}/unclaim`));
    await ditolak(siti.request('POST', `/task/${tugasPuo.id}/claim`, { body: { userId: SITI } }));
  });

  it('messages and signals that belong to the processes cannot be sent by a pegawai', async () => {
    await ditolak(siti.request('POST', '/message', {
      body: { messageName: 'PermohonanPelibatanLintasInstansi', tenantId: 'pemprovbanten', businessKey: pid, processVariables: {} },
    }));
    await ditolak(siti.request('POST', '/message', { body: { messageName: 'PermintaanLaporanKegiatan', all: true } }));
    await ditolak(siti.request('POST', '/signal', { body: { name: 'apa saja' } }));
  });

  it('the same refusal holds on the webapps\' own engine API (/camunda/api/engine), with a Tasklist session', async () => {
    const base = system.engine.credentials.baseUrl.replace(/\/engine-rest$/, '');
    const jar = new Map<string, string>();
    const simpan = (r: Response) => {
      for (const c of r.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const [k, v] = (pair ?? '').split('=');
        if (k && v !== undefined) jar.set(k.trim(), v);
      }
    };
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    simpan(await fetch(`${base}/camunda/app/tasklist/`, { redirect: 'manual' }));
    const csrf = () => ({ 'X-XSRF-TOKEN': jar.get('XSRF-TOKEN') ?? '', cookie: cookie() });
    const login = await fetch(`${base}/camunda/api/admin/auth/user/default/login/tasklist`, {
      method: 'POST', headers: { ...csrf(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: SITI, password: DEMO_PASSWORD }),
    });
    simpan(login);
    expect(login.status).toBe(200);
    // the login starts a new session with a new CSRF token, handed out on the next GET
    simpan(await fetch(`${base}/camunda/api/engine/engine/`, { headers: { cookie: cookie() } }));
    const start = await fetch(`${base}/camunda/api/engine/engine/default/process-definition/key/${F5}/start`, {
      method: 'POST', headers: { ...csrf(), 'content-type': 'application/json' },
      body: JSON.stringify({ businessKey: pid, startInstructions: [{ type: 'startBeforeActivity', activityId: 'Layanan_TerbitkanSuratPenugasan' }] }),
    });
    const jawaban = await start.text();
    expect(start.status, jawaban).toBe(403);
    expect(jawaban).toContain('startInstructions');
    await tidakAdaJejak();
  });

  it('the ordinary path still works: the PUO dituju decides her own task with the fields of its form', async () => {
    await as(PUO_DISTAN).completeTask(tugasPuo.id, { keputusanPimpinanDituju: 'TOLAK', alasanPimpinanDituju: 'Kegiatan penyuluhan digital 2027 sudah ditangani tim internal Dinas Pertanian' });
    await eventually(async () => ((await system.kasus.keputusan(pid)).some((k) => k.langkah === 'Tugas_PutuskanPimpinanDituju') ? true : undefined), 'the decision recorded');
  });

  it('a pegawai changes their own password, not their name (it comes from the organisation) nor another account', async () => {
    const budi = as(BUDI);
    const profil = (await budi.request('GET', `/user/${BUDI}/profile`)) as { id: string; firstName: string; lastName: string; email: string | null };
    expect(await ditolak(budi.request('PUT', `/user/${BUDI}/profile`, { body: { ...profil, firstName: 'Kepala Dinas' } }))).toContain('nama');
    // another account: not even visible to him (404), and refused by the guard if it were
    const lain = await budi.request('PUT', `/user/${SITI}/credentials`, { body: { password: 'sandi-baru-budi-2027', authenticatedUserPassword: DEMO_PASSWORD } })
      .then(() => 200, (e: CamundaRestError) => e.status);
    expect([403, 404]).toContain(lain);
    await budi.request('PUT', `/user/${BUDI}/credentials`, { body: { password: 'sandi-baru-budi-2027', authenticatedUserPassword: DEMO_PASSWORD } });
    const budiBaru = system.engine.as(BUDI, 'sandi-baru-budi-2027');
    await budiBaru.request('PUT', `/user/${BUDI}/credentials`, { body: { password: DEMO_PASSWORD, authenticatedUserPassword: 'sandi-baru-budi-2027' } });
    expect(((await system.engine.request('POST', '/identity/verify', { body: { username: BUDI, password: DEMO_PASSWORD } })) as { authenticated: boolean }).authenticated).toBe(true);
  });

  it('the engine administrator is not limited by the guard (repairs go through Cockpit)', async () => {
    // Serialized values stay serialized: deserializing lets the engine flush an implicit update, which can race the workers.
    const r = (await system.engine.request('GET', `/process-instance/${pid}/variables?deserializeValues=false`)) as Record<string, unknown>;
    expect(r).toHaveProperty('unitDitujuId');
  });
});
