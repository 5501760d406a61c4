import express from 'express';
import { z } from 'zod';
import type { KasusRepository, OrganisasiRepository, PenugasanRepository, PermohonanRepository, SuratTercatat } from '../application/ports.js';
import type { IsoDate } from '../domain/organisasi.js';
import { HttpError, inputTidakValid } from './errors.js';
import { suratHtml } from './surat-html.js';

export interface KasusApiDeps {
  readonly kasus: KasusRepository;
  readonly permohonan: PermohonanRepository;
  readonly penugasan: PenugasanRepository;
  readonly organisasi: OrganisasiRepository;
  readonly hariIni: () => IsoDate;
  /** The agency's time zone (SK_ZONA_WAKTU), in which letters are dated. */
  readonly zonaWaktu?: string;
  /** Engine administrators may read every case. */
  readonly isAdmin: (userId: string) => Promise<boolean>;
}

const nomorQuery = z.object({ nomor: z.string().min(3, 'nomor surat wajib diisi').max(200) });

const tidakDitemukan = (pesan: string) => new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan });

/**
 * /api/kasus/:kunci and /api/surat: a case's request, role holders, decisions, letters and penugasan, and a
 * letter as a printable page. Only the people involved in the case (or an administrator) may read them.
 */
export function kasusRouter(deps: KasusApiDeps): express.Router {
  const router = express.Router();

  async function terlibat(kunci: string, userId: string): Promise<boolean> {
    if (await deps.isAdmin(userId)) return true;
    const [peran, permohonan, surat] = await Promise.all([deps.kasus.peran(kunci), deps.permohonan.ambil(kunci), deps.kasus.surat(kunci)]);
    const orang = new Set([
      ...Object.values(peran), permohonan?.pengusulNip,
      ...surat.flatMap((s) => [s.penandatanganNip, ...s.penerima, ...s.tembusan.map((t) => t.nip)]),
    ]);
    return orang.has(userId);
  }

  const periksaAkses = async (kunci: string, userId: string) => {
    // Not found and not allowed look the same, so case keys cannot be probed.
    if (!(await terlibat(kunci, userId))) throw tidakDitemukan(`Kasus ${kunci} tidak ditemukan.`);
  };

  router.get('/kasus/:kunci', async (req, res) => {
    const kunci = req.params.kunci ?? '';
    await periksaAkses(kunci, String(res.locals.userId));
    const [permohonan, peran, keputusan, surat, penugasan] = await Promise.all([
      deps.permohonan.ambil(kunci), deps.kasus.peran(kunci), deps.kasus.keputusan(kunci), deps.kasus.surat(kunci),
      deps.penugasan.allByProcessInstance(kunci),
    ]);
    res.json({ kunci, permohonan: permohonan ?? null, peran, keputusan, surat, penugasan });
  });

  const suratDari = async (query: unknown, userId: string): Promise<SuratTercatat> => {
    const parsed = nomorQuery.safeParse(query);
    if (!parsed.success) throw inputTidakValid(parsed.error);
    const surat = await deps.kasus.suratByNomor(parsed.data.nomor);
    if (!surat) throw tidakDitemukan(`Surat ${parsed.data.nomor} tidak ditemukan.`);
    if (!(await terlibat(surat.kunciKasus, userId))) throw tidakDitemukan(`Surat ${parsed.data.nomor} tidak ditemukan.`);
    return surat;
  };

  router.get('/surat', async (req, res) => {
    res.json(await suratDari(req.query, String(res.locals.userId)));
  });

  router.get('/surat/cetak', async (req, res) => {
    const surat = await suratDari(req.query, String(res.locals.userId));
    const nips = [surat.penandatanganNip, ...surat.penerima, ...surat.tembusan.map((t) => t.nip),
      ...((surat.isi.keputusan ?? []) as { aktorNip: string }[]).map((k) => k.aktorNip)];
    const org = await deps.organisasi.viewAround({ pegawaiNip: nips, unitId: [] }, deps.hariIni());
    res.type('html').send(suratHtml(surat, (nip) => org.pegawai(nip)?.nama ?? nip, deps.zonaWaktu));
  });

  return router;
}
