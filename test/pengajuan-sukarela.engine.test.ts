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
    tanggalPermohonanLisan: '2026-12-14',
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
        pemohonNama: 'Aisyah Rahayu, S.Kom., M.Kom.', unitPemilikKinerjaId: 'banten-diskominfo', periodePenugasan: '2027-01-04 s.d. 2027-06-30',
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
      expect(surat[0]?.isi).toMatchObject({ permohonan: { tanggalPermohonanLisan: '2026-12-14', dicatatOleh: ORANG.puoKominfo, targetKinerja: lisan('').targetKinerja } });
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
});
