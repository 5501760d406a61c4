import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest, CamundaTask } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import { apiAs } from './support/api-client.js';
import { DEMO, DEMO_PASSWORD, endOf as endOfProcess, eventually, PERMOHONAN_DEMO, startTestSystem } from './support/system-for-test.js';

/** Demo people (demo/organisasi-demo.json, Pemprov Banten) the voluntary flows need. */
const ORANG = {
  /** Kepala Diskominfo: PUO of everyone in Diskominfo, and PPK of the JF placed directly under him (Siti, Budi). */
  puoKominfo: DEMO.puo,
  /** Kepala Bidang Aplikasi Informatika: PPK of Aisyah and Nurul, not a PUO (Banten: the Dinas is the unit organisasi). */
  kabidAptika: '198603172013022002',
  /** JF in Bidang Aptika: PPK = Kabid Aptika, PUO = Kepala Diskominfo. */
  aisyah: '199306032019012004',
  nurul: '198008092009022004',
  intan: '199408122020032004',
  wahyuni: '199406212020042004',
  /** Kepala Dinas Pertanian: PUO of the unit dituju. */
  puoDistan: '197310182004042007',
  siti: DEMO.jfSiti,
  budi: DEMO.jfBudi,
} as const;

const F4 = 'pengajuan-sukarela-dalam-unit';
const F5 = 'pengajuan-sukarela-lintas-unit';

describe('pengajuan sukarela (F4, F5) on the engine', () => {
  let system: System;
  const as = (nip: string): CamundaRest => system.engine.as(nip, DEMO_PASSWORD);

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system?.stop();
  });

  async function taskOf(processInstanceId: string, engine: CamundaRest, notId?: string): Promise<CamundaTask> {
    return eventually(async () => (await engine.tasks({ processInstanceId })).find((t) => t.id !== notId),
      `a task in ${processInstanceId}`);
  }
  const endOf = (pid: string) => endOfProcess(system.engine, pid);
  /** Camunda authorization: a task that is not yours cannot be completed (403, or 404 when it is not even visible). */
  async function expectRefused(completion: Promise<void>): Promise<void> {
    const error = await completion.then(() => undefined, (e: unknown) => e);
    expect([403, 404]).toContain((error as { status?: number } | undefined)?.status);
  }
  const kasus = () => system.workerDeps.kasus;

  const lisan = (pegawaiNip: string, changes: Record<string, unknown> = {}) => ({
    pegawaiNip,
    tanggalPermohonanLisan: '2026-11-02',
    targetKinerja: 'Indeks SPBE Provinsi Banten 2027 naik satu tingkat',
    uraianTugas: 'Menyusun bukti dukung domain layanan SPBE',
    kompetensiTeks: 'Manajemen layanan TI',
    tanggalMulai: '2027-01-04',
    tanggalSelesai: '2027-06-30',
    ...changes,
  });

  describe('F4 dalam unit: oral request recorded by the PUO', () => {
    it('approval: the PUO records and approves, a written surat penugasan goes to the applicant and the penugasan is recorded (R-NAT-23, R-NAT-34)', async () => {
      // given the Kepala Diskominfo records Aisyah's oral request in Tasklist
      const puo = as(ORANG.puoKominfo);
      const { processInstanceId: pid } = await puo.submitStartForm(F4, lisan(ORANG.aisyah));
      // when the decision task comes, it is the PUO's and shows the request
      const task = await taskOf(pid, puo);
      expect(task).toMatchObject({ taskDefinitionKey: 'Tugas_PutuskanPengajuan', assignee: ORANG.puoKominfo });
      expect(await puo.taskVariables(task.id)).toMatchObject({
        pemohonNama: 'Aisyah Rahayu, S.Kom., M.Kom.', pemohonUnitNama: 'Bidang Aplikasi Informatika', unitPemilikKinerjaId: 'banten-diskominfo', periodePenugasan: '4 Januari 2027 s.d. 30 Juni 2027',
        bebanKerjaTeks: expect.stringContaining('belum memiliki penugasan lain') as unknown,
      });
      // and another pegawai cannot complete it (Camunda authorization)
      await expectRefused(as(ORANG.kabidAptika).completeTask(task.id, { keputusan: 'SETUJU' }));
      await puo.completeTask(task.id, { keputusan: 'SETUJU' });
      // then
      expect(await endOf(pid)).toBe('Selesai_Ditetapkan');
      const surat = await kasus().surat(pid);
      expect(surat.map((s) => s.jenis)).toEqual(['CATATAN_PERMOHONAN_LISAN', 'SURAT_PENUGASAN']);
      expect(surat[0]).toMatchObject({ penandatanganNip: ORANG.puoKominfo, penerima: [ORANG.aisyah] });
      expect(surat[0]?.isi).toMatchObject({ permohonan: { tanggalPermohonanLisan: '2026-11-02', dicatatOleh: ORANG.puoKominfo, targetKinerja: lisan('').targetKinerja } });
      expect(surat[1]).toMatchObject({ penandatanganNip: ORANG.puoKominfo, penerima: [ORANG.aisyah] });
      expect(await kasus().peran(pid)).toMatchObject({ pengusulNip: ORANG.puoKominfo, pemohonNip: ORANG.aisyah, pimpinanUnitNip: ORANG.puoKominfo });
      expect(await system.penugasan.allByProcessInstance(pid)).toMatchObject([{
        bentuk: 'PENGAJUAN_SUKARELA', ruangLingkup: 'DALAM_UNIT', status: 'DITETAPKAN', pegawaiNip: ORANG.aisyah,
        unitPemilikKinerjaId: 'banten-diskominfo', penetapNip: ORANG.puoKominfo, pengusulNip: ORANG.puoKominfo, suratNomor: surat[1]?.nomor,
      }]);
    });

    it('refusal: without a reason it comes back with R-NAT-13; with one, a surat jawaban is issued and the refusal recorded', async () => {
      const puo = as(ORANG.puoKominfo);
      const { processInstanceId: pid } = await puo.submitStartForm(F4, lisan(ORANG.budi, { targetKinerja: 'Survei kepuasan layanan TIK 2027' }));
      const first = await taskOf(pid, puo);
      await puo.completeTask(first.id, { keputusan: 'TOLAK', alasan: 'tidak' });
      const again = await taskOf(pid, puo, first.id);
      expect(String((await puo.taskVariables(again.id)).galatKeputusan)).toContain('[R-NAT-13]');
      const alasan = 'Survei kepuasan 2027 sudah dikerjakan oleh tim Bidang Statistik sejak Desember';
      await puo.completeTask(again.id, { keputusan: 'TOLAK', alasan });
      expect(await endOf(pid)).toBe('Selesai_Ditolak');
      expect((await kasus().surat(pid)).map((s) => s.jenis)).toEqual(['CATATAN_PERMOHONAN_LISAN', 'SURAT_JAWABAN']);
      expect(await kasus().keputusan(pid)).toMatchObject([{ langkah: 'Tugas_PutuskanPengajuan', aktorNip: ORANG.puoKominfo, keputusan: 'TOLAK', alasan }]);
      expect(await system.penugasan.allByProcessInstance(pid)).toMatchObject([{ status: 'DITOLAK', alasan, pegawaiNip: ORANG.budi, suratNomor: null }]);
    });

    it('R-NAT-23: recorded by the applicant\'s PPK, who is not their PUO, it goes back to the recorder, who may cancel it', async () => {
      // given the Kabid Aptika (Nurul's PPK, not her PUO) records Nurul's oral request
      const kabid = as(ORANG.kabidAptika);
      const { processInstanceId: pid } = await kabid.submitStartForm(F4, lisan(ORANG.nurul, { targetKinerja: 'Katalog layanan TI 2027' }));
      // then a correction task comes back to the recorder with the rule
      const task = await taskOf(pid, kabid);
      expect(task).toMatchObject({ taskDefinitionKey: 'Tugas_PerbaikiPermohonan', assignee: ORANG.kabidAptika });
      const galat = String((await kabid.taskVariables(task.id)).galatPermohonan);
      expect(galat).toContain('[R-NAT-23]');
      expect(galat).toContain('Dr. Ahmad Fauzi');
      // and nothing was registered or issued
      expect(await system.workerDeps.permohonan.ambil(pid)).toBeUndefined();
      expect(await kasus().surat(pid)).toEqual([]);
      // when the recorder cancels, the case ends there
      await kabid.completeTask(task.id, { tindakLanjut: 'BATALKAN' });
      expect(await endOf(pid)).toBe('Selesai_Dibatalkan');
    });

    it('R-NAT-22: a target already assigned to the applicant is a warning the PUO must acknowledge and justify', async () => {
      // given Siti already has a penunjukan for the dashboard target (F1, through the API)
      const api = apiAs(system.apiUrl!, { id: ORANG.puoKominfo, password: DEMO_PASSWORD });
      const f1 = await api('POST', '/api/penunjukan', PERMOHONAN_DEMO);
      expect(f1.status).toBe(201);
      const f1Pid = (f1.body as { processInstanceId: string }).processInstanceId;
      const puo = as(ORANG.puoKominfo);
      await puo.completeTask((await taskOf(f1Pid, puo)).id, { keputusan: 'SETUJU' });
      expect(await endOf(f1Pid)).toBe('Selesai_Ditetapkan');
      // when Siti asks orally to join the same target
      const { processInstanceId: pid } = await puo.submitStartForm(F4, lisan(ORANG.siti, { targetKinerja: PERMOHONAN_DEMO.targetKinerja.toUpperCase() }));
      const first = await taskOf(pid, puo);
      const vars = await puo.taskVariables(first.id);
      expect(String(vars.peringatanTeks)).toContain('[R-NAT-22]');
      // then approving without acknowledging it is sent back, and so is an acknowledgement without justification
      await puo.completeTask(first.id, { keputusan: 'SETUJU' });
      const second = await taskOf(pid, puo, first.id);
      expect(String((await puo.taskVariables(second.id)).galatKeputusan)).toContain('[R-NAT-22] peringatanDiakui');
      await puo.completeTask(second.id, { keputusan: 'SETUJU', peringatanDiakui: true });
      const third = await taskOf(pid, puo, second.id);
      expect(String((await puo.taskVariables(third.id)).galatKeputusan)).toContain('[R-NAT-22] justifikasi');
      const justifikasi = 'Siti memegang bagian visualisasi; penugasan ini menambah modul data SPBE';
      await puo.completeTask(third.id, { keputusan: 'SETUJU', peringatanDiakui: true, justifikasi });
      expect(await endOf(pid)).toBe('Selesai_Ditetapkan');
      expect(await kasus().keputusan(pid)).toMatchObject([{ keputusan: 'SETUJU', data: { peringatanDiakui: ['R-NAT-22'], justifikasi } }]);
    });
  });
  const surat = (changes: Record<string, unknown> = {}) => ({
    unitDitujuId: 'banten-distan',
    targetKinerja: 'Sistem informasi penyuluhan pertanian 2027 beroperasi',
    uraianTugas: 'Membangun dan mengoperasikan aplikasi jadwal penyuluhan',
    tanggalMulai: '2027-02-01',
    tanggalSelesai: '2027-07-31',
    maksudTujuan: 'Mendukung digitalisasi layanan penyuluhan Dinas Pertanian',
    kompetensiTeks: 'Pengembangan aplikasi, Manajemen layanan TI',
    ekspektasiTarget: 'Aplikasi jadwal penyuluhan dipakai di delapan kabupaten/kota',
    ...changes,
  });

  /** Starts an F5 as the applicant and returns the pid and the first decision task (approval 1). */
  async function ajukanSurat(pemohon: string, changes: Record<string, unknown> = {}) {
    const { processInstanceId: pid } = await as(pemohon).submitStartForm(F5, surat(changes));
    const task = await taskOf(pid, as(ORANG.puoDistan));
    expect(task).toMatchObject({ taskDefinitionKey: 'Tugas_PutuskanPimpinanDituju', assignee: ORANG.puoDistan });
    return { pid, task };
  }

  /** Approval 1 by the PUO dituju, then the applicant's forward; returns the PPK's task. */
  async function setujuDanTeruskan(pid: string, task: CamundaTask, pemohon: string): Promise<CamundaTask> {
    await as(ORANG.puoDistan).completeTask(task.id, { keputusanPimpinanDituju: 'SETUJU' });
    const teruskan = await taskOf(pid, as(pemohon));
    expect(teruskan).toMatchObject({ taskDefinitionKey: 'Tugas_TeruskanKePpk', assignee: pemohon });
    await as(pemohon).completeTask(teruskan.id, { penerusan: 'TERUSKAN' });
    const ppk = await taskOf(pid, as(ORANG.kabidAptika));
    expect(ppk).toMatchObject({ taskDefinitionKey: 'Tugas_PutuskanPpk', assignee: ORANG.kabidAptika });
    return ppk;
  }

  describe('F5 lintas unit: written letter, two approvals', () => {
    it('two approvals: PUO dituju, forward by the applicant, own PPK; letters with tembusan; penugasan owned by the unit dituju (R-NAT-24, R-NAT-25, R-NAT-34)', async () => {
      // given Aisyah (Diskominfo) applies in writing to join a kinerja of the Dinas Pertanian
      const { pid, task } = await ajukanSurat(ORANG.aisyah);
      // then the letter goes to the PUO dituju with tembusan to her PPK and her own PUO (R-NAT-24)
      const [permohonan] = await kasus().surat(pid);
      expect(permohonan).toMatchObject({
        jenis: 'SURAT_PERMOHONAN_SUKARELA', penandatanganNip: ORANG.aisyah, penerima: [ORANG.puoDistan],
        tembusan: [{ peran: 'pejabatPenilaiNip', nip: ORANG.kabidAptika }, { peran: 'pimpinanAsalNip', nip: ORANG.puoKominfo }],
      });
      // and the PPK has nothing to decide before approval 1 (R-NAT-25 by construction), nor can the applicant decide it
      expect(await as(ORANG.kabidAptika).tasks({ processInstanceId: pid })).toEqual([]);
      await expectRefused(as(ORANG.aisyah).completeTask(task.id, { keputusanPimpinanDituju: 'SETUJU' }));
      // when the PUO dituju approves and Aisyah forwards the approved letter
      const ppkTask = await setujuDanTeruskan(pid, task, ORANG.aisyah);
      const letters = await kasus().surat(pid);
      expect(letters[1]).toMatchObject({
        jenis: 'SURAT_PERMOHONAN_SUKARELA', penandatanganNip: ORANG.aisyah, penerima: [ORANG.kabidAptika],
        tembusan: [{ peran: 'pimpinanAsalNip', nip: ORANG.puoKominfo }],
      });
      // and the engine administrator decides in the PPK's place, it goes back to the PPK (R-SYS-02)
      await system.engine.completeTask(ppkTask.id, { keputusanPpk: 'SETUJU' });
      const again = await taskOf(pid, as(ORANG.kabidAptika), ppkTask.id);
      expect(String((await as(ORANG.kabidAptika).taskVariables(again.id)).galatKeputusan)).toContain('[R-SYS-02]');
      // when the PPK approves
      await as(ORANG.kabidAptika).completeTask(again.id, { keputusanPpk: 'SETUJU' });
      // then the surat penugasan is the PPK's and the penugasan is owned by the unit dituju
      expect(await endOf(pid)).toBe('Selesai_Ditetapkan');
      const all = await kasus().surat(pid);
      expect(all.map((s) => s.jenis)).toEqual(['SURAT_PERMOHONAN_SUKARELA', 'SURAT_PERMOHONAN_SUKARELA', 'SURAT_PENUGASAN']);
      expect(all[2]).toMatchObject({ penandatanganNip: ORANG.kabidAptika, penerima: [ORANG.aisyah],
        tembusan: [{ peran: 'pimpinanDitujuNip', nip: ORANG.puoDistan }, { peran: 'pimpinanAsalNip', nip: ORANG.puoKominfo }] });
      expect((await kasus().keputusan(pid)).map((k) => [k.langkah, k.aktorNip, k.keputusan])).toEqual([
        ['Tugas_PutuskanPimpinanDituju', ORANG.puoDistan, 'SETUJU'],
        ['Tugas_TeruskanKePpk', ORANG.aisyah, 'TERUSKAN'],
        ['Tugas_PutuskanPpk', ORANG.kabidAptika, 'SETUJU'],
      ]);
      expect(await system.penugasan.allByProcessInstance(pid)).toMatchObject([{
        bentuk: 'PENGAJUAN_SUKARELA', ruangLingkup: 'LINTAS_UNIT', status: 'DITETAPKAN', pegawaiNip: ORANG.aisyah,
        unitPemilikKinerjaId: 'banten-distan', penetapNip: ORANG.kabidAptika, pengusulNip: ORANG.aisyah, suratNomor: all[2]?.nomor,
      }]);
    });

    it('refused at approval 1: the PUO dituju\'s reason is recorded and a surat jawaban goes to the applicant (R-NAT-13)', async () => {
      const { pid, task } = await ajukanSurat(ORANG.nurul, { targetKinerja: 'Peta lahan sawah digital 2027' });
      const alasan = 'Kebutuhan tenaga pemetaan lahan sudah dipenuhi oleh Bidang Tanaman Pangan';
      await as(ORANG.puoDistan).completeTask(task.id, { keputusanPimpinanDituju: 'TOLAK', alasanPimpinanDituju: alasan });
      expect(await endOf(pid)).toBe('Selesai_DitolakPimpinanDituju');
      const jawaban = (await kasus().surat(pid))[1];
      expect(jawaban).toMatchObject({ jenis: 'SURAT_JAWABAN', penandatanganNip: ORANG.puoDistan, penerima: [ORANG.nurul] });
      expect(jawaban?.isi).toMatchObject({ keputusan: [{ keputusan: 'TOLAK', alasan }] });
      expect(await system.penugasan.allByProcessInstance(pid)).toMatchObject([{ status: 'DITOLAK', alasan, penetapNip: ORANG.puoDistan }]);
    });

    it('refused at approval 2: without a reason it goes back to the PPK (R-NAT-13); with one, a surat jawaban and the refusal are recorded', async () => {
      const { pid, task } = await ajukanSurat(ORANG.intan, { targetKinerja: 'Jaringan internet balai benih 2027' });
      const first = await setujuDanTeruskan(pid, task, ORANG.intan);
      const ppk = as(ORANG.kabidAptika);
      await ppk.completeTask(first.id, { keputusanPpk: 'TOLAK', alasanPpk: '-' });
      const again = await taskOf(pid, ppk, first.id);
      expect(String((await ppk.taskVariables(again.id)).galatKeputusan)).toContain('[R-NAT-13]');
      const alasan = 'Intan sedang memegang migrasi pusat data Diskominfo sampai Juni 2027';
      await ppk.completeTask(again.id, { keputusanPpk: 'TOLAK', alasanPpk: alasan });
      expect(await endOf(pid)).toBe('Selesai_DitolakPpk');
      const letters = await kasus().surat(pid);
      expect(letters.map((s) => s.jenis)).toEqual(['SURAT_PERMOHONAN_SUKARELA', 'SURAT_PERMOHONAN_SUKARELA', 'SURAT_JAWABAN']);
      expect(letters[2]).toMatchObject({ penandatanganNip: ORANG.kabidAptika, penerima: [ORANG.intan] });
      expect(await system.penugasan.allByProcessInstance(pid)).toMatchObject([{ status: 'DITOLAK', alasan, penetapNip: ORANG.kabidAptika, ruangLingkup: 'LINTAS_UNIT' }]);
    });

    it('R-NAT-21: a voluntary application to a unit of another instansi goes back to the applicant; corrected, it proceeds', async () => {
      const pemohon = as(ORANG.wahyuni);
      const { processInstanceId: pid } = await pemohon.submitStartForm(F5, surat({ unitDitujuId: 'meranti-dinkes', targetKinerja: 'Aplikasi rujukan puskesmas 2027' }));
      const task = await taskOf(pid, pemohon);
      expect(task).toMatchObject({ taskDefinitionKey: 'Tugas_PerbaikiPermohonan', assignee: ORANG.wahyuni });
      expect(String((await pemohon.taskVariables(task.id)).galatPermohonan)).toContain('[R-NAT-21] unitDitujuId');
      expect(await kasus().surat(pid)).toEqual([]);
      // when she resubmits to a unit of her own instansi, the letter goes out
      await pemohon.completeTask(task.id, { tindakLanjut: 'AJUKAN_ULANG', unitDitujuId: 'banten-distan' });
      expect(await taskOf(pid, as(ORANG.puoDistan))).toMatchObject({ taskDefinitionKey: 'Tugas_PutuskanPimpinanDituju' });
    });

    it('R-SYS-01: the same application again is a duplicate; R-SYS-05: the PPK who is also the own PUO gets one copy', async () => {
      const target = { targetKinerja: 'Dasbor produksi padi Banten 2027' };
      const { pid: first } = await ajukanSurat(ORANG.siti, target);
      const [letter] = await kasus().surat(first);
      expect(letter?.tembusan).toEqual([{ peran: 'pejabatPenilaiNip', nip: ORANG.puoKominfo }, { peran: 'pimpinanAsalNip', nip: ORANG.puoKominfo }]);
      expect(new Set(letter?.tembusan.map((t) => t.nip))).toEqual(new Set([ORANG.puoKominfo]));
      // when Siti submits the same application (other spacing and case) while the first is open
      const siti = as(ORANG.siti);
      const { processInstanceId: second } = await siti.submitStartForm(F5, surat({ targetKinerja: ' dasbor produksi PADI banten 2027' }));
      const task = await taskOf(second, siti);
      const galat = String((await siti.taskVariables(task.id)).galatPermohonan);
      expect(galat).toContain('[R-SYS-01] DUPLIKAT');
      expect(galat).toContain(first);
      expect(await kasus().surat(second)).toEqual([]);
      await siti.completeTask(task.id, { tindakLanjut: 'BATALKAN' });
      expect(await endOf(second)).toBe('Selesai_Dibatalkan');
    });
  });
});
