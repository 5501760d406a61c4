import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contohLogin } from '../../src/cli/bootstrap.js';
import { todayIn, type System } from '../../src/cli/system.js';
import { GROUP_ANALIS_PROSES, tenantIdOf } from '../../src/application/sinkron-identitas.js';
import { apiAs } from '../support/api-client.js';
import { DEMO, DEMO_PASSWORD, eventually, PERMOHONAN_DEMO, startTestSystem } from '../support/system-for-test.js';

// Issue 10 item 6: an analyst of Pemprov Banten publishes a variant of penunjukan-dalam-unit for Banten through our
// API (lint gate, diff, engine check, audit). New Banten cases run the variant, a Banten case started before keeps
// the baseline, and another instansi's case started at the same time runs the baseline.

const ANALIS_BANTEN = '198804172017011009';
const KEY = 'penunjukan-dalam-unit';
const BASELINE = await readFile(path.join(import.meta.dirname, '../../bpmn/penunjukan-dalam-unit.bpmn'), 'utf8');
const VARIAN = BASELINE.replace('name="Tetapkan penunjukan"', 'name="Tetapkan penunjukan (varian Banten)"');

let system: System;
let analis: ReturnType<typeof apiAs>;

beforeAll(async () => {
  system = await startTestSystem({ workers: true });
  await system.engine.addGroupMember(GROUP_ANALIS_PROSES.id, ANALIS_BANTEN);
  analis = apiAs(system.apiUrl!, { id: ANALIS_BANTEN, password: DEMO_PASSWORD });
}, 120_000);
afterAll(async () => system?.stop());

interface Definisi { id: string; key: string; version: number; tenantId: string | null }

async function tugasPertama(processInstanceId: string) {
  return eventually(async () => (await system.engine.tasks({ processInstanceId }))[0], `tugas pengguna pertama ${processInstanceId}`, 30_000);
}

async function definisiKasus(processInstanceId: string): Promise<Definisi> {
  const p = await system.engine.historicProcessInstance(processInstanceId);
  return system.engine.request('GET', `/process-definition/${String(p.processDefinitionId)}`) as Promise<Definisi>;
}

describe('publish for one instansi', () => {
  it('refuses whoever is not in group analisproses (403), before anything', async () => {
    const puo = apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD });
    const r = await puo('POST', '/api/modeler/terbitkan', { prosesKey: KEY, xml: VARIAN, alasan: 'Percobaan tanpa hak akses' });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ kode: 'BUKAN_ANALIS' });
  });

  it('lists the national baseline for the analyst and gives its XML', async () => {
    const r = await analis('GET', '/api/modeler/proses');
    expect(r.status).toBe(200);
    const data = (r.body as { data: (Definisi & { asal: string })[] }).data;
    const dasar = data.find((d) => d.key === KEY);
    expect(dasar).toMatchObject({ tenantId: null, asal: 'BASELINE_NASIONAL' });
    const xml = await analis('GET', `/api/modeler/definisi/${dasar!.id}/xml`);
    expect((xml.body as { xml: string }).xml).toContain('Tetapkan penunjukan');
  });

  it('saves a draft in the store and reads it back', async () => {
    expect((await analis('PUT', `/api/modeler/draf/${KEY}`, { xml: VARIAN })).status).toBe(200);
    const r = await analis('GET', `/api/modeler/draf/${KEY}`);
    expect(r.body).toMatchObject({ prosesKey: KEY, instansiId: 'pemprov-banten', disimpanOleh: ANALIS_BANTEN });
    expect((r.body as { xml: string }).xml).toContain('varian Banten');
  });

  it('refuses a diagram with a script task at publish, with the message, and deploys nothing', async () => {
    const skrip = VARIAN.replace('<bpmn:endEvent', '<bpmn:scriptTask id="Skrip_X" name="Skrip" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>\n    <bpmn:endEvent');
    const r = await analis('POST', '/api/modeler/terbitkan', { prosesKey: KEY, xml: skrip, alasan: 'Mencoba tugas skrip di alur' });
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.body)).toContain('tugas skrip');
    const versi = (await analis('GET', `/api/modeler/proses/${KEY}/versi`)).body as { data: Definisi[] };
    expect(versi.data.filter((d) => d.tenantId !== null)).toEqual([]);
  });

  it('refuses a method-call expression at publish, with the message', async () => {
    const metode = VARIAN.replace('camunda:assignee="${pimpinanUnitNip}"', 'camunda:assignee="${execution.getVariable(\'pimpinanUnitNip\')}"');
    expect(metode).not.toBe(VARIAN);
    const r = await analis('POST', '/api/modeler/terbitkan', { prosesKey: KEY, xml: metode, alasan: 'Mencoba ekspresi pemanggil metode' });
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.body)).toMatch(/memanggil fungsi atau metode|objek engine 'execution'/);
  });

  it('asks for the reason of a change (field alasan)', async () => {
    const r = await analis('POST', '/api/modeler/terbitkan', { prosesKey: KEY, xml: VARIAN, alasan: '' });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('alasan');
  });

  it('two instansi run different variants of one flow at the same time; a running case keeps its version', async () => {
    const bantenPuo = apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD });
    const sebelum = await bantenPuo('POST', '/api/penunjukan', PERMOHONAN_DEMO);
    expect(sebelum.status).toBe(201);
    const idSebelum = (sebelum.body as { processInstanceId: string }).processInstanceId;

    const r = await analis('POST', '/api/modeler/terbitkan', { prosesKey: KEY, xml: VARIAN, alasan: 'Nama langkah keputusan disesuaikan dengan SOP Banten' });
    expect(r.status).toBe(201);
    const hasil = r.body as { definisi: Definisi; perubahan: { diubah: { id: string; atribut: string[] }[] }; publikasi: { oleh: string; alasan: string; versi: number } };
    expect(hasil.definisi).toMatchObject({ key: KEY, tenantId: tenantIdOf('pemprov-banten') });
    expect(hasil.perubahan.diubah).toEqual([expect.objectContaining({ id: 'Tugas_TetapkanPenunjukan', atribut: ['name'] })]);
    expect(hasil.publikasi).toMatchObject({ oleh: ANALIS_BANTEN, alasan: 'Nama langkah keputusan disesuaikan dengan SOP Banten', versi: hasil.definisi.version });
    const audit = (await analis('GET', '/api/modeler/publikasi')).body as { data: { prosesKey: string }[] };
    expect(audit.data.map((a) => a.prosesKey)).toEqual([KEY]);

    // A new Banten case runs the variant; a case of another instansi, at the same time, the baseline.
    const sesudah = await bantenPuo('POST', '/api/penunjukan', {
      ...PERMOHONAN_DEMO, uraianTugas: `${PERMOHONAN_DEMO.uraianTugas} (kedua)`, targetKinerja: `${PERMOHONAN_DEMO.targetKinerja} (kedua)`,
    });
    expect(sesudah.status).toBe(201);
    const idSesudah = (sesudah.body as { processInstanceId: string }).processInstanceId;
    const lain = (await contohLogin(system.organisasi, todayIn('Asia/Jakarta')())).find((c) => c.unit.instansiId !== 'pemprov-banten')!;
    const puoLain = apiAs(system.apiUrl!, { id: lain.pimpinan.nip, password: DEMO_PASSWORD });
    const kasusLain = await puoLain('POST', '/api/penunjukan', {
      ...PERMOHONAN_DEMO, pegawaiNip: lain.anggota.nip, unitPemilikKinerjaId: lain.unit.id, uraianTugas: 'Menyusun peta proses bisnis unit',
    });
    expect(kasusLain.status).toBe(201);
    const idLain = (kasusLain.body as { processInstanceId: string }).processInstanceId;

    const [tSebelum, tSesudah, tLain] = await Promise.all([tugasPertama(idSebelum), tugasPertama(idSesudah), tugasPertama(idLain)]);
    expect(tSesudah.name).toBe('Tetapkan penunjukan (varian Banten)');
    expect(tSebelum.name).toBe('Tetapkan penunjukan');
    expect(tLain.name).toBe('Tetapkan penunjukan');
    expect((await definisiKasus(idSesudah)).tenantId).toBe(tenantIdOf('pemprov-banten'));
    expect((await definisiKasus(idSebelum)).tenantId).toBeNull();
    expect((await definisiKasus(idLain)).tenantId).toBeNull();
  }, 120_000);

  it('the review shows metrics, the SOP table with durations from history, and exports .xlsx and PDF', async () => {
    const data = ((await analis('GET', '/api/modeler/proses')).body as { data: Definisi[] }).data;
    // The list holds the latest baseline and the instansi's latest variant.
    expect(new Set(data.filter((d) => d.key === KEY).map((d) => d.tenantId))).toEqual(new Set([tenantIdOf('pemprov-banten'), null]));
    const varian = data.find((d) => d.key === KEY && d.tenantId !== null)!;
    const r = await analis('GET', `/api/modeler/definisi/${varian.id}/tinjauan`);
    expect(r.status).toBe(200);
    const t = r.body as { metrik: { langkah: number; keputusan: number }; sop: { pelaksana: string[]; baris: { uraianKegiatan: string; simbol: string; waktu: string }[] }; durasi: { activityId: string; jumlah: number }[] };
    expect(t.metrik.langkah).toBeGreaterThan(3);
    expect(t.sop.baris[0]).toMatchObject({ simbol: 'TERMINATOR' });
    expect(t.sop.baris.map((b) => b.uraianKegiatan)).toContain('Tetapkan penunjukan (varian Banten)');
    expect(t.durasi.find((d) => d.activityId === 'Layanan_ValidasiPenunjukan')?.jumlah).toBeGreaterThanOrEqual(1);
    const xlsx = await fetch(`${system.apiUrl}/api/modeler/definisi/${varian.id}/sop.xlsx`, { headers: { authorization: `Basic ${Buffer.from(`${ANALIS_BANTEN}:${DEMO_PASSWORD}`).toString('base64')}` } });
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const pdf = await fetch(`${system.apiUrl}/api/modeler/definisi/${varian.id}/sop.pdf`, { headers: { authorization: `Basic ${Buffer.from(`${ANALIS_BANTEN}:${DEMO_PASSWORD}`).toString('base64')}` } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows the diff of two versions (baseline against the variant)', async () => {
    const versi = ((await analis('GET', `/api/modeler/proses/${KEY}/versi`)).body as { data: Definisi[] }).data;
    const varian = versi.find((d) => d.tenantId !== null)!;
    const dasar = versi.find((d) => d.tenantId === null)!;
    const r = await analis('GET', `/api/modeler/beda?dari=${dasar.id}&ke=${varian.id}`);
    expect((r.body as { perubahan: { diubah: { id: string }[] } }).perubahan.diubah.map((d) => d.id)).toEqual(['Tugas_TetapkanPenunjukan']);
  });
});
