import { penomoranUji } from '../support/penomoran.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { System } from '../../src/cli/system.js';
import type { PenugasanBaru } from '../../src/application/ports.js';
import { apiAs } from '../support/api-client.js';
import { DEMO, DEMO_PASSWORD, startTestSystem } from '../support/system-for-test.js';
import { TIM } from '../support/tim-kerja-demo.js';

/**
 * Issue 8 item 3 and item 6 (abuse suite): reads are scoped by instansi and role (UU 27/2022), bodies are
 * bounded, and the import checks its caller before its body. People of two instansi of the demo organisation:
 * Pemprov Banten (Diskominfo: PUO Ahmad Fauzi, JF Siti and Budi) and Pemkab Kepulauan Meranti (DPMPTSP: PUO
 * Aisyah, JF Fajar; Setda: Putri Utami, made organisation admin of Meranti here).
 */

const BANTEN = 'pemprov-banten';
const MERANTI = 'pemkab-meranti';
const ADMIN_MERANTI = '199601072023042001'; // Putri Utami, Bagian Hukum Setda Meranti
const KASUS_BANTEN = 'uji-akses-banten-1';
const KASUS_MERANTI = 'uji-akses-meranti-1';
const KASUS_LINTAS = 'uji-akses-lintas-1';

type Body = Record<string, unknown> & { kode?: string; data?: Record<string, unknown>[] };

describe('data scoped by instansi and role; bounded bodies; the import checks its caller first', () => {
  let system: System;
  let suratBanten: string;
  let timMeranti: number;
  const as = (nip: string) => apiAs(system.apiUrl!, { id: nip, password: DEMO_PASSWORD });
  const get = async (nip: string, path: string) => {
    const r = await as(nip)('GET', path);
    return { status: r.status, body: r.body as Body };
  };
  const engine = () => inject('engine');

  const penugasan = (p: Partial<PenugasanBaru> & Pick<PenugasanBaru, 'processInstanceId' | 'pegawaiNip' | 'unitPemilikKinerjaId' | 'pengusulNip'>): PenugasanBaru => ({
    bentuk: 'PENUNJUKAN', ruangLingkup: 'DALAM_UNIT', status: 'DITETAPKAN', penetapNip: p.pengusulNip, uraianTugas: 'Uji akses data',
    targetKinerja: 'Uji akses data', kompetensiDibutuhkan: ['Analisis data'], tanggalMulai: '2027-01-04', tanggalSelesai: '2027-03-31', alasan: null, ...p,
  });

  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    await system.engine.addGroupMember('adminorganisasi', ADMIN_MERANTI);
    // Given a decided case of each instansi (a penugasan and its letter) and a case that names people of both.
    await system.penugasan.record(penugasan({ processInstanceId: KASUS_BANTEN, pegawaiNip: DEMO.jfSiti, unitPemilikKinerjaId: DEMO.unit, pengusulNip: DEMO.puo }), 'uji');
    suratBanten = (await system.kasus.terbitkanSurat({
      kunci: `${KASUS_BANTEN}:surat`, kunciKasus: KASUS_BANTEN, processInstanceId: KASUS_BANTEN, jenis: 'SURAT_PENUGASAN', perihal: 'Penugasan',
      penandatanganNip: DEMO.puo, penerima: [DEMO.jfSiti], tembusan: [], isi: {}, penomoran: penomoranUji('banten'),
    })).surat.nomor;
    await system.penugasan.record(penugasan({ processInstanceId: KASUS_MERANTI, pegawaiNip: TIM.jfFajar, unitPemilikKinerjaId: TIM.unit, pengusulNip: TIM.puo }), 'uji');
    await system.kasus.tetapkanPeran(KASUS_LINTAS, 'PEGAWAI', DEMO.jfSiti);
    await system.kasus.tetapkanPeran(KASUS_LINTAS, 'PUO_TUJUAN', TIM.puo);
    const tim = await system.workerDeps.timKerja.usulkan({
      processInstanceId: 'uji-akses-tim-1', kunciKasus: 'uji-akses-tim-1', nama: 'Tim Uji Akses', unitPemilikId: TIM.unit, ruangLingkup: 'DALAM_UNIT',
      tahun: 2027, tanggalMulai: '2027-01-04', tanggalSelesai: '2027-06-30', ketuaNip: TIM.jfFajar, instrumen: 'SURAT_TUGAS', tujuan: null, rincianTugas: 'Uji',
    });
    timMeranti = (await system.workerDeps.timKerja.tetapkan(tim.processInstanceId, { status: 'DITETAPKAN', suratNomor: null, anggota: [{ nip: TIM.jfFajar, peran: 'KETUA' }] })).id;
  });
  afterAll(async () => {
    await system?.engine.removeGroupMember('adminorganisasi', ADMIN_MERANTI).catch(() => undefined);
    await system?.stop();
  });

  describe('directory of another instansi', () => {
    it('a pegawai lists no one of another instansi, and colleagues only by name and jabatan', async () => {
      const lain = await get(DEMO.jfSiti, `/api/organisasi/pegawai?instansiId=${MERANTI}&limit=200`);
      expect(lain.status).toBe(200);
      expect(lain.body.data).toEqual([]);
      const semua = (await get(DEMO.jfSiti, '/api/organisasi/pegawai?limit=200')).body.data!;
      expect(semua.length).toBeGreaterThan(1);
      expect(new Set(semua.map((p) => p.instansiId))).toEqual(new Set([BANTEN]));
      const budi = semua.find((p) => p.nip === DEMO.jfBudi)!;
      expect(budi).toMatchObject({ nama: expect.any(String) as unknown, jabatanNama: expect.any(String) as unknown, proyeksi: 'RINGKAS' });
      expect(budi).not.toHaveProperty('golongan');
      expect(budi).not.toHaveProperty('pendidikan');
      expect(semua.find((p) => p.nip === DEMO.jfSiti)).toHaveProperty('golongan');
    });

    it('a pegawai reading one person of another instansi gets 404; golongan, pendidikan and history are never shown', async () => {
      const fajar = await get(DEMO.jfSiti, `/api/organisasi/pegawai/${TIM.jfFajar}`);
      expect(fajar.status).toBe(404);
      expect(fajar.body).toMatchObject({ kode: 'TIDAK_DITEMUKAN', pesan: `Pegawai ${TIM.jfFajar} tidak terdaftar.` });
      // the same answer as for a NIP nobody has
      expect((await get(DEMO.jfSiti, '/api/organisasi/pegawai/199001012020011999')).body).toMatchObject({ kode: 'TIDAK_DITEMUKAN' });
    });

    it('someone of another instansi named in a case of the caller: name and jabatan only', async () => {
      const aisyah = await get(DEMO.jfSiti, `/api/organisasi/pegawai/${TIM.puo}`);
      expect(aisyah.status).toBe(200);
      expect(aisyah.body).toMatchObject({ nip: TIM.puo, instansiId: MERANTI, proyeksi: 'RINGKAS' });
      for (const rahasia of ['golongan', 'pendidikan', 'pengalaman', 'kompetensi', 'riwayatKedudukan', 'pejabatPenilaiKinerja']) {
        expect(aisyah.body).not.toHaveProperty(rahasia);
      }
    });

    it('units and instansi of another instansi are not listed', async () => {
      const unit = (await get(DEMO.jfSiti, '/api/organisasi/unit')).body.data!;
      expect(unit.length).toBeGreaterThan(0);
      expect(new Set(unit.map((u) => u.instansiId))).toEqual(new Set([BANTEN]));
      expect((await get(DEMO.jfSiti, `/api/organisasi/unit?instansiId=${MERANTI}`)).body.data).toEqual([]);
      expect((await get(DEMO.jfSiti, '/api/organisasi/instansi')).body.data!.map((i) => i.id)).toEqual([BANTEN]);
    });
  });

  describe("another pegawai's case, letters and penugasan", () => {
    it('the case: 404 to a colleague and to another instansi, 200 to the pegawai it is about', async () => {
      expect((await get(DEMO.jfSiti, `/api/kasus/${KASUS_BANTEN}`)).status).toBe(200);
      expect(await get(DEMO.jfBudi, `/api/kasus/${KASUS_BANTEN}`)).toMatchObject({ status: 404, body: { kode: 'TIDAK_DITEMUKAN' } });
      expect((await get(TIM.jfFajar, `/api/kasus/${KASUS_BANTEN}`)).status).toBe(404);
    });

    it('the letter and its printable page: 404 to a colleague, 200 to its recipient', async () => {
      const q = `nomor=${encodeURIComponent(suratBanten)}`;
      expect((await get(DEMO.jfSiti, `/api/surat?${q}`)).status).toBe(200);
      expect(await get(DEMO.jfBudi, `/api/surat?${q}`)).toMatchObject({ status: 404, body: { kode: 'TIDAK_DITEMUKAN' } });
      expect((await as(DEMO.jfBudi)('GET', `/api/surat/cetak?${q}`).catch(() => ({ status: 0 }))).status).toBe(404);
      expect((await get(TIM.jfFajar, `/api/surat?${q}`)).status).toBe(404);
    });

    it('penugasan: a colleague gets 404 for one and an empty list when filtering by its pegawai', async () => {
      expect((await get(DEMO.jfSiti, `/api/penugasan/${KASUS_BANTEN}`)).status).toBe(200);
      expect(await get(DEMO.jfBudi, `/api/penugasan/${KASUS_BANTEN}`)).toMatchObject({ status: 404, body: { kode: 'TIDAK_DITEMUKAN' } });
      expect((await get(DEMO.jfBudi, `/api/penugasan?pegawaiNip=${DEMO.jfSiti}`)).body.data).toEqual([]);
      const fajar = (await get(TIM.jfFajar, '/api/penugasan?limit=200')).body.data!;
      expect(fajar.map((p) => p.processInstanceId)).toContain(KASUS_MERANTI);
      expect(fajar.map((p) => p.processInstanceId)).not.toContain(KASUS_BANTEN);
    });

    it('teams: a team of another instansi is 404 and not listed; its ketua reads it', async () => {
      expect((await get(TIM.jfFajar, `/api/tim-kerja/${timMeranti}`)).status).toBe(200);
      expect((await get(DEMO.jfSiti, `/api/tim-kerja/${timMeranti}`)).status).toBe(404);
      expect((await get(DEMO.jfSiti, `/api/tim-kerja/${timMeranti}/koordinasi`)).status).toBe(404);
      expect((await get(DEMO.jfSiti, '/api/tim-kerja?limit=200')).body.data!.map((t) => t.id)).not.toContain(timMeranti);
      expect((await get(TIM.puo, '/api/tim-kerja?limit=200')).body.data!.map((t) => t.id)).toContain(timMeranti);
    });
  });

  describe('a pejabat reads the units they lead, not others', () => {
    it('the PUO of Diskominfo reads its pegawai in full and their penugasan', async () => {
      const budi = await get(DEMO.puo, `/api/organisasi/pegawai/${DEMO.jfBudi}`);
      expect(budi.status).toBe(200);
      expect(budi.body).toHaveProperty('golongan');
      expect(budi.body).toHaveProperty('riwayatKedudukan');
      const unit = (await get(DEMO.puo, `/api/organisasi/pegawai?unitId=${DEMO.unit}&limit=200`)).body.data!;
      expect(unit.map((p) => p.nip)).toContain(DEMO.jfSiti);
      expect(unit.every((p) => 'golongan' in p)).toBe(true);
      expect((await get(DEMO.puo, `/api/penugasan?pegawaiNip=${DEMO.jfSiti}`)).body.data!.map((p) => p.processInstanceId)).toContain(KASUS_BANTEN);
    });

    it('but not a unit of another instansi: its pegawai, penugasan and case are 404', async () => {
      expect((await get(DEMO.puo, `/api/organisasi/pegawai/${TIM.jfFajar}`)).status).toBe(404);
      expect((await get(DEMO.puo, `/api/penugasan/${KASUS_MERANTI}`)).status).toBe(404);
      expect((await get(DEMO.puo, `/api/kasus/${KASUS_MERANTI}`)).status).toBe(404);
      expect((await get(DEMO.puo, `/api/organisasi/pegawai?unitId=${TIM.unit}`)).body.data).toEqual([]);
    });

    it('nor, to a JF who leads nothing, a colleague in full', async () => {
      const budi = await get(DEMO.jfSiti, `/api/organisasi/pegawai/${DEMO.jfBudi}`);
      expect(budi.status).toBe(200);
      expect(budi.body).toMatchObject({ proyeksi: 'RINGKAS' });
      expect(budi.body).not.toHaveProperty('golongan');
    });
  });

  describe('organisation admin', () => {
    const meranti = { id: MERANTI, nama: 'Pemerintah Kabupaten Kepulauan Meranti', jenis: 'KABUPATEN', profil: 'MRT' };
    const banten = { id: BANTEN, nama: 'Pemerintah Provinsi Banten', jenis: 'PROVINSI', profil: 'BTN' };
    const berkas = (d: object) => ({ berkas: [{ nama: 'direktori.json', isi: JSON.stringify({ kedudukan: [], pimpinan: [], pejabatBerwenang: [], delegasi: [], pegawai: [], ...d }) }] });

    it('reads their instansi in full, not another', async () => {
      expect(await get(ADMIN_MERANTI, `/api/organisasi/pegawai/${TIM.jfFajar}`)).toMatchObject({ status: 200, body: { golongan: expect.any(String) as unknown } });
      expect((await get(ADMIN_MERANTI, `/api/organisasi/pegawai/${DEMO.jfSiti}`)).status).toBe(404);
      expect((await get(ADMIN_MERANTI, `/api/penugasan/${KASUS_MERANTI}`)).status).toBe(200);
      expect((await get(ADMIN_MERANTI, `/api/penugasan/${KASUS_BANTEN}`)).status).toBe(404);
    });

    it('importing another instansi is refused (403) and nothing is stored; their own instansi is imported', async () => {
      const asing = await as(ADMIN_MERANTI)('POST', '/api/organisasi/impor', berkas({
        instansi: [{ ...banten, nama: 'Diambil alih' }],
        unit: [{ id: 'banten-uji-akses', instansiId: BANTEN, nama: 'Unit Sisipan', jenis: 'UNIT_ORGANISASI' }],
      }));
      expect(asing.status).toBe(403);
      expect(asing.body).toMatchObject({ kode: 'TIDAK_BERWENANG', galat: expect.arrayContaining([expect.objectContaining({ field: 'instansi.0.id' })]) as unknown });
      expect((await system.organisasi.listInstansi()).find((i) => i.id === BANTEN)?.nama).toBe(banten.nama);
      expect((await system.organisasi.listUnit({ instansiId: BANTEN })).map((u) => u.id)).not.toContain('banten-uji-akses');

      // a unit id of Banten smuggled into a Meranti file would move the unit: refused too
      const pindah = await as(ADMIN_MERANTI)('POST', '/api/organisasi/impor', berkas({
        instansi: [meranti], unit: [{ id: DEMO.unit, instansiId: MERANTI, nama: 'Diskominfo milik Meranti', jenis: 'UNIT_ORGANISASI' }],
      }));
      expect(pindah.status).toBe(422);
      expect(JSON.stringify(pindah.body)).toContain(`Id unit ${DEMO.unit} sudah dipakai oleh instansi ${BANTEN}`);
      expect((await system.organisasi.listUnit({ instansiId: BANTEN })).map((u) => u.id)).toContain(DEMO.unit);

      const sendiri = await as(ADMIN_MERANTI)('POST', '/api/organisasi/impor', berkas({
        instansi: [meranti], unit: [{ id: 'meranti-uji-akses', instansiId: MERANTI, nama: 'Unit Uji Akses', jenis: 'UNIT_ORGANISASI' }],
      }));
      expect(sendiri.status, JSON.stringify(sendiri.body)).toBe(200);
      expect((await system.organisasi.listUnit({ instansiId: MERANTI })).map((u) => u.id)).toContain('meranti-uji-akses');
    });
  });

  describe('the import by a non-admin is refused before its body is read', () => {
    it('a malformed 1 MB body gets 403 (not 400), quickly', async () => {
      const headers = { authorization: `Basic ${Buffer.from(`${DEMO.jfSiti}:${DEMO_PASSWORD}`).toString('base64')}`, 'content-type': 'application/json' };
      const mulai = Date.now();
      const r = await fetch(`${system.apiUrl!}/api/organisasi/impor`, { method: 'POST', headers, body: `{"berkas": [${'x'.repeat(1024 * 1024)}` });
      expect(r.status).toBe(403);
      expect(await r.json()).toMatchObject({ kode: 'TIDAK_BERWENANG' });
      expect(Date.now() - mulai).toBeLessThan(3000);
    });
  });

  describe('oversized bodies: 413 in our error shape, not 500', () => {
    const besar = (n: number) => JSON.stringify({ uraianTugas: 'x'.repeat(n) });
    const kirim = (url: string, user: string, password: string, body: string | ReadableStream<Uint8Array>) => fetch(url, {
      method: 'POST', body, duplex: 'half',
      headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`, 'content-type': 'application/json' },
    });

    it.each([
      ['/api/penunjukan'],
      ['/api/tim-kerja/1/koordinasi'],
      ['/api/penugasan'],
    ])('POST %s with 300 KB', async (path) => {
      const r = await kirim(system.apiUrl! + path, DEMO.puo, DEMO_PASSWORD, besar(300 * 1024));
      expect(r.status).toBe(413);
      expect(await r.json()).toMatchObject({ kode: 'BADAN_TERLALU_BESAR', pesan: expect.stringContaining('terlalu besar') as unknown });
    });

    it('a chunked body (no Content-Length) over the limit is cut off with 413 too', async () => {
      const potongan = new TextEncoder().encode('x'.repeat(64 * 1024));
      let n = 0;
      const stream = new ReadableStream<Uint8Array>({ pull(c) { if (n++ < 8) c.enqueue(potongan); else c.close(); } });
      const r = await kirim(`${system.apiUrl!}/api/penunjukan`, DEMO.puo, DEMO_PASSWORD, stream);
      expect(r.status).toBe(413);
      expect(await r.json()).toMatchObject({ kode: 'BADAN_TERLALU_BESAR' });
    });

    it('the import by its admin above 60 MB', async () => {
      const r = await kirim(`${system.apiUrl!}/api/organisasi/impor`, ADMIN_MERANTI, DEMO_PASSWORD, JSON.stringify({ berkas: [{ nama: 'a.json', isi: 'x'.repeat(61 * 1024 * 1024) }] }));
      expect(r.status).toBe(413);
      expect(await r.json()).toMatchObject({ kode: 'BADAN_TERLALU_BESAR', pesan: expect.stringContaining('60 MB') as unknown });
    });

    it('/engine-rest: 5 MB to submit-form is refused with 413 before it is read', async () => {
      const r = await kirim(`${engine().restUrl}/process-definition/key/penunjukan-dalam-unit/submit-form`, DEMO.jfSiti, DEMO_PASSWORD,
        JSON.stringify({ variables: { x: { value: 'x'.repeat(5 * 1024 * 1024), type: 'String' } } }));
      expect(r.status).toBe(413);
      expect(await r.json()).toMatchObject({ type: 'BadanTerlaluBesar', message: expect.stringContaining('terlalu besar') as unknown });
    });
  });
});
