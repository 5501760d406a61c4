import express from 'express';
import { pilihanUntuk, type PilihanDeps } from '../application/pilihan.js';
import { isSumberPilihan, SUMBER_PILIHAN } from '../domain/pilihan.js';
import { pemanggilDari } from './auth.js';
import { HttpError } from './errors.js';

/**
 * What Tasklist's custom script (engine/.../app/tasklist/scripts/sistem-kerja/) asks: the options of a form field
 * (GET /api/pilihan/:sumber) and who is logged in, with their instansi, for the header (GET /api/saya).
 */
export function pilihanRouter(deps: PilihanDeps): express.Router {
  const router = express.Router();

  router.get('/pilihan/:sumber', async (req, res) => {
    const sumber = req.params.sumber ?? '';
    if (!isSumberPilihan(sumber)) {
      throw new HttpError(404, {
        kode: 'TIDAK_DITEMUKAN', pesan: `Sumber pilihan "${sumber}" tidak dikenal.`,
        galat: [{ field: 'sumber', pesan: `pilih salah satu: ${Object.keys(SUMBER_PILIHAN).join(', ')}` }],
      });
    }
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ sumber, data: await pilihanUntuk(deps, pemanggilDari(res), sumber) });
  });

  router.get('/saya', async (_req, res) => {
    const pemanggil = pemanggilDari(res);
    const instansiId = pemanggil.pegawai?.instansiId;
    const [pegawai, instansi] = await Promise.all([
      pemanggil.pegawai ? deps.organisasi.listPegawai({ cari: pemanggil.userId, limit: 2, offset: 0 }) : Promise.resolve([]),
      instansiId ? deps.organisasi.listInstansi({ idIn: [instansiId] }) : Promise.resolve([]),
    ]);
    const diri = pegawai.find((p) => p.nip === pemanggil.userId);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({
      userId: pemanggil.userId,
      nama: diri?.nama ?? null,
      jabatanNama: diri?.jabatanNama ?? null,
      instansi: instansi[0] ? { id: instansi[0].id, nama: instansi[0].nama } : null,
    });
  });

  return router;
}
