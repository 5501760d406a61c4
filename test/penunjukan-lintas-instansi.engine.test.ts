import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CamundaRest, CamundaTask } from '../src/adapters/camunda/camunda-rest.js';
import { toCamundaVariables } from '../src/adapters/camunda/variables.js';
import { deployProcesses } from '../src/cli/bootstrap.js';
import type { System } from '../src/cli/system.js';
import { DEMO, DEMO_PASSWORD, endOf as endOfProcess, eventually, startTestSystem } from './support/system-for-test.js';

/** Demo people (demo/organisasi-demo.json): Banten asks Kemenperin for JF of the Direktorat IKM Pangan. */
const ORANG = {
  puoBanten: DEMO.puo,
  pybBanten: '197002041995041002',
  pybKemenperin: '196710131995032001',
  /** Leader of kemenperin-ikma-dit-pangan: the PPK of its JF. */
  ppkDitPangan: '197512232005041007',
  /** Dirjen IKMA: the PUO of the Ditjen (unit organisasi) and the PPK of the JF placed directly in it. */
  dirjenIkma: '196702041997031007',
  jfIndah: '198710072012012009',
  jfHendra: '198005252005041001',
  jfAgus: '197108012000021003',
  /** In the pool, without the competence Pengembangan IKM. */
  jfHasan: '199611212021011009',
} as const;

let nomor = 0;
/** A valid start form; each call has its own target so no two cases are duplicates of each other (R-SYS-01). */
function startForm(overrides: Record<string, unknown> = {}) {
  nomor++;
  return {
    unitPemilikKinerjaId: DEMO.unit,
    instansiTujuanId: 'kemenperin',
    unitTujuanId: 'kemenperin-ikma-dit-pangan',
    maksudTujuan: 'Menyusun peta jalan digitalisasi IKM pangan Provinsi Banten',
    kompetensiDibutuhkan: 'Pembinaan industri, Pengembangan IKM',
    ekspektasiTarget: `Dokumen peta jalan digitalisasi IKM pangan tahap ${nomor}`,
    tanggalMulai: '2027-02-01',
    tanggalSelesai: '2027-06-30',
    jumlahPegawai: 2,
    calonPegawai: '',
    justifikasiLintasInstansi: 'Keahlian pembinaan IKM pangan tidak tersedia di Pemprov Banten',
    ...overrides,
  };
}

describe('penunjukan lintas instansi (F3) across two tenants on the engine', () => {
  let system: System;
  const as = (nip: string): CamundaRest => system.engine.as(nip, DEMO_PASSWORD);

  beforeAll(async () => {
    system = await startTestSystem();
    // The identity sync has now made one tenant per instansi: deploy the F3 processes for each.
    await deployProcesses(system.engine);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const endOf = (pid: string) => endOfProcess(system.engine, pid);

  /**
   * Starts the process as Tasklist does: the user sees only their tenant's definition of the key (tenant check)
   * and submits the start form by its id (the REST key path only finds definitions without a tenant).
   */
  async function mulai(nip: string, form: Record<string, unknown>): Promise<string> {
    const defs = await as(nip).request('GET', '/process-definition', {
      query: { key: 'penunjukan-lintas-instansi', latestVersion: true, maxResults: 10 },
      schema: z.array(z.object({ id: z.string(), tenantId: z.string().nullable() }).passthrough()),
    });
    expect(defs.map((d) => d.tenantId)).toEqual(['pemprovbanten']);
    const started = await as(nip).request('POST', `/process-definition/${defs[0]!.id}/submit-form`, {
      body: { variables: toCamundaVariables(form) }, schema: z.object({ id: z.string() }).passthrough(),
    });
    return started.id;
  }

  const ajukan = (form = startForm()): Promise<string> => mulai(ORANG.puoBanten, form);

  /** The open task of a process for `nip`, waiting until it is there (not `notId`, the one just completed). */
  function taskOf(pid: string, nip: string, taskDefinitionKey: string, notId?: string): Promise<CamundaTask> {
    return eventually(async () => (await as(nip).tasks({ processInstanceId: pid, taskDefinitionKey })).find((t) => t.id !== notId),
      `${taskDefinitionKey} in ${pid} for ${nip}`);
  }

  async function complete(pid: string, nip: string, taskDefinitionKey: string, vars: Record<string, unknown>): Promise<CamundaTask> {
    const task = await taskOf(pid, nip, taskDefinitionKey);
    expect(task.assignee).toBe(nip);
    await as(nip).completeTask(task.id, vars);
    return task;
  }

  /** The tujuan side of a case: started by the message with the case key as its business key. */
  function prosesTujuan(kunci: string): Promise<{ id: string; tenantId: string | null }> {
    return eventually(async () => (await system.engine.request('GET', '/history/process-instance', {
      query: { processInstanceBusinessKey: kunci, processDefinitionKey: 'penunjukan-lintas-instansi-tujuan', maxResults: 1 },
      schema: z.array(z.object({ id: z.string(), tenantId: z.string().nullable() }).passthrough()),
    }))[0], `tujuan process of ${kunci}`);
  }

  /**
   * How the engine refused a call (status 0 when it did not). A task of another tenant: the engine's tenant check
   * refuses with a ProcessEngineException, which its REST API answers with 500 (not 403/404) naming the tenant.
   */
  const refusalOf = (call: Promise<unknown>): Promise<{ status: number; message: string }> =>
    call.then(() => ({ status: 0, message: '' }), (e: { status?: number; engineMessage?: string }) => ({ status: e.status ?? -1, message: e.engineMessage ?? '' }));
  /** A user of the other instansi: refused by the engine's command guard with a clear 403 (it was a 500 from the tenant check). */
  const TENANT_LAIN = { status: 403, message: expect.stringContaining('tugas yang bukan milik Anda') as unknown };

  async function tenantOf(pid: string): Promise<string | null> {
    const p = await system.engine.request('GET', `/history/process-instance/${pid}`, { schema: z.object({ tenantId: z.string().nullable() }).passthrough() });
    return p.tenantId;
  }

  async function galatOf(pid: string, nip: string, key: string, notId: string, variable = 'galatKeputusan'): Promise<string> {
    const again = await taskOf(pid, nip, key, notId);
    return String((await as(nip).taskVariables(again.id))[variable]);
  }

  it('happy path Banten → Kemenperin: 2 pegawai get a surat penugasan from their PUO with tembusan PyB-B, PPK and PyB-A (R-NAT-16, R-NAT-17, R-NAT-18, R-NAT-19, R-BTN-13, R-NAT-20, R-BTN-14, R-BTN-15, R-NAT-34)', async () => {
    // given a request submitted in Tasklist by the PUO of Diskominfo Banten
    const kunci = await ajukan();
    expect(await tenantOf(kunci)).toBe('pemprovbanten');
    // then the PyB of Banten decides, and a Kemenperin user can neither see nor complete that task (tenant A)
    const pybTask = await taskOf(kunci, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon');
    expect(pybTask.assignee).toBe(ORANG.pybBanten);
    expect(await as(ORANG.pybKemenperin).tasks({ processInstanceId: kunci })).toHaveLength(0);
    expect(await refusalOf(as(ORANG.pybKemenperin).completeTask(pybTask.id, { keputusanPybPemohon: 'SETUJU' }))).toMatchObject(TENANT_LAIN);
    await as(ORANG.pybBanten).completeTask(pybTask.id, { keputusanPybPemohon: 'SETUJU' });

    // then the tujuan side runs in Kemenperin's tenant under the same case key
    const tujuan = await prosesTujuan(kunci);
    expect(tujuan.tenantId).toBe('kemenperin');
    const pybBTask = await taskOf(tujuan.id, ORANG.pybKemenperin, 'Tugas_PutuskanPybTujuan');
    // and a Banten user can neither see nor complete it (tenant B)
    expect(await as(ORANG.puoBanten).tasks({ processInstanceId: tujuan.id })).toHaveLength(0);
    expect(await as(ORANG.pybBanten).tasks({ processInstanceId: tujuan.id })).toHaveLength(0);
    expect(await refusalOf(as(ORANG.pybBanten).completeTask(pybBTask.id, { keputusanPybTujuan: 'SETUJU' }))).toMatchObject(TENANT_LAIN);
    // and within tenant B, a pegawai who is not the assignee is refused by authorization (403)
    expect(await refusalOf(as(ORANG.jfIndah).completeTask(pybBTask.id, { keputusanPybTujuan: 'SETUJU' }))).toMatchObject({ status: 403 });
    await as(ORANG.pybKemenperin).completeTask(pybBTask.id, { keputusanPybTujuan: 'SETUJU' });

    // when the PPK of the pool answers with two of their JF, the PUO (not the PPK) recommends, and PyB-B agrees
    await complete(tujuan.id, ORANG.ppkDitPangan, 'Tugas_JawabKetersediaan', { keputusanKetersediaan: 'TERSEDIA', pegawaiDitugaskan: `${ORANG.jfIndah}\n${ORANG.jfHendra}` });
    await complete(tujuan.id, ORANG.dirjenIkma, 'Tugas_RekomendasiPuo', { keputusanRekomendasi: 'SETUJU' });
    await complete(tujuan.id, ORANG.pybKemenperin, 'Tugas_SetujuiJawaban', { keputusanJawaban: 'SETUJU' });

    // then the tujuan side ends with the pegawai assigned, and the PUO in Banten reads the daftar
    expect(await endOf(tujuan.id)).toBe('Selesai_PegawaiDitugaskan');
    const baca = await taskOf(kunci, ORANG.puoBanten, 'Tugas_BacaJawaban');
    const vars = await as(ORANG.puoBanten).taskVariables(baca.id);
    expect(vars.hasilLintasInstansi).toBe('PEGAWAI_DITUGASKAN');
    expect(String(vars.jawabanTeks)).toContain(ORANG.jfIndah);
    await as(ORANG.puoBanten).completeTask(baca.id, { jawabanDibaca: true });
    expect(await endOf(kunci)).toBe('Selesai_PegawaiDitugaskan');

    // and the store holds the whole exchange under one case key
    const surat = await system.workerDeps.kasus.surat(kunci);
    expect(surat.map((s) => s.jenis)).toEqual(['SURAT_PERMOHONAN_PELIBATAN', 'SURAT_PERMOHONAN_PELIBATAN', 'INSTRUKSI', 'SURAT_JAWABAN', 'SURAT_PENUGASAN']);
    const [dariPuo, dariPyb, instruksi, jawaban, penugasan] = surat;
    expect(dariPuo).toMatchObject({ penandatanganNip: ORANG.puoBanten, penerima: [ORANG.pybBanten] });
    expect(dariPuo!.tembusan.map((t) => t.peran)).toEqual(['ppkPengusulNip']);
    expect(dariPyb).toMatchObject({ penandatanganNip: ORANG.pybBanten, penerima: [ORANG.pybKemenperin] });
    expect(instruksi).toMatchObject({ penandatanganNip: ORANG.pybKemenperin, penerima: [ORANG.ppkDitPangan] });
    expect(jawaban).toMatchObject({ penandatanganNip: ORANG.pybKemenperin, penerima: [ORANG.pybBanten] });
    expect(penugasan).toMatchObject({ penandatanganNip: ORANG.dirjenIkma });
    expect([...penugasan!.penerima].sort()).toEqual([ORANG.jfIndah, ORANG.jfHendra].sort());
    expect(penugasan!.tembusan).toEqual([
      { peran: 'pybTujuanNip', nip: ORANG.pybKemenperin },
      { peran: 'ppkTujuanNip', nip: ORANG.ppkDitPangan },
      { peran: 'pybPemohonNip', nip: ORANG.pybBanten },
    ]);
    const dicatat = await system.penugasan.allByProcessInstance(tujuan.id);
    expect(dicatat.map((p) => p.pegawaiNip).sort()).toEqual([ORANG.jfIndah, ORANG.jfHendra].sort());
    for (const p of dicatat) {
      expect(p).toMatchObject({ status: 'DITETAPKAN', ruangLingkup: 'LINTAS_INSTANSI', bentuk: 'PENUNJUKAN', penetapNip: ORANG.dirjenIkma,
        pengusulNip: ORANG.puoBanten, unitPemilikKinerjaId: DEMO.unit, suratNomor: penugasan!.nomor });
    }
    const peran = await system.workerDeps.kasus.peran(kunci);
    expect(peran).toMatchObject({ pengusulNip: ORANG.puoBanten, pybPemohonNip: ORANG.pybBanten, pybTujuanNip: ORANG.pybKemenperin,
      ppkTujuanNip: ORANG.ppkDitPangan, puoTujuanNip: ORANG.dirjenIkma });
    expect((await system.workerDeps.permohonan.ambil(kunci))).toBeDefined();
  });

  it('PyB-A refuses: without a reason it comes back (R-NAT-13, A-04), with one the PUO reads it and the case ends "Ditolak PyB pemohon" (R-NAT-17)', async () => {
    const kunci = await ajukan(startForm({ justifikasiLintasInstansi: '' }));
    // the missing justification is a warning the PyB must acknowledge (R-NAT-15)
    const first = await taskOf(kunci, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon');
    expect(String((await as(ORANG.pybBanten).taskVariables(first.id)).peringatanTeks)).toContain('[R-NAT-15]');
    await as(ORANG.pybBanten).completeTask(first.id, { keputusanPybPemohon: 'TOLAK', alasanPybPemohon: ' ' });
    expect(await galatOf(kunci, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon', first.id)).toContain('[R-NAT-13]');
    const alasan = 'Anggaran pelibatan pegawai instansi lain belum tersedia tahun ini';
    await complete(kunci, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon', { keputusanPybPemohon: 'TOLAK', alasanPybPemohon: alasan });
    const baca = await taskOf(kunci, ORANG.puoBanten, 'Tugas_BacaJawaban');
    expect(String((await as(ORANG.puoBanten).taskVariables(baca.id)).jawabanTeks)).toContain(alasan);
    await as(ORANG.puoBanten).completeTask(baca.id, { jawabanDibaca: true });
    expect(await endOf(kunci)).toBe('Selesai_DitolakPybPemohon');
    const surat = await system.workerDeps.kasus.surat(kunci);
    expect(surat.at(-1)).toMatchObject({ jenis: 'SURAT_JAWABAN', penandatanganNip: ORANG.pybBanten, penerima: [ORANG.puoBanten] });
  });

  it('R-NAT-18, R-SYS-02, A-04: PyB-B refuses with a reason (only PyB-B may decide); the reply reaches Banten and the case ends "Ditolak instansi tujuan"', async () => {
    const kunci = await ajukan();
    await complete(kunci, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon', { keputusanPybPemohon: 'SETUJU' });
    const tujuan = await prosesTujuan(kunci);
    // the engine administrator (who may complete any task) decides in PyB-B's place: sent back (R-SYS-02)
    const first = await taskOf(tujuan.id, ORANG.pybKemenperin, 'Tugas_PutuskanPybTujuan');
    await system.engine.completeTask(first.id, { keputusanPybTujuan: 'SETUJU' });
    expect(await galatOf(tujuan.id, ORANG.pybKemenperin, 'Tugas_PutuskanPybTujuan', first.id)).toContain('[R-SYS-02]');
    const alasan = 'Seluruh pembina industri sedang ditugaskan pada program nasional';
    await complete(tujuan.id, ORANG.pybKemenperin, 'Tugas_PutuskanPybTujuan', { keputusanPybTujuan: 'TOLAK', alasanPybTujuan: alasan });
    expect(await endOf(tujuan.id)).toBe('Selesai_DitolakPybTujuan');
    const baca = await taskOf(kunci, ORANG.puoBanten, 'Tugas_BacaJawaban');
    expect(String((await as(ORANG.puoBanten).taskVariables(baca.id)).jawabanTeks)).toContain(alasan);
    await as(ORANG.puoBanten).completeTask(baca.id, { jawabanDibaca: true });
    expect(await endOf(kunci)).toBe('Selesai_DitolakInstansiTujuan');
  });

  it('R-NAT-19, R-NAT-55: the PPK who is also the PUO answers TIDAK_TERSEDIA (no self-recommendation); without a reason it comes back (R-NAT-13)', async () => {
    const kunci = await ajukan(startForm({ unitTujuanId: 'kemenperin-ditjen-ikma' }));
    await complete(kunci, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon', { keputusanPybPemohon: 'SETUJU' });
    const tujuan = await prosesTujuan(kunci);
    await complete(tujuan.id, ORANG.pybKemenperin, 'Tugas_PutuskanPybTujuan', { keputusanPybTujuan: 'SETUJU' });
    const first = await complete(tujuan.id, ORANG.dirjenIkma, 'Tugas_JawabKetersediaan', { keputusanKetersediaan: 'TIDAK_TERSEDIA', alasanKetersediaan: '' });
    expect(await galatOf(tujuan.id, ORANG.dirjenIkma, 'Tugas_JawabKetersediaan', first.id)).toContain('[R-NAT-13]');
    const alasan = 'Pejabat fungsional di Ditjen IKMA sedang menyusun laporan akhir tahun';
    await complete(tujuan.id, ORANG.dirjenIkma, 'Tugas_JawabKetersediaan', { keputusanKetersediaan: 'TIDAK_TERSEDIA', alasanKetersediaan: alasan });
    // straight to PyB-B: the PUO is the PPK
    await complete(tujuan.id, ORANG.pybKemenperin, 'Tugas_SetujuiJawaban', { keputusanJawaban: 'SETUJU' });
    expect(await endOf(tujuan.id)).toBe('Selesai_TidakTersedia');
    const langkah = (await system.workerDeps.kasus.keputusan(kunci)).map((k) => k.langkah);
    expect(langkah).not.toContain('Tugas_RekomendasiPuo');
    const baca = await taskOf(kunci, ORANG.puoBanten, 'Tugas_BacaJawaban');
    expect(String((await as(ORANG.puoBanten).taskVariables(baca.id)).jawabanTeks)).toContain(alasan);
    await as(ORANG.puoBanten).completeTask(baca.id, { jawabanDibaca: true });
    expect(await endOf(kunci)).toBe('Selesai_TidakTersedia');
  });

  it('R-NAT-18, R-NAT-14: a pegawai of another instansi in the daftar is rejected; a criteria mismatch needs acknowledgement and justification; PyB-B may send it back', async () => {
    const kunci = await ajukan(startForm({ jumlahPegawai: 1 }));
    await complete(kunci, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon', { keputusanPybPemohon: 'SETUJU' });
    const tujuan = await prosesTujuan(kunci);
    await complete(tujuan.id, ORANG.pybKemenperin, 'Tugas_PutuskanPybTujuan', { keputusanPybTujuan: 'SETUJU' });
    // a Banten pegawai in the daftar
    const t1 = await complete(tujuan.id, ORANG.ppkDitPangan, 'Tugas_JawabKetersediaan', { keputusanKetersediaan: 'TERSEDIA', pegawaiDitugaskan: DEMO.jfSiti });
    expect(await galatOf(tujuan.id, ORANG.ppkDitPangan, 'Tugas_JawabKetersediaan', t1.id)).toContain('[R-NAT-18]');
    // a JF of the pool without the requested competences: warned, must be acknowledged with a justification
    const t2 = await complete(tujuan.id, ORANG.ppkDitPangan, 'Tugas_JawabKetersediaan', { keputusanKetersediaan: 'TERSEDIA', pegawaiDitugaskan: ORANG.jfHasan });
    const again = await taskOf(tujuan.id, ORANG.ppkDitPangan, 'Tugas_JawabKetersediaan', t2.id);
    const v = await as(ORANG.ppkDitPangan).taskVariables(again.id);
    expect(String(v.galatKeputusan)).toContain('[R-NAT-14]');
    expect(String(v.peringatanTeks)).toContain('[R-NAT-14]');
    await as(ORANG.ppkDitPangan).completeTask(again.id, { keputusanKetersediaan: 'TERSEDIA', pegawaiDitugaskan: ORANG.jfHasan, peringatanDiakui: true,
      justifikasi: 'Hasan berpengalaman membina IKM pangan meski belum tercatat' });
    await complete(tujuan.id, ORANG.dirjenIkma, 'Tugas_RekomendasiPuo', { keputusanRekomendasi: 'SETUJU' });
    // PyB-B sends the answer back to the PPK with a reason
    await complete(tujuan.id, ORANG.pybKemenperin, 'Tugas_SetujuiJawaban', { keputusanJawaban: 'TOLAK', alasanJawaban: 'Mohon tugaskan pegawai yang kompetensinya tercatat sesuai' });
    const back = await taskOf(tujuan.id, ORANG.ppkDitPangan, 'Tugas_JawabKetersediaan', again.id);
    expect(String((await as(ORANG.ppkDitPangan).taskVariables(back.id)).alasanJawaban)).toContain('kompetensinya');
    const rows = await system.penugasan.allByProcessInstance(tujuan.id);
    expect(rows).toEqual([]);
  });

  it('R-SYS-01, R-NAT-11: a duplicate submission and a letter missing its contents go to "Perbaiki permohonan" with the rule IDs', async () => {
    const form = startForm();
    const pertama = await ajukan(form);
    await taskOf(pertama, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon');
    // the same request again while the first is open
    const kedua = await ajukan(form);
    expect(await galatOf(kedua, ORANG.puoBanten, 'Tugas_PerbaikiPermohonan', '', 'galatPermohonan')).toContain('[R-SYS-01]');
    await complete(kedua, ORANG.puoBanten, 'Tugas_PerbaikiPermohonan', { tindakLanjut: 'BATALKAN' });
    expect(await endOf(kedua)).toBe('Selesai_Dibatalkan');
    // a letter without maksud and durasi lists both; fixed, it goes on to the PyB
    const ketiga = await ajukan(startForm({ maksudTujuan: '', tanggalSelesai: '' }));
    const galat = await galatOf(ketiga, ORANG.puoBanten, 'Tugas_PerbaikiPermohonan', '', 'galatPermohonan');
    expect(galat).toContain('[R-NAT-11] maksudTujuan');
    expect(galat).toContain('[R-NAT-11] durasi');
    await complete(ketiga, ORANG.puoBanten, 'Tugas_PerbaikiPermohonan', { ...startForm(), tindakLanjut: 'AJUKAN_ULANG' });
    await taskOf(ketiga, ORANG.pybBanten, 'Tugas_PutuskanPybPemohon');
    // a Banten JF who is not the PUO cannot send the letter (R-NAT-16)
    const keempat = await mulai(DEMO.jfSiti, startForm());
    expect(await galatOf(keempat, DEMO.jfSiti, 'Tugas_PerbaikiPermohonan', '', 'galatPermohonan')).toContain('[R-NAT-16]');
  });
});
