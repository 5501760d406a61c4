import express, { type Request } from 'express';
import { z } from 'zod';
import { ImportError } from '../adapters/import/csv/index.js';
import { readDirektori } from '../adapters/import/read-direktori.js';
import { imporOrganisasi, type ImporOrganisasiDeps } from '../application/impor-organisasi.js';
import { profileFor } from '../application/profiles.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../domain/roles.js';
import type { IsoDate } from '../domain/organisasi.js';
import { HttpError, inputTidakValid } from './errors.js';
import { pageQuery } from './schemas.js';

export interface OrganisasiApiDeps extends ImporOrganisasiDeps {
  /** Whether the user may import the organisation (engine administrators and organisation admins). */
  readonly mayImport: (userId: string) => Promise<boolean>;
  /** Whether the user is an engine administrator (group camunda-admin). */
  readonly isAdmin: (userId: string) => Promise<boolean>;
  readonly hariIni: () => IsoDate;
}

const imporBody = z.object({
  berkas: z.array(z.object({
    nama: z.string().regex(/^[\w.-]+\.(csv|json)$/i, 'nama berkas harus berakhiran .csv atau .json'),
    isi: z.string().max(50_000_000, 'berkas terlalu besar'),
  }).strict()).min(1, 'kirim paling sedikit satu berkas').max(10),
}).strict();

const pegawaiQuery = pageQuery.extend({
  instansiId: z.string().min(1).optional(),
  unitId: z.string().min(1).optional(),
  cari: z.string().min(2, 'paling sedikit 2 karakter').max(100).optional(),
  aktif: z.enum(['ya', 'tidak']).transform((v) => v === 'ya').optional(),
});

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw inputTidakValid(parsed.error);
  return parsed.data;
}

/** /api/organisasi: import (all or nothing, then identity sync) and paginated, filtered reads. */
export function organisasiRouter(deps: OrganisasiApiDeps): express.Router {
  const router = express.Router();

  router.post('/impor', express.json({ limit: '60mb' }), async (req: Request, res) => {
    if (!(await deps.mayImport(String(res.locals.userId)))) {
      throw new HttpError(403, { kode: 'TIDAK_BERWENANG', pesan: 'Hanya admin organisasi yang dapat mengimpor data organisasi.' });
    }
    const body = parse(imporBody, req.body);
    let direktori;
    try {
      direktori = readDirektori(body.berkas.map((b) => ({ name: b.nama, text: b.isi })));
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      throw new HttpError(422, {
        kode: 'IMPOR_DITOLAK',
        pesan: `Impor ditolak: ${e.problems.length} masalah; tidak ada yang disimpan.`,
        galat: e.problems.map((p) => ({
          field: [p.file, p.row > 0 ? `baris ${p.row}` : '', p.column].filter(Boolean).join(' '),
          berkas: p.file, baris: p.row, kolom: p.column, pesan: p.message, ...(p.ruleId ? { ruleId: p.ruleId } : {}),
        })),
      });
    }
    res.json(await imporOrganisasi(deps, direktori));
  });

  /**
   * Production: the individual initial passwords of the pegawai of one instansi, for its organisation admin (group
   * adminorganisasi, their own instansi only) or an engine administrator (?instansiId=). Empty in the demo, where
   * everyone starts with the demo password.
   */
  router.get('/kata-sandi-awal', async (req, res) => {
    const userId = String(res.locals.userId);
    const q = parse(z.object({ instansiId: z.string().min(1).optional() }), req.query);
    let instansiId: string | undefined;
    if (await deps.isAdmin(userId)) {
      instansiId = q.instansiId;
      if (!instansiId) throw new HttpError(400, { kode: 'INPUT_TIDAK_VALID', pesan: 'Sebutkan instansiId.', galat: [{ field: 'instansiId', pesan: 'wajib diisi' }] });
    } else if (await deps.mayImport(userId)) {
      const sendiri = (await deps.organisasi.listPegawai({ cari: userId, limit: 2, offset: 0 })).find((p) => p.nip === userId && p.aktif);
      if (!sendiri || (q.instansiId !== undefined && q.instansiId !== sendiri.instansiId)) {
        throw new HttpError(403, { kode: 'TIDAK_BERWENANG', pesan: 'Admin organisasi hanya dapat membaca kata sandi awal pegawai instansinya sendiri.' });
      }
      instansiId = sendiri.instansiId;
    } else {
      throw new HttpError(403, { kode: 'TIDAK_BERWENANG', pesan: 'Hanya admin organisasi yang dapat membaca kata sandi awal.' });
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({ instansiId, data: deps.kataSandiAwal ? await deps.kataSandiAwal.untukInstansi(instansiId) : [] });
  });

  router.get('/instansi', async (_req, res) => {
    res.json({ data: await deps.organisasi.listInstansi() });
  });

  router.get('/unit', async (req, res) => {
    const q = parse(z.object({ instansiId: z.string().min(1).optional() }), req.query);
    res.json({ data: await deps.organisasi.listUnit(q) });
  });

  router.get('/pegawai', async (req, res) => {
    const q = parse(pegawaiQuery, req.query);
    res.json({ data: await deps.organisasi.listPegawai(q), limit: q.limit, offset: q.offset });
  });

  router.get('/pegawai/:nip', async (req, res) => {
    const nip = parse(z.string().regex(/^\d{18}$/, 'NIP harus 18 angka'), req.params.nip);
    const tanggal = deps.hariIni();
    const view = await deps.organisasi.viewAround({ pegawaiNip: [nip], unitId: [] }, tanggal);
    const pegawai = view.pegawai(nip);
    if (!pegawai) throw new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: `Pegawai ${nip} tidak terdaftar.` });
    const profile = profileFor(view, pegawai.instansiId);
    const ppk = pejabatPenilaiKinerja(view, pegawai);
    const puo = pegawai.unitId ? pimpinanUnitOrganisasi(view, pegawai.unitId, profile.unitOrganisasiJenis) : undefined;
    res.json({
      ...pegawai,
      tanggal,
      pejabatPenilaiKinerja: ppk ? { nip: ppk.nip, nama: ppk.nama, jabatanNama: ppk.jabatanNama } : null,
      pimpinanUnitOrganisasi: puo ? { nip: puo.nip, nama: puo.nama, jabatanNama: puo.jabatanNama } : null,
      riwayatKedudukan: await deps.organisasi.riwayatKedudukan(nip),
    });
  });

  return router;
}
