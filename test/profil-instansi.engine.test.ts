import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import { DEMO_PASSWORD, eventually, startTestSystem } from './support/system-for-test.js';
import { TIM, taskOf } from './support/tim-kerja-demo.js';

const PROSES = 'pembentukan-tim-kerja';

/** Balai BPIPI (Kemenperin, profile KIN): an UPT led by an Administrator. */
const KIN = {
  unit: 'kemenperin-bpipi',
  puo: '198105102006041007', // Nurdin Syamsul Setiawan, Kepala Balai (Administrator)
  jfReza: '198806162015011004', // JF keahlian, Ahli Muda
  jfDevi: '200002242024032003', // JF keahlian, Ahli Pertama
  jfRizal: '199809172019041007', // JF keterampilan
  jfYeni: '197712222007042002', // JF keahlian of the Biro OSDM (another unit organisasi of Kemenperin)
} as const;

const permohonan = (nama: string, unit: string, ketuaNip: string, anggota: readonly string[], ubah: Record<string, unknown> = {}) => ({
  namaTim: nama, unitPemilikKinerjaId: unit, tahun: 2027, tanggalMulai: '2027-01-04', tanggalSelesai: '2027-06-30',
  rincianTugas: 'Menyusun dan memantau rencana aksi peningkatan layanan', ketuaNip, anggotaNip: anggota.join('\n'),
  instrumen: 'SURAT_KEPUTUSAN', ...ubah,
});

describe('profil instansi on the engine: the same team request in Meranti (MRT) and Kemenperin (KIN), F6', () => {
  let system: System;
  let puoMrt: CamundaRest;
  let puoKin: CamundaRest;

  beforeAll(async () => {
    system = await startTestSystem();
    puoMrt = system.engine.as(TIM.puo, DEMO_PASSWORD);
    puoKin = system.engine.as(KIN.puo, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const mulai = async (engine: CamundaRest, vars: object) => (await engine.submitStartForm(PROSES, vars as Record<string, unknown>)).processInstanceId;

  it('R-KIN-01 C-19: a half-year team is accepted in Meranti and sent back in Kemenperin, whose term is 1 January - 31 December', async () => {
    const mrt = await mulai(puoMrt, permohonan('Tim Semester Perizinan', TIM.unit, TIM.jfFajar, [TIM.pelaksanaNurdin]));
    expect((await taskOf(puoMrt, mrt)).taskDefinitionKey).toBe('Tugas_TetapkanTimKerja');

    const kin = await mulai(puoKin, permohonan('Tim Semester Standardisasi', KIN.unit, KIN.jfReza, [KIN.jfDevi]));
    const kembali = await taskOf(puoKin, kin);
    expect(kembali.taskDefinitionKey).toBe('Tugas_PerbaikiPermohonan');
    expect(String((await puoKin.taskVariables(kembali.id)).galatPermohonan)).toContain('[R-KIN-01]');
  });

  it('R-KIN-19 R-KIN-03 C-11: the DMN table routes the decree of a Kemenperin cross-unit team to the PPK of the owner PUO, while Meranti keeps the PUO', async () => {
    // Yeni (Biro OSDM) was lent to the Balai by an approved penunjukan lintas unit (F2), as R-NAT-10 requires.
    await system.penugasan.record({
      processInstanceId: 'uji-f2-yeni', bentuk: 'PENUNJUKAN', ruangLingkup: 'LINTAS_UNIT', status: 'DITETAPKAN',
      pegawaiNip: KIN.jfYeni, unitPemilikKinerjaId: KIN.unit, pengusulNip: KIN.puo, penetapNip: KIN.puo,
      uraianTugas: 'Pendampingan', targetKinerja: 'Standardisasi', kompetensiDibutuhkan: [], tanggalMulai: '2027-01-01',
      tanggalSelesai: '2027-12-31', alasan: null, suratNomor: '1/SPn/uji-f2-yeni/2027',
    }, KIN.puo);
    const pid = await mulai(puoKin, permohonan('Tim Lintas Standardisasi', KIN.unit, KIN.jfDevi, [KIN.jfYeni], { tanggalMulai: '2027-01-01', tanggalSelesai: '2027-12-31' }));
    const task = await taskOf(puoKin, pid);
    expect(task.taskDefinitionKey).toBe('Tugas_TetapkanTimKerja');
    expect(await puoKin.taskVariables(task.id)).toMatchObject({ ruangLingkup: 'LINTAS_UNIT', profilInstansi: 'KIN', peranPenandatangan: 'PPK_PUO_UNIT' });
    // R-KIN-02: a formation for 2027 sent after November 2026 is flagged; the PUO acknowledges it.
    await puoKin.completeTask(task.id, { keputusan: 'SETUJU', peringatanDiakui: true });
    const ppkPuo = (await system.workerDeps.organisasi.viewAround({ pegawaiNip: [KIN.puo], unitId: [] }, '2027-01-01')).pegawai(KIN.puo)?.pejabatPenilaiKinerjaNip;
    expect(ppkPuo).toBeTruthy();
    const surat = await eventually(async () => {
      const s = await system.workerDeps.kasus.surat(pid);
      return s.length === 2 ? s : undefined;
    }, 'two team decrees');
    expect(surat.map((s) => s.penandatanganNip)).toEqual([ppkPuo, ppkPuo]);

    const mrt = await mulai(puoMrt, permohonan('Tim Dalam Unit Perizinan', TIM.unit, TIM.jfFajar, [TIM.pelaksanaNurdin]));
    const tugasMrt = await taskOf(puoMrt, mrt);
    expect(await puoMrt.taskVariables(tugasMrt.id)).toMatchObject({ profilInstansi: 'MRT', peranPenandatangan: 'PUO_UNIT', penandatanganTimNip: TIM.puo });
  });

  it('R-BTN-07 R-BTN-08 C-11: in Banten the DMN table routes a cross-unit team decree to the Sekretaris Daerah (the Pejabat yang Berwenang, A-28) and an internal one to the Kepala Unit Organisasi', async () => {
    const BTN = {
      unit: 'banten-diskominfo', puo: '197204151998031005', jfA: '198807222012122003', jfB: '199203102019031004',
      jfDistan: '198104242003032001', sekda: '197002041995041002',
    } as const;
    const puoBtn = system.engine.as(BTN.puo, DEMO_PASSWORD);
    await system.penugasan.record({
      processInstanceId: 'uji-f2-distan', bentuk: 'PENUNJUKAN', ruangLingkup: 'LINTAS_UNIT', status: 'DITETAPKAN',
      pegawaiNip: BTN.jfDistan, unitPemilikKinerjaId: BTN.unit, pengusulNip: BTN.puo, penetapNip: BTN.puo,
      uraianTugas: 'Pendampingan', targetKinerja: 'Satu data', kompetensiDibutuhkan: [], tanggalMulai: '2027-01-04',
      tanggalSelesai: '2027-12-31', alasan: null, suratNomor: '1/SPn/uji-f2-distan/2027',
    }, BTN.puo);
    const lintas = await mulai(puoBtn, permohonan('Tim Satu Data Pertanian', BTN.unit, BTN.jfA, [BTN.jfDistan]));
    const t1 = await taskOf(puoBtn, lintas);
    expect(await puoBtn.taskVariables(t1.id)).toMatchObject({
      ruangLingkup: 'LINTAS_UNIT', profilInstansi: 'BTN', peranPenandatangan: 'PYB_INSTANSI_UNIT', penandatanganTimNip: BTN.sekda });
    const dalam = await mulai(puoBtn, permohonan('Tim Layanan Aduan', BTN.unit, BTN.jfA, [BTN.jfB]));
    const t2 = await taskOf(puoBtn, dalam);
    expect(await puoBtn.taskVariables(t2.id)).toMatchObject({
      ruangLingkup: 'DALAM_UNIT', profilInstansi: 'BTN', peranPenandatangan: 'PUO_UNIT', penandatanganTimNip: BTN.puo });
  });

  it('R-KIN-14 R-KIN-13 C-12 C-09: in Kemenperin a JF keahlian who already leads a team cannot lead a second one, and a JF keterampilan cannot be ketua; Meranti accepts both', async () => {
    const pertama = await mulai(puoKin, permohonan('Tim Inovasi Produk', KIN.unit, KIN.jfReza, [KIN.jfDevi], { tanggalMulai: '2027-01-01', tanggalSelesai: '2027-12-31' }));
    expect((await taskOf(puoKin, pertama)).taskDefinitionKey).toBe('Tugas_TetapkanTimKerja');

    const kedua = await mulai(puoKin, permohonan('Tim Sertifikasi', KIN.unit, KIN.jfReza, [KIN.jfRizal], { tanggalMulai: '2027-01-01', tanggalSelesai: '2027-12-31' }));
    const kembali = await taskOf(puoKin, kedua);
    expect(kembali.taskDefinitionKey).toBe('Tugas_PerbaikiPermohonan');
    expect(String((await puoKin.taskVariables(kembali.id)).galatPermohonan)).toContain('[R-KIN-14]');

    const ketuaTerampil = await mulai(puoKin, permohonan('Tim Kalibrasi', KIN.unit, KIN.jfRizal, [KIN.jfDevi], { tanggalMulai: '2027-01-01', tanggalSelesai: '2027-12-31' }));
    const kembali2 = await taskOf(puoKin, ketuaTerampil);
    expect(String((await puoKin.taskVariables(kembali2.id)).galatPermohonan)).toContain('[R-KIN-13]');

    // Meranti: the ketua of the first Meranti team leads a second one, without a calendar-year term
    const mrt = await mulai(puoMrt, permohonan('Tim Survei Kepuasan', TIM.unit, TIM.jfFajar, [TIM.pelaksanaNurdin]));
    expect((await taskOf(puoMrt, mrt)).taskDefinitionKey).toBe('Tugas_TetapkanTimKerja');
  });
});
