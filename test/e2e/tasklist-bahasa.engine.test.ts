import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { System } from '../../src/cli/system.js';
import { apiAs } from '../support/api-client.js';
import { launchChromium, screenshotter } from '../support/browser.js';
import { sesiBrowser } from '../support/tasklist.js';
import { DEMO, DEMO_PASSWORD, eventually, PERMOHONAN_DEMO, startTestSystem } from '../support/system-for-test.js';

/**
 * Tasklist speaks Bahasa Indonesia to every browser, also an English one: the id.json and config.js we
 * ship in the engine jar (engine/src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/).
 * Screenshots land in test-results/e2e/tasklist-bahasa/ (gitignored).
 */

const TASKLIST_URL = `${new URL(inject('engine').restUrl).origin}/camunda/app/tasklist/`;
const POLL = { timeout: 10_000, interval: 100 };
const SHOTS_DIR = fileURLToPath(new URL('../../test-results/e2e/tasklist-bahasa/', import.meta.url));

describe('Tasklist in Bahasa Indonesia', () => {
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
    expect(errors, 'errors in the browser console').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** A fresh session of a browser set to English (navigator.language and Accept-Language en-US). */
  async function englishBrowser(shot: (page: Page, step: string) => Promise<string>): Promise<Page> {
    const sesi = await sesiBrowser(browser, { width: 1400, height: 1000, locale: 'en-US' }, pageErrors);
    context = sesi.context;
    const page = sesi.page;
    onTestFailed(async () => {
      await shot(page, 'gagal').catch(() => undefined);
    });
    return page;
  }

  /** The locale file Tasklist loads while opening `url`. */
  async function openTasklist(page: Page, url = TASKLIST_URL): Promise<string> {
    const locale = page.waitForResponse((r) => /\/app\/tasklist\/locales\/[a-z]+\.json/.test(r.url()));
    await page.goto(url);
    const response = await locale;
    expect(response.status()).toBe(200);
    await page.waitForURL(/#\/login$/);
    return new URL(response.url()).pathname.split('/').pop()!;
  }

  it('an English browser gets the login page and the task list in Bahasa Indonesia', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}bahasa-indonesia`);
    // given a task for the PUO (a penunjukan submitted through our API)
    const response = await apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD })('POST', '/api/penunjukan', PERMOHONAN_DEMO);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const pid = (response.body as { processInstanceId: string }).processInstanceId;
    const puoEngine = system.engine.as(DEMO.puo, DEMO_PASSWORD);
    const task = await eventually(async () => (await puoEngine.tasks({ processInstanceId: pid }))[0], `the user task of ${pid}`);

    // when an English browser opens Tasklist
    const page = await englishBrowser(shot);
    expect(await page.evaluate('navigator.language')).toBe('en-US');
    expect(await openTasklist(page)).toBe('id.json');

    // then the login page is Indonesian
    const username = page.getByPlaceholder('Nama pengguna');
    await username.waitFor();
    const password = page.getByPlaceholder('Kata sandi');
    const masuk = page.getByRole('button', { name: 'Masuk', exact: true });
    expect(await masuk.isVisible()).toBe(true);
    expect(await page.getByPlaceholder('Username').count()).toBe(0);
    await shot(page, 'login');

    // a wrong password gets the Indonesian refusal (another user: Camunda delays the next login of a user who just failed)
    await username.fill(DEMO.jfBudi);
    await password.fill('salah-sandi');
    await masuk.click();
    await expect.poll(() => page.locator('.page-notifications').innerText(), POLL).toContain('Gagal Masuk');
    expect(await page.locator('.page-notifications').innerText()).toContain('Nama pengguna atau kata sandi salah');
    await shot(page, 'login-gagal');

    // when the PUO logs in (the failed attempt cleared the form)
    await username.fill(DEMO.puo);
    await password.fill(DEMO_PASSWORD);
    await masuk.click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));

    // then the task list speaks Indonesian
    const item = page.locator(`ol.tasks-list a[href="#/?task=${task.id}"]`);
    await item.waitFor();
    await expect.poll(async () => (await page.locator('.task-filter.active h4.name').innerText()).trim(), POLL).toMatch(/^Tugas Saya\s+[1-9]\d*$/);
    expect((await page.getByText('Mulai proses', { exact: true }).first().isVisible())).toBe(true);
    expect(await page.getByText('Pilih tugas di daftar.').isVisible()).toBe(true);
    const entry = page.locator('ol.tasks-list li.task').filter({ has: page.locator(`a[href="#/?task=${task.id}"]`) });
    await expect.poll(() => entry.locator('.creation-date').innerText(), POLL).toMatch(/^Dibuat\s+(beberapa detik|semenit|\d+ menit) yang lalu$/);
    await expect.poll(() => page.locator('body').innerText(), POLL).toContain('Urutkan berdasarkan');
    await shot(page, 'daftar-tugas');

    // and so does the task: its tabs, dates and buttons
    await item.click();
    await page.locator('[cam-tasklist-form-camunda] form.fjs-form').waitFor();
    const card = page.locator('section.task-card');
    for (const tab of ['Formulir', 'Riwayat', 'Diagram', 'Deskripsi']) {
      expect(await card.locator('.nav-tabs').getByText(tab, { exact: true }).count(), `tab ${tab}`).toBe(1);
    }
    expect(await card.getByText('Tetapkan tenggat', { exact: true }).isVisible()).toBe(true);
    expect(await card.getByText('Tetapkan tanggal tindak lanjut', { exact: true }).isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Selesaikan', exact: true }).isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Simpan', exact: true }).isVisible()).toBe(true);
    const visible = await page.locator('body').innerText();
    for (const english of ['Start process', 'Set due date', 'Set follow-up date', 'Created', 'History', 'Description', 'Log in']) {
      expect(visible, `"${english}" left in English`).not.toContain(english);
    }
    await shot(page, 'tugas');

    // the history tab has the Indonesian empty state
    await card.locator('.nav-tabs').getByText('Riwayat', { exact: true }).click();
    await expect.poll(() => card.innerText(), POLL).toMatch(/Tugas ini belum memiliki riwayat\.|Dibuat|Penerima tugas/);
    await shot(page, 'riwayat');
  });

  it('English stays reachable per browser with #/?bahasa=en, and #/?bahasa=id brings Indonesian back', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}bahasa-inggris`);
    const page = await englishBrowser(shot);
    expect(await openTasklist(page, `${TASKLIST_URL}#/?bahasa=en`)).toBe('en.json');
    await page.getByPlaceholder('Username').waitFor();
    await shot(page, 'login-en');
    // remembered by this browser
    expect(await openTasklist(page)).toBe('en.json');
    await page.getByPlaceholder('Username').waitFor();
    // and back
    expect(await openTasklist(page, `${TASKLIST_URL}#/?bahasa=id`)).toBe('id.json');
    await page.getByPlaceholder('Nama pengguna').waitFor();
    await shot(page, 'login-id');
  });
});
