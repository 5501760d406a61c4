import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import { DEMO_PASSWORD, endOf, startTestSystem } from './support/system-for-test.js';
import { TIM, taskOf } from './support/tim-kerja-demo.js';

const PROSES = 'penugasan-individu';
const permohonan = (ubah: Record<string, unknown> = {}) => ({
  pegawaiNip: TIM.jfJajang,
  targetKinerja: 'Laporan surveilans DBD mingguan terbit tepat waktu',
  targetUnit: '',
  uraianTugas: 'Menyusun dan menganalisis laporan surveilans demam berdarah per kecamatan',
  tanggalMulai: '2027-01-04',
  tanggalSelesai: '2027-06-30',
  ...ubah,
});

describe('penugasan individu (F7) on the engine, started in Tasklist', () => {
  let system: System;
  let ppk: CamundaRest;
  let jajang: CamundaRest;

  beforeAll(async () => {
    system = await startTestSystem();
    ppk = system.engine.as(TIM.ppkJajang, DEMO_PASSWORD);
    jajang = system.engine.as(TIM.jfJajang, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('the PPK assigns an individual target: the missing cascade is a warning to acknowledge (R-NAT-54), a surat tugas goes to the pegawai, who acknowledges receipt; penugasan INDIVIDU recorded (R-NAT-08, R-NAT-04, R-NAT-34)', async () => {
    const pid = (await ppk.submitStartForm(PROSES, permohonan())).processInstanceId;
    const tetapkan = await taskOf(ppk, pid);
    expect(tetapkan).toMatchObject({ taskDefinitionKey: 'Tugas_TetapkanPenugasan', assignee: TIM.ppkJajang });
    const vars = await ppk.taskVariables(tetapkan.id);
    expect(String(vars.peringatanTeks)).toContain('[R-NAT-54]');
    expect(vars).toMatchObject({ pegawaiNama: expect.stringContaining('Jajang') as unknown, bebanTeks: 'Belum ada penugasan aktif' });
    // without acknowledging the warning, the decision comes back
    await ppk.completeTask(tetapkan.id, { keputusan: 'SETUJU' });
    const lagi = await taskOf(ppk, pid, tetapkan.id);
    expect(String((await ppk.taskVariables(lagi.id)).galatKeputusan)).toContain('[R-NAT-54] peringatanDiakui');
    await ppk.completeTask(lagi.id, { keputusan: 'SETUJU', peringatanDiakui: true });

    const terima = await taskOf(jajang, pid);
    expect(terima).toMatchObject({ taskDefinitionKey: 'Tugas_TerimaSuratTugas', assignee: TIM.jfJajang });
    const [surat] = await system.workerDeps.kasus.surat(pid);
    expect(surat).toMatchObject({ jenis: 'SURAT_TUGAS', penandatanganNip: TIM.ppkJajang, penerima: [TIM.jfJajang] });
    expect((await jajang.taskVariables(terima.id)).suratTerakhir).toBe(surat!.nomor);
    // issue 9: nothing is in the register before the pegawai acknowledged the surat tugas
    expect(await system.penugasan.allByProcessInstance(pid)).toEqual([]);
    // only the pegawai may acknowledge it
    const fajar = system.engine.as(TIM.jfFajar, DEMO_PASSWORD);
    const status = await fajar.completeTask(terima.id, { keputusan: 'DITERIMA' }).then(() => 0, (e: { status: number }) => e.status);
    expect([403, 404]).toContain(status);
    await jajang.completeTask(terima.id, { keputusan: 'DITERIMA' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Diterima');
    // then the penugasan is recorded with its surat tugas, and the case is DITETAPKAN
    expect(await system.penugasan.allByProcessInstance(pid)).toEqual([expect.objectContaining({
      mode: 'INDIVIDU', timKerjaId: null, status: 'DITETAPKAN', pegawaiNip: TIM.jfJajang, penetapNip: TIM.ppkJajang,
      unitPemilikKinerjaId: 'meranti-dinkes', suratNomor: surat!.nomor })]);
    expect(await system.workerDeps.permohonan.status(pid)).toMatchObject({ status: 'DITETAPKAN', akhirDi: 'Selesai_Diterima' });
    expect((await system.workerDeps.kasus.keputusan(pid)).map((k) => [k.langkah, k.aktorNip, k.keputusan])).toEqual([
      ['Tugas_TetapkanPenugasan', TIM.ppkJajang, 'SETUJU'], ['Tugas_TerimaSuratTugas', TIM.jfJajang, 'DITERIMA']]);
  });

  it('R-SYS-01: the same target for the same pegawai in the same year is a duplicate; the issuer cancels it', async () => {
    const pid = (await ppk.submitStartForm(PROSES, permohonan({ targetKinerja: '  laporan surveilans DBD mingguan terbit tepat waktu ' }))).processInstanceId;
    const task = await taskOf(ppk, pid);
    expect(task.taskDefinitionKey).toBe('Tugas_PerbaikiPermohonan');
    expect(String((await ppk.taskVariables(task.id)).galatPermohonan)).toContain('[R-SYS-01]');
    await ppk.completeTask(task.id, { tindakLanjut: 'BATALKAN' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Dibatalkan');
  });

  it('R-NAT-08: a PUO of another unit cannot assign; corrected to her own JF, then not set: without alasan it loops (R-NAT-13), with alasan it ends refused', async () => {
    const puo = system.engine.as(TIM.puo, DEMO_PASSWORD);
    const pid = (await puo.submitStartForm(PROSES, permohonan({ targetUnit: 'IKU: indeks kepuasan layanan perizinan' }))).processInstanceId;
    const perbaiki = await taskOf(puo, pid);
    expect(perbaiki).toMatchObject({ taskDefinitionKey: 'Tugas_PerbaikiPermohonan', assignee: TIM.puo });
    expect(String((await puo.taskVariables(perbaiki.id)).galatPermohonan)).toContain('[R-NAT-08] pengusulNip');
    await puo.completeTask(perbaiki.id, { pegawaiNip: TIM.jfFajar, targetKinerja: 'Kajian deregulasi perizinan', tindakLanjut: 'AJUKAN_ULANG' });

    const tetapkan = await taskOf(puo, pid, perbaiki.id);
    expect(tetapkan.taskDefinitionKey).toBe('Tugas_TetapkanPenugasan');
    expect((await puo.taskVariables(tetapkan.id)).peringatanTeks).toBe('');
    await puo.completeTask(tetapkan.id, { keputusan: 'TOLAK', alasan: '' });
    const lagi = await taskOf(puo, pid, tetapkan.id);
    expect(String((await puo.taskVariables(lagi.id)).galatKeputusan)).toContain('[R-NAT-13] alasan');
    const alasan = 'Kajian deregulasi dialihkan ke tim kerja perizinan berusaha';
    await puo.completeTask(lagi.id, { keputusan: 'TOLAK', alasan });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Ditolak');
    expect(await system.penugasan.allByProcessInstance(pid)).toEqual([expect.objectContaining({ status: 'DITOLAK', alasan, pegawaiNip: TIM.jfFajar })]);
    expect(await system.workerDeps.kasus.surat(pid)).toEqual([]);
  });
});
