import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import { apiAs } from './support/api-client.js';
import { taskOf } from './support/kegiatan.js';
import { DEMO_PASSWORD, endOf, startTestSystem } from './support/system-for-test.js';
import { TIM } from './support/tim-kerja-demo.js';

const RENCANA = { keputusan: 'AJUKAN', rencanaKerjaIndividu: 'Minggu 1-2 verifikasi berkas; minggu 3-4 rekap kepatuhan', acuanTargetUnit: 'IKU 1: izin terbit tepat waktu' };
const HASIL = { keputusan: 'SERAHKAN', hasilKegiatan: '120 berkas izin usaha terverifikasi', tautanBukti: 'https://sicantik.merantikab.go.id/rekap' };

describe('koordinasi tim kerja (R-NAT-45): API and the warning in pelaksanaan-kegiatan (F8) on the engine', () => {
  let system: System;
  const as = (nip: string): CamundaRest => system.engine.as(nip, DEMO_PASSWORD);
  const api = (nip: string) => apiAs(system.apiUrl!, { id: nip, password: DEMO_PASSWORD });
  let urutan = 0;

  /** An established team of the DPMPTSP (ketua Fajar, anggota Nurdin) and Nurdin's penugasan in mode TIM for it. */
  async function timDenganPenugasan(): Promise<{ timId: number; penugasanId: number }> {
    urutan++;
    const pid = `uji-koordinasi-${urutan}`;
    await system.workerDeps.timKerja.usulkan({
      processInstanceId: pid, kunciKasus: pid, nama: `Tim Koordinasi ${urutan}`, unitPemilikId: TIM.unit, ruangLingkup: 'DALAM_UNIT', tahun: 2027,
      tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', ketuaNip: TIM.jfFajar, instrumen: 'SURAT_TUGAS', tujuan: null, rincianTugas: 'Verifikasi izin usaha',
    });
    const timId = (await system.workerDeps.timKerja.tetapkan(pid, { status: 'DITETAPKAN', suratNomor: `${urutan}/ST/${pid}/2027`,
      anggota: [{ nip: TIM.jfFajar, peran: 'KETUA' }, { nip: TIM.pelaksanaNurdin, peran: 'ANGGOTA' }] })).id;
    const { penugasan } = await system.penugasan.record({
      processInstanceId: pid, bentuk: 'PENUNJUKAN', ruangLingkup: 'DALAM_UNIT', status: 'DITETAPKAN', pegawaiNip: TIM.pelaksanaNurdin,
      unitPemilikKinerjaId: TIM.unit, pengusulNip: TIM.puo, penetapNip: TIM.puo, uraianTugas: `Verifikasi berkas izin #${urutan}`,
      targetKinerja: 'Izin usaha terverifikasi', kompetensiDibutuhkan: [], tanggalMulai: '2027-01-04', tanggalSelesai: '2027-03-31',
      alasan: null, suratNomor: `${urutan}/ST/${pid}/2027`, mode: 'TIM', timKerjaId: timId,
    }, TIM.puo);
    return { timId, penugasanId: penugasan.id };
  }

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('R-NAT-45: the ketua, an anggota or the owner PUO records coordination per phase (idempotent); others may not; bad input names the field', async () => {
    const { timId } = await timDenganPenugasan();
    const catatan = { tahap: 'PERENCANAAN', tanggal: '2027-01-05', catatan: 'Rapat pembagian berkas per anggota' };
    const dibuat = await api(TIM.jfFajar)('POST', `/api/tim-kerja/${timId}/koordinasi`, catatan);
    expect(dibuat.status).toBe(201);
    expect(dibuat.body).toMatchObject({ timId, tahap: 'PERENCANAAN', tanggal: '2027-01-05', dicatatOleh: TIM.jfFajar });
    // the same record again (a retried request) is stored once
    expect((await api(TIM.jfFajar)('POST', `/api/tim-kerja/${timId}/koordinasi`, catatan)).status).toBe(200);
    expect((await api(TIM.puo)('POST', `/api/tim-kerja/${timId}/koordinasi`, { ...catatan, tahap: 'PEMANTAUAN', catatan: 'Pemantauan capaian minggu ke-6' })).status).toBe(201);
    expect((await api(TIM.pelaksanaNurdin)('POST', `/api/tim-kerja/${timId}/koordinasi`, { ...catatan, tahap: 'PELAKSANAAN', catatan: 'Rapat rutin Senin' })).status).toBe(201);

    const bukanAnggota = await api(TIM.jfTuti)('POST', `/api/tim-kerja/${timId}/koordinasi`, catatan);
    expect(bukanAnggota.status).toBe(403);
    expect(bukanAnggota.body).toMatchObject({ kode: 'TIDAK_BERWENANG', galat: [{ ruleId: 'R-SYS-02' }] });
    const salah = await api(TIM.jfFajar)('POST', `/api/tim-kerja/${timId}/koordinasi`, { tahap: 'RAPAT', tanggal: '5 Jan 2027', catatan: '' });
    expect(salah.status).toBe(400);
    expect((salah.body as { galat: { field: string; pesan: string }[] }).galat.map((g) => g.field).sort()).toEqual(['catatan', 'tahap', 'tanggal']);
    expect(JSON.stringify(salah.body)).toContain('tahap wajib salah satu dari PERENCANAAN');
    expect((await api(TIM.jfFajar)('POST', '/api/tim-kerja/999999/koordinasi', catatan)).status).toBe(404);

    const daftar = await api(TIM.puo)('GET', `/api/tim-kerja/${timId}/koordinasi`);
    expect(daftar.status).toBe(200);
    expect((daftar.body as { data: { tahap: string }[] }).data.map((k) => k.tahap).sort()).toEqual(['PELAKSANAAN', 'PEMANTAUAN', 'PERENCANAAN']);
    // a team outside the caller's scope is answered as if it did not exist (issue 8: reads are scoped)
    expect((await api(TIM.jfTuti)('GET', `/api/tim-kerja/${timId}/koordinasi`)).status).toBe(404);
  });

  it('R-NAT-45: a team penugasan leaving perencanaan and pelaksanaan without coordination records warns W-NO-COORDINATION, which the PUO must acknowledge', async () => {
    const { penugasanId } = await timDenganPenugasan();
    const puo = as(TIM.puo);
    const nurdin = as(TIM.pelaksanaNurdin);
    const pid = (await puo.submitStartForm('pelaksanaan-kegiatan', { penugasanId })).processInstanceId;
    await nurdin.completeTask((await taskOf(nurdin, pid, 'Tugas_SusunRencana')).id, RENCANA);

    const setujui = await taskOf(puo, pid, 'Tugas_SetujuiRencana');
    expect(String((await puo.taskVariables(setujui.id)).peringatanTeks)).toContain('[R-NAT-45] Belum ada catatan koordinasi tim kerja pada tahap perencanaan');
    await puo.completeTask(setujui.id, { keputusan: 'SETUJU' });
    const lagi = await taskOf(puo, pid, 'Tugas_SetujuiRencana', setujui.id);
    expect(String((await puo.taskVariables(lagi.id)).galatKeputusan)).toContain('[R-NAT-45] peringatanDiakui');
    await puo.completeTask(lagi.id, { keputusan: 'SETUJU', peringatanDiakui: true });

    await nurdin.completeTask((await taskOf(nurdin, pid, 'Tugas_LaksanakanTugas')).id, HASIL);
    const nilai = await taskOf(puo, pid, 'Tugas_NilaiHasil');
    const vars = await puo.taskVariables(nilai.id);
    expect(String(vars.peringatanTeks)).toContain('pada tahap pelaksanaan');
    expect(String(vars.peringatanTeks)).not.toContain('tahap perencanaan');
    // the acknowledgement given at planning does not carry over to evaluation
    await puo.completeTask(nilai.id, { penilaianHasil: 'SESUAI_TARGET' });
    const nilai2 = await taskOf(puo, pid, 'Tugas_NilaiHasil', nilai.id);
    expect(String((await puo.taskVariables(nilai2.id)).galatKeputusan)).toContain('[R-NAT-45] peringatanDiakui');
    await puo.completeTask(nilai2.id, { penilaianHasil: 'SESUAI_TARGET', peringatanDiakui: true });

    expect(await endOf(system.engine, pid)).toBe('Selesai_KegiatanSelesai');
    const keputusan = await system.workerDeps.kasus.keputusan(pid);
    expect(keputusan.find((k) => k.langkah === 'Tugas_SetujuiRencana')?.data).toMatchObject({ peringatanDiakui: ['R-NAT-45'] });
    expect(keputusan.find((k) => k.langkah === 'Tugas_NilaiHasil')?.data).toMatchObject({ peringatanDiakui: ['R-NAT-45'] });
  });

  it('R-NAT-45: with a coordination record for each phase left, no warning: the PUO decides without acknowledging anything', async () => {
    const { timId, penugasanId } = await timDenganPenugasan();
    for (const tahap of ['PERENCANAAN', 'PELAKSANAAN']) {
      expect((await api(TIM.jfFajar)('POST', `/api/tim-kerja/${timId}/koordinasi`, { tahap, tanggal: '2027-01-10', catatan: `Koordinasi tim tahap ${tahap.toLowerCase()}` })).status).toBe(201);
    }
    const puo = as(TIM.puo);
    const nurdin = as(TIM.pelaksanaNurdin);
    const pid = (await puo.submitStartForm('pelaksanaan-kegiatan', { penugasanId })).processInstanceId;
    await nurdin.completeTask((await taskOf(nurdin, pid, 'Tugas_SusunRencana')).id, RENCANA);
    const setujui = await taskOf(puo, pid, 'Tugas_SetujuiRencana');
    expect((await puo.taskVariables(setujui.id)).peringatanTeks ?? null).toBeNull();
    await puo.completeTask(setujui.id, { keputusan: 'SETUJU' });
    await nurdin.completeTask((await taskOf(nurdin, pid, 'Tugas_LaksanakanTugas')).id, HASIL);
    const nilai = await taskOf(puo, pid, 'Tugas_NilaiHasil');
    expect((await puo.taskVariables(nilai.id)).peringatanTeks ?? null).toBeNull();
    await puo.completeTask(nilai.id, { penilaianHasil: 'SESUAI_TARGET' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_KegiatanSelesai');
    expect((await system.workerDeps.kasus.keputusan(pid)).every((k) => !('peringatanDiakui' in k.data))).toBe(true);
  });
});
