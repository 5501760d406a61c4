import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CamundaRest } from '../../src/adapters/camunda/camunda-rest.js';
import type { System } from '../../src/cli/system.js';
import { apiAs } from '../support/api-client.js';
import { launchChromium, screenshotter } from '../support/browser.js';
import { DEMO, DEMO_PASSWORD, eventually, startTestSystem } from '../support/system-for-test.js';

/**
 * F1 as a pejabat does it: the PUO logs in to Camunda Tasklist in a real Chromium, opens "Tetapkan
 * penunjukan" from the "Tugas Saya" filter and decides in the Camunda Form (form-js, bpmn/tetapkan-penunjukan.form).
 * Screenshots of each step land in test-results/e2e/tasklist-penunjukan/ (gitignored).
 */

const permohonan = {
  pegawaiNip: DEMO.jfSiti,
  unitPemilikKinerjaId: DEMO.unit,
  uraianTugas: 'Menyusun dasbor statistik sektoral Provinsi Banten',
  targetKinerja: 'Dasbor statistik sektoral terbit di portal data',
  kompetensiDibutuhkan: ['Analisis data'],
  tanggalMulai: '2027-01-04',
  tanggalSelesai: '2027-03-31',
};

const TASKLIST_URL = `${new URL(inject('engine').restUrl).origin}/camunda/app/tasklist/`;
const SHOTS_DIR = fileURLToPath(new URL('../../test-results/e2e/tasklist-penunjukan/', import.meta.url));

describe('Tasklist: the PUO decides a penunjukan dalam unit in the browser (F1)', () => {
  let system: System;
  let asPuo: ReturnType<typeof apiAs>;
  let puoEngine: CamundaRest;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestSystem(), launchChromium()]);
    asPuo = apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD });
    puoEngine = system.engine.as(DEMO.puo, DEMO_PASSWORD);
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** Submitted through our API as the PUO; resolves once the user task exists. */
  async function ajukan(body: object = permohonan): Promise<{ pid: string; taskId: string }> {
    const response = await asPuo('POST', '/api/penunjukan', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const pid = (response.body as { processInstanceId: string }).processInstanceId;
    const task = await eventually(async () => (await puoEngine.tasks({ processInstanceId: pid }))[0], `the user task of ${pid}`);
    expect(task.taskDefinitionKey).toBe('Tugas_TetapkanPenunjukan');
    return { pid, taskId: task.id };
  }

  async function endOf(processInstanceId: string): Promise<string> {
    return eventually(async () => {
      const p = await system.engine.historicProcessInstance(processInstanceId);
      if (p.state !== 'COMPLETED') return undefined;
      const ends = (await system.engine.historicActivities(processInstanceId)).filter((a) => a.activityType.endsWith('EndEvent'));
      return ends.map((a) => a.activityId).join(',');
    }, `process ${processInstanceId} to end`);
  }

  /** A fresh browser session; the viewport is tall enough for the whole form (the task pane scrolls inside). */
  async function newPage(): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1400, height: 1500 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[tasklist pageerror] ${e.message}`));
    return page;
  }

  /** Login page -> "Tugas Saya" -> the task -> its Camunda Form. Returns the form-js form. */
  async function bukaTugas(page: Page, taskId: string, shot: (page: Page, step: string) => Promise<string>): Promise<Locator> {
    await page.goto(TASKLIST_URL);
    await page.getByPlaceholder('Username').fill(DEMO.puo);
    await page.getByPlaceholder('Password').fill(DEMO_PASSWORD);
    await shot(page, 'login');
    await page.getByRole('button', { name: 'Log in' }).click();

    const filter = page.locator('.task-filter.active h4.name');
    await filter.waitFor();
    expect((await filter.innerText()).trim()).toMatch(/^Tugas Saya\s*\d+$/);
    const item = page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`);
    await item.waitFor();
    expect((await item.innerText()).trim()).toBe('Tetapkan penunjukan');
    await shot(page, 'daftar-tugas-saya');

    await item.click();
    const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
    await form.waitFor();
    expect((await page.locator('section.task-card h2.task').innerText()).trim()).toBe('Tetapkan penunjukan');
    return form;
  }

  const field = (form: Locator, label: string) => form.getByLabel(label, { exact: true });
  const errorsOf = (form: Locator, label: string) =>
    form.locator('.fjs-form-field').filter({ has: field(form, label) }).locator('.fjs-form-field-error');

  /** What the readonly part of the form shows: the snapshot the workers put into the process. */
  async function expectRingkasan(form: Locator): Promise<void> {
    await expect.poll(() => field(form, 'Pegawai').inputValue()).toBe('Siti Rahmawati, S.Kom.');
    expect(await field(form, 'NIP').inputValue()).toBe(DEMO.jfSiti);
    expect(await field(form, 'Jabatan').inputValue()).not.toBe('');
    expect(await field(form, 'Uraian tugas').inputValue()).toBe(permohonan.uraianTugas);
    expect(await field(form, 'Target kinerja').inputValue()).toBe(permohonan.targetKinerja);
    expect(await field(form, 'Periode penugasan').inputValue()).toBe('2027-01-04 s.d. 2027-03-31');
    expect(await field(form, 'Kompetensi yang dibutuhkan').inputValue()).toBe('Analisis data');
    for (const label of ['Pegawai', 'NIP', 'Jabatan', 'Uraian tugas', 'Target kinerja', 'Periode penugasan']) {
      expect(await field(form, label).getAttribute('readonly'), `${label} is readonly`).not.toBeNull();
    }
    // Conditional fields: no earlier error, no warnings for this request, no reason until "Tolak" is chosen.
    expect(await form.getByText('Keputusan sebelumnya belum dapat diproses').count()).toBe(0);
    expect(await form.getByText('Peringatan untuk diperhatikan').count()).toBe(0);
    expect(await field(form, 'Alasan penolakan').count()).toBe(0);
  }

  it('refusal: "Tolak" needs a reason in the form; with one the process ends ditolak and the reason is recorded (R-NAT-13)', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}tolak`);
    // given a penunjukan submitted through the API and its user task
    const { pid, taskId } = await ajukan();
    // when the PUO opens it in Tasklist
    const page = await newPage();
    const form = await bukaTugas(page, taskId, shot);
    await expectRingkasan(form);
    await shot(page, 'formulir');

    // and chooses "Tolak" without a reason
    await field(form, 'Tolak').check();
    const alasan = field(form, 'Alasan penolakan');
    await alasan.waitFor();
    expect(await form.getByText('paling sedikit 20 karakter').count()).toBe(1);
    const complete = page.getByRole('button', { name: 'Complete', exact: true });
    await complete.click();
    // then the form refuses to complete: the field is required, Complete is disabled, the task stays open
    await errorsOf(form, 'Alasan penolakan').waitFor();
    expect(await errorsOf(form, 'Alasan penolakan').innerText()).toBe('Field is required.');
    await expect.poll(() => complete.isDisabled()).toBe(true);
    const notification = page.locator('.page-notifications');
    expect(await notification.innerText()).toContain('An error happened while submitting the task form');
    await shot(page, 'tolak-tanpa-alasan');
    expect((await puoEngine.tasks({ processInstanceId: pid })).map((t) => t.id)).toEqual([taskId]);
    // the error toast stays and covers Complete: the pejabat closes it
    await notification.getByRole('button', { name: '×' }).click();

    // a placeholder is too short (minLength 20)
    await alasan.fill('tidak');
    await expect.poll(() => errorsOf(form, 'Alasan penolakan').innerText()).toBe('Field must have minimum length of 20.');
    expect(await complete.isDisabled()).toBe(true);

    // when they give a real reason and complete
    const alasanNyata = 'Kompetensi analisis data Siti sedang dibutuhkan untuk tugas lain di unit ini';
    await alasan.fill(alasanNyata);
    await expect.poll(() => complete.isEnabled()).toBe(true);
    expect(await errorsOf(form, 'Alasan penolakan').count()).toBe(0);
    await shot(page, 'tolak-dengan-alasan');
    await complete.click();

    // then the task leaves the list, the process ends ditolak, and the penugasan records the reason
    await page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`).waitFor({ state: 'detached' });
    await shot(page, 'selesai');
    expect(await endOf(pid)).toBe('Selesai_Ditolak');
    const recorded = await asPuo('GET', `/api/penugasan/${pid}`);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ status: 'DITOLAK', alasan: alasanNyata, pegawaiNip: DEMO.jfSiti, penetapNip: DEMO.puo });
  });

  it('approval: "Setuju" completes without a reason and the penugasan is ditetapkan', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}setuju`);
    const { pid, taskId } = await ajukan();
    const page = await newPage();
    const form = await bukaTugas(page, taskId, shot);
    await expectRingkasan(form);

    // a pejabat who first leans to "Tolak" and then approves: the reason field goes away again
    await field(form, 'Tolak').check();
    await field(form, 'Alasan penolakan').waitFor();
    await field(form, 'Setuju: tetapkan penugasan').check();
    await field(form, 'Alasan penolakan').waitFor({ state: 'detached' });
    const complete = page.getByRole('button', { name: 'Complete', exact: true });
    expect(await complete.isEnabled()).toBe(true);
    await shot(page, 'setuju');

    const submitted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/task/${taskId}/submit-form`));
    await complete.click();
    const variables = ((await submitted).postDataJSON() as { variables: Record<string, { value: unknown }> }).variables;
    expect(variables.keputusan).toEqual({ value: 'SETUJU' });
    expect(variables).not.toHaveProperty('alasan');

    await page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`).waitFor({ state: 'detached' });
    await shot(page, 'selesai');
    expect(await endOf(pid)).toBe('Selesai_Ditetapkan');
    const recorded = await asPuo('GET', `/api/penugasan/${pid}`);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ status: 'DITETAPKAN', alasan: null, pegawaiNip: DEMO.jfSiti, penetapNip: DEMO.puo, ruangLingkup: 'DALAM_UNIT' });
  });
});
