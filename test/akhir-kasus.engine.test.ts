import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CamundaRest } from '../src/adapters/camunda/camunda-rest.js';
import { toCamundaVariables } from '../src/adapters/camunda/variables.js';
import { deployProcesses } from '../src/cli/bootstrap.js';
import type { System } from '../src/cli/system.js';
import { apiAs } from './support/api-client.js';
import { DEMO, DEMO_PASSWORD, endOf as endOfProcess, eventually, PERMOHONAN_DEMO, startTestSystem } from './support/system-for-test.js';

// Issue 9 (every case finishes): the end events record the case's final status in the store, a pemohon withdraws
// an open request, a wait on another instansi has a reminder and a deadline, and a finished case no longer counts as
// a duplicate (R-SYS-01). Timers are not waited for: the engine administrator executes the timer job (REST).

const ORANG = { pybBanten: '197002041995041002', pybKemenperin: '196710131995032001' } as const;

describe('every case finishes (issue 9) on the engine', () => {
  let system: System;
  const as = (nip: string): CamundaRest => system.engine.as(nip, DEMO_PASSWORD);
  const api = (nip: string) => apiAs(system.apiUrl!, { id: nip, password: DEMO_PASSWORD });

  beforeAll(async () => {
    system = await startTestSystem();
    await deployProcesses(system.engine); // the F3 processes per tenant, now that the identity sync made them
  });
  afterAll(async () => {
    await system?.stop();
  });

  const endOf = (pid: string) => endOfProcess(system.engine, pid);
  const statusKasus = (kunci: string) => system.workerDeps.permohonan.status(kunci);

  let nomor = 0;
  async function ajukanF1(overrides: { pegawaiNip?: string } = {}): Promise<{ pid: string; kunci: string; body: object }> {
    nomor += 1;
    const body = { ...PERMOHONAN_DEMO, targetKinerja: `Dasbor statistik sektoral terbit, tahap ${nomor}`, ...overrides };
    const response = await api(DEMO.puo)('POST', '/api/penunjukan', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const { processInstanceId, businessKey } = response.body as { processInstanceId: string; businessKey: string };
    return { pid: processInstanceId, kunci: businessKey, body };
  }
  const tugasPuo = (pid: string) => eventually(async () => (await as(DEMO.puo).tasks({ processInstanceId: pid }))[0], `the PUO task of ${pid}`);

  it('F1 on the shared steps: approval issues a surat penugasan through terbitkan-surat and the end event records DITETAPKAN; a refusal records DITOLAK (R-NAT-34)', async () => {
    // given an approved penunjukan dalam unit
    const setuju = await ajukanF1();
    await as(DEMO.puo).completeTask((await tugasPuo(setuju.pid)).id, { keputusan: 'SETUJU' });
    // then the process ends at Selesai_Ditetapkan and the case record says so, with when
    expect(await endOf(setuju.pid)).toBe('Selesai_Ditetapkan');
    expect(await statusKasus(setuju.kunci)).toMatchObject({ status: 'DITETAPKAN', akhirDi: 'Selesai_Ditetapkan', selesaiPada: expect.any(String) as unknown });
    // and the surat penugasan came from the shared letter step, naming the pegawai; the penugasan carries its number
    const kasus = await api(DEMO.puo)('GET', `/api/kasus/${setuju.kunci}`);
    const surat = (kasus.body as { surat: { jenis: string; nomor: string; penerima: string[]; penandatanganNip: string }[] }).surat;
    expect(surat).toEqual([expect.objectContaining({ jenis: 'SURAT_PENUGASAN', penerima: [DEMO.jfSiti], penandatanganNip: DEMO.puo })]);
    expect((await api(DEMO.puo)('GET', `/api/penugasan/${setuju.pid}`)).body).toMatchObject({ status: 'DITETAPKAN', suratNomor: surat[0]!.nomor });
    // the old F1-only topics are gone from the process
    const topik = (await system.engine.historicActivities(setuju.pid)).map((a) => a.activityId);
    expect(topik).toEqual(expect.arrayContaining(['Layanan_TentukanPejabat', 'Layanan_ValidasiKeputusan', 'Layanan_TerbitkanSuratPenugasan', 'Layanan_CatatPenugasan']));

    // given a refused one
    const tolak = await ajukanF1({ pegawaiNip: DEMO.jfBudi });
    await as(DEMO.puo).completeTask((await tugasPuo(tolak.pid)).id, { keputusan: 'TOLAK', alasan: 'Beban kerja Budi penuh sampai akhir triwulan pertama' });
    expect(await endOf(tolak.pid)).toBe('Selesai_Ditolak');
    expect(await statusKasus(tolak.kunci)).toMatchObject({ status: 'DITOLAK', akhirDi: 'Selesai_Ditolak' });
  });

  it('withdrawal: only the pemohon withdraws an open request (the engine\'s record says who started it); the case ends DIBATALKAN and no longer blocks the same request (R-SYS-01)', async () => {
    // given an open penunjukan waiting for the PUO's decision
    const kasus = await ajukanF1();
    await tugasPuo(kasus.pid);
    // a second identical request is a duplicate of the open case (R-SYS-01) and ends TIDAK_VALID
    const kembar = await api(DEMO.puo)('POST', '/api/penunjukan', kasus.body);
    const kembarPid = (kembar.body as { processInstanceId: string }).processInstanceId;
    expect(await endOf(kembarPid)).toBe('Selesai_TidakValid');
    expect(await statusKasus((kembar.body as { businessKey: string }).businessKey)).toMatchObject({ status: 'TIDAK_VALID' });

    // when the pegawai named in it tries to withdraw it: 403, they did not start it
    const olehPegawai = await api(DEMO.jfSiti)('POST', `/api/kasus/${kasus.kunci}/tarik`, { alasan: 'Saya tidak ingin ditunjuk untuk tugas ini' });
    expect(olehPegawai).toMatchObject({ status: 403, body: { kode: 'BUKAN_PEMOHON' } });
    // someone with no part in it does not even learn it exists
    expect((await api(DEMO.jfBudi)('POST', `/api/kasus/${kasus.kunci}/tarik`, { alasan: 'Saya ingin menarik permohonan ini' })).status).toBe(404);
    // the pemohon without a reason: 400 naming the field
    const tanpaAlasan = await api(DEMO.puo)('POST', `/api/kasus/${kasus.kunci}/tarik`, {});
    expect(tanpaAlasan).toMatchObject({ status: 400, body: { galat: [expect.objectContaining({ field: 'alasan' })] } });
    // nobody correlates the message themself: the engine's guard refuses it to a pegawai
    const sendiri = await as(DEMO.puo).request('POST', '/message', { body: { messageName: 'PermohonanDitarik', processInstanceId: kasus.pid } })
      .then(() => 0, (e: { status: number }) => e.status);
    expect(sendiri).toBe(403);

    // when the pemohon withdraws it with a reason
    const tarik = await api(DEMO.puo)('POST', `/api/kasus/${kasus.kunci}/tarik`, { alasan: 'Kebutuhan dasbor sudah dipenuhi oleh tim lain' });
    expect(tarik.status, JSON.stringify(tarik.body)).toBe(202);
    // then the open task is gone, the process ends at the withdrawal end event, and the case is DIBATALKAN
    expect(await endOf(kasus.pid)).toBe('Selesai_Ditarik');
    expect(await statusKasus(kasus.kunci)).toMatchObject({ status: 'DIBATALKAN', akhirDi: 'Selesai_Ditarik' });
    const dibaca = (await api(DEMO.puo)('GET', `/api/kasus/${kasus.kunci}`)).body as { keputusan: { langkah: string; aktorNip: string; alasan: string }[] };
    expect(dibaca.keputusan).toContainEqual(expect.objectContaining({ langkah: 'PENARIKAN', aktorNip: DEMO.puo, alasan: 'Kebutuhan dasbor sudah dipenuhi oleh tim lain' }));
    // a finished case cannot be withdrawn again
    expect(await api(DEMO.puo)('POST', `/api/kasus/${kasus.kunci}/tarik`, { alasan: 'Menarik sekali lagi untuk memastikan' }))
      .toMatchObject({ status: 409, body: { kode: 'KASUS_SUDAH_BERAKHIR' } });

    // and the same request again is no longer a duplicate (R-SYS-01: only open or approved cases count)
    const baru = await api(DEMO.puo)('POST', '/api/penunjukan', kasus.body);
    const baruPid = (baru.body as { processInstanceId: string }).processInstanceId;
    expect((await tugasPuo(baruPid)).taskDefinitionKey).toBe('Tugas_TetapkanPenunjukan');
  });

  it('F3: no answer from the other instansi: a reminder goes to its PyB, then the deadline passes and the case ends KEDALUWARSA, closing the tujuan side too', async () => {
    // given a cross-agency request started in Tasklist by the PUO of Diskominfo Banten and forwarded by its PyB
    const defs = await as(DEMO.puo).request('GET', '/process-definition', {
      query: { key: 'penunjukan-lintas-instansi', latestVersion: true, maxResults: 10 },
      schema: z.array(z.object({ id: z.string() }).passthrough()),
    });
    const started = await as(DEMO.puo).request('POST', `/process-definition/${defs[0]!.id}/submit-form`, {
      body: { variables: toCamundaVariables({
        unitPemilikKinerjaId: DEMO.unit, instansiTujuanId: 'kemenperin', unitTujuanId: 'kemenperin-ikma-dit-pangan',
        maksudTujuan: 'Menyusun peta jalan digitalisasi IKM pangan Provinsi Banten', kompetensiDibutuhkan: 'Pembinaan industri, Pengembangan IKM',
        ekspektasiTarget: 'Peta jalan digitalisasi IKM pangan (batas waktu)', tanggalMulai: '2027-02-01', tanggalSelesai: '2027-06-30',
        jumlahPegawai: 1, calonPegawai: '', justifikasiLintasInstansi: 'Keahlian pembinaan IKM pangan tidak tersedia di Pemprov Banten',
      }) },
      schema: z.object({ id: z.string() }).passthrough(),
    });
    const kunci = started.id;
    const pybTask = await eventually(async () => (await as(ORANG.pybBanten).tasks({ processInstanceId: kunci }))[0], 'the PyB Banten task');
    await as(ORANG.pybBanten).completeTask(pybTask.id, { keputusanPybPemohon: 'SETUJU' });
    // the tujuan side waits for the PyB of Kemenperin, who does not answer
    const tujuan = await eventually(async () => (await system.engine.request('GET', '/history/process-instance', {
      query: { processInstanceBusinessKey: kunci, processDefinitionKey: 'penunjukan-lintas-instansi-tujuan', maxResults: 1 },
      schema: z.array(z.object({ id: z.string() }).passthrough()),
    }))[0], 'the tujuan side');
    const tugasTujuan = await eventually(async () => (await as(ORANG.pybKemenperin).tasks({ processInstanceId: tujuan.id }))[0], 'the PyB Kemenperin task');
    // (a Banten user opening that task gets a clear 403, not the tenant check's HTTP 500)
    const dariBanten = await as(ORANG.pybBanten).request('GET', `/task/${tugasTujuan.id}/form-variables`)
      .then(() => ({ status: 0, message: '' }), (e: { status: number; engineMessage: string }) => ({ status: e.status, message: e.engineMessage }));
    expect(dariBanten).toMatchObject({ status: 403, message: expect.stringContaining('instansi lain') as unknown });

    const timer = (activityId: string) => eventually(async () => (await system.engine.request('GET', '/job', {
      query: { processInstanceId: kunci, activityId, timers: true, maxResults: 5 },
      schema: z.array(z.object({ id: z.string(), dueDate: z.string().nullable() }).passthrough()),
    }))[0], `timer ${activityId}`);

    // when the reminder's time comes (its job executed now by the administrator instead of in 14 days)
    const pengingat = await timer('Batas_PengingatJawaban');
    expect(new Date(pengingat.dueDate!).getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);
    await system.engine.request('POST', `/job/${pengingat.id}/execute`);
    // then a surat pengingat goes to the PyB of Kemenperin, and the case still waits
    const surat = await eventually(async () => (await system.workerDeps.kasus.surat(kunci)).find((s) => s.jenis === 'SURAT_PENGINGAT'), 'the surat pengingat');
    expect(surat).toMatchObject({ penerima: [ORANG.pybKemenperin], penandatanganNip: ORANG.pybBanten });
    expect((await system.engine.historicProcessInstance(kunci)).state).toBe('ACTIVE');
    expect(await statusKasus(kunci)).toMatchObject({ status: 'BERJALAN' });

    // when the deadline passes
    const batas = await timer('Batas_JawabanKedaluwarsa');
    await system.engine.request('POST', `/job/${batas.id}/execute`);
    // then the case ends KEDALUWARSA, and the tujuan side, told so, ends instead of waiting for ever
    // (the reminder branch ended on its own end event, which does not close the case)
    expect((await endOf(kunci)).split(',').sort()).toEqual(['Selesai_Kedaluwarsa', 'Selesai_PengingatTerkirim']);
    expect(await statusKasus(kunci)).toMatchObject({ status: 'KEDALUWARSA', akhirDi: 'Selesai_Kedaluwarsa' });
    expect(await endOf(tujuan.id)).toBe('Selesai_KasusDitutup');
  });
});
