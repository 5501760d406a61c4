import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GROUP_ANALIS_PROSES } from '../../src/application/sinkron-identitas.js';
import type { System } from '../../src/cli/system.js';
import { launchChromium, screenshotter } from '../support/browser.js';
import { DEMO_PASSWORD, startTestSystem } from '../support/system-for-test.js';

// Issue 10, in headless Chromium: an analyst logs in at /modeler, opens a flow of the national baseline, sees the
// lint findings of our rules in Bahasa Indonesia, saves a draft and opens the review panel. Screenshots in
// test-results/e2e/modeler/ (regenerate: npx vitest run test/e2e/modeler.engine.test.ts).

const ANALIS = '198804172017011009';
let system: System;
let browser: Browser;

beforeAll(async () => {
  system = await startTestSystem({ workers: false });
  // The shared test engine may already hold the membership (demo analysts, other files): adding it twice is a 500.
  if (!(await system.engine.groupsOf(ANALIS)).includes(GROUP_ANALIS_PROSES.id)) await system.engine.addGroupMember(GROUP_ANALIS_PROSES.id, ANALIS);
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

it('an analyst logs in, opens penunjukan-dalam-unit (clean), removes its letter step and sees the R-NAT-34 lint finding, undoes it, saves a draft and reviews the flow', async () => {
  const foto = await screenshotter(path.join(import.meta.dirname, '../../test-results/e2e/modeler'));
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const galatHalaman: string[] = [];
  page.on('pageerror', (e) => galatHalaman.push(e.message));
  await page.goto(`${system.apiUrl}/modeler/`);
  await page.fill('#nip', ANALIS);
  await page.fill('#sandi', DEMO_PASSWORD);
  await foto(page, 'masuk');
  await page.click('#tombol-masuk');
  await page.waitForSelector('#daftar-proses li[data-key="penunjukan-dalam-unit"]', { timeout: 30_000 });
  await page.click('#daftar-proses li[data-key="penunjukan-dalam-unit"]');
  await page.waitForSelector('#kanvas .djs-element[data-element-id="Tugas_TetapkanPenunjukan"]', { timeout: 30_000 });
  await expect.poll(() => page.textContent('.bjsl-button'), { timeout: 20_000 }).toMatch(/Tidak ada temuan/);
  // The analyst removes the surat penugasan: the penugasan is then recorded without a letter (R-NAT-34).
  await page.evaluate(() => {
    const m = (globalThis as unknown as { modeler: { get(n: string): { get(id: string): unknown; removeElements(e: unknown[]): void } } }).modeler;
    m.get('modeling').removeElements([m.get('elementRegistry').get('Layanan_TerbitkanSuratPenugasan')]);
  });
  await expect.poll(() => page.textContent('#daftar-temuan'), { timeout: 20_000 }).toContain('R-NAT-34');
  await foto(page, 'alur-dengan-temuan');
  // The properties panel and the lint summary speak Bahasa Indonesia.
  expect(await page.textContent('#panel')).toContain('Umum');
  expect(await page.textContent('.bjsl-button')).toMatch(/[1-9]\d* galat, \d+ peringatan/);
  // Fixed by undoing the removal: the finding goes away.
  await page.evaluate(() => (globalThis as unknown as { modeler: { get(n: string): { undo(): void } } }).modeler.get('commandStack').undo());
  await expect.poll(() => page.textContent('.bjsl-button'), { timeout: 20_000 }).toMatch(/Tidak ada temuan/);
  await page.click('#tombol-simpan');
  await expect.poll(() => page.textContent('#pesan')).toContain('Draf disimpan');
  await page.click('#tombol-tinjau');
  await page.waitForSelector('#tabel-sop');
  expect(await page.textContent('#metrik')).toMatch(/Langkah: \d+/);
  await foto(page, 'tinjauan-sop');
  expect(galatHalaman).toEqual([]);
}, 120_000);
