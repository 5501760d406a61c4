import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import type { WorkerDeps } from '../workers/shared/deps.js';
import { penugasanDitetapkan, statusPenolakan, taskOf } from './support/kegiatan.js';
import { DEMO, DEMO_PASSWORD, endOf as endOfProcess, startTestSystem } from './support/system-for-test.js';

/** Demo people: Siti's PPK is the Kepala Diskominfo Banten (DEMO.puo); the Kepala Distan leads another unit. */
const KEPALA_DISTAN = '197310182004042007';
/** Meranti: Putri (Bagian Hukum Setda) has an Administrator as PPK; the Setda's PUO is the Sekda. */
const PUTRI = '199601072023042001';
const PPK_PUTRI = '198008032005122002';
const SEKDA_MERANTI = '196911162001031001';

const KOMPONEN = {
  perencanaanKinerja: 'Ekspektasi: dasbor data sektoral terbit tiap triwulan',
  pelaksanaanPemantauan: 'Umpan balik bulanan; pembinaan analisis data lanjutan',
  predikatKinerja: 'BAIK',
  tindakLanjut: 'Diusulkan mengikuti pelatihan visualisasi data',
};

describe('bahan penilaian kinerja (F10) on the engine', () => {
  let system: System;
  let deps: WorkerDeps;
  let ppk: CamundaRest;
  let distan: CamundaRest;

  beforeAll(async () => {
    system = await startTestSystem();
    deps = system.workerDeps;
    ppk = system.engine.as(DEMO.puo, DEMO_PASSWORD);
    distan = system.engine.as(KEPALA_DISTAN, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const endOf = (pid: string) => endOfProcess(system.engine, pid);
  const mulai = async (engine: CamundaRest, pegawaiNip: string, tahunPenilaian: string) =>
    (await engine.submitStartForm('bahan-penilaian-kinerja', { pegawaiNip, tahunPenilaian })).processInstanceId;

  it('R-NAT-40 with input: work for another unit; its PUO sends bahan pertimbangan to the PPK, who acknowledges and appraises without warning (R-NAT-51)', async () => {
    await penugasanDitetapkan(system, { pegawaiNip: DEMO.jfSiti, unitPemilikKinerjaId: 'banten-distan', tahun: '2031' });
    const pid = await mulai(ppk, DEMO.jfSiti, '2031');
    const kirim = await taskOf(distan, pid, 'Tugas_KirimBahanPertimbangan');
    expect(kirim.assignee).toBe(KEPALA_DISTAN);
    expect(String((await distan.taskVariables(kirim.id)).dasarBahanTeks)).toContain('[R-NAT-40]');
    // the PPK cannot send it in the owner's place
    expect(await statusPenolakan(ppk.completeTask(kirim.id, { keputusanBahan: 'KIRIM' }))).toBeOneOf([403, 404]);
    await distan.completeTask(kirim.id, { keputusanBahan: 'KIRIM', capaianKinerja: 'Dasbor komoditas pangan terbit tepat waktu', rekomendasiPenilaian: 'Kinerja di atas ekspektasi unit' });
    const terima = await taskOf(ppk, pid, 'Tugas_TerimaBahanPertimbangan');
    expect(terima.assignee).toBe(DEMO.puo);
    await ppk.completeTask(terima.id, { keputusan: 'DITERIMA' });
    const tetapkan = await taskOf(ppk, pid, 'Tugas_TetapkanPenilaian');
    const vars = await ppk.taskVariables(tetapkan.id);
    expect(vars.peringatanTeks ?? null).toBeNull();
    expect(String(vars.ringkasanBahan)).toContain('capaian: Dasbor komoditas pangan');
    await ppk.completeTask(tetapkan.id, KOMPONEN);
    expect(await endOf(pid)).toBe('Selesai_PenilaianDitetapkan');
    expect(await deps.kasus.surat(pid)).toEqual([expect.objectContaining({ jenis: 'BAHAN_PERTIMBANGAN', penandatanganNip: KEPALA_DISTAN, penerima: [DEMO.puo] })]);
    const penetapan = (await deps.kasus.keputusan(pid)).at(-1);
    expect(penetapan).toMatchObject({ langkah: 'Tugas_TetapkanPenilaian', keputusan: 'BAIK', aktorNip: DEMO.puo });
    expect(penetapan?.data).toMatchObject({ perencanaanKinerja: KOMPONEN.perencanaanKinerja, tindakLanjut: KOMPONEN.tindakLanjut });
  });

  it('R-NAT-40 without input: the owner declines; finalising needs the W-NO-OWNER-INPUT warning acknowledged with a justification', async () => {
    await penugasanDitetapkan(system, { pegawaiNip: DEMO.jfSiti, unitPemilikKinerjaId: 'banten-distan', tahun: '2032' });
    const pid = await mulai(ppk, DEMO.jfSiti, '2032');
    const kirim = await taskOf(distan, pid, 'Tugas_KirimBahanPertimbangan');
    await distan.completeTask(kirim.id, { keputusanBahan: 'TIDAK_DIKIRIM', alasan: 'Penugasan dibatalkan sebelum keluaran dihasilkan' });
    const tetapkan = await taskOf(ppk, pid, 'Tugas_TetapkanPenilaian');
    expect(String((await ppk.taskVariables(tetapkan.id)).peringatanTeks)).toContain('[R-NAT-40]');
    // not acknowledged: back with the rule
    await ppk.completeTask(tetapkan.id, KOMPONEN);
    const lagi = await taskOf(ppk, pid, 'Tugas_TetapkanPenilaian', tetapkan.id);
    const galat = String((await ppk.taskVariables(lagi.id)).galatKeputusan);
    expect(galat).toContain('[R-NAT-40] peringatanDiakui');
    expect(galat).toContain('[R-NAT-40] justifikasi');
    await ppk.completeTask(lagi.id, { ...KOMPONEN, peringatanDiakui: true, justifikasi: 'Penugasan dibatalkan; penilaian berdasarkan tugas unit sendiri' });
    expect(await endOf(pid)).toBe('Selesai_PenilaianDitetapkan');
    expect(await deps.kasus.surat(pid)).toEqual([]);
    expect((await deps.kasus.keputusan(pid)).at(-1)?.data).toMatchObject({ peringatanDiakui: ['R-NAT-40'] });
  });

  it('R-NAT-39: in Meranti, work in the own unit directed by a PUO who is not the PPK: the PUO is asked for the report', async () => {
    await penugasanDitetapkan(system, { pegawaiNip: PUTRI, unitPemilikKinerjaId: 'meranti-setda', tahun: '2031' });
    const ppkPutri = system.engine.as(PPK_PUTRI, DEMO_PASSWORD);
    const pid = await mulai(ppkPutri, PUTRI, '2031');
    const sekda = system.engine.as(SEKDA_MERANTI, DEMO_PASSWORD);
    const kirim = await taskOf(sekda, pid, 'Tugas_KirimBahanPertimbangan');
    expect(kirim.assignee).toBe(SEKDA_MERANTI);
    expect(String((await sekda.taskVariables(kirim.id)).dasarBahanTeks)).toContain('[R-NAT-39]');
  });

  it('R-NAT-51: no input needed (PUO = PPK, own unit); an appraisal missing components is sent back naming them', async () => {
    await penugasanDitetapkan(system, { pegawaiNip: DEMO.jfBudi, tahun: '2031' });
    const pid = await mulai(ppk, DEMO.jfBudi, '2031');
    const tetapkan = await taskOf(ppk, pid, 'Tugas_TetapkanPenilaian');
    expect((await ppk.taskVariables(tetapkan.id)).peringatanTeks ?? null).toBeNull();
    await ppk.completeTask(tetapkan.id, { ...KOMPONEN, perencanaanKinerja: '', tindakLanjut: 'ok' });
    const lagi = await taskOf(ppk, pid, 'Tugas_TetapkanPenilaian', tetapkan.id);
    const galat = String((await ppk.taskVariables(lagi.id)).galatKeputusan);
    expect(galat).toContain('[R-NAT-51] perencanaanKinerja');
    expect(galat).toContain('[R-NAT-51] tindakLanjut');
    await ppk.completeTask(lagi.id, KOMPONEN);
    expect(await endOf(pid)).toBe('Selesai_PenilaianDitetapkan');
  });

  it('R-NAT-41 R-SYS-01: only the PPK starts an appraisal, once per pegawai and year', async () => {
    const pid = await mulai(distan, DEMO.jfBudi, '2033');
    const perbaiki = await taskOf(distan, pid, 'Tugas_PerbaikiPermohonan');
    expect(String((await distan.taskVariables(perbaiki.id)).galatPermohonan)).toContain('[R-NAT-41]');
    await distan.completeTask(perbaiki.id, { tindakan: 'BATALKAN' });
    expect(await endOf(pid)).toBe('Selesai_Dibatalkan');
    const pertama = await mulai(ppk, DEMO.jfBudi, '2034');
    await taskOf(ppk, pertama, 'Tugas_TetapkanPenilaian');
    const kedua = await mulai(ppk, DEMO.jfBudi, '2034');
    const dup = await taskOf(ppk, kedua, 'Tugas_PerbaikiPermohonan');
    expect(String((await ppk.taskVariables(dup.id)).galatPermohonan)).toContain('[R-SYS-01]');
  });
});
