import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { System } from '../../src/cli/system.js';
import { launchChromium, screenshotter } from '../support/browser.js';
import { field, masukTasklist, sesiBrowser } from '../support/tasklist.js';
import { DEMO_PASSWORD, eventually, startTestSystem } from '../support/system-for-test.js';

/**
 * F5 as the people do it in Camunda Tasklist (real Chromium, form-js 1.8.7): the applicant corrects a letter
 * sent back with R-NAT-21 in "Perbaiki surat permohonan" (date fields, conditional fields), then the PUO dituju
 * decides in "Putuskan permohonan (persetujuan 1)" with a SOFT warning to acknowledge. Screenshots land in
 * test-results/e2e/tasklist-sukarela/ (gitignored).
 */
const TASKLIST_URL = `${new URL(inject('engine').restUrl).origin}/camunda/app/tasklist/`;
const POLL = { timeout: 10_000, interval: 100 };
const SHOTS_DIR = fileURLToPath(new URL('../../test-results/e2e/tasklist-sukarela/', import.meta.url));
const WAHYUNI = '199406212020042004';
const PUO_DISTAN = '197310182004042007';

describe('Tasklist: pengajuan sukarela lintas unit in the browser (F5)', () => {
  let system: System;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestSystem({ apiTasklist: true }), launchChromium()]);
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    const errors = pageErrors;
    pageErrors = [];
    expect(errors, 'errors in the browser console (FEEL, form-js)').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function bukaTugas(user: string, taskId: string, nama: string): Promise<{ page: Page; form: Locator }> {
    await context?.close();
    const sesi = await sesiBrowser(browser, { width: 1400, height: 2200, locale: 'id-ID' }, pageErrors);
    context = sesi.context;
    const page = sesi.page;
    await masukTasklist(page, TASKLIST_URL, user, DEMO_PASSWORD);
    const item = page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`);
    await item.waitFor();
    expect((await item.innerText()).trim()).toBe(nama);
    await item.click();
    const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
    await form.waitFor();
    return { page, form };
  }

  it('the applicant corrects a letter sent back with R-NAT-21; the PUO dituju acknowledges the warning and approves', async () => {
    const shot = await screenshotter(SHOTS_DIR);
    // given Wahyuni's letter to a Meranti unit, without its expected result, sent back with R-NAT-21
    const { processInstanceId: pid } = await system.engine.as(WAHYUNI, DEMO_PASSWORD).submitStartForm('pengajuan-sukarela-lintas-unit', {
      unitDitujuId: 'meranti-dinkes', targetKinerja: 'Aplikasi antrean balai benih 2027', uraianTugas: 'Membangun aplikasi antrean layanan benih',
      tanggalMulai: '2027-03-01', tanggalSelesai: '2027-08-31', maksudTujuan: 'Mendukung layanan benih', kompetensiTeks: 'Pengembangan aplikasi',
    });
    const perbaiki = await eventually(async () => (await system.engine.tasks({ processInstanceId: pid }))[0], 'the correction task');

    // when she opens "Perbaiki surat permohonan"
    const { page, form } = await bukaTugas(WAHYUNI, perbaiki.id, 'Perbaiki surat permohonan');
    await expect.poll(() => field(form, 'Permohonan belum memenuhi ketentuan').inputValue(), POLL).toContain('[R-NAT-21] unitDitujuId');
    expect(await field(form, 'Kode unit organisasi yang dituju').inputValue()).toBe('meranti-dinkes');
    await shot(page, 'perbaiki');
    // "Batalkan" hides the letter's fields; "Ajukan ulang" shows them again, dates filled in
    await field(form, 'Batalkan permohonan').check();
    await field(form, 'Kode unit organisasi yang dituju').waitFor({ state: 'detached' });
    await field(form, 'Ajukan ulang dengan perbaikan').check();
    await field(form, 'Kode unit organisasi yang dituju').fill('banten-distan');
    expect(await field(form, 'Tanggal mulai penugasan').inputValue()).not.toBe('');
    await shot(page, 'diperbaiki');
    await page.getByRole('button', { name: 'Selesaikan', exact: true }).click();
    await page.locator(`ol.tasks-list a[href="#/?task=${perbaiki.id}"]`).waitFor({ state: 'detached' });

    // then the PUO dituju gets approval 1 with the letter, its load and the R-NAT-24 warning
    const putuskan = await eventually(async () => (await system.engine.tasks({ processInstanceId: pid })).find((t) => t.taskDefinitionKey === 'Tugas_PutuskanPimpinanDituju'),
      'approval 1');
    const puo = await bukaTugas(PUO_DISTAN, putuskan.id, 'Putuskan permohonan (persetujuan 1)');
    await expect.poll(() => field(puo.form, 'Pegawai pemohon').inputValue(), POLL).toBe('Wahyuni Safitri, A.Md.Kom.');
    expect(await field(puo.form, 'Unit organisasi dituju (pemilik kinerja)').inputValue()).toBe('Dinas Pertanian');
    expect(await field(puo.form, 'Unit kerja pemohon').inputValue()).toBe('Bidang Aplikasi Informatika');
    expect(await field(puo.form, 'Peringatan untuk diperhatikan').inputValue()).toContain('[R-NAT-24] Surat permohonan belum memuat: ekspektasi/target kinerja');
    expect(await field(puo.form, 'Justifikasi atas peringatan').count()).toBe(0);
    await field(puo.form, 'Setuju: pemohon dapat meneruskan kepada Pejabat Penilai Kinerjanya').check();
    await field(puo.form, 'Saya telah membaca dan mempertimbangkan peringatan di atas').check();
    await shot(puo.page, 'persetujuan-1');
    await puo.page.getByRole('button', { name: 'Selesaikan', exact: true }).click();
    await puo.page.locator(`ol.tasks-list a[href="#/?task=${putuskan.id}"]`).waitFor({ state: 'detached' });

    // and the forward task is Wahyuni's
    const teruskan = await eventually(async () => (await system.engine.tasks({ processInstanceId: pid })).find((t) => t.taskDefinitionKey === 'Tugas_TeruskanKePpk'),
      'the forward task');
    expect(teruskan.assignee).toBe(WAHYUNI);
    expect((await system.workerDeps.kasus.keputusan(pid)).map((k) => [k.aktorNip, k.keputusan, k.data.peringatanDiakui])).toEqual([[PUO_DISTAN, 'SETUJU', ['R-NAT-24']]]);
  });
});
