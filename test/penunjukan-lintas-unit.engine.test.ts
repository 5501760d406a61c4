import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaRest, CamundaTask } from '../src/adapters/camunda/camunda-rest.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../src/domain/roles.js';
import type { System } from '../src/cli/system.js';
import { apiAs } from './support/api-client.js';
import { DEMO_PASSWORD, endOf as endOfProcess, eventually, startTestSystem } from './support/system-for-test.js';

const PROSES = 'penunjukan-lintas-unit';
/** Demo people: the Badan Penghubung asks for staff of Diskominfo (both Pemprov Banten). */
const PUO_PENGHUBUNG = '198108192009121002';
const UNIT_PENGHUBUNG = 'banten-badan-penghubung';
/** Rizky sits in Bidang Statistik: his PPK (the Kabid) is not the PUO (the Kadis). */
const RIZKY = '198711042009011005';
/** Dani sits directly under the Kadis: PPK and PUO are the same person (R-NAT-55). */
const DANI = '198712162015031009';
const SITI_DISKOMINFO = '198807222012122003';

const surat = (over: Record<string, unknown> = {}) => ({
  pegawaiNip: RIZKY,
  unitPemilikKinerjaId: UNIT_PENGHUBUNG,
  maksudTujuan: 'Menyusun profil statistik kerja sama antardaerah Provinsi Banten',
  kompetensiDibutuhkan: 'Analisis data, Metadata statistik',
  ekspektasiTarget: 'Profil statistik kerja sama antardaerah terbit triwulan II',
  tanggalMulai: '2027-02-01',
  tanggalSelesai: '2027-06-30',
  ...over,
});

describe('penunjukan lintas unit (F2) on the engine', () => {
  let system: System;
  let pemohon: CamundaRest;
  let ppkRizky: string;
  let puoRizky: string;
  let kadis: string;
  const as = (nip: string) => system.engine.as(nip, DEMO_PASSWORD);

  beforeAll(async () => {
    system = await startTestSystem();
    pemohon = as(PUO_PENGHUBUNG);
    const org = await system.organisasi.viewAround({ pegawaiNip: [RIZKY, DANI], unitId: [] }, '2026-11-23');
    ppkRizky = pejabatPenilaiKinerja(org, org.pegawai(RIZKY)!)!.nip;
    puoRizky = pimpinanUnitOrganisasi(org, org.pegawai(RIZKY)!.unitId, ['UNIT_ORGANISASI'])!.nip;
    kadis = pejabatPenilaiKinerja(org, org.pegawai(DANI)!)!.nip;
  });
  afterAll(async () => {
    await system?.stop();
  });

  async function ajukan(over: Record<string, unknown> = {}, by = pemohon): Promise<string> {
    return (await by.submitStartForm(PROSES, surat(over))).processInstanceId;
  }

  async function taskOf(pid: string, nip: string, notId?: string): Promise<CamundaTask> {
    return eventually(async () => (await as(nip).tasks({ processInstanceId: pid })).find((t) => t.id !== notId), `a task for ${nip} in ${pid}`);
  }

  const endOf = (pid: string) => endOfProcess(system.engine, pid);

  it('the organisation gives Rizky a PPK who is not his PUO (test precondition)', () => {
    expect(ppkRizky).not.toBe(puoRizky);
    expect(kadis).toBe(puoRizky);
  });

  it('approval: surat permohonan to the PPK dituju with tembusan, PUO recommends, PPK approves, surat penugasan issued and penugasan recorded (R-NAT-10, R-NAT-12, R-NAT-34)', async () => {
    const pid = await ajukan();
    // the PUO of Rizky's unit recommends first
    const rek = await taskOf(pid, puoRizky);
    expect(rek.taskDefinitionKey).toBe('Tugas_BeriRekomendasi');
    expect(rek.assignee).toBe(puoRizky);
    const vars = await as(puoRizky).taskVariables(rek.id);
    expect(vars).toMatchObject({ pegawaiNama: expect.stringContaining('Rizky') as unknown, periodePenugasan: '1 Februari 2027 s.d. 30 Juni 2027' });
    await as(puoRizky).completeTask(rek.id, { rekomendasi: 'DIREKOMENDASIKAN' });
    // then the PPK dituju decides
    const putus = await taskOf(pid, ppkRizky);
    expect(putus.taskDefinitionKey).toBe('Tugas_PutuskanPermohonan');
    await as(ppkRizky).completeTask(putus.id, { keputusan: 'SETUJU' });
    expect(await endOf(pid)).toBe('Selesai_Ditugaskan');

    const letters = await system.workerDeps.kasus.surat(pid);
    expect(letters.map((s) => s.jenis)).toEqual(['SURAT_PERMOHONAN_PELIBATAN', 'REKOMENDASI', 'SURAT_PENUGASAN']);
    const [permohonan, , penugasan] = letters;
    expect(permohonan).toMatchObject({ penandatanganNip: PUO_PENGHUBUNG, penerima: [ppkRizky] });
    expect(permohonan!.tembusan).toHaveLength(1);
    expect(permohonan!.tembusan[0]!.peran).toBe('ppkPemohonNip');
    expect(penugasan).toMatchObject({ penandatanganNip: ppkRizky, penerima: [RIZKY] });
    expect(penugasan!.tembusan.map((t) => t.nip)).toEqual([PUO_PENGHUBUNG, puoRizky]);
    const recorded = await system.penugasan.allByProcessInstance(pid);
    expect(recorded).toEqual([expect.objectContaining({
      status: 'DITETAPKAN', bentuk: 'PENUNJUKAN', ruangLingkup: 'LINTAS_UNIT', pegawaiNip: RIZKY, penetapNip: ppkRizky,
      unitPemilikKinerjaId: UNIT_PENGHUBUNG, pengusulNip: PUO_PENGHUBUNG, suratNomor: penugasan!.nomor,
    })]);
    const decisions = await system.workerDeps.kasus.keputusan(pid);
    expect(decisions.map((k) => [k.langkah, k.aktorNip, k.keputusan])).toEqual([
      ['Tugas_BeriRekomendasi', puoRizky, 'DIREKOMENDASIKAN'], ['Tugas_PutuskanPermohonan', ppkRizky, 'SETUJU']]);

    // the people involved read the case and print the surat penugasan through the API; others cannot
    const asRizky = apiAs(system.apiUrl!, { id: RIZKY, password: DEMO_PASSWORD });
    const kasus = await asRizky('GET', `/api/kasus/${pid}`);
    expect(kasus.status).toBe(200);
    expect(kasus.body).toMatchObject({ kunci: pid, peran: { ppkDitujuNip: ppkRizky, pengusulNip: PUO_PENGHUBUNG }, penugasan: [expect.objectContaining({ pegawaiNip: RIZKY })] });
    expect((await apiAs(system.apiUrl!, { id: SITI_DISKOMINFO, password: DEMO_PASSWORD })('GET', `/api/kasus/${pid}`)).status).toBe(404);
    const cetak = await fetch(`${system.apiUrl!}/api/surat/cetak?nomor=${encodeURIComponent(penugasan!.nomor)}`,
      { headers: { authorization: `Basic ${Buffer.from(`${RIZKY}:${DEMO_PASSWORD}`).toString('base64')}` } });
    expect(cetak.status).toBe(200);
    const html = await cetak.text();
    expect(html).toContain('<h1>Surat Penugasan</h1>');
    expect(html).toContain(penugasan!.nomor);
    expect(html).toContain('Tembusan');
  });

  it('refusal: the PPK dituju refuses with reasons, a surat jawaban goes back to the requester (R-NAT-13)', async () => {
    const pid = await ajukan({ ekspektasiTarget: 'Profil statistik ekspor daerah' });
    await as(puoRizky).completeTask((await taskOf(pid, puoRizky)).id, { rekomendasi: 'DIREKOMENDASIKAN' });
    const putus = await taskOf(pid, ppkRizky);
    // a refusal without a reason comes back with the rule
    await as(ppkRizky).completeTask(putus.id, { keputusan: 'TOLAK', alasan: 'tidak' });
    const again = await taskOf(pid, ppkRizky, putus.id);
    expect(String((await as(ppkRizky).taskVariables(again.id)).galatKeputusan)).toContain('[R-NAT-13]');
    const alasan = 'Rizky sedang menyelesaikan Survei Statistik Sektoral sampai Juni 2027';
    await as(ppkRizky).completeTask(again.id, { keputusan: 'TOLAK', alasan });
    expect(await endOf(pid)).toBe('Selesai_Ditolak');
    const jawaban = (await system.workerDeps.kasus.surat(pid)).at(-1)!;
    expect(jawaban).toMatchObject({ jenis: 'SURAT_JAWABAN', penandatanganNip: ppkRizky, penerima: [PUO_PENGHUBUNG] });
    expect(jawaban.isi.keputusan).toContainEqual(expect.objectContaining({ keputusan: 'TOLAK', alasan }));
    expect(await system.penugasan.allByProcessInstance(pid)).toEqual([expect.objectContaining({ status: 'DITOLAK', alasan, suratNomor: null })]);
  });

  it('without the PUO recommendation the PPK cannot approve, only refuse (R-NAT-12); refusing to recommend needs a reason (R-NAT-13)', async () => {
    const pid = await ajukan({ ekspektasiTarget: 'Dasbor kerja sama daerah' });
    const rek = await taskOf(pid, puoRizky);
    await as(puoRizky).completeTask(rek.id, { rekomendasi: 'TIDAK_DIREKOMENDASIKAN' });
    const rek2 = await taskOf(pid, puoRizky, rek.id);
    expect(String((await as(puoRizky).taskVariables(rek2.id)).galatRekomendasi)).toContain('[R-NAT-13]');
    await as(puoRizky).completeTask(rek2.id, { rekomendasi: 'TIDAK_DIREKOMENDASIKAN', alasanRekomendasi: 'Bidang Statistik sedang kekurangan analis data' });
    const putus = await taskOf(pid, ppkRizky);
    await as(ppkRizky).completeTask(putus.id, { keputusan: 'SETUJU' });
    const again = await taskOf(pid, ppkRizky, putus.id);
    expect(String((await as(ppkRizky).taskVariables(again.id)).galatKeputusan)).toContain('[R-NAT-12]');
    await as(ppkRizky).completeTask(again.id, { keputusan: 'TOLAK', alasan: 'Tidak direkomendasikan oleh Kepala Dinas karena beban kerja' });
    expect(await endOf(pid)).toBe('Selesai_Ditolak');
  });

  it('when the PUO is also the PPK the steps merge: no recommendation task (R-NAT-55); a criteria gap must be acknowledged and justified (R-NAT-14)', async () => {
    const pid = await ajukan({ pegawaiNip: DANI, kompetensiDibutuhkan: 'Analisis kebijakan, Kriptografi kuantum' });
    const putus = await taskOf(pid, kadis);
    expect(putus.taskDefinitionKey).toBe('Tugas_PutuskanPermohonan');
    expect(String((await as(kadis).taskVariables(putus.id)).peringatanTeks)).toContain('[R-NAT-14]');
    await as(kadis).completeTask(putus.id, { keputusan: 'SETUJU' });
    const again = await taskOf(pid, kadis, putus.id);
    const galat = String((await as(kadis).taskVariables(again.id)).galatKeputusan);
    expect(galat).toContain('[R-NAT-14] peringatanDiakui');
    expect(galat).toContain('[R-NAT-14] justifikasi');
    await as(kadis).completeTask(again.id, { keputusan: 'SETUJU', peringatanDiakui: true, justifikasi: 'Kriptografi kuantum akan dipelajari melalui pelatihan bulan Maret' });
    expect(await endOf(pid)).toBe('Selesai_Ditugaskan');
    const [keputusan] = await system.workerDeps.kasus.keputusan(pid);
    expect(keputusan!.data).toMatchObject({ peringatanDiakui: ['R-NAT-14'], justifikasi: expect.stringContaining('pelatihan') as unknown });
  });

  it('only the resolved PPK can decide: others do not see the task and cannot complete it; the engine admin deciding is sent back (R-SYS-02)', async () => {
    const pid = await ajukan({ pegawaiNip: DANI, ekspektasiTarget: 'Kajian kebijakan kerja sama' });
    const putus = await taskOf(pid, kadis);
    expect(await as(RIZKY).tasks({ processInstanceId: pid })).toHaveLength(0);
    await expect(as(RIZKY).completeTask(putus.id, { keputusan: 'SETUJU' })).rejects.toMatchObject({ status: 403 });
    await system.engine.completeTask(putus.id, { keputusan: 'SETUJU' });
    const again = await taskOf(pid, kadis, putus.id);
    expect(String((await as(kadis).taskVariables(again.id)).galatKeputusan)).toContain('[R-SYS-02]');
    await as(kadis).completeTask(again.id, { keputusan: 'TOLAK', alasan: 'Kajian serupa sudah dikerjakan oleh Bappeda tahun ini' });
    expect(await endOf(pid)).toBe('Selesai_Ditolak');
  });

  it('a letter missing mandatory contents goes back to the sender listing every missing item; corrected, it proceeds (R-NAT-11)', async () => {
    const pid = await ajukan({ maksudTujuan: ' ', kompetensiDibutuhkan: '', tanggalSelesai: '2027-01-01', ekspektasiTarget: 'Peta data kerja sama' });
    const perbaiki = await taskOf(pid, PUO_PENGHUBUNG);
    expect(perbaiki.taskDefinitionKey).toBe('Tugas_PerbaikiPermohonan');
    const galat = String((await pemohon.taskVariables(perbaiki.id)).galatPermohonan);
    expect(galat).toContain('[R-NAT-11]');
    expect(galat).toContain('maksud dan tujuan');
    expect(galat).toContain('kompetensi');
    expect(galat).toContain('durasi');
    await pemohon.completeTask(perbaiki.id, { ...surat({ pegawaiNip: DANI, ekspektasiTarget: 'Peta data kerja sama' }), tindakLanjut: 'AJUKAN_ULANG' });
    expect((await taskOf(pid, kadis)).taskDefinitionKey).toBe('Tugas_PutuskanPermohonan');
  });

  it('the wrong flow or the wrong sender is refused: same unit (R-NAT-03), sender not the PUO pemilik kinerja (R-NAT-10); cancelling ends it', async () => {
    const sameUnit = await ajukan({ pegawaiNip: '199611012020032002' });
    const t1 = await taskOf(sameUnit, PUO_PENGHUBUNG);
    expect(String((await pemohon.taskVariables(t1.id)).galatPermohonan)).toContain('[R-NAT-03]');
    await pemohon.completeTask(t1.id, { tindakLanjut: 'BATALKAN' });
    expect(await endOf(sameUnit)).toBe('Selesai_Dibatalkan');

    const notPuo = await ajukan({}, as(SITI_DISKOMINFO));
    const t2 = await taskOf(notPuo, SITI_DISKOMINFO);
    expect(String((await as(SITI_DISKOMINFO).taskVariables(t2.id)).galatPermohonan)).toContain('[R-NAT-10]');
    await as(SITI_DISKOMINFO).completeTask(t2.id, { tindakLanjut: 'BATALKAN' });
    expect(await endOf(notPuo)).toBe('Selesai_Dibatalkan');
  });

  it('a duplicate of an open case is refused with a reference to it (R-SYS-01)', async () => {
    const first = await ajukan({ pegawaiNip: DANI, ekspektasiTarget: 'Naskah kebijakan kerja sama luar negeri' });
    await taskOf(first, kadis);
    const second = await ajukan({ pegawaiNip: DANI, ekspektasiTarget: '  naskah kebijakan  kerja sama luar negeri ' });
    const t = await taskOf(second, PUO_PENGHUBUNG);
    const galat = String((await pemohon.taskVariables(t.id)).galatPermohonan);
    expect(galat).toContain('[R-SYS-01]');
    expect(galat).toContain(first);
  });
});
