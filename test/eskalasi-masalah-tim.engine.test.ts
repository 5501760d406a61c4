import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import type { System } from '../src/cli/system.js';
import { DEMO, DEMO_PASSWORD, endOf, eventually, startTestSystem } from './support/system-for-test.js';
import { TIM, taskOf } from './support/tim-kerja-demo.js';

const PROSES = 'eskalasi-masalah-tim';
/** Kepala Dinas Kesehatan Meranti: the home PUO of Jajang (Dinkes). */
const PUO_DINKES = '197905172007032005';
/** Syahrul Gunawan, Sekda Banten: pimpinan instansi (Pejabat yang Berwenang) of Pemprov Banten, Siti's instansi. */
const PYB_BANTEN = '197002041995041002';

const MASALAH = {
  uraianMasalah: 'Data sanitasi usaha dari Dinkes terlambat dua minggu sehingga izin tertahan',
  alternatifRekomendasi: '1) Sinkron data mingguan; 2) akses baca langsung ke aplikasi Dinkes untuk tim',
};
const TINDAK_LANJUT = 'Rapat koordinasi mingguan DPMPTSP-Dinkes tiap Senin; akses baca diberikan paling lambat 15 Februari';

const statusDitolak = (call: Promise<unknown>) => call.then(() => 0, (e: { status: number }) => e.status);

describe('eskalasi masalah tim kerja (R-NAT-46) on the engine, started in Tasklist by a team member', () => {
  let system: System;
  const as = (nip: string): CamundaRest => system.engine.as(nip, DEMO_PASSWORD);
  let timLintasUnit: number;
  let timLintasInstansi: number;
  let timDiusulkan: number;

  /** A team as F6 leaves it in the store (formed and, unless `diusulkan`, established). */
  async function tim(pid: string, ketuaNip: string, anggota: string[], diusulkan = false): Promise<number> {
    const t = await system.workerDeps.timKerja.usulkan({
      processInstanceId: pid, kunciKasus: pid, nama: `Tim ${pid}`, unitPemilikId: TIM.unit, ruangLingkup: 'LINTAS_UNIT', tahun: 2027,
      tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', ketuaNip, instrumen: 'SURAT_KEPUTUSAN', tujuan: null, rincianTugas: 'Percepatan perizinan berusaha',
    });
    if (diusulkan) return t.id;
    return (await system.workerDeps.timKerja.tetapkan(pid, { status: 'DITETAPKAN', suratNomor: `1/SK/${pid}/2027`,
      anggota: [{ nip: ketuaNip, peran: 'KETUA' }, ...anggota.map((nip) => ({ nip, peran: 'ANGGOTA' as const }))] })).id;
  }

  /** The open tasks of the collaboration (one called process per official, under the case key). */
  const tugasLintas = (pid: string, jumlah: number) => eventually(async () => {
    const tasks = z.array(z.object({ id: z.string(), assignee: z.string().nullable(), processInstanceId: z.string() }).passthrough()).parse(
      await system.engine.request('GET', '/task', { query: { processInstanceBusinessKey: pid, taskDefinitionKey: 'Tugas_TindaklanjutiLintas', maxResults: 50 } }));
    return tasks.length === jumlah ? tasks : undefined;
  }, `${jumlah} tugas tindak lanjut lintas untuk ${pid}`);

  beforeAll(async () => {
    system = await startTestSystem();
    // Jajang (Dinkes) is lent to the DPMPTSP team (F2); Siti (Pemprov Banten) joins another team lintas instansi (F3).
    timLintasUnit = await tim('uji-eskalasi-lintas-unit', TIM.jfFajar, [TIM.pelaksanaNurdin, TIM.jfJajang]);
    timLintasInstansi = await tim('uji-eskalasi-lintas-instansi', TIM.jfFajar, [TIM.jfJajang, DEMO.jfSiti]);
    timDiusulkan = await tim('uji-eskalasi-diusulkan', TIM.jfFajar, [TIM.pelaksanaNurdin], true);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('R-NAT-46: without collaboration the problem goes to the PUO pemilik kinerja only, who decides with a required tindak lanjut', async () => {
    const nurdin = as(TIM.pelaksanaNurdin);
    const pid = (await nurdin.submitStartForm(PROSES, { timKerjaId: timLintasUnit, ...MASALAH, perluKolaborasi: false })).processInstanceId;

    const puo = as(TIM.puo);
    const putuskan = await taskOf(puo, pid);
    expect(putuskan).toMatchObject({ taskDefinitionKey: 'Tugas_PutuskanMasalah', assignee: TIM.puo });
    expect(await puo.taskVariables(putuskan.id)).toMatchObject({ uraianMasalah: MASALAH.uraianMasalah, namaTim: 'Tim uji-eskalasi-lintas-unit' });
    // nobody but the PUO pemilik kinerja may decide (Camunda authorization)
    expect([403, 404]).toContain(await statusDitolak(nurdin.completeTask(putuskan.id, { keputusan: 'DIPUTUSKAN', tindakLanjut: TINDAK_LANJUT })));
    expect([403, 404]).toContain(await statusDitolak(as(TIM.jfFajar).completeTask(putuskan.id, { keputusan: 'DIPUTUSKAN', tindakLanjut: TINDAK_LANJUT })));

    // a decision without a written tindak lanjut loops back with the rule
    await puo.completeTask(putuskan.id, { keputusan: 'DIPUTUSKAN', tindakLanjut: ' ' });
    const lagi = await taskOf(puo, pid, putuskan.id);
    expect(lagi.taskDefinitionKey).toBe('Tugas_PutuskanMasalah');
    expect(String((await puo.taskVariables(lagi.id)).galatKeputusan)).toContain('[R-NAT-46] tindakLanjut');
    // an unknown verdict too
    await puo.completeTask(lagi.id, { keputusan: 'SETUJU', tindakLanjut: TINDAK_LANJUT });
    const lagi2 = await taskOf(puo, pid, lagi.id);
    expect(String((await puo.taskVariables(lagi2.id)).galatKeputusan)).toContain('keputusan');
    await puo.completeTask(lagi2.id, { keputusan: 'DIPUTUSKAN', tindakLanjut: TINDAK_LANJUT });

    expect(await endOf(system.engine, pid)).toBe('Selesai_Diputuskan');
    const surat = await system.workerDeps.kasus.surat(pid);
    expect(surat.map((s) => [s.jenis, s.penandatanganNip, s.penerima.join(','), s.tembusan.length])).toEqual([['LAPORAN', TIM.pelaksanaNurdin, TIM.puo, 0]]);
    expect((await system.workerDeps.kasus.keputusan(pid)).map((k) => [k.langkah, k.aktorNip, k.keputusan, k.data.tindakLanjut]))
      .toEqual([['Tugas_PutuskanMasalah', TIM.puo, 'DIPUTUSKAN', TINDAK_LANJUT]]);
    expect(await system.workerDeps.kasus.peran(pid)).toMatchObject({ pengusulNip: TIM.pelaksanaNurdin, puoPemilikNip: TIM.puo });
  });

  it('R-NAT-46: with collaboration it also goes to each distinct home PUO and, lintas instansi, the pimpinan instansi: one task each', async () => {
    const jajang = as(TIM.jfJajang);
    const pid = (await jajang.submitStartForm(PROSES, { timKerjaId: timLintasInstansi, ...MASALAH, perluKolaborasi: true })).processInstanceId;
    const puo = as(TIM.puo);
    const putuskan = await taskOf(puo, pid);
    expect(String((await puo.taskVariables(putuskan.id)).penerimaLintasTeks)).toContain('Pimpinan instansi asal anggota');
    await puo.completeTask(putuskan.id, { keputusan: 'DITINDAKLANJUTI', tindakLanjut: TINDAK_LANJUT });

    // Fajar and the PUO are of the owner unit: no task for them; Jajang → Kepala Dinkes; Siti → Kepala Diskominfo Banten and the Sekda Banten
    const tasks = await tugasLintas(pid, 3);
    expect(tasks.map((t) => t.assignee).sort()).toEqual([PUO_DINKES, DEMO.puo, PYB_BANTEN].sort());
    const milik = (nip: string) => {
      const t = tasks.find((x) => x.assignee === nip);
      if (!t) throw new Error(`tidak ada tugas untuk ${nip}`);
      return t;
    };
    // each official sees the owner PUO's decision and the members concerned; another official cannot complete it
    const dinkes = as(PUO_DINKES);
    const varsDinkes = await dinkes.taskVariables(milik(PUO_DINKES).id);
    expect(varsDinkes).toMatchObject({ tindakLanjutPemilik: TINDAK_LANJUT, penerimaLintasJabatan: 'Pimpinan Unit Organisasi asal anggota' });
    expect(String(varsDinkes.anggotaAsalTeks)).toContain(TIM.jfJajang);
    expect([403, 404]).toContain(await statusDitolak(dinkes.completeTask(milik(DEMO.puo).id, { keputusan: 'DITINDAKLANJUTI', tindakLanjut: TINDAK_LANJUT })));
    // the Dinkes PUO first forgets the tindak lanjut: back to them with R-NAT-46
    await dinkes.completeTask(milik(PUO_DINKES).id, { keputusan: 'DITINDAKLANJUTI', tindakLanjut: '' });
    const ulang = await taskOf(dinkes, milik(PUO_DINKES).processInstanceId, milik(PUO_DINKES).id);
    expect(String((await dinkes.taskVariables(ulang.id)).galatKeputusan)).toContain('[R-NAT-46] tindakLanjut');
    await dinkes.completeTask(ulang.id, { keputusan: 'DITINDAKLANJUTI', tindakLanjut: 'Kepala Bidang P2P menugaskan operator data mengirim rekap tiap Jumat' });
    await as(DEMO.puo).completeTask(milik(DEMO.puo).id, { keputusan: 'DITINDAKLANJUTI', tindakLanjut: 'Siti diberi waktu 1 hari per minggu untuk tim; dukungan TIK disiapkan' });
    await as(PYB_BANTEN).completeTask(milik(PYB_BANTEN).id, { keputusan: 'DIPUTUSKAN', tindakLanjut: 'Kerja sama data lintas instansi disetujui sesuai nota kesepahaman yang berlaku' });

    expect(await endOf(system.engine, pid)).toBe('Selesai_DitindaklanjutiLintas');
    const surat = await system.workerDeps.kasus.surat(pid);
    expect(surat).toHaveLength(4);
    expect(surat[0]).toMatchObject({ jenis: 'LAPORAN', penandatanganNip: TIM.jfJajang, penerima: [TIM.puo] });
    const lintas = surat.slice(1);
    expect(lintas.map((s) => s.penerima[0]).sort()).toEqual([PUO_DINKES, DEMO.puo, PYB_BANTEN].sort());
    for (const s of lintas) expect(s).toMatchObject({ jenis: 'LAPORAN', penandatanganNip: TIM.jfJajang, tembusan: [{ peran: 'puoPemilikNip', nip: TIM.puo }] });
    const keputusan = await system.workerDeps.kasus.keputusan(pid);
    expect(keputusan.map((k) => `${k.langkah}:${k.aktorNip}`).sort()).toEqual([
      `Tugas_PutuskanMasalah:${TIM.puo}`, `Tugas_TindaklanjutiLintas:${PUO_DINKES}`, `Tugas_TindaklanjutiLintas:${DEMO.puo}`, `Tugas_TindaklanjutiLintas:${PYB_BANTEN}`].sort());
  });

  it('R-NAT-46: a non-member, or a team not yet established, is refused back to the starter, who may correct or cancel', async () => {
    const tuti = as(TIM.jfTuti);
    const pid = (await tuti.submitStartForm(PROSES, { timKerjaId: timLintasUnit, ...MASALAH, perluKolaborasi: false })).processInstanceId;
    const perbaiki = await taskOf(tuti, pid);
    expect(perbaiki).toMatchObject({ taskDefinitionKey: 'Tugas_PerbaikiPermohonan', assignee: TIM.jfTuti });
    expect(String((await tuti.taskVariables(perbaiki.id)).galatPermohonan)).toContain('[R-NAT-46] pengusulNip');
    // the PUO gets nothing
    expect(await as(TIM.puo).tasks({ processInstanceId: pid })).toHaveLength(0);
    await tuti.completeTask(perbaiki.id, { tindakanPemohon: 'BATALKAN' });
    expect(await endOf(system.engine, pid)).toBe('Selesai_Dibatalkan');

    const nurdin = as(TIM.pelaksanaNurdin);
    const pidUsul = (await nurdin.submitStartForm(PROSES, { timKerjaId: timDiusulkan, ...MASALAH, perluKolaborasi: false })).processInstanceId;
    const perbaikiUsul = await taskOf(nurdin, pidUsul);
    expect(String((await nurdin.taskVariables(perbaikiUsul.id)).galatPermohonan)).toContain('[R-NAT-46] timKerjaId');
    // corrected to the established team, it goes on to the PUO
    await nurdin.completeTask(perbaikiUsul.id, { tindakanPemohon: 'AJUKAN_ULANG', timKerjaId: timLintasUnit, uraianMasalah: `${MASALAH.uraianMasalah} (ulang)` });
    expect(await taskOf(as(TIM.puo), pidUsul)).toMatchObject({ taskDefinitionKey: 'Tugas_PutuskanMasalah', assignee: TIM.puo });
  });
});
