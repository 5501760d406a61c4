import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { CamundaRest } from '../../src/adapters/camunda/camunda-rest.js';
import type { System } from '../../src/cli/system.js';
import { apiAs } from '../support/api-client.js';
import { launchChromium, screenshotter } from '../support/browser.js';
import { field, labelled, masukTasklist, sesiBrowser } from '../support/tasklist.js';
import { DEMO, DEMO_PASSWORD, eventually, startTestSystem, PERMOHONAN_DEMO, endOf as endOfProcess } from '../support/system-for-test.js';

/**
 * F1 as a pejabat does it: the PUO logs in to Camunda Tasklist in a real Chromium, opens "Tetapkan
 * penunjukan" from the "Tugas Saya" filter and decides in the Camunda Form (form-js, bpmn/tetapkan-penunjukan.form).
 * Screenshots of each step land in test-results/e2e/tasklist-penunjukan/ (gitignored).
 */

const permohonan = PERMOHONAN_DEMO;

const TASKLIST_URL = `${new URL(inject('engine').restUrl).origin}/camunda/app/tasklist/`;
/** UI state follows network calls and debounced inputs: poll for it (vitest's default is only 1 s). */
const POLL = { timeout: 10_000, interval: 100 };
const SHOTS_DIR = fileURLToPath(new URL('../../test-results/e2e/tasklist-penunjukan/', import.meta.url));

describe('Tasklist: the PUO decides a penunjukan dalam unit in the browser (F1)', () => {
  let system: System;
  let asPuo: ReturnType<typeof apiAs>;
  let puoEngine: CamundaRest;
  let browser: Browser;
  let context: BrowserContext | undefined;
  /** Script errors and console errors of the page (FEEL and form-js errors land here). */
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestSystem({ apiTasklist: true }), launchChromium()]);
    asPuo = apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD });
    puoEngine = system.engine.as(DEMO.puo, DEMO_PASSWORD);
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    const errors = pageErrors;
    pageErrors = [];
    expect(errors, 'errors in the browser console').toEqual([]);
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

  const endOf = (processInstanceId: string): Promise<string> => endOfProcess(system.engine, processInstanceId);

  type Shot = (page: Page, step: string) => Promise<string>;

  /**
   * A fresh browser session; the viewport is tall enough for the whole form (the task pane scrolls
   * inside). A failing test leaves a last screenshot "gagal".
   */
  async function newPage(shot: Shot): Promise<Page> {
    const sesi = await sesiBrowser(browser, { width: 1400, height: 1800, locale: 'id-ID' }, pageErrors);
    context = sesi.context;
    const page = sesi.page;
    onTestFailed(async () => {
      await shot(page, 'gagal').catch(() => undefined);
    });
    return page;
  }

  /** Login page -> "Tugas Saya" -> the task -> its Camunda Form. Returns the form-js form. */
  async function bukaTugas(page: Page, taskId: string, shot: Shot): Promise<Locator> {
    await masukTasklist(page, TASKLIST_URL, DEMO.puo, DEMO_PASSWORD, () => shot(page, 'login'));

    // the only filter, selected: "Tugas Saya" with its counter, and the task among its items
    const filter = page.locator('.task-filter.active h4.name');
    const item = page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`);
    await item.waitFor();
    expect((await item.innerText()).trim()).toBe('Tetapkan penunjukan');
    await expect.poll(async () => (await filter.innerText()).trim(), POLL).toMatch(/^Tugas Saya\s+[1-9]\d*$/);
    expect(await page.locator('.task-filter').count()).toBe(1);
    await shot(page, 'daftar-tugas-saya');

    await item.click();
    const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
    await form.waitFor();
    expect((await page.locator('section.task-card h2.task').innerText()).trim()).toBe('Tetapkan penunjukan');
    return form;
  }

  /** A form-js field by its label; required fields show "Label*". */
  /** The validation message form-js shows under a field. */
  const errorsOf = (form: Locator, label: string) =>
    form.locator('.fjs-form-field').filter({ has: form.page().getByLabel(labelled(label)) }).locator('.fjs-form-field-error');

  /** What the display part of the form shows (disabled fields: shown, never submitted back). */
  async function expectRingkasan(form: Locator, kompetensi = 'Analisis data', target = permohonan.targetKinerja): Promise<void> {
    await expect.poll(() => field(form, 'Pegawai').inputValue(), POLL).toBe('Siti Rahmawati, S.Kom.');
    expect(await field(form, 'NIP').inputValue()).toBe(DEMO.jfSiti);
    expect(await field(form, 'Jabatan').inputValue()).not.toBe('');
    expect(await field(form, 'Uraian tugas').inputValue()).toBe(permohonan.uraianTugas);
    expect(await field(form, 'Target kinerja').inputValue()).toBe(target);
    expect(await field(form, 'Periode penugasan').inputValue()).toBe('4 Januari 2027 s.d. 31 Maret 2027');
    expect(await field(form, 'Kompetensi yang dibutuhkan').inputValue()).toBe(kompetensi);
    for (const label of ['Pegawai', 'NIP', 'Jabatan', 'Uraian tugas', 'Target kinerja', 'Periode penugasan']) {
      expect(await field(form, label).isEditable(), `${label} is shown, not editable`).toBe(false);
    }
  }

  /** A first decision: no earlier error, no warnings for this request, no reason until "Tolak" is chosen. */
  async function expectTanpaSyarat(form: Locator): Promise<void> {
    expect(await form.getByText('Keputusan sebelumnya belum dapat diproses').count()).toBe(0);
    expect(await form.getByText('Peringatan untuk diperhatikan').count()).toBe(0);
    expect(await field(form, 'Alasan penolakan').count()).toBe(0);
  }

  it('refusal: "Tolak" needs a reason in the form; with one the process ends ditolak and the reason is recorded (R-NAT-13)', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}tolak`);
    // given a penunjukan submitted through the API and its user task
    const { pid, taskId } = await ajukan();
    // when the PUO opens it in Tasklist
    const page = await newPage(shot);
    const form = await bukaTugas(page, taskId, shot);
    await expectRingkasan(form);
    await expectTanpaSyarat(form);
    await shot(page, 'formulir');

    // and chooses "Tolak" without a reason
    await field(form, 'Tolak').check();
    const alasan = field(form, 'Alasan penolakan');
    await alasan.waitFor();
    expect(await form.getByText('paling sedikit 20 karakter').count()).toBe(1);
    const complete = page.getByRole('button', { name: 'Selesaikan', exact: true });
    await complete.click();
    // then the form refuses to complete: the field is required, Selesaikan is disabled, the task stays open
    // (form-js 1.8 has no translations; our Tasklist script puts its messages in Bahasa Indonesia, issue 9)
    await errorsOf(form, 'Alasan penolakan').waitFor();
    await expect.poll(() => errorsOf(form, 'Alasan penolakan').innerText(), POLL).toBe('Wajib diisi.');
    await expect.poll(() => complete.isDisabled(), POLL).toBe(true);
    const notification = page.locator('.page-notifications');
    await expect.poll(() => notification.innerText(), POLL).toContain('Terjadi kesalahan saat mengirim formulir tugas');
    await shot(page, 'tolak-tanpa-alasan');
    expect((await puoEngine.tasks({ processInstanceId: pid })).map((t) => t.id)).toEqual([taskId]);
    // the error toast stays and covers Selesaikan: the pejabat closes it
    await notification.getByRole('button', { name: '×' }).click();

    // a placeholder is too short (minLength 20)
    await alasan.fill('tidak');
    await expect.poll(async () => (await errorsOf(form, 'Alasan penolakan').allInnerTexts()).join(' | '), POLL).toBe('Paling sedikit 20 karakter.');
    expect(await complete.isDisabled()).toBe(true);
    await shot(page, 'tolak-alasan-pendek');

    // when they give a real reason and complete
    const alasanNyata = 'Kompetensi analisis data Siti sedang dibutuhkan untuk tugas lain di unit ini';
    await alasan.fill(alasanNyata);
    await expect.poll(() => complete.isEnabled(), POLL).toBe(true);
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
    const page = await newPage(shot);
    const form = await bukaTugas(page, taskId, shot);
    await expectRingkasan(form);
    await expectTanpaSyarat(form);

    // a pejabat who first leans to "Tolak" and then approves: the reason field goes away again. (Had they
    // typed a reason shorter than 20 characters first, form-js 1.8 would keep that hidden field's error and
    // Tasklist would keep Selesaikan disabled until "Simpan" revalidates; see the e2e report.)
    await field(form, 'Tolak').check();
    await field(form, 'Alasan penolakan').waitFor();
    await field(form, 'Setuju: tetapkan penugasan').check();
    await field(form, 'Alasan penolakan').waitFor({ state: 'detached' });
    const complete = page.getByRole('button', { name: 'Selesaikan', exact: true });
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

  it('a decision sent back by the server shows its message and the warning in the form; the pejabat corrects it (R-NAT-13)', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}dikembalikan`);
    // given a request with a competence Siti has no record of (an R-NAT-06 warning) ...
    // (another target: the approved request of the test before would make it a duplicate, R-SYS-01)
    const target = `${permohonan.targetKinerja} tahap kedua`;
    const { pid, taskId: first } = await ajukan({ ...permohonan, targetKinerja: target, kompetensiDibutuhkan: ['Analisis data', 'Pemetaan geospasial'] });
    // ... refused through REST with a blank reason, which periksa-keputusan sends back to the PUO
    await puoEngine.completeTask(first, { keputusan: 'TOLAK', alasan: '  ' });
    const again = await eventually(async () => (await puoEngine.tasks({ processInstanceId: pid })).find((t) => t.id !== first),
      `the returned task of ${pid}`);

    // when the PUO opens the returned task
    const page = await newPage(shot);
    const form = await bukaTugas(page, again.id, shot);
    await expectRingkasan(form, 'Analisis data, Pemetaan geospasial', target);
    // then both conditional boxes show the workers' messages, and the earlier choice is kept
    await expect.poll(() => field(form, 'Keputusan sebelumnya belum dapat diproses').inputValue(), POLL).toBe('[R-NAT-13] alasan: Penolakan wajib disertai alasan.');
    expect(await field(form, 'Keputusan sebelumnya belum dapat diproses').isEditable()).toBe(false);
    expect(await field(form, 'Peringatan untuk diperhatikan').inputValue())
      .toBe('[R-NAT-06] Kompetensi Siti Rahmawati, S.Kom. yang tercatat belum mencakup: Pemetaan geospasial.');
    expect(await field(form, 'Tolak').isChecked()).toBe(true);
    await shot(page, 'dikembalikan');

    // when they now write the reason and complete
    const alasanNyata = 'Kompetensi pemetaan geospasial belum dimiliki; perlu pelatihan lebih dahulu';
    await field(form, 'Alasan penolakan').fill(alasanNyata);
    const complete = page.getByRole('button', { name: 'Selesaikan', exact: true });
    await expect.poll(() => complete.isEnabled(), POLL).toBe(true);
    await shot(page, 'diperbaiki');
    await complete.click();

    // then the refusal goes through and the earlier message is cleared
    await page.locator(`ol.tasks-list a[href="#/?task=${again.id}"]`).waitFor({ state: 'detached' });
    expect(await endOf(pid)).toBe('Selesai_Ditolak');
    expect(await system.engine.historicVariables(pid)).toMatchObject({ galatKeputusan: null, keputusan: 'TOLAK', alasan: alasanNyata });
    expect((await asPuo('GET', `/api/penugasan/${pid}`)).body).toMatchObject({ status: 'DITOLAK', alasan: alasanNyata });
  });
});
