import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import { DEMO_PASSWORD, endOf, startTestSystem } from './support/system-for-test.js';
import { TIM, taskOf } from './support/tim-kerja-demo.js';

const PROSES = 'laporan-tim-kerja';

describe('laporan tim kerja (F9, team lines) on the engine', () => {
  let system: System;
  const as = (nip: string): CamundaRest => system.engine.as(nip, DEMO_PASSWORD);
  let timDenganKetua: number;
  let timTanpaKetua: number;

  /** A team as F6 leaves it in the store (formed and established). */
  async function timDitetapkan(pid: string, ketuaNip: string | null, anggota: { nip: string; peran: 'KETUA' | 'ANGGOTA' }[]): Promise<number> {
    await system.workerDeps.timKerja.usulkan({
      processInstanceId: pid, kunciKasus: pid, nama: `Tim ${pid}`, unitPemilikId: TIM.unit, ruangLingkup: 'LINTAS_UNIT', tahun: 2027,
      tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', ketuaNip, instrumen: 'SURAT_KEPUTUSAN', tujuan: null, rincianTugas: 'Percepatan perizinan',
    });
    return (await system.workerDeps.timKerja.tetapkan(pid, { status: 'DITETAPKAN', suratNomor: `1/SK/${pid}/2027`, anggota })).id;
  }

  beforeAll(async () => {
    system = await startTestSystem();
    timDenganKetua = await timDitetapkan('uji-tim-ketua', TIM.jfFajar, [
      { nip: TIM.jfFajar, peran: 'KETUA' }, { nip: TIM.pelaksanaNurdin, peran: 'ANGGOTA' }, { nip: TIM.jfJajang, peran: 'ANGGOTA' }]);
    timTanpaKetua = await timDitetapkan('uji-tim-tanpa-ketua', null, [{ nip: TIM.pelaksanaNurdin, peran: 'ANGGOTA' }, { nip: TIM.jfFajar, peran: 'ANGGOTA' }]);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('anggota → ketua (R-NAT-36), ketua → PUO (R-NAT-37), ketua → each distinct PPK of the members (R-NAT-38); every recipient may send it back with a reason', async () => {
    const nurdin = as(TIM.pelaksanaNurdin);
    const fajar = as(TIM.jfFajar);
    const pid = (await nurdin.submitStartForm(PROSES, { timKerjaId: timDenganKetua, periodeLaporan: 'Triwulan I 2027', isiLaporan: 'Verifikasi 120 berkas izin usaha selesai' })).processInstanceId;

    // the ketua receives the member's report, nobody else may decide it
    const tinjau = await taskOf(fajar, pid);
    expect(tinjau).toMatchObject({ taskDefinitionKey: 'Tugas_TinjauLaporanAnggota', assignee: TIM.jfFajar });
    const status = await as(TIM.jfJajang).completeTask(tinjau.id, { keputusan: 'DITERIMA' }).then(() => 0, (e: { status: number }) => e.status);
    expect([403, 404]).toContain(status);
    // sent back without a reason: back to the ketua with the rule
    await fajar.completeTask(tinjau.id, { keputusan: 'PERBAIKAN', alasan: '' });
    const tinjau2 = await taskOf(fajar, pid, tinjau.id);
    expect(String((await fajar.taskVariables(tinjau2.id)).galatKeputusan)).toContain('[R-NAT-13] alasan');
    await fajar.completeTask(tinjau2.id, { keputusan: 'PERBAIKAN', alasan: 'Lampirkan rincian berkas yang ditolak per jenis izin' });
    const perbaiki = await taskOf(nurdin, pid);
    expect(perbaiki).toMatchObject({ taskDefinitionKey: 'Tugas_PerbaikiLaporanAnggota', assignee: TIM.pelaksanaNurdin });
    await nurdin.completeTask(perbaiki.id, { isiLaporan: 'Verifikasi 120 berkas; 14 ditolak (9 PBG, 5 SLF)' });
    const tinjau3 = await taskOf(fajar, pid, tinjau2.id);
    expect(tinjau3.taskDefinitionKey).toBe('Tugas_TinjauLaporanAnggota');
    await fajar.completeTask(tinjau3.id, { keputusan: 'DITERIMA' });

    // the ketua compiles the team report for the PUO of the owner unit
    const susun = await taskOf(fajar, pid, tinjau3.id);
    expect(susun.taskDefinitionKey).toBe('Tugas_SusunLaporanTim');
    await fajar.completeTask(susun.id, { laporanTim: 'Target verifikasi triwulan I tercapai 100%', kinerjaAnggota: 'Nurdin: 120 berkas; Jajang: 30 inspeksi sanitasi' });
    const puo = as(TIM.puo);
    const tinjauPuo = await taskOf(puo, pid);
    expect(tinjauPuo).toMatchObject({ taskDefinitionKey: 'Tugas_TinjauLaporanTim', assignee: TIM.puo });
    await puo.completeTask(tinjauPuo.id, { keputusan: 'DITERIMA' });

    // then one report per distinct PPK: Jajang's PPK (Dinkes) first, who sends it back once, then the PUO as Nurdin's PPK
    const ilham = as(TIM.ppkJajang);
    const kinerja1 = await taskOf(ilham, pid);
    expect(kinerja1).toMatchObject({ taskDefinitionKey: 'Tugas_TinjauKinerjaAnggota', assignee: TIM.ppkJajang });
    expect(String((await ilham.taskVariables(kinerja1.id)).anggotaDinilaiTeks)).toContain(TIM.jfJajang);
    await ilham.completeTask(kinerja1.id, { keputusan: 'PERBAIKAN', alasan: 'Sebutkan kualitas hasil inspeksi, bukan hanya jumlahnya' });
    const perbaikiKinerja = await taskOf(fajar, pid);
    expect(perbaikiKinerja.taskDefinitionKey).toBe('Tugas_PerbaikiKinerjaAnggota');
    await fajar.completeTask(perbaikiKinerja.id, { kinerjaAnggota: 'Jajang: 30 inspeksi, 28 memenuhi standar pelaporan' });
    const kinerja2 = await taskOf(ilham, pid, kinerja1.id);
    await ilham.completeTask(kinerja2.id, { keputusan: 'DITERIMA' });
    const kinerja3 = await taskOf(puo, pid, tinjauPuo.id);
    expect(kinerja3).toMatchObject({ taskDefinitionKey: 'Tugas_TinjauKinerjaAnggota', assignee: TIM.puo });
    await puo.completeTask(kinerja3.id, { keputusan: 'DITERIMA' });

    expect(await endOf(system.engine, pid)).toBe('Selesai_Dilaporkan');
    const surat = await system.workerDeps.kasus.surat(pid);
    expect(surat.map((s) => [s.jenis, s.penandatanganNip, s.penerima.join(','), s.tembusan.map((t) => t.nip).join(',')])).toEqual([
      ['LAPORAN', TIM.pelaksanaNurdin, TIM.jfFajar, ''],
      ['LAPORAN', TIM.jfFajar, TIM.puo, ''],
      ['BAHAN_PERTIMBANGAN', TIM.jfFajar, TIM.ppkJajang, TIM.puo],
      ['BAHAN_PERTIMBANGAN', TIM.jfFajar, TIM.ppkJajang, TIM.puo],
      ['BAHAN_PERTIMBANGAN', TIM.jfFajar, TIM.puo, TIM.puo],
    ]);
  });

  it('R-NAT-36 [derived]: without a ketua, the member reports to the PUO of the owner unit', async () => {
    const nurdin = as(TIM.pelaksanaNurdin);
    const pid = (await nurdin.submitStartForm(PROSES, { timKerjaId: timTanpaKetua, periodeLaporan: 'Triwulan I 2027', isiLaporan: 'Rekap pengaduan layanan selesai' })).processInstanceId;
    const puo = as(TIM.puo);
    const task = await taskOf(puo, pid);
    expect(task).toMatchObject({ taskDefinitionKey: 'Tugas_TinjauLaporanAnggota', assignee: TIM.puo });
    await puo.completeTask(task.id, { keputusan: 'DITERIMA' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_DiterimaPimpinan');
  });

  it('R-NAT-36: a non-member, or the ketua himself, cannot file a member report; R-SYS-01: the same period twice is a duplicate', async () => {
    const tuti = as(TIM.jfTuti);
    const pid = (await tuti.submitStartForm(PROSES, { timKerjaId: timDenganKetua, periodeLaporan: 'Triwulan I 2027', isiLaporan: 'Laporan' })).processInstanceId;
    const task = await taskOf(tuti, pid);
    expect(task).toMatchObject({ taskDefinitionKey: 'Tugas_PerbaikiPermohonan', assignee: TIM.jfTuti });
    expect(String((await tuti.taskVariables(task.id)).galatPermohonan)).toContain('[R-NAT-36] pelaporNip');
    await tuti.completeTask(task.id, { tindakLanjut: 'BATALKAN' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Dibatalkan');

    const fajar = as(TIM.jfFajar);
    const pidKetua = (await fajar.submitStartForm(PROSES, { timKerjaId: timDenganKetua, periodeLaporan: 'Triwulan II 2027', isiLaporan: 'Laporan' })).processInstanceId;
    expect(String((await fajar.taskVariables((await taskOf(fajar, pidKetua)).id)).galatPermohonan)).toContain('ketua tidak melapor kepada dirinya sendiri');

    const nurdin = as(TIM.pelaksanaNurdin);
    const pidDup = (await nurdin.submitStartForm(PROSES, { timKerjaId: timDenganKetua, periodeLaporan: 'triwulan i 2027', isiLaporan: 'Lagi' })).processInstanceId;
    expect(String((await nurdin.taskVariables((await taskOf(nurdin, pidDup)).id)).galatPermohonan)).toContain('[R-SYS-01]');
  });
});
