import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPengirimSurel } from '../src/adapters/documents/surel.js';
import type { System } from '../src/cli/system.js';
import { terbitkanNaskah, type TerbitkanDeps } from '../src/application/surat/terbitkan-naskah.js';
import { apiAs } from './support/api-client.js';
import { DEMO, DEMO_PASSWORD, startTestSystem } from './support/system-for-test.js';

const ADMIN_BANTEN = '198108192009121002';
const PERMOHONAN = {
  pegawaiNip: DEMO.jfSiti, unitPemilikKinerjaId: DEMO.unit, uraianTugas: 'Menyusun dasbor statistik sektoral', targetKinerja: 'Dasbor terbit',
  maksudTujuan: 'Menyusun dasbor statistik sektoral', ekspektasiTarget: 'Dasbor terbit', kompetensiDibutuhkan: ['Analisis data'], tanggalMulai: '2027-01-04', tanggalSelesai: '2027-03-31',
};

/** A real local SMTP server that keeps what it receives. */
async function smtpLokal(): Promise<{ port: number; pesan: { ke: string[]; isi: string }[]; tutup: () => Promise<void> }> {
  const pesan: { ke: string[]; isi: string }[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => { pesan.push({ ke: session.envelope.rcptTo.map((r) => r.address), isi: Buffer.concat(chunks).toString('utf8') }); callback(); });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, pesan, tutup: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('official letters: numbered PDF, download only by those concerned, inbox and e-mail (issue 12)', () => {
  let system: System;
  let smtp: Awaited<ReturnType<typeof smtpLokal>>;
  let deps: TerbitkanDeps;
  const letak = { kunciKasus: 'SURAT-UJI-1', processInstanceId: 'pi-surat-uji-1' };
  const surat = (kunci: string) => ({
    kunci, kunciKasus: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: 'SURAT_PENUGASAN' as const, perihal: 'Penugasan penyusunan dasbor',
    penandatanganNip: DEMO.puo, penerima: [DEMO.jfSiti], tembusan: [{ peran: 'ppkPegawaiNip', nip: DEMO.puo }, { peran: 'adminNip', nip: ADMIN_BANTEN }],
    isi: { permohonan: PERMOHONAN, keputusan: [] },
  });

  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    await system.engine.addGroupMember('adminorganisasi', ADMIN_BANTEN);
    smtp = await smtpLokal();
    deps = { ...system.workerDeps, surel: createPengirimSurel({ url: `smtp://127.0.0.1:${smtp.port}`, dari: 'Sistem Kerja <noreply@uji.invalid>' }) };
    await deps.surat.aturEmail([{ nip: DEMO.jfSiti, email: 'siti@uji.invalid' }, { nip: ADMIN_BANTEN, email: 'kaban@uji.invalid' }]);
  });
  afterAll(async () => {
    await smtp?.tutup();
    await system?.stop();
  });

  it('a redelivered task gets the same number and the same document back, and sends no second e-mail', async () => {
    const pertama = await terbitkanNaskah(deps, letak, surat('act-1'), []);
    const ulang = await terbitkanNaskah(deps, letak, surat('act-1'), []);
    expect(ulang.surat.nomor).toBe(pertama.surat.nomor);
    expect(ulang.dokumen.sha256).toBe(pertama.dokumen.sha256);
    expect(Buffer.from(ulang.dokumen.pdf).equals(Buffer.from(pertama.dokumen.pdf))).toBe(true);
    expect(pertama.surat.nomor).not.toContain(letak.processInstanceId);
    expect(pertama.surat.nomor).not.toContain(letak.kunciKasus);
    expect((await system.kasus.surat(letak.kunciKasus)).length).toBe(1);
    // E-mail: the addressee and the tembusan with a known address, once each, with the PDF attached.
    expect(smtp.pesan.map((p) => p.ke).flat().sort()).toEqual(['kaban@uji.invalid', 'siti@uji.invalid']);
    // (quoted-printable soft line breaks removed before reading the body)
    expect(smtp.pesan.every((p) => p.isi.includes('application/pdf') && p.isi.replace(/=\r?\n/g, '').includes(pertama.dokumen.sha256))).toBe(true);
  });

  it('the PDF is downloadable by the signer, the addressee, the tembusan and the instansi admin; anyone else is refused', async () => {
    const { surat: s, dokumen } = await terbitkanNaskah(deps, letak, surat('act-1'), []);
    for (const nip of [DEMO.puo, DEMO.jfSiti, ADMIN_BANTEN]) {
      const r = await fetch(`${system.apiUrl}/api/surat/${s.id}/pdf`, { headers: { authorization: `Basic ${Buffer.from(`${nip}:${DEMO_PASSWORD}`).toString('base64')}` } });
      expect(r.status, nip).toBe(200);
      expect(r.headers.get('content-type')).toContain('application/pdf');
      expect(r.headers.get('x-sha256')).toBe(dokumen.sha256);
      expect(Buffer.from(await r.arrayBuffer()).equals(Buffer.from(dokumen.pdf))).toBe(true);
    }
    const orangLain = apiAs(system.apiUrl!, { id: DEMO.jfBudi, password: DEMO_PASSWORD });
    expect((await orangLain('GET', `/api/surat/${s.id}/pdf`)).status).toBe(404);
    expect((await orangLain('GET', `/api/surat/${s.id}/srikandi`)).status).toBe(404);
    const tanpaLogin = await fetch(`${system.apiUrl}/api/surat/${s.id}/pdf`);
    expect(tanpaLogin.status).toBe(401);
  });

  it('the SRIKANDI record carries the fields of an upload; the inbox shows the copy unread, then read', async () => {
    const { surat: s, dokumen } = await terbitkanNaskah(deps, letak, surat('act-1'), []);
    const siti = apiAs(system.apiUrl!, { id: DEMO.jfSiti, password: DEMO_PASSWORD });
    const srikandi = (await siti('GET', `/api/surat/${s.id}/srikandi`)).body as Record<string, unknown>;
    expect(srikandi).toMatchObject({ jenisNaskah: 'Surat Tugas', nomorNaskah: s.nomor, hal: 'Penugasan penyusunan dasbor', sifatNaskah: 'Biasa', kodeKlasifikasi: '800' });
    expect((srikandi.berkas as { sha256: string }).sha256).toBe(dokumen.sha256);
    const belum = (await siti('GET', '/api/kotak-masuk?status=BELUM_DIBACA')).body as { data: { suratId: number; sebagai: string }[] };
    expect(belum.data).toEqual([expect.objectContaining({ suratId: s.id, sebagai: 'PENERIMA' })]);
    expect((await siti('POST', `/api/kotak-masuk/${s.id}/dibaca`)).status).toBe(204);
    expect(((await siti('GET', '/api/kotak-masuk?status=BELUM_DIBACA')).body as { data: unknown[] }).data).toEqual([]);
    const kaban = apiAs(system.apiUrl!, { id: ADMIN_BANTEN, password: DEMO_PASSWORD });
    expect(((await kaban('GET', '/api/kotak-masuk')).body as { data: { sebagai: string }[] }).data).toEqual([expect.objectContaining({ sebagai: 'TEMBUSAN' })]);
    // Nobody marks someone else's copy.
    expect((await apiAs(system.apiUrl!, { id: DEMO.jfBudi, password: DEMO_PASSWORD })('POST', `/api/kotak-masuk/${s.id}/dibaca`)).status).toBe(404);
  });

  it('a letter missing a mandatory content takes no number (R-NAT-11); the format is set by the instansi admin only', async () => {
    const kurang = { ...surat('act-2'), jenis: 'SURAT_PERMOHONAN_PELIBATAN' as const, isi: { permohonan: { ...PERMOHONAN, ekspektasiTarget: '', targetKinerja: '' }, keputusan: [] } };
    await expect(terbitkanNaskah(deps, letak, kurang, [])).rejects.toThrow(/R-NAT-11/);
    const kadis = apiAs(system.apiUrl!, { id: DEMO.puo, password: DEMO_PASSWORD });
    const format = { kop: ['PEMERINTAH PROVINSI BANTEN'], tempat: 'Serang', polaNomor: '{klasifikasi}/{urut}/{unit}/{tahun}', kodeKlasifikasi: { bawaan: '800.1.11.1' }, kodeUnit: { [DEMO.unit]: 'Diskominfo' } };
    expect((await kadis('PUT', '/api/instansi/pemprov-banten/format-surat', format)).status).toBe(403);
    const admin = apiAs(system.apiUrl!, { id: ADMIN_BANTEN, password: DEMO_PASSWORD });
    const salah = await admin('PUT', '/api/instansi/pemprov-banten/format-surat', { ...format, polaNomor: '{klasifikasi}/{unit}' });
    expect(salah.status).toBe(400);
    expect(JSON.stringify(salah.body)).toContain('{urut}');
    expect((await admin('PUT', '/api/instansi/pemprov-banten/format-surat', format)).status).toBe(204);
    const { surat: s } = await terbitkanNaskah(deps, letak, surat('act-3'), []);
    // The refused letter took no number: this one is the second of the year.
    expect(s.nomor).toMatch(/^800\.1\.11\.1\/2\/Diskominfo\/\d{4}$/);
  });
});
