import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CamundaRest, CamundaTask } from '../../src/adapters/camunda/camunda-rest.js';
import { deployProcesses } from '../../src/cli/bootstrap.js';
import type { System } from '../../src/cli/system.js';
import { DEMO, DEMO_PASSWORD, endOf as endOfProcess, eventually, startTestSystem } from '../support/system-for-test.js';

// Issue 8 item 2, "verify, do not believe": even when the engine lets a forged instance or a skipped step through
// (here the engine administrator plays the attacker, which the lead's command guard allows), the workers refuse to
// record a penugasan, a letter or a membership without the decisions the flow requires, taken in the same process
// instance by the role holders, in order; and an instance acts only on the case it registered or is linked to.

const ORANG = {
  puoKominfo: DEMO.puo,
  kabidAptika: '198603172013022002',
  aisyah: '199306032019012004',
  nurul: '198008092009022004',
  puoDistan: '197310182004042007',
} as const;
const F4 = 'pengajuan-sukarela-dalam-unit';
const F5 = 'pengajuan-sukarela-lintas-unit';

const incidentSchema = z.array(z.object({ id: z.string(), activityId: z.string().nullish(), incidentMessage: z.string().nullish() }).passthrough());

describe('workers verify what they are handed (issue 8, real engine)', () => {
  let system: System;
  const as = (nip: string): CamundaRest => system.engine.as(nip, DEMO_PASSWORD);
  const kasus = () => system.workerDeps.kasus;

  beforeAll(async () => {
    system = await startTestSystem();
    await deployProcesses(system.engine); // the F3 sides, per tenant (the sync has made the tenants)
  });
  afterAll(async () => {
    await system?.stop();
  });

  const taskOf = (pid: string, engine: CamundaRest, notId?: string): Promise<CamundaTask> =>
    eventually(async () => (await engine.tasks({ processInstanceId: pid })).find((t) => t.id !== notId), `a task in ${pid}`);
  const endOf = (pid: string) => endOfProcess(system.engine, pid);

  /** The incident the workers raise on an instance (handleFailure with no retries). */
  const incidentOf = (pid: string) => eventually(async () => {
    const rows = await system.engine.request('GET', '/incident', { query: { processInstanceId: pid, maxResults: 10 }, schema: incidentSchema });
    return rows[0];
  }, `an incident in ${pid}`);

  /** The attacker's second instance: POST /process-definition/key/{key}/start with a business key and startInstructions. */
  async function mulaiPalsu(key: string, businessKey: string | undefined, activityId: string, variables: Record<string, unknown> = {}): Promise<string> {
    const body = {
      ...(businessKey ? { businessKey } : {}),
      startInstructions: [{ type: 'startBeforeActivity', activityId }],
      variables: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, { value: v }])),
    };
    const started = await system.engine.request('POST', `/process-definition/key/${key}/start`, { body, schema: z.object({ id: z.string() }).passthrough() });
    return started.id;
  }

  /** Process-instance modification by the administrator: cancel where it waits, start before `activityId`. */
  async function lompati(pid: string, cancel: string, activityId: string): Promise<void> {
    await system.engine.request('POST', `/process-instance/${pid}/modification`, {
      body: { instructions: [{ type: 'cancel', activityId: cancel }, { type: 'startBeforeActivity', activityId }] },
    });
  }

  const jumlah = async (tabel: 'surat' | 'penugasan' | 'keputusan_kasus') =>
    Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(tabel)}`.execute(system.db)).rows[0]?.n);
  const suratInstans = async (pid: string) => Number((await sql<{ n: string }>`select count(*) as n from surat where process_instance_id = ${pid}`.execute(system.db)).rows[0]?.n);

  const suratF5 = (changes: Record<string, unknown> = {}) => ({
    unitDitujuId: 'banten-distan',
    targetKinerja: 'Peta lahan pertanian digital 2027',
    uraianTugas: 'Menyusun peta lahan pertanian berbasis data spasial',
    tanggalMulai: '2027-02-01',
    tanggalSelesai: '2027-07-31',
    maksudTujuan: 'Mendukung perencanaan lahan Dinas Pertanian',
    kompetensiTeks: 'Analisis data spasial',
    ekspektasiTarget: 'Peta lahan dipakai di delapan kabupaten/kota',
    ...changes,
  });
  const lisan = (pegawaiNip: string, changes: Record<string, unknown> = {}) => ({
    pegawaiNip, tanggalPermohonanLisan: '2026-11-02', targetKinerja: 'Katalog data SPBE 2027 terbit', uraianTugas: 'Menyusun katalog data',
    kompetensiTeks: 'Manajemen data', tanggalMulai: '2027-01-04', tanggalSelesai: '2027-06-30', ...changes,
  });

  it('R-SYS-02, R-NAT-34: the reproduction — a second instance whose business key is the first case, started before the surat penugasan, ends in an incident with no letter, no number, no penugasan', async () => {
    // given Aisyah's ordinary F5 request (PID), waiting for approval 1
    const { processInstanceId: pid } = await as(ORANG.aisyah).submitStartForm(F5, suratF5());
    await taskOf(pid, as(ORANG.puoDistan));
    const [suratSebelum, penugasanSebelum] = [await jumlah('surat'), await jumlah('penugasan')];
    // when a second instance with businessKey = PID starts right before the letter, and another before the record
    const palsu = await mulaiPalsu(F5, pid, 'Layanan_TerbitkanSuratPenugasan');
    const palsu2 = await mulaiPalsu(F5, pid, 'Layanan_CatatPenugasan');
    // then each ends in an incident that names the refusal (no retries)
    for (const p of [palsu, palsu2]) {
      const incident = await incidentOf(p);
      expect(incident.incidentMessage).toContain('[R-SYS-02]');
      expect(incident.incidentMessage).toContain(`tidak berhak atas kasus ${pid}`);
    }
    // and nothing was written: no letter, no number taken, no penugasan, no DITETAPKAN anywhere
    expect(await jumlah('surat')).toBe(suratSebelum);
    expect(await jumlah('penugasan')).toBe(penugasanSebelum);
    expect(await system.penugasan.allByProcessInstance(palsu)).toEqual([]);
    expect(await system.penugasan.allByProcessInstance(palsu2)).toEqual([]);
    expect((await kasus().surat(pid)).map((s) => s.processInstanceId)).toEqual([pid]);
    expect(await system.penugasan.list({ pegawaiNip: ORANG.aisyah, status: 'DITETAPKAN', limit: 50, offset: 0 })).toEqual([]);
  });

  it('R-SYS-02: a second instance whose business key is another case cannot overwrite its request or its role holders', async () => {
    // given the PUO's F4 case for Nurul, waiting for the PUO's decision
    const puo = as(ORANG.puoKominfo);
    const { processInstanceId: korban } = await puo.submitStartForm(F4, lisan(ORANG.nurul));
    await taskOf(korban, puo);
    const [permohonan, peran] = [await system.workerDeps.permohonan.ambil(korban), await kasus().peran(korban)];
    expect(peran.pimpinanUnitNip).toBe(ORANG.puoKominfo);
    // when instances of another process are started under its key: one re-resolving the deciding role for a subject
    // the attacker picks, one re-registering the request with other content
    const gantiPeran = await mulaiPalsu(F4, korban, 'Layanan_TentukanPimpinan', { pemohonNip: ORANG.aisyah });
    const gantiIsi = await mulaiPalsu(F5, korban, 'Layanan_ValidasiPengajuan', { ...suratF5({ targetKinerja: 'Isi palsu' }) });
    // then both are refused with an incident
    for (const p of [gantiPeran, gantiIsi]) expect((await incidentOf(p)).incidentMessage).toContain(`tidak berhak atas kasus ${korban}`);
    // and the case is as it was
    expect(await kasus().peran(korban)).toEqual(peran);
    expect(await system.workerDeps.permohonan.ambil(korban)).toEqual(permohonan);
    // and the genuine instance still runs to its end
    await puo.completeTask((await taskOf(korban, puo)).id, { keputusan: 'SETUJU' });
    expect(await endOf(korban)).toBe('Selesai_Ditetapkan');
  });

  it('R-NAT-25, R-NAT-34: the genuine instance moved past its decisions (modification) is refused before the letter: no letter, no number, no penugasan', async () => {
    // given Nurul's F5 waiting for approval 1 (nobody decided anything)
    const { processInstanceId: pid } = await as(ORANG.nurul).submitStartForm(F5, suratF5({ targetKinerja: 'Dasbor produksi padi 2027' }));
    await taskOf(pid, as(ORANG.puoDistan));
    const suratSebelum = await jumlah('surat');
    // when the administrator moves the token to the surat penugasan
    await lompati(pid, 'Tugas_PutuskanPimpinanDituju', 'Layanan_TerbitkanSuratPenugasan');
    // then the letter step names every missing decision, in order
    const pesan = (await incidentOf(pid)).incidentMessage ?? '';
    expect(pesan).toContain('prasyarat keputusan tidak terpenuhi');
    expect(pesan).toContain('Tugas_PutuskanPimpinanDituju');
    expect(await jumlah('surat')).toBe(suratSebelum);
    expect(await suratInstans(pid)).toBe(1); // only the request letter
    expect(await system.penugasan.allByProcessInstance(pid)).toEqual([]);
  });

  it('R-SYS-02: a decision completed by someone other than the role holder does not count', async () => {
    // given the PUO's F4 case for Aisyah waiting for the PUO's decision
    const puo = as(ORANG.puoKominfo);
    const { processInstanceId: pid } = await puo.submitStartForm(F4, lisan(ORANG.aisyah, { targetKinerja: 'Arsitektur SPBE 2027' }));
    const task = await taskOf(pid, puo);
    // when the administrator (not the role holder) completes it, periksa-keputusan refuses it and records nothing
    await system.engine.completeTask(task.id, { keputusan: 'SETUJU' });
    const kembali = await taskOf(pid, puo, task.id);
    expect(String((await puo.taskVariables(kembali.id)).galatKeputusan)).toContain('[R-SYS-02]');
    expect(await kasus().keputusan(pid)).toEqual([]);
    // and a SETUJU recorded in the store for that step by someone else (a forged row) does not open the letter step
    await kasus().catatKeputusan({
      taskId: `palsu-${pid}`, kunciKasus: pid, processInstanceId: pid, langkah: 'Tugas_PutuskanPengajuan', aktorNip: ORANG.kabidAptika,
      keputusan: 'SETUJU', alasan: null, data: {},
    });
    const suratSebelum = await jumlah('surat');
    await lompati(pid, 'Tugas_PutuskanPengajuan', 'Layanan_TerbitkanSuratPenugasan');
    const pesan = (await incidentOf(pid)).incidentMessage ?? '';
    expect(pesan).toContain(`diambil oleh ${ORANG.kabidAptika}, bukan pemegang peran pimpinanUnitNip`);
    expect(await jumlah('surat')).toBe(suratSebelum);
    expect(await system.penugasan.allByProcessInstance(pid)).toEqual([]);
  });

  it('R-NAT-25, R-SYS-02: settings set as process variables (prasyarat, keputusanWajib, tembusan, penerimaDaftarDari, daftarDari) are ignored: the BPMN\'s input parameters rule', async () => {
    // given Aisyah's F5, and variables a user could set (here by the administrator on the running instance)
    const { processInstanceId: pid } = await as(ORANG.aisyah).submitStartForm(F5, suratF5({ targetKinerja: 'Sistem irigasi cerdas 2027' }));
    const task = await taskOf(pid, as(ORANG.puoDistan));
    await system.engine.request('POST', `/process-instance/${pid}/variables`, {
      body: {
        modifications: Object.fromEntries(Object.entries({
          prasyarat: '', keputusanWajib: '', tembusan: '', penerima: '', penerimaDaftarDari: 'permohonan:targetKinerja', daftarDari: 'permohonan:targetKinerja',
          penetap: 'pemohonNip', status: 'DITETAPKAN', jenisSurat: 'SURAT_PENUGASAN',
        }).map(([k, v]) => [k, { value: v, type: 'String' }])),
      },
    });
    // when the case runs its ordinary course
    await as(ORANG.puoDistan).completeTask(task.id, { keputusanPimpinanDituju: 'SETUJU' });
    const teruskan = await taskOf(pid, as(ORANG.aisyah));
    await as(ORANG.aisyah).completeTask(teruskan.id, { penerusan: 'TERUSKAN' });
    const ppk = await taskOf(pid, as(ORANG.kabidAptika));
    await as(ORANG.kabidAptika).completeTask(ppk.id, { keputusanPpk: 'SETUJU' });
    expect(await endOf(pid)).toBe('Selesai_Ditetapkan');
    // then the letters have the BPMN's kinds, recipients and tembusan, and the penugasan the BPMN's penetap
    const surat = await kasus().surat(pid);
    expect(surat.map((s) => s.jenis)).toEqual(['SURAT_PERMOHONAN_SUKARELA', 'SURAT_PERMOHONAN_SUKARELA', 'SURAT_PENUGASAN']);
    expect(surat[1]?.tembusan).toEqual([{ peran: 'pimpinanAsalNip', nip: ORANG.puoKominfo }]);
    expect(surat[2]).toMatchObject({ penerima: [ORANG.aisyah], tembusan: [{ peran: 'pimpinanDitujuNip', nip: ORANG.puoDistan }, { peran: 'pimpinanAsalNip', nip: ORANG.puoKominfo }] });
    expect(await system.penugasan.allByProcessInstance(pid)).toMatchObject([{ pegawaiNip: ORANG.aisyah, penetapNip: ORANG.kabidAptika, suratNomor: surat[2]?.nomor }]);
  });

  it('R-NAT-12: the PPK dituju\'s decision without the PUO\'s recommendation is sent back, and the surat penugasan reached by modification is refused', async () => {
    // given a penunjukan lintas unit for Rizky (his PPK, the Kabid Statistik, is not his PUO), waiting for the recommendation
    const rizky = '198711042009011005';
    const { processInstanceId: pid } = await as('198108192009121002').submitStartForm('penunjukan-lintas-unit', {
      pegawaiNip: rizky, unitPemilikKinerjaId: 'banten-badan-penghubung', maksudTujuan: 'Menyusun neraca kerja sama antardaerah',
      kompetensiDibutuhkan: 'Analisis data', ekspektasiTarget: 'Neraca kerja sama terbit triwulan III', tanggalMulai: '2027-02-01', tanggalSelesai: '2027-06-30',
    });
    const peranKasus = await eventually(async () => {
      const p = await kasus().peran(pid);
      return p.puoPegawaiNip && p.ppkDitujuNip ? p : undefined;
    }, 'roles of the F2 case');
    const rek = await taskOf(pid, as(peranKasus.puoPegawaiNip!));
    expect(rek.taskDefinitionKey).toBe('Tugas_BeriRekomendasi');
    // when the administrator skips the recommendation and the PPK approves
    await lompati(pid, 'Tugas_BeriRekomendasi', 'Tugas_PutuskanPermohonan');
    const ppk = as(peranKasus.ppkDitujuNip!);
    const putus = await taskOf(pid, ppk, rek.id);
    await ppk.completeTask(putus.id, { keputusan: 'SETUJU' });
    // then the decision goes back with R-NAT-12 and is not recorded
    const kembali = await taskOf(pid, ppk, putus.id);
    expect(String((await ppk.taskVariables(kembali.id)).galatKeputusan)).toContain('[R-NAT-12]');
    // and moving on to the letter is refused before a number is taken
    const suratSebelum = await jumlah('surat');
    await lompati(pid, 'Tugas_PutuskanPermohonan', 'Layanan_TerbitkanSuratPenugasan');
    expect((await incidentOf(pid)).incidentMessage).toContain('Tugas_BeriRekomendasi');
    expect(await jumlah('surat')).toBe(suratSebelum);
    expect(await system.penugasan.allByProcessInstance(pid)).toEqual([]);
  });

  it('R-SYS-01, R-SYS-02: an instance started past its own registration (no business key) issues no request letter in someone\'s name', async () => {
    // when an instance starts right before the request letter, with the signatory's role snapshot never made
    const suratSebelum = await jumlah('surat');
    const palsu = await mulaiPalsu(F5, undefined, 'Layanan_TerbitkanSuratPermohonan', { pemohonNip: ORANG.nurul });
    // then the letter step refuses: the case was never validated and registered by this instance
    expect((await incidentOf(palsu)).incidentMessage).toContain('[R-SYS-01]');
    expect(await jumlah('surat')).toBe(suratSebelum);
  });

  it('R-SYS-02: a forged tujuan side of F3 (started in a tenant under another case\'s key, not by our worker) is refused', async () => {
    const puo = as(ORANG.puoKominfo);
    const { processInstanceId: korban } = await puo.submitStartForm(F4, lisan(ORANG.aisyah, { targetKinerja: 'Interoperabilitas data 2027' }));
    await taskOf(korban, puo);
    const peran = await kasus().peran(korban);
    const tenant = (await system.engine.tenantIds())[0]!;
    const started = await system.engine.request('POST', `/process-definition/key/penunjukan-lintas-instansi-tujuan/tenant-id/${tenant}/start`, {
      body: { businessKey: korban, startInstructions: [{ type: 'startBeforeActivity', activityId: 'Layanan_TentukanPybTujuan' }], variables: { instansiTujuanId: { value: 'banten' } } },
      schema: z.object({ id: z.string() }).passthrough(),
    });
    expect((await incidentOf(started.id)).incidentMessage).toContain(`tidak berhak atas kasus ${korban}`);
    expect(await kasus().peran(korban)).toEqual(peran);
  });

  it('R-SYS-02: a forged subprocess (tindak-lanjut-masalah-lintas started directly under a case key, with no calling instance) is refused', async () => {
    const puo = as(ORANG.puoKominfo);
    const { processInstanceId: korban } = await puo.submitStartForm(F4, lisan(ORANG.aisyah, { targetKinerja: 'Portal satu data 2027' }));
    await taskOf(korban, puo);
    const palsu = await mulaiPalsu('tindak-lanjut-masalah-lintas', korban, 'Layanan_TentukanPenerima', { urutan: 0 });
    expect((await incidentOf(palsu)).incidentMessage).toContain(`tidak berhak atas kasus ${korban}`);
    expect(await kasus().tautan(korban)).toEqual([]);
  });
});
