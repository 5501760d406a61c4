import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest, CamundaTask } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import { apiAs } from './support/api-client.js';
import { DEMO, DEMO_PASSWORD, eventually, startTestSystem, PERMOHONAN_DEMO, endOf as endOfProcess } from './support/system-for-test.js';

const permohonan = PERMOHONAN_DEMO;

describe('penunjukan dalam unit (F1) on the engine', () => {
  let system: System;
  let asPuo: ReturnType<typeof apiAs>;
  let puoEngine: CamundaRest;

  beforeAll(async () => {
    system = await startTestSystem();
    asPuo = apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD });
    puoEngine = system.engine.as(DEMO.puo, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  // Each request its own target: an identical open or approved one would be a duplicate (R-SYS-01).
  let nomor = 0;
  async function ajukan(body: Omit<typeof permohonan, 'pegawaiNip'> & { pegawaiNip: string } = permohonan): Promise<string> {
    nomor += 1;
    const response = await asPuo('POST', '/api/penunjukan', { ...body, targetKinerja: `${body.targetKinerja} (${nomor})` });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return (response.body as { processInstanceId: string }).processInstanceId;
  }

  async function taskOf(processInstanceId: string, engine = puoEngine, notId?: string): Promise<CamundaTask> {
    return eventually(async () => (await engine.tasks({ processInstanceId })).find((t) => t.id !== notId),
      `a task in ${processInstanceId}`);
  }

  const endOf = (processInstanceId: string): Promise<string> => endOfProcess(system.engine, processInstanceId);

  it('approval: the PUO sets the penunjukan in Tasklist and the penugasan is recorded', async () => {
    // given a penunjukan submitted by the PUO
    const pid = await ajukan();
    // when the PUO opens the task, it is theirs and carries what the form shows
    const task = await taskOf(pid);
    expect(task.assignee).toBe(DEMO.puo);
    expect(task.formKey ?? '').toBe('');
    const vars = await puoEngine.taskVariables(task.id);
    expect(vars).toMatchObject({ pegawaiNama: 'Siti Rahmawati, S.Kom.', periodePenugasan: '4 Januari 2027 s.d. 31 Maret 2027' });
    // and approves it
    await puoEngine.completeTask(task.id, { keputusan: 'SETUJU' });
    // then the process ends as ditetapkan and the store holds the penugasan
    expect(await endOf(pid)).toBe('Selesai_Ditetapkan');
    const recorded = await asPuo('GET', `/api/penugasan/${pid}`);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ status: 'DITETAPKAN', pegawaiNip: DEMO.jfSiti, penetapNip: DEMO.puo, ruangLingkup: 'DALAM_UNIT', alasan: null });
  });

  it('refusal with a reason: the refusal and its reason are recorded (R-NAT-13)', async () => {
    const pid = await ajukan({ ...permohonan, pegawaiNip: DEMO.jfBudi });
    const task = await taskOf(pid);
    const alasan = 'Beban kerja Budi penuh sampai akhir triwulan pertama';
    await puoEngine.completeTask(task.id, { keputusan: 'TOLAK', alasan });
    expect(await endOf(pid)).toBe('Selesai_Ditolak');
    const recorded = await asPuo('GET', `/api/penugasan/${pid}`);
    expect(recorded.body).toMatchObject({ status: 'DITOLAK', alasan, pegawaiNip: DEMO.jfBudi });
  });

  it('refusal without a reason is sent back to the PUO with the rule, and nothing is recorded (R-NAT-13)', async () => {
    const pid = await ajukan();
    const first = await taskOf(pid);
    // when the PUO refuses with no reason
    await puoEngine.completeTask(first.id, { keputusan: 'TOLAK', alasan: '  ' });
    // then the task comes back to them with the message, and no penugasan exists
    const again = await taskOf(pid, puoEngine, first.id);
    expect(again.taskDefinitionKey).toBe('Tugas_TetapkanPenunjukan');
    const vars = await puoEngine.taskVariables(again.id);
    expect(String(vars.galatKeputusan)).toContain('[R-NAT-13] alasan');
    expect((await asPuo('GET', `/api/penugasan/${pid}`)).status).toBe(404);
    // when they refuse with a placeholder, it is refused again
    await puoEngine.completeTask(again.id, { keputusan: 'TOLAK', alasan: 'tidak' });
    const third = await taskOf(pid, puoEngine, again.id);
    // and when they give a real reason the refusal ends the process
    await puoEngine.completeTask(third.id, { keputusan: 'TOLAK', alasan: 'Kompetensi analisis data sedang dibutuhkan di tugas lain' });
    expect(await endOf(pid)).toBe('Selesai_Ditolak');
  });

  it('only the resolved PUO can complete the task (R-SYS-02, Camunda authorization)', async () => {
    const pid = await ajukan();
    const task = await taskOf(pid);
    const budi = system.engine.as(DEMO.jfBudi, DEMO_PASSWORD);
    expect(await budi.tasks({ processInstanceId: pid })).toHaveLength(0);
    await expect(budi.completeTask(task.id, { keputusan: 'SETUJU' })).rejects.toMatchObject({ status: 403 });
    await puoEngine.completeTask(task.id, { keputusan: 'SETUJU' });
    expect(await endOf(pid)).toBe('Selesai_Ditetapkan');
  });

  it('R-SYS-02: a decision by anyone but the resolved PUO is sent back; variables slipped into a completion change nothing recorded', async () => {
    const pid = await ajukan();
    const task = await taskOf(pid);
    // when the engine administrator (who may complete any task) decides in the PUO's place
    await system.engine.completeTask(task.id, { keputusan: 'SETUJU' });
    // then the decision goes back to the PUO with the rule
    const again = await taskOf(pid, puoEngine, task.id);
    expect(String((await puoEngine.taskVariables(again.id)).galatKeputusan)).toContain('[R-SYS-02]');
    // when the PUO tries through REST to change who is assigned and who decided, the engine refuses fields the
    // task's form does not let them set (issue 8); then they approve with the form's fields
    const selipan = await puoEngine.completeTask(again.id, { keputusan: 'SETUJU', pegawaiNip: DEMO.jfBudi, pimpinanUnitNip: DEMO.jfBudi, uraianTugas: 'lain' })
      .then(() => undefined, (e: { status: number; engineMessage: string }) => e);
    expect(selipan).toMatchObject({ status: 403, engineMessage: expect.stringContaining('pegawaiNip, pimpinanUnitNip, uraianTugas') as unknown });
    await puoEngine.completeTask(again.id, { keputusan: 'SETUJU' });
    // then the record is the permohonan as submitted, decided by the PUO
    expect(await endOf(pid)).toBe('Selesai_Ditetapkan');
    const recorded = await asPuo('GET', `/api/penugasan/${pid}`);
    expect(recorded.body).toMatchObject({ pegawaiNip: DEMO.jfSiti, penetapNip: DEMO.puo, uraianTugas: permohonan.uraianTugas });
  });

  it('a request that breaks the rules is refused by the API with rule IDs, and starts nothing', async () => {
    const selfAssign = await asPuo('POST', '/api/penunjukan', { ...permohonan, pegawaiNip: DEMO.puo });
    expect(selfAssign.status).toBe(422);
    expect(selfAssign.body).toMatchObject({ kode: 'ATURAN_DILANGGAR' });
    expect((selfAssign.body as { galat: unknown[] }).galat).toContainEqual(expect.objectContaining({ ruleId: 'R-NAT-02', field: 'pegawaiNip' }));

    const backwards = await asPuo('POST', '/api/penunjukan', { ...permohonan, tanggalSelesai: '2026-12-31' });
    expect(backwards.status).toBe(422);
    expect(backwards.body).toMatchObject({ galat: [expect.objectContaining({ ruleId: 'R-SYS-03', field: 'tanggalSelesai' })] });

    const asBudi = apiAs(system.apiUrl!, { id: DEMO.jfBudi, password: DEMO_PASSWORD });
    const notTheirs = await asBudi('POST', '/api/penunjukan', permohonan);
    expect(notTheirs.status).toBe(422);
    expect(notTheirs.body).toMatchObject({ galat: [expect.objectContaining({ ruleId: 'R-NAT-08', field: 'pengusulNip' })] });

    const malformed = await asPuo('POST', '/api/penunjukan', { ...permohonan, pegawaiNip: '123', kompetensiDibutuhkan: [] });
    expect(malformed.status).toBe(400);
    expect((malformed.body as { galat: { field: string }[] }).galat.map((g) => g.field).sort()).toEqual(['kompetensiDibutuhkan', 'pegawaiNip']);
  });
});

describe('REST security', () => {
  it('an anonymous call to the engine REST API gets 401, except /engine-rest/engine', async () => {
    const { inject } = await import('vitest');
    const { restUrl } = inject('engine');
    expect((await fetch(`${restUrl}/process-definition?maxResults=1`)).status).toBe(401);
    expect((await fetch(`${restUrl}/task?maxResults=1`)).status).toBe(401);
    expect((await fetch(`${restUrl}/engine`)).status).toBe(200);
  });
});
