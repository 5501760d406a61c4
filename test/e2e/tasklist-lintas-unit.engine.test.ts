import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { System } from '../../src/cli/system.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../../src/domain/roles.js';
import { launchChromium, screenshotter } from '../support/browser.js';
import { field, masukTasklist, sesiBrowser } from '../support/tasklist.js';
import { DEMO_PASSWORD, endOf, eventually, startTestSystem } from '../support/system-for-test.js';

/**
 * The issue's "done when", as pejabat do it in a real Chromium: the Kepala Badan Penghubung starts a penunjukan
 * lintas unit from "Mulai proses" in Tasklist (Bahasa Indonesia), the Kepala Dinas Diskominfo recommends, the
 * PPK of the pegawai decides in the Camunda Form, and the surat penugasan (or the surat jawaban with the
 * reasons) is printed as a PDF. Screenshots and PDFs land in test-results/e2e/tasklist-lintas-unit/.
 */

const TASKLIST_URL = `${new URL(inject('engine').restUrl).origin}/camunda/app/tasklist/`;
const POLL = { timeout: 15_000, interval: 150 };
const SHOTS_DIR = fileURLToPath(new URL('../../test-results/e2e/tasklist-lintas-unit/', import.meta.url));
const PUO_PENGHUBUNG = '198108192009121002';
const RIZKY = '198711042009011005';

describe('Tasklist: a penunjukan lintas unit from request to surat penugasan (F2)', () => {
  let system: System;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];
  let ppk: string;
  let puo: string;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestSystem({ apiTasklist: true }), launchChromium()]);
    const org = await system.organisasi.viewAround({ pegawaiNip: [RIZKY], unitId: [] }, '2026-11-23');
    ppk = pejabatPenilaiKinerja(org, org.pegawai(RIZKY)!)!.nip;
    puo = pimpinanUnitOrganisasi(org, org.pegawai(RIZKY)!.unitId, ['UNIT_ORGANISASI'])!.nip;
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

  type Shot = (page: Page, step: string) => Promise<string>;

  /** A fresh session logged in to Tasklist (an English browser: Tasklist still speaks Indonesian). */
  async function masuk(nip: string, shot: Shot): Promise<Page> {
    await context?.close();
    const sesi = await sesiBrowser(browser, { width: 1400, height: 2000, locale: 'en-US' }, pageErrors);
    context = sesi.context;
    const page = sesi.page;
    onTestFailed(async () => {
      await shot(page, 'gagal').catch(() => undefined);
    });
    await masukTasklist(page, TASKLIST_URL, nip, DEMO_PASSWORD);
    return page;
  }

  /** Opens a task of the "Tugas Saya" list by its name and returns its Camunda Form. */
  async function bukaTugas(page: Page, taskId: string, nama: string): Promise<Locator> {
    const item = page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`);
    await item.waitFor();
    expect((await item.innerText()).trim()).toBe(nama);
    await item.click();
    const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
    await form.waitFor();
    return form;
  }

  async function selesaikan(page: Page, taskId: string): Promise<void> {
    const tombol = page.getByRole('button', { name: 'Selesaikan', exact: true });
    await expect.poll(() => tombol.isEnabled(), POLL).toBe(true);
    await tombol.click();
    await page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`).waitFor({ state: 'detached' });
  }

  async function tugasUntuk(nip: string, pid: string) {
    const engine = system.engine.as(nip, DEMO_PASSWORD);
    return eventually(async () => (await engine.tasks({ processInstanceId: pid }))[0], `a task for ${nip} in ${pid}`, 30_000);
  }

  /** The Kepala Badan Penghubung fills the surat permohonan pelibatan in the start form. */
  async function ajukanDiTasklist(shot: Shot, ekspektasi: string): Promise<string> {
    const page = await masuk(PUO_PENGHUBUNG, shot);
    await page.getByText('Mulai proses', { exact: true }).first().click();
    const dialog = page.locator('.modal-dialog');
    await dialog.getByText('Penunjukan Lintas Unit Organisasi', { exact: true }).click();
    const form = dialog.locator('form.fjs-form');
    await form.waitFor();
    await shot(page, 'form-permohonan-kosong');
    // chosen by name (issue 9): the options come from GET /api/pilihan through Tasklist's custom script
    for (const [label, ketik, nama] of [['Pegawai yang dibutuhkan', 'rizky', 'Rizky Hakim'], ['Unit pemilik kinerja', 'penghubung', 'Badan Penghubung']] as const) {
      await field(form, label).fill(ketik);
      await form.locator('.fjs-dropdownlist-item', { hasText: nama }).first().click();
    }
    await field(form, 'Maksud dan tujuan pelibatan').fill('Menyusun profil statistik kerja sama antardaerah');
    await field(form, 'Kompetensi, keahlian, dan/atau keterampilan yang dibutuhkan').fill('Analisis data, Metadata statistik');
    await field(form, 'Ekspektasi / target kinerja').fill(ekspektasi);
    // form-js shows dates as dd/mm/yyyy whatever the browser (issue 9: our Tasklist script) and submits YYYY-MM-DD
    for (const [label, tanggal] of [['Mulai pelibatan', '01/02/2027'], ['Selesai pelibatan', '30/06/2027']] as const) {
      const input = field(form, label);
      await input.fill(tanggal);
      await input.press('Enter');
    }
    await shot(page, 'form-permohonan-terisi');
    const started = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/submit-form'));
    await dialog.getByRole('button', { name: 'Mulai', exact: true }).click();
    const response = await started;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toMatchObject({ variables: { pegawaiNip: { value: RIZKY }, unitPemilikKinerjaId: { value: 'banten-badan-penghubung' }, tanggalMulai: { value: '2027-02-01' }, tanggalSelesai: { value: '2027-06-30' } } });
    const { id } = (await response.json()) as { id: string };
    await shot(page, 'permohonan-terkirim');
    return id;
  }

  /** Prints a letter of the case as the people involved see it (GET /api/surat/cetak) into a PDF and a screenshot. */
  async function cetakSurat(nomor: string, nip: string, nama: string): Promise<string> {
    const page = await context!.newPage();
    await page.setExtraHTTPHeaders({ authorization: `Basic ${Buffer.from(`${nip}:${DEMO_PASSWORD}`).toString('base64')}` });
    await page.goto(`${system.apiUrl!}/api/surat/cetak?nomor=${encodeURIComponent(nomor)}`);
    await writeFile(`${SHOTS_DIR}${nama}.pdf`, await page.pdf({ format: 'A4' }));
    await page.screenshot({ path: `${SHOTS_DIR}${nama}.png`, fullPage: true });
    return page.locator('body').innerText();
  }

  it('approval: started in Tasklist, recommended by the PUO, approved by the PPK; the surat penugasan names the pegawai with its tembusan', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}setuju`);
    const pid = await ajukanDiTasklist(shot, 'Profil statistik kerja sama antardaerah terbit');

    // the Kepala Dinas recommends
    const rek = await tugasUntuk(puo, pid);
    let page = await masuk(puo, shot);
    let form = await bukaTugas(page, rek.id, 'Beri rekomendasi pelibatan');
    await expect.poll(() => field(form, 'Pegawai yang dimohon').inputValue(), POLL).toContain('Rizky');
    expect(await field(form, 'Durasi pelibatan').inputValue()).toBe('1 Februari 2027 s.d. 30 Juni 2027');
    await field(form, 'Direkomendasikan').check();
    await shot(page, 'rekomendasi');
    await selesaikan(page, rek.id);

    // the PPK approves
    const putus = await tugasUntuk(ppk, pid);
    page = await masuk(ppk, shot);
    form = await bukaTugas(page, putus.id, 'Putuskan permohonan pelibatan');
    await expect.poll(() => field(form, 'Rekomendasi Pimpinan Unit Organisasi pegawai').inputValue(), POLL).toBe('DIREKOMENDASIKAN');
    await field(form, 'Setuju: terbitkan surat penugasan').check();
    await shot(page, 'keputusan-setuju');
    await selesaikan(page, putus.id);

    expect(await endOf(system.engine, pid)).toBe('Selesai_Ditugaskan');
    const surat = (await system.kasus.surat(pid)).find((s) => s.jenis === 'SURAT_PENUGASAN')!;
    const teks = await cetakSurat(surat.nomor, RIZKY, 'surat-penugasan');
    expect(teks).toContain('SURAT PENUGASAN');
    expect(teks).toContain(surat.nomor);
    expect(teks).toMatch(/Kepada\s+Rizky Hakim/);
    expect(teks).toContain('Tembusan');
  });

  it('refusal: the PPK refuses with a reason in the form; the surat jawaban gives the reason to the requester (R-NAT-13)', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}tolak`);
    const pid = await ajukanDiTasklist(shot, 'Peta data kerja sama antardaerah');
    const rek = await tugasUntuk(puo, pid);
    await system.engine.as(puo, DEMO_PASSWORD).completeTask(rek.id, { rekomendasi: 'DIREKOMENDASIKAN' });

    const putus = await tugasUntuk(ppk, pid);
    const page = await masuk(ppk, shot);
    const form = await bukaTugas(page, putus.id, 'Putuskan permohonan pelibatan');
    await field(form, 'Tolak').check();
    const alasan = 'Rizky sedang menyelesaikan survei statistik sektoral sampai Juni 2027';
    await field(form, 'Alasan penolakan').fill(alasan);
    await shot(page, 'keputusan-tolak');
    await selesaikan(page, putus.id);

    expect(await endOf(system.engine, pid)).toBe('Selesai_Ditolak');
    const jawaban = (await system.kasus.surat(pid)).find((s) => s.jenis === 'SURAT_JAWABAN')!;
    expect(jawaban.penerima).toEqual([PUO_PENGHUBUNG]);
    const teks = await cetakSurat(jawaban.nomor, PUO_PENGHUBUNG, 'surat-jawaban');
    expect(teks).toContain('SURAT JAWABAN');
    expect(teks).toContain(alasan);
  });
});
