import express from 'express';
import { z } from 'zod';
import { bolehMembacaKoordinasi, catatKoordinasiTim, type KoordinasiTimDeps } from '../application/koordinasi-tim.js';
import { TAHAP_KOORDINASI } from '../domain/rules/koordinasi-tim.js';
import { bolehBacaTimKerja } from '../application/akses-baca.js';
import { lingkupDari } from './auth.js';
import { aturanDilanggar, HttpError, inputTidakValid } from './errors.js';
import { pageQuery } from './schemas.js';

export type TimKerjaApiDeps = KoordinasiTimDeps;

const idTim = z.object({ id: z.coerce.number().int().positive('id tim kerja berupa angka') });

/** POST /api/tim-kerja/:id/koordinasi (R-NAT-45). */
const koordinasiBody = z.object({
  tahap: z.enum(TAHAP_KOORDINASI, { error: 'tahap wajib salah satu dari PERENCANAAN, PELAKSANAAN, PEMANTAUAN, EVALUASI' }),
  tanggal: z.iso.date({ error: 'tanggal wajib berformat YYYY-MM-DD' }),
  catatan: z.string({ error: 'catatan koordinasi wajib diisi' }).trim()
    .min(10, 'catatan koordinasi paling sedikit 10 karakter').max(4000, 'catatan koordinasi paling banyak 4000 karakter'),
}, { error: 'badan permintaan wajib berupa objek JSON' });

const tidakDitemukan = (id: number) => new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: `Tim kerja ${id} tidak ditemukan.` });

const timQuery = pageQuery.extend({
  unitPemilikId: z.string().min(1).optional(),
  nip: z.string().regex(/^\d{18}$/, 'NIP terdiri atas 18 angka').optional(),
  status: z.enum(['DIUSULKAN', 'DITETAPKAN', 'DITOLAK']).optional(),
});

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw inputTidakValid(parsed.error);
  return parsed.data;
}

/** /api/tim-kerja: the teams formed by F6 with their members (filter by owner unit, member NIP, status). */
export function timKerjaRouter(deps: TimKerjaApiDeps): express.Router {
  const router = express.Router();
  router.get('/', async (req, res) => {
    const q = parse(timQuery, req.query);
    res.json({ data: await deps.timKerja.list({ ...q, lingkup: lingkupDari(res) }), limit: q.limit, offset: q.offset });
  });
  /** The team, when the caller may read it (src/domain/akses.ts); otherwise 404, as if it did not exist. */
  const timTerbaca = async (id: number, res: express.Response) => {
    const tim = await deps.timKerja.byId(id);
    if (!tim || !(await bolehBacaTimKerja(deps, lingkupDari(res), tim))) throw tidakDitemukan(id);
    return tim;
  };
  router.get('/:id', async (req, res) => {
    const { id } = parse(idTim, req.params);
    res.json(await timTerbaca(id, res));
  });
  // R-NAT-45: coordination records of the team, per phase; the ketua, an anggota or the owner PUO writes and reads them.
  router.post('/:id/koordinasi', async (req, res) => {
    const { id } = parse(idTim, req.params);
    const body = parse(koordinasiBody, req.body);
    const hasil = await catatKoordinasiTim(deps, String(res.locals.userId), id, body);
    if (!hasil.ok && hasil.tidakDitemukan) throw tidakDitemukan(id);
    if (!hasil.ok) {
      if (hasil.violations.some((v) => v.ruleId === 'R-SYS-02')) {
        throw new HttpError(403, { kode: 'TIDAK_BERWENANG', pesan: hasil.violations.map((v) => v.message).join(' '),
          galat: hasil.violations.map((v) => ({ field: v.field, ruleId: v.ruleId, pesan: v.message })) });
      }
      throw aturanDilanggar(hasil.violations);
    }
    res.status(hasil.baru ? 201 : 200).json(hasil.koordinasi);
  });
  router.get('/:id/koordinasi', async (req, res) => {
    const { id } = parse(idTim, req.params);
    await timTerbaca(id, res);
    if (!(await bolehMembacaKoordinasi(deps, String(res.locals.userId), id))) {
      throw new HttpError(403, { kode: 'TIDAK_BERWENANG', pesan: 'Catatan koordinasi hanya dapat dibaca oleh anggota tim atau Pimpinan Unit Organisasi pemilik kinerja.' });
    }
    res.json({ data: await deps.koordinasiTim.daftar(id) });
  });
  return router;
}
