import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import type { WorkerDeps } from '../workers/shared/deps.js';
import { penugasanDitetapkan, statusPenolakan, taskOf } from './support/kegiatan.js';
import { DEMO, DEMO_PASSWORD, endOf as endOfProcess, eventually, startTestSystem } from './support/system-for-test.js';

const RENCANA = { keputusan: 'AJUKAN', rencanaKerjaIndividu: 'Minggu 1-2 kumpulkan data; minggu 3-4 susun dasbor', acuanTargetUnit: 'IKU 2: data sektoral terbit tepat waktu' };
const HASIL = { keputusan: 'SERAHKAN', hasilKegiatan: 'Dasbor statistik sektoral terbit di portal data provinsi', tautanBukti: 'https://data.bantenprov.go.id/dasbor' };

describe('pelaksanaan kegiatan (F8, F9) on the engine', () => {
  let system: System;
  let deps: WorkerDeps;
  let puo: CamundaRest;
  let siti: CamundaRest;
  let budi: CamundaRest;

  beforeAll(async () => {
    system = await startTestSystem();
    deps = system.workerDeps;
    puo = system.engine.as(DEMO.puo, DEMO_PASSWORD);
    siti = system.engine.as(DEMO.jfSiti, DEMO_PASSWORD);
    budi = system.engine.as(DEMO.jfBudi, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const endOf = (pid: string) => endOfProcess(system.engine, pid);
  const mulai = async (penugasanId: number, extra: Record<string, unknown> = {}) =>
    (await puo.submitStartForm('pelaksanaan-kegiatan', { penugasanId, ...extra })).processInstanceId;

  /** From the start form to the pegawai's pelaksanaan task, with a complete plan. */
  async function sampaiPelaksanaan(extra: Record<string, unknown> = {}): Promise<{ pid: string; penugasanId: number }> {
    const penugasanId = await penugasanDitetapkan(system);
    const pid = await mulai(penugasanId, extra);
    await siti.completeTask((await taskOf(siti, pid, 'Tugas_SusunRencana')).id, RENCANA);
    await puo.completeTask((await taskOf(puo, pid, 'Tugas_SetujuiRencana')).id, { keputusan: 'SETUJU' });
    await taskOf(siti, pid, 'Tugas_LaksanakanTugas');
    return { pid, penugasanId };
  }

  it('full run: plan, approval with an acknowledged R-NAT-52 warning, result to the PUO, SESUAI_TARGET ends the kegiatan as SELESAI (R-NAT-44, R-NAT-47, R-NAT-35)', async () => {
    // given a penugasan set for Siti, when the PUO pemilik kinerja starts its pelaksanaan in Tasklist
    const pid = await mulai(await penugasanDitetapkan(system));
    // then planning comes first: Siti has the rencana task, and nothing of pelaksanaan exists yet (R-NAT-44)
    const rencana = await taskOf(siti, pid, 'Tugas_SusunRencana');
    expect(rencana.assignee).toBe(DEMO.jfSiti);
    expect(await system.engine.tasks({ processInstanceId: pid, taskDefinitionKey: 'Tugas_LaksanakanTugas' })).toHaveLength(0);
    // when Siti submits an empty plan, the PUO sees the R-NAT-52 warning
    await siti.completeTask(rencana.id, { ...RENCANA, rencanaKerjaIndividu: '' });
    const setujui = await taskOf(puo, pid, 'Tugas_SetujuiRencana');
    expect(setujui.assignee).toBe(DEMO.puo);
    expect(String((await puo.taskVariables(setujui.id)).peringatanTeks)).toContain('[R-NAT-52]');
    // and approving without acknowledging it is sent back with the rule
    await puo.completeTask(setujui.id, { keputusan: 'SETUJU' });
    const lagi = await taskOf(puo, pid, 'Tugas_SetujuiRencana', setujui.id);
    expect(String((await puo.taskVariables(lagi.id)).galatKeputusan)).toContain('[R-NAT-52] peringatanDiakui');
    await puo.completeTask(lagi.id, { keputusan: 'SETUJU', peringatanDiakui: true });
    // then pelaksanaan: Siti's task; Budi can neither see nor complete it
    const laksana = await taskOf(siti, pid, 'Tugas_LaksanakanTugas');
    expect(laksana.assignee).toBe(DEMO.jfSiti);
    expect(await budi.tasks({ processInstanceId: pid })).toHaveLength(0);
    expect(await statusPenolakan(budi.completeTask(laksana.id, HASIL))).toBeOneOf([403, 404]);
    await siti.completeTask(laksana.id, HASIL);
    // then evaluation: the acceptor of the profile (Banten: the Pejabat JPT, here the Kepala Dinas) judges the result
    const nilai = await taskOf(puo, pid, 'Tugas_NilaiHasil');
    expect(nilai.assignee).toBe(DEMO.puo);
    // R-NAT-43: the pegawai cannot close their own kegiatan
    expect(await statusPenolakan(siti.completeTask(nilai.id, { penilaianHasil: 'SESUAI_TARGET' }))).toBeOneOf([403, 404]);
    await puo.completeTask(nilai.id, { penilaianHasil: 'SESUAI_TARGET' });
    expect(await endOf(pid)).toBe('Selesai_KegiatanSelesai');
    // and the store holds the stages in order, the report to the PUO and the acceptance
    expect((await deps.kegiatan.riwayatTahap(pid)).map((t) => `${t.dari ?? '-'}>${t.ke}`))
      .toEqual(['->PERENCANAAN', 'PERENCANAAN>PELAKSANAAN', 'PELAKSANAAN>EVALUASI', 'EVALUASI>SELESAI']);
    expect((await deps.kegiatan.ambil(pid))?.tahap).toBe('SELESAI');
    const surat = await deps.kasus.surat(pid);
    expect(surat).toEqual([expect.objectContaining({ jenis: 'LAPORAN', penandatanganNip: DEMO.jfSiti, penerima: [DEMO.puo] })]);
    const keputusan = await deps.kasus.keputusan(pid);
    expect(keputusan.at(-1)).toMatchObject({ langkah: 'Tugas_NilaiHasil', keputusan: 'SESUAI_TARGET', aktorNip: DEMO.puo });
    expect(keputusan.find((k) => k.langkah === 'Tugas_SetujuiRencana')?.data).toMatchObject({ peringatanDiakui: ['R-NAT-52'] });
    expect(await deps.kasus.peran(pid)).toMatchObject({ pengusulNip: DEMO.puo, pelaksanaNip: DEMO.jfSiti, puoPemilikNip: DEMO.puo, penerimaHasilNip: DEMO.puo });
  });

  it('BELUM_SESUAI needs reasons (R-NAT-13) and sends the kegiatan back to pelaksanaan with them; only SESUAI_TARGET closes it (R-NAT-43, R-NAT-44)', async () => {
    const { pid } = await sampaiPelaksanaan();
    await siti.completeTask((await taskOf(siti, pid, 'Tugas_LaksanakanTugas')).id, HASIL);
    const nilai = await taskOf(puo, pid, 'Tugas_NilaiHasil');
    await puo.completeTask(nilai.id, { penilaianHasil: 'BELUM_SESUAI', alasan: ' ' });
    const lagi = await taskOf(puo, pid, 'Tugas_NilaiHasil', nilai.id);
    expect(String((await puo.taskVariables(lagi.id)).galatKeputusan)).toContain('[R-NAT-13]');
    const alasan = 'Dasbor belum memuat data triwulan terakhir dan sumber data';
    await puo.completeTask(lagi.id, { penilaianHasil: 'BELUM_SESUAI', alasan });
    // then Siti carries on, with the acceptor's reasons shown
    const kembali = await taskOf(siti, pid, 'Tugas_LaksanakanTugas');
    expect(await siti.taskVariables(kembali.id)).toMatchObject({ catatanPenilaian: alasan });
    expect((await deps.kegiatan.ambil(pid))?.tahap).toBe('PELAKSANAAN');
    await siti.completeTask(kembali.id, HASIL);
    await puo.completeTask((await taskOf(puo, pid, 'Tugas_NilaiHasil')).id, { penilaianHasil: 'SESUAI_TARGET' });
    expect(await endOf(pid)).toBe('Selesai_KegiatanSelesai');
    expect((await deps.kegiatan.riwayatTahap(pid)).map((t) => t.ke))
      .toEqual(['PERENCANAAN', 'PELAKSANAAN', 'EVALUASI', 'PELAKSANAAN', 'EVALUASI', 'SELESAI']);
    expect((await deps.kasus.surat(pid)).filter((s) => s.jenis === 'LAPORAN')).toHaveLength(2);
  });

  it('R-NAT-43 R-SYS-02: a verdict by anyone but the acceptor (the engine admin) does not close the kegiatan', async () => {
    const { pid } = await sampaiPelaksanaan();
    await siti.completeTask((await taskOf(siti, pid, 'Tugas_LaksanakanTugas')).id, HASIL);
    const nilai = await taskOf(puo, pid, 'Tugas_NilaiHasil');
    await system.engine.completeTask(nilai.id, { penilaianHasil: 'SESUAI_TARGET' });
    const lagi = await taskOf(puo, pid, 'Tugas_NilaiHasil', nilai.id);
    expect(String((await puo.taskVariables(lagi.id)).galatKeputusan)).toContain('[R-SYS-02]');
    expect((await deps.kegiatan.ambil(pid))?.tahap).toBe('EVALUASI');
  });

  it('the plan can be sent back with reasons; the pegawai revises it (R-NAT-44: pelaksanaan waits for an approved plan)', async () => {
    const pid = await mulai(await penugasanDitetapkan(system));
    await siti.completeTask((await taskOf(siti, pid, 'Tugas_SusunRencana')).id, RENCANA);
    const alasan = 'Rencana belum memuat jadwal uji coba dasbor dengan OPD';
    await puo.completeTask((await taskOf(puo, pid, 'Tugas_SetujuiRencana')).id, { keputusan: 'TOLAK', alasan });
    const revisi = await taskOf(siti, pid, 'Tugas_SusunRencana');
    expect(await siti.taskVariables(revisi.id)).toMatchObject({ alasan });
    expect((await deps.kegiatan.ambil(pid))?.tahap).toBe('PERENCANAAN');
    await siti.completeTask(revisi.id, RENCANA);
    await puo.completeTask((await taskOf(puo, pid, 'Tugas_SetujuiRencana')).id, { keputusan: 'SETUJU' });
    await taskOf(siti, pid, 'Tugas_LaksanakanTugas');
  });

  it('start checks: only the PUO pemilik kinerja (R-NAT-47), one pelaksanaan per penugasan (R-SYS-01), a recorded penugasan (R-NAT-34)', async () => {
    const penugasanId = await penugasanDitetapkan(system);
    // Budi is not the PUO: the request comes back to him with the rule, and he cancels
    const olehBudi = (await budi.submitStartForm('pelaksanaan-kegiatan', { penugasanId })).processInstanceId;
    const perbaiki = await taskOf(budi, olehBudi, 'Tugas_PerbaikiPermohonan');
    expect(String((await budi.taskVariables(perbaiki.id)).galatPermohonan)).toContain('[R-NAT-47]');
    await budi.completeTask(perbaiki.id, { tindakan: 'BATALKAN' });
    expect(await endOf(olehBudi)).toBe('Selesai_Dibatalkan');
    // the PUO starts it; a second start for the same penugasan is a duplicate
    const pertama = await mulai(penugasanId);
    await taskOf(siti, pertama, 'Tugas_SusunRencana');
    const kedua = await mulai(penugasanId);
    const dup = await taskOf(puo, kedua, 'Tugas_PerbaikiPermohonan');
    expect(String((await puo.taskVariables(dup.id)).galatPermohonan)).toContain(`[R-SYS-01] penugasanId: Penugasan ini sudah memiliki pelaksanaan kegiatan (kasus ${pertama})`);
    // corrected to an unknown penugasan: R-NAT-34; then cancelled
    await puo.completeTask(dup.id, { tindakan: 'AJUKAN_ULANG', penugasanId: 999999 });
    const lagi = await taskOf(puo, kedua, 'Tugas_PerbaikiPermohonan', dup.id);
    expect(String((await puo.taskVariables(lagi.id)).galatPermohonan)).toContain('[R-NAT-34]');
    await puo.completeTask(lagi.id, { tindakan: 'BATALKAN' });
    expect(await endOf(kedua)).toBe('Selesai_Dibatalkan');
  });

  it('R-NAT-48: the PUO asks for a report at any time during pelaksanaan; the report task does not stop the work; others cannot ask', async () => {
    const { pid, penugasanId } = await sampaiPelaksanaan();
    // Budi may not ask for it
    const olehBudi = (await budi.submitStartForm('permintaan-laporan', { penugasanId, perihalLaporan: 'Kemajuan penyusunan dasbor' })).processInstanceId;
    const tolak = await taskOf(budi, olehBudi, 'Tugas_PerbaikiPermintaan');
    expect(String((await budi.taskVariables(tolak.id)).galatPermohonan)).toContain('[R-NAT-48] pengusulNip');
    await budi.completeTask(tolak.id, { tindakan: 'BATALKAN' });
    // the PUO asks; the request reaches the kegiatan
    const minta = (await puo.submitStartForm('permintaan-laporan', { penugasanId, perihalLaporan: 'Kemajuan penyusunan dasbor sampai pekan ini' })).processInstanceId;
    expect(await endOf(minta)).toBe('Selesai_Diteruskan');
    const laporan = await taskOf(siti, pid, 'Tugas_SusunLaporan');
    expect(laporan.assignee).toBe(DEMO.jfSiti);
    expect(await siti.taskVariables(laporan.id)).toMatchObject({ perihalLaporan: 'Kemajuan penyusunan dasbor sampai pekan ini' });
    // and the pelaksanaan task is still there
    expect(await siti.tasks({ processInstanceId: pid, taskDefinitionKey: 'Tugas_LaksanakanTugas' })).toHaveLength(1);
    await siti.completeTask(laporan.id, { keputusan: 'KIRIM', isiLaporan: 'Data 12 OPD terkumpul; visualisasi 60 persen selesai' });
    const surat = await eventually(async () => (await deps.kasus.surat(pid)).find((s) => s.jenis === 'LAPORAN'), 'laporan sewaktu-waktu');
    expect(surat).toMatchObject({ penandatanganNip: DEMO.jfSiti, penerima: [DEMO.puo], perihal: 'Laporan pelaksanaan tugas atas permintaan pimpinan' });
    expect(await siti.tasks({ processInstanceId: pid, taskDefinitionKey: 'Tugas_LaksanakanTugas' })).toHaveLength(1);
  });

  it('R-NAT-48: a report cannot be requested before pelaksanaan starts', async () => {
    const penugasanId = await penugasanDitetapkan(system);
    const pid = await mulai(penugasanId);
    await taskOf(siti, pid, 'Tugas_SusunRencana');
    const minta = (await puo.submitStartForm('permintaan-laporan', { penugasanId, perihalLaporan: 'Kemajuan penyusunan dasbor' })).processInstanceId;
    const tolak = await taskOf(puo, minta, 'Tugas_PerbaikiPermintaan');
    expect(String((await puo.taskVariables(tolak.id)).galatPermohonan)).toContain('[R-NAT-48] penugasanId');
  });

  it('R-NAT-53: the scheduled evaluation fires with the chosen period and gives the PUO an evaluation task while the work goes on', async () => {
    const { pid } = await sampaiPelaksanaan({ siklusEvaluasi: 'R1/PT2S' });
    const evaluasi = await eventually(async () => (await puo.tasks({ processInstanceId: pid, taskDefinitionKey: 'Tugas_EvaluasiBerkala' }))[0], 'evaluasi berkala', 45_000);
    expect(evaluasi.assignee).toBe(DEMO.puo);
    expect(await siti.tasks({ processInstanceId: pid, taskDefinitionKey: 'Tugas_LaksanakanTugas' })).toHaveLength(1);
    await puo.completeTask(evaluasi.id, { keputusan: 'DIEVALUASI', catatanEvaluasi: 'Kemajuan sesuai jadwal; percepat uji coba dasbor' });
    await eventually(async () => (await deps.kasus.keputusan(pid)).find((k) => k.langkah === 'Tugas_EvaluasiBerkala'), 'evaluasi tercatat');
  });

  it('R-BTN-10 R-BTN-19: in Banten a result goes to the PUO through the PPK when they differ, and the Pejabat JPT declares it complete', async () => {
    const teguh = '200208132024031006'; // Setda Banten, Asisten Pemerintahan
    const ppkTeguh = '196912281998021002'; // Asisten Pemerintahan (PPT Pratama)
    const sekda = '197002041995041002'; // PUO of the Setda (PPT Madya)
    const asTeguh = system.engine.as(teguh, DEMO_PASSWORD);
    const asPpk = system.engine.as(ppkTeguh, DEMO_PASSWORD);
    const asSekda = system.engine.as(sekda, DEMO_PASSWORD);
    const penugasanId = await penugasanDitetapkan(system, { pegawaiNip: teguh, unitPemilikKinerjaId: 'banten-setda' });
    const pid = (await asSekda.submitStartForm('pelaksanaan-kegiatan', { penugasanId })).processInstanceId;
    await asTeguh.completeTask((await taskOf(asTeguh, pid, 'Tugas_SusunRencana')).id, RENCANA);
    await asSekda.completeTask((await taskOf(asSekda, pid, 'Tugas_SetujuiRencana')).id, { keputusan: 'SETUJU' });
    await asTeguh.completeTask((await taskOf(asTeguh, pid, 'Tugas_LaksanakanTugas')).id, HASIL);
    // the result goes to Teguh's PPK first
    const teruskan = await taskOf(asPpk, pid, 'Tugas_TeruskanHasil');
    expect(teruskan.assignee).toBe(ppkTeguh);
    expect(await asSekda.tasks({ processInstanceId: pid, taskDefinitionKey: 'Tugas_NilaiHasil' })).toHaveLength(0);
    await asPpk.completeTask(teruskan.id, { keputusan: 'TERUSKAN', catatanPpk: 'Sesuai arahan Sekda' });
    // then to the Pejabat JPT, who closes it
    const nilai = await taskOf(asSekda, pid, 'Tugas_NilaiHasil');
    expect(nilai.assignee).toBe(sekda);
    await asSekda.completeTask(nilai.id, { penilaianHasil: 'SESUAI_TARGET' });
    expect(await endOf(pid)).toBe('Selesai_KegiatanSelesai');
    expect((await deps.kasus.keputusan(pid)).map((k) => k.langkah)).toContain('Tugas_TeruskanHasil');
  });
});
