import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/**
 * Tasklist probes the welcome app and the admin user's profile (not served here), and its Riwayat tab asks
 * for the task's comments, which the engine answers 404 for a pegawai without history permissions.
 */
export const TASKLIST_KNOWN_404 = ['/camunda-welcome', '/camunda/api/admin/auth/user/default', '/comment'];

/**
 * A fresh browser context and page; script errors and console errors (FEEL, form-js) are pushed to `errors`
 * for the test to assert empty afterwards.
 */
export async function sesiBrowser(
  browser: Browser,
  options: { width: number; height: number; locale: string },
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height }, locale: options.locale, timezoneId: 'Asia/Jakarta' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !TASKLIST_KNOWN_404.some((p) => m.location().url.includes(p))) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  return { context, page };
}

/**
 * Logs in on Tasklist's (Indonesian) login page and waits until it has left it. Tasklist boots, routes to #/
 * and then redirects to #/login, re-rendering the form: a field typed into too early can end up in the other
 * one, so both are checked (and typed again) before "Masuk".
 */
export async function masukTasklist(page: Page, tasklistUrl: string, nip: string, password: string, sebelumMasuk?: () => Promise<unknown>): Promise<void> {
  await page.goto(tasklistUrl);
  await page.waitForURL(/#\/login$/);
  const username = page.getByPlaceholder('Nama pengguna');
  const sandi = page.getByPlaceholder('Kata sandi');
  for (let attempt = 0; attempt < 5; attempt++) {
    await username.fill(nip);
    await sandi.fill(password);
    if ((await username.inputValue()) === nip && (await sandi.inputValue()) === password) break;
  }
  await sebelumMasuk?.();
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/** A form-js field's label (required fields show "Label*"). */
export const labelled = (label: string): RegExp => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*?$`);

/** A form-js field by its label. */
export const field = (form: Locator, label: string): Locator => form.getByLabel(labelled(label));
