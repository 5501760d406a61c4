import express from 'express';
import { z } from 'zod';
import type { TimKerjaRepository } from '../application/ports.js';
import { HttpError, inputTidakValid } from './errors.js';
import { pageQuery } from './schemas.js';

export interface TimKerjaApiDeps {
  readonly timKerja: TimKerjaRepository;
}

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
    res.json({ data: await deps.timKerja.list(q), limit: q.limit, offset: q.offset });
  });
  router.get('/:id', async (req, res) => {
    const { id } = parse(z.object({ id: z.coerce.number().int().positive('id tim kerja berupa angka') }), req.params);
    const tim = await deps.timKerja.byId(id);
    if (!tim) throw new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: `Tim kerja ${id} tidak ditemukan.` });
    res.json(tim);
  });
  return router;
}
