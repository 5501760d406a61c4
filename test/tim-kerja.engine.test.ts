import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import { apiAs } from './support/api-client.js';
import { DEMO_PASSWORD, endOf, startTestSystem } from './support/system-for-test.js';
import { TIM, taskOf } from './support/tim-kerja-demo.js';

const PROSES = 'pembentukan-tim-kerja';

const permohonan = (nama: string, ubah: Record<string, unknown> = {}) => ({
  namaTim: nama,
  unitPemilikKinerjaId: TIM.unit,
  tahun: 2027,
  tanggalMulai: '2027-01-04',
  tanggalSelesai: '2027-12-31',
  rincianTugas: 'Menyederhanakan layanan perizinan berusaha dan memantau kepatuhan sanitasi usaha',
  ketuaNip: TIM.jfFajar,
  anggotaNip: `${TIM.pelaksanaNurdin}\n${TIM.jfJajang}`,
  instrumen: 'SURAT_KEPUTUSAN',
  ...ubah,
});

describe('pembentukan tim kerja (F6) on the engine, started by the PUO in Tasklist', () => {
  let system: System;
  let puo: CamundaRest;

  beforeAll(async () => {
    system = await startTestSystem();
    puo = system.engine.as(TIM.puo, DEMO_PASSWORD);
    // Jajang (Dinkes) was lent to the DPMPTSP by an approved penunjukan lintas unit (F2), as R-NAT-10 requires.
    await system.penugasan.record({
      processInstanceId: 'uji-f2-jajang', bentuk: 'PENUNJUKAN', ruangLingkup: 'LINTAS_UNIT', status: 'DITETAPKAN',
      pegawaiNip: TIM.jfJajang, unitPemilikKinerjaId: TIM.unit, pengusulNip: TIM.puo, penetapNip: TIM.ppkJajang,
      uraianTugas: 'Pendampingan kepatuhan sanitasi usaha', targetKinerja: 'Perizinan berbasis risiko sanitasi',
      kompetensiDibutuhkan: ['Surveilans penyakit'], tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', alasan: null,
      suratNomor: '1/SPn/uji-f2-jajang/2027',
    }, TIM.ppkJajang);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const ajukan = async (vars: object) => (await puo.submitStartForm(PROSES, vars as Record<string, unknown>)).processInstanceId;

  it('a mixed team with a member lent by another unit is formed: two decrees to every member, team and members recorded, penugasan in mode TIM (R-NAT-29, R-NAT-10, R-NAT-04, R-NAT-34)', async () => {
    const pid = await ajukan(permohonan('Tim Percepatan Perizinan Berusaha'));
    const task = await taskOf(puo, pid);
    // the decision is the owner unit's PUO's, and nobody else's (Camunda authorization)
    expect(task.taskDefinitionKey).toBe('Tugas_TetapkanTimKerja');
    expect(task.assignee).toBe(TIM.puo);
    const vars = await puo.taskVariables(task.id);
    expect(vars).toMatchObject({ ruangLingkup: 'LINTAS_UNIT', peringatanTeks: '' });
    expect(String(vars.anggotaTeks)).toContain(TIM.jfJajang);
    const nurdin = system.engine.as(TIM.pelaksanaNurdin, DEMO_PASSWORD);
    const ditolak = await nurdin.completeTask(task.id, { keputusan: 'SETUJU' }).then(() => 0, (e: { status: number }) => e.status);
    expect([403, 404]).toContain(ditolak);

    // the PUO tries through REST to slip another member list into the completion: the engine refuses a field
    // the form does not have (issue 8); the approval with the form's fields goes through, and the letters, the
    // team and the penugasan hold the validated members (R-SYS-02: read from the store, not from variables)
    const selipan = await puo.completeTask(task.id, { keputusan: 'SETUJU', pegawaiDitugaskan: `${TIM.jfFajar}\n${TIM.puo}` })
      .then(() => undefined, (e: { status: number; engineMessage: string }) => e);
    expect(selipan).toMatchObject({ status: 403, engineMessage: expect.stringContaining('pegawaiDitugaskan') as unknown });
    await puo.completeTask(task.id, { keputusan: 'SETUJU' });

    expect(await endOf(system.engine, pid)).toBe('Selesai_Ditetapkan');
    const surat = await system.workerDeps.kasus.surat(pid);
    expect(surat.map((s) => [s.jenis, s.perihal])).toEqual([
      ['SURAT_KEPUTUSAN', 'Pembentukan Tim Kerja'], ['SURAT_KEPUTUSAN', 'Susunan Keanggotaan Tim Kerja']]);
    for (const s of surat) expect([...s.penerima].sort()).toEqual([TIM.jfFajar, TIM.pelaksanaNurdin, TIM.jfJajang].sort());
    expect(surat.every((s) => s.penandatanganNip === TIM.puo)).toBe(true);
    const tim = await system.workerDeps.timKerja.byProcessInstance(pid);
    expect(tim).toMatchObject({ status: 'DITETAPKAN', ruangLingkup: 'LINTAS_UNIT', ketuaNip: TIM.jfFajar, suratNomor: surat[0]!.nomor });
    expect(tim!.anggota).toEqual(expect.arrayContaining([
      { nip: TIM.jfFajar, peran: 'KETUA' }, { nip: TIM.pelaksanaNurdin, peran: 'ANGGOTA' }, { nip: TIM.jfJajang, peran: 'ANGGOTA' }]));
    const penugasan = await system.penugasan.allByProcessInstance(pid);
    expect(penugasan).toHaveLength(3);
    for (const p of penugasan) expect(p).toMatchObject({ mode: 'TIM', timKerjaId: tim!.id, bentuk: 'PENUNJUKAN', status: 'DITETAPKAN', suratNomor: surat[1]!.nomor });
    expect((await system.workerDeps.kasus.keputusan(pid)).map((k) => [k.langkah, k.aktorNip, k.keputusan])).toEqual([['Tugas_TetapkanTimKerja', TIM.puo, 'SETUJU']]);
    // and the API shows the team with its members
    const api = apiAs(system.apiUrl!, { id: TIM.puo, password: DEMO_PASSWORD });
    const byId = await api('GET', `/api/tim-kerja/${tim!.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ nama: 'Tim Percepatan Perizinan Berusaha', anggota: expect.arrayContaining([{ nip: TIM.jfFajar, peran: 'KETUA' }]) as unknown });
    const list = await api('GET', `/api/tim-kerja?nip=${TIM.jfJajang}`);
    expect((list.body as { data: { id: number }[] }).data.map((t) => t.id)).toContain(tim!.id);
  });

  it('R-SYS-01: the same team (unit, name, year) again goes back to the PUO as a duplicate', async () => {
    const pid = await ajukan(permohonan('  tim percepatan   perizinan berusaha '));
    const task = await taskOf(puo, pid);
    expect(task.taskDefinitionKey).toBe('Tugas_PerbaikiPermohonan');
    expect(String((await puo.taskVariables(task.id)).galatPermohonan)).toContain('[R-SYS-01]');
    await puo.completeTask(task.id, { tindakLanjut: 'BATALKAN' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Dibatalkan');
  });

  it('R-NAT-26, R-NAT-33: a ketua from another unit and a surat tugas for a lintas team are warnings the PUO must acknowledge, the first with a justification; members already in a team may join another (R-NAT-30)', async () => {
    const pid = await ajukan(permohonan('Tim Sanitasi Usaha', { ketuaNip: TIM.jfJajang, anggotaNip: `${TIM.jfFajar}\n${TIM.pelaksanaNurdin}`, instrumen: 'SURAT_TUGAS' }));
    const first = await taskOf(puo, pid);
    expect(first.taskDefinitionKey).toBe('Tugas_TetapkanTimKerja');
    const teks = String((await puo.taskVariables(first.id)).peringatanTeks);
    expect(teks).toContain('[R-NAT-26]');
    expect(teks).toContain('[R-NAT-33]');
    // when approved without acknowledging, it comes back
    await puo.completeTask(first.id, { keputusan: 'SETUJU' });
    const second = await taskOf(puo, pid, first.id);
    expect(String((await puo.taskVariables(second.id)).galatKeputusan)).toContain('[R-NAT-26] peringatanDiakui');
    // acknowledged without a justification, it comes back again
    await puo.completeTask(second.id, { keputusan: 'SETUJU', peringatanDiakui: true, justifikasi: '' });
    const third = await taskOf(puo, pid, second.id);
    expect(String((await puo.taskVariables(third.id)).galatKeputusan)).toContain('[R-NAT-26] justifikasi');
    await puo.completeTask(third.id, { keputusan: 'SETUJU', peringatanDiakui: true, justifikasi: 'Jajang paling menguasai surveilans sanitasi usaha di kabupaten' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Ditetapkan');
    const surat = await system.workerDeps.kasus.surat(pid);
    expect(surat.map((s) => s.jenis)).toEqual(['SURAT_TUGAS', 'SURAT_TUGAS']);
    const [keputusan] = await system.workerDeps.kasus.keputusan(pid);
    expect(keputusan?.data).toMatchObject({ peringatanDiakui: ['R-NAT-26', 'R-NAT-33'] });
    expect((await system.workerDeps.timKerja.byProcessInstance(pid))?.anggota).toContainEqual({ nip: TIM.jfJajang, peran: 'KETUA' });
  });

  it('R-NAT-28: an ineligible ketua is rejected; corrected without a ketua (R-NAT-27), then refused: without alasan it loops back (R-NAT-13), with alasan it ends refused', async () => {
    const pid = await ajukan(permohonan('Tim Evaluasi Layanan', { ketuaNip: TIM.puo, anggotaNip: `${TIM.jfFajar}\n${TIM.pelaksanaNurdin}` }));
    const perbaiki = await taskOf(puo, pid);
    expect(perbaiki.taskDefinitionKey).toBe('Tugas_PerbaikiPermohonan');
    expect(perbaiki.assignee).toBe(TIM.puo);
    expect(String((await puo.taskVariables(perbaiki.id)).galatPermohonan)).toContain('[R-NAT-28] ketuaNip');
    await puo.completeTask(perbaiki.id, { ketuaNip: '', tindakLanjut: 'AJUKAN_ULANG' });

    const tetapkan = await taskOf(puo, pid, perbaiki.id);
    expect(tetapkan.taskDefinitionKey).toBe('Tugas_TetapkanTimKerja');
    expect((await puo.taskVariables(tetapkan.id)).ketuaTeks).toContain('Tanpa ketua');
    await puo.completeTask(tetapkan.id, { keputusan: 'TOLAK', alasan: 'tidak' });
    const lagi = await taskOf(puo, pid, tetapkan.id);
    expect(String((await puo.taskVariables(lagi.id)).galatKeputusan)).toContain('[R-NAT-13] alasan');
    const alasan = 'Evaluasi layanan sudah ditangani tim kerja lain tahun ini';
    await puo.completeTask(lagi.id, { keputusan: 'TOLAK', alasan });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Ditolak');
    expect(await system.workerDeps.timKerja.byProcessInstance(pid)).toMatchObject({ status: 'DITOLAK', ketuaNip: null, anggota: [] });
    expect(await system.penugasan.allByProcessInstance(pid)).toEqual([]);
    expect((await system.workerDeps.kasus.keputusan(pid)).at(-1)).toMatchObject({ keputusan: 'TOLAK', alasan });
  });

  it('R-NAT-10: a member from another unit without an approved penunjukan lintas unit is rejected with the instruction to run F2 first', async () => {
    const pid = await ajukan(permohonan('Tim Surveilans Terpadu', { anggotaNip: `${TIM.pelaksanaNurdin}\n${TIM.jfTuti}` }));
    const task = await taskOf(puo, pid);
    const galat = String((await puo.taskVariables(task.id)).galatPermohonan);
    expect(galat).toContain('[R-NAT-10] anggotaNip');
    expect(galat).toContain('F2');
    expect(galat).not.toContain(TIM.jfJajang);
    await puo.completeTask(task.id, { tindakLanjut: 'BATALKAN' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Dibatalkan');
  });

  it('R-NAT-49: only the owner unit\'s PUO forms its teams', async () => {
    const fajar = system.engine.as(TIM.jfFajar, DEMO_PASSWORD);
    const pid = (await fajar.submitStartForm(PROSES, permohonan('Tim Liar'))).processInstanceId;
    const task = await taskOf(fajar, pid);
    expect(task.assignee).toBe(TIM.jfFajar);
    expect(String((await fajar.taskVariables(task.id)).galatPermohonan)).toContain('[R-NAT-49] pengusulNip');
    await fajar.completeTask(task.id, { tindakLanjut: 'BATALKAN' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Dibatalkan');
  });
});
