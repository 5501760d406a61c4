import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { System } from '../../src/cli/system.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../../src/domain/roles.js';
import { launchChromium, screenshotter } from '../support/browser.js';
import { field, masukTasklist, sesiBrowser } from '../support/tasklist.js';
import { DEMO_PASSWORD, endOf, eventually, startTestSystem } from '../support/system-for-test.js';
import { TIM } from '../support/tim-kerja-demo.js';

/**
 * Issue 9, "done when": F2 (penunjukan lintas unit) and F6 (pembentukan tim kerja) walked in Chromium from
 * "Mulai proses" to the letters, every person and unit chosen by name (the options come from GET /api/pilihan
 * through Tasklist's custom script), no English and no Camunda 8 banner on the pages a pegawai sees, dates as
 * dd/mm/yyyy, the instansi in the header, and "Kasus saya" opened from the header for the pemohon and the pegawai.
 * F2 runs in an Indonesian browser, F6 in an English one (Tasklist speaks Indonesian to both).
 * Screenshots: test/e2e/screenshots/ (gitignored), regenerated with `npm run e2e:screenshots`.
 */

const TASKLIST_URL = `${new URL(inject('engine').restUrl).origin}/camunda/app/tasklist/`;
const POLL = { timeout: 15_000, interval: 150 };
const SHOTS_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PUO_PENGHUBUNG = '198108192009121002';
const RIZKY = '198711042009011005';

/** English a pegawai must not meet (Tasklist, form-js, the date picker, the CE banner). */
const INGGRIS = /\b(Field is|required|Search|Select|No results|Start process|Complete|Claim|Add a comment|Welcome|migrate|Camunda 8|Tasks|Sign out|January|February|March|June|July|August|October|December|Sun|Mon|Tue|Wed|Thu|Fri|Sat)\b/;

type Shot = (page: Page, step: string) => Promise<string>;

describe('Tasklist: choose by name, in Bahasa Indonesia, and "Kasus saya" (issue 9)', () => {
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

  async function masuk(nip: string, locale: string, shot: Shot): Promise<Page> {
    await context?.close();
    const sesi = await sesiBrowser(browser, { width: 1400, height: 1600, locale }, pageErrors);
    context = sesi.context;
    const page = sesi.page;
    onTestFailed(async () => {
      await shot(page, 'gagal').catch(() => undefined);
    });
    await masukTasklist(page, TASKLIST_URL, nip, DEMO_PASSWORD);
    return page;
  }

  /** What a pegawai sees: no English, no banner, "Sistem Kerja" and their instansi in the header. */
  async function periksaTampilan(page: Page, instansi: string): Promise<void> {
    await expect.poll(() => page.locator('.navbar-brand .brand-name').innerText(), POLL).toContain(instansi);
    expect(await page.locator('.navbar-brand .brand-name').innerText()).toMatch(/^Sistem Kerja/);
    expect(await page.title()).toBe('Sistem Kerja');
    expect(await page.locator('.ce-eol-banner').isVisible().catch(() => false)).toBe(false);
    const teks = await page.locator('body').innerText();
    expect(teks.match(INGGRIS)?.[0], 'English on the page').toBeUndefined();
  }

  /** Types part of a name into a searchable select / taglist and picks the option that starts with `nama`. */
  async function pilih(form: Locator, label: string, ketik: string, nama: string): Promise<string> {
    const input = field(form, label);
    await input.click();
    await input.fill(ketik);
    const opsi = form.locator('.fjs-dropdownlist-item', { hasText: nama }).first();
    await opsi.waitFor();
    const teks = await opsi.innerText();
    await opsi.click();
    return teks;
  }

  async function isiTanggal(form: Locator, label: string, tanggal: string): Promise<void> {
    const input = field(form, label);
    expect(await input.getAttribute('placeholder')).toBe('hh/bb/tttt');
    await input.fill(tanggal);
    await input.press('Enter');
  }

  async function mulaiProses(page: Page, nama: string): Promise<{ dialog: Locator; form: Locator }> {
    await page.getByText('Mulai proses', { exact: true }).first().click();
    const dialog = page.locator('.modal-dialog');
    await dialog.getByText(nama, { exact: true }).click();
    const form = dialog.locator('form.fjs-form');
    await form.waitFor();
    return { dialog, form };
  }

  async function kirim(dialog: Locator): Promise<{ id: string; variables: Record<string, { value: unknown }> }> {
    const started = dialog.page().waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/submit-form'));
    await dialog.getByRole('button', { name: 'Mulai', exact: true }).click();
    const response = await started;
    expect(response.status()).toBe(200);
    const { variables } = response.request().postDataJSON() as { variables: Record<string, { value: unknown }> };
    return { id: ((await response.json()) as { id: string }).id, variables };
  }

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

  /** Opens "Kasus saya" from Tasklist's header (same login: the Tasklist session) and returns the new page. */
  async function bukaKasusSaya(page: Page, shot: Shot, langkah: string): Promise<Page> {
    const tautan = page.getByRole('link', { name: 'Kasus saya & Surat saya' });
    await tautan.waitFor();
    const [halaman] = await Promise.all([page.context().waitForEvent('page'), tautan.click()]);
    await halaman.waitForLoadState();
    await shot(halaman, langkah);
    expect(await halaman.locator('h1').innerText()).toBe('Sistem Kerja — Kasus saya');
    return halaman;
  }

  it('F2 (Indonesian browser): the pemohon picks the pegawai and the unit by name; recommended, approved; "Kasus saya" for the pemohon and the pegawai shows the case and the surat penugasan', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}f2-penunjukan-lintas-unit`);
    const org = await system.organisasi.viewAround({ pegawaiNip: [RIZKY], unitId: [] }, '2026-11-23');
    const ppk = pejabatPenilaiKinerja(org, org.pegawai(RIZKY)!)!.nip;
    const puo = pimpinanUnitOrganisasi(org, org.pegawai(RIZKY)!.unitId, ['UNIT_ORGANISASI'])!.nip;

    let page = await masuk(PUO_PENGHUBUNG, 'id-ID', shot);
    await periksaTampilan(page, 'Pemerintah Provinsi Banten');
    await shot(page, 'tasklist-beranda');
    const { dialog, form } = await mulaiProses(page, 'Penunjukan Lintas Unit Organisasi');
    // a refusal without content is explained in Indonesian
    await dialog.getByRole('button', { name: 'Mulai', exact: true }).click();
    await expect.poll(() => form.locator('.fjs-form-field-error').first().innerText(), POLL).toBe('Wajib diisi.');
    await shot(page, 'form-kosong-wajib-diisi');
    await periksaTampilan(page, 'Pemerintah Provinsi Banten');
    // only pegawai of other units of the same instansi are offered, by name, jabatan and unit
    const dipilih = await pilih(form, 'Pegawai yang dibutuhkan', 'rizky', 'Rizky Hakim');
    expect(dipilih).toMatch(/^Rizky Hakim, S\.Si\. — Statistisi .+, Bidang Statistik$/);
    await pilih(form, 'Unit pemilik kinerja', 'penghubung', 'Badan Penghubung Daerah Provinsi Banten');
    await field(form, 'Maksud dan tujuan pelibatan').fill('Menyusun profil statistik kerja sama antardaerah');
    await field(form, 'Kompetensi, keahlian, dan/atau keterampilan yang dibutuhkan').fill('Analisis data, Metadata statistik');
    await field(form, 'Ekspektasi / target kinerja').fill('Profil statistik kerja sama antardaerah terbit');
    await isiTanggal(form, 'Mulai pelibatan', '01/02/2027');
    await isiTanggal(form, 'Selesai pelibatan', '30/06/2027');
    await shot(page, 'form-terisi-dengan-nama');
    const { id: pid, variables } = await kirim(dialog);
    // the stored values stay the NIP and the unit id; dates as YYYY-MM-DD
    expect(variables).toMatchObject({ pegawaiNip: { value: RIZKY }, unitPemilikKinerjaId: { value: 'banten-badan-penghubung' },
      tanggalMulai: { value: '2027-02-01' }, tanggalSelesai: { value: '2027-06-30' } });

    const rek = await tugasUntuk(puo, pid);
    page = await masuk(puo, 'id-ID', shot);
    let tugas = await bukaTugas(page, rek.id, 'Beri rekomendasi pelibatan');
    await expect.poll(() => field(tugas, 'Pegawai yang dimohon').inputValue(), POLL).toContain('Rizky');
    await field(tugas, 'Direkomendasikan').check();
    await periksaTampilan(page, 'Pemerintah Provinsi Banten');
    await shot(page, 'rekomendasi');
    await selesaikan(page, rek.id);

    const putus = await tugasUntuk(ppk, pid);
    page = await masuk(ppk, 'id-ID', shot);
    tugas = await bukaTugas(page, putus.id, 'Putuskan permohonan pelibatan');
    await field(tugas, 'Setuju: terbitkan surat penugasan').check();
    await periksaTampilan(page, 'Pemerintah Provinsi Banten');
    await shot(page, 'keputusan-setuju');
    await selesaikan(page, putus.id);
    expect(await endOf(system.engine, pid)).toBe('Selesai_Ditugaskan');
    const surat = (await system.kasus.surat(pid)).find((s) => s.jenis === 'SURAT_PENUGASAN')!;

    // "Kasus saya" of the pemohon: the case, its status, the decisions by name and the letters
    page = await masuk(PUO_PENGHUBUNG, 'id-ID', shot);
    let kasusSaya = await bukaKasusSaya(page, shot, 'kasus-saya-pemohon');
    let kasus = kasusSaya.locator('section.kasus', { hasText: 'Penunjukan Lintas Unit Organisasi' }).first();
    expect(await kasus.locator('.status').innerText()).toBe('Ditetapkan');
    const teksKasus = await kasus.innerText();
    expect(teksKasus).toContain('Direkomendasikan');
    expect(teksKasus).toContain(`Surat Penugasan ${surat.nomor}`);
    expect((await kasusSaya.locator('body').innerText()).match(INGGRIS)?.[0]).toBeUndefined();

    // "Kasus saya" of the pegawai: the surat penugasan under "Surat saya", opened from there
    page = await masuk(RIZKY, 'id-ID', shot);
    await periksaTampilan(page, 'Pemerintah Provinsi Banten');
    kasusSaya = await bukaKasusSaya(page, shot, 'kasus-saya-pegawai');
    kasus = kasusSaya.locator('section.kasus', { hasText: 'Penunjukan Lintas Unit Organisasi' }).first();
    expect(await kasus.locator('.status').innerText()).toBe('Ditetapkan');
    const suratSaya = kasusSaya.locator('#surat-saya a', { hasText: surat.nomor });
    const [lembar] = await Promise.all([kasusSaya.context().waitForEvent('page'), suratSaya.click()]);
    await lembar.waitForLoadState();
    expect(await lembar.locator('body').innerText()).toContain('SURAT PENUGASAN');
    await shot(lembar, 'surat-penugasan-dari-surat-saya');
  }, 300_000);

  it('F6 (English browser, Tasklist still Indonesian): ketua and anggota chosen by name, the unit by name; the PUO establishes the team; both see it in "Kasus saya"', async () => {
    const shot = await screenshotter(`${SHOTS_DIR}f6-pembentukan-tim-kerja`);
    let page = await masuk(TIM.puo, 'en-US', shot);
    await periksaTampilan(page, 'Kepulauan Meranti');
    const { dialog, form } = await mulaiProses(page, 'Pembentukan Tim Kerja dan Penetapan Keanggotaan');
    await field(form, 'Nama tim kerja').fill('Tim Layanan Perizinan Terpadu');
    await pilih(form, 'Unit pemilik kinerja', 'penanaman', 'Dinas Penanaman Modal');
    await field(form, 'Tahun').fill('2027');
    await field(form, 'Rincian tugas tim').fill('Menyederhanakan layanan perizinan berusaha');
    await isiTanggal(form, 'Tanggal mulai', '04/01/2027');
    await isiTanggal(form, 'Tanggal selesai', '31/12/2027');
    // A text typed right after the date picker closes can be lost to its late change event: check it stayed.
    await expect.poll(() => field(form, 'Rincian tugas tim').inputValue(), POLL).toBe('Menyederhanakan layanan perizinan berusaha');
    const ketua = await pilih(form, 'Ketua tim (boleh kosong)', 'fajar', 'Fajar');
    expect(ketua).toContain('Analis Kebijakan');
    await pilih(form, 'Anggota tim', 'nurdin', 'Nurdin');
    await periksaTampilan(page, 'Kepulauan Meranti');
    await shot(page, 'form-tim-terisi-dengan-nama');
    const { id: pid, variables } = await kirim(dialog);
    expect(variables).toMatchObject({ unitPemilikKinerjaId: { value: TIM.unit }, ketuaNip: { value: TIM.jfFajar }, tanggalMulai: { value: '2027-01-04' } });
    expect(JSON.parse(String(variables.anggotaNip?.value))).toEqual([TIM.pelaksanaNurdin]);

    const tetapkan = await tugasUntuk(TIM.puo, pid);
    expect(tetapkan.taskDefinitionKey).toBe('Tugas_TetapkanTimKerja');
    await page.reload();
    const tugas = await bukaTugas(page, tetapkan.id, 'Tetapkan tim kerja dan keanggotaannya');
    await expect.poll(() => field(tugas, 'Susunan keanggotaan').inputValue(), POLL).toContain('Nurdin');
    await field(tugas, 'Setuju: tetapkan tim kerja dan keanggotaannya').check();
    await periksaTampilan(page, 'Kepulauan Meranti');
    await shot(page, 'tetapkan-tim');
    await selesaikan(page, tetapkan.id);
    expect(await endOf(system.engine, pid)).toBe('Selesai_Ditetapkan');
    const keputusan = (await system.kasus.surat(pid)).filter((s) => s.jenis === 'SURAT_KEPUTUSAN');
    expect(keputusan.length).toBeGreaterThan(0);

    const kasusPuo = await bukaKasusSaya(page, shot, 'kasus-saya-puo');
    const kasus = kasusPuo.locator('section.kasus', { hasText: 'Pembentukan Tim Kerja' }).first();
    expect(await kasus.locator('.status').innerText()).toBe('Ditetapkan');
    for (const s of keputusan) expect(await kasus.innerText()).toContain(s.nomor);

    page = await masuk(TIM.pelaksanaNurdin, 'en-US', shot);
    await periksaTampilan(page, 'Kepulauan Meranti');
    const kasusAnggota = await bukaKasusSaya(page, shot, 'kasus-saya-anggota');
    expect(await kasusAnggota.locator('#surat-saya').innerText()).toContain(keputusan[0]!.nomor);
  }, 300_000);
});
