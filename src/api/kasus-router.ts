import express from 'express';
import { z } from 'zod';
import type { KasusRepository, OrganisasiRepository, PenugasanRepository, PermohonanRepository, PesanProses, ProcessHistory, SuratTercatat } from '../application/ports.js';
import { tarikPermohonan } from '../application/tarik-permohonan.js';
import type { IsoDate } from '../domain/organisasi.js';
import { bolehBacaKasus } from '../application/akses-baca.js';
import type { LingkupBaca } from '../domain/akses.js';
import { lingkupDari, pemanggilDari } from './auth.js';
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
  /** Withdrawal (issue 9): who started a case, and the engine's message correlation (as the API's technical user). */
  readonly history: ProcessHistory;
  readonly pesan: Pick<PesanProses, 'correlateMessage'>;
  readonly akunApi: string;
}

const penarikanBody = z.object({
  alasan: z.string({ error: 'alasan penarikan wajib diisi' }).trim().min(10, 'alasan penarikan wajib diisi, paling sedikit 10 karakter').max(2000, 'alasan penarikan paling banyak 2000 karakter'),
});

const nomorQuery = z.object({ nomor: z.string().min(3, 'nomor surat wajib diisi').max(200) });

const tidakDitemukan = (pesan: string) => new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan });

/**
 * /api/kasus/:kunci and /api/surat: a case's request, role holders, decisions, letters and penugasan, and a
 * letter as a printable page. Only the people involved in the case, those who may read one of its penugasan (src/domain/akses.ts) and engine
 * administrators may read them; the printed letter names the people it needs (names only).
 */
export function kasusRouter(deps: KasusApiDeps): express.Router {
  const router = express.Router();

  // Not found and not allowed look the same, so case keys and letter numbers cannot be probed (UU 27/2022).
  const periksaAkses = async (kunci: string, lingkup: LingkupBaca, pesan: string) => {
    if (!(await bolehBacaKasus(deps, lingkup, kunci))) throw tidakDitemukan(pesan);
  };

  router.get('/kasus/:kunci', async (req, res) => {
    const kunci = req.params.kunci ?? '';
    await periksaAkses(kunci, lingkupDari(res), `Kasus ${kunci} tidak ditemukan.`);
    const [permohonan, peran, keputusan, surat, penugasan] = await Promise.all([
      deps.permohonan.ambil(kunci), deps.kasus.peran(kunci), deps.kasus.keputusan(kunci), deps.kasus.surat(kunci),
      deps.penugasan.allByProcessInstance(kunci),
    ]);
    res.json({ kunci, permohonan: permohonan ?? null, peran, keputusan, surat, penugasan });
  });

  // Issue 9: the pemohon withdraws an open request; the case closes as DIBATALKAN at the flow's withdrawal end event.
  router.post('/kasus/:kunci/tarik', async (req, res) => {
    const kunci = req.params.kunci ?? '';
    const parsed = penarikanBody.safeParse(req.body ?? {});
    if (!parsed.success) throw inputTidakValid(parsed.error);
    const hasil = await tarikPermohonan(deps, pemanggilDari(res).userId, kunci, parsed.data.alasan);
    if (!hasil.ok) throw new HttpError(hasil.status, { kode: hasil.kode, pesan: hasil.pesan });
    res.status(202).json({ kunci, processInstanceId: hasil.processInstanceId, pesan: 'Permohonan ditarik; kasus ditutup dengan status DIBATALKAN.' });
  });

  const suratDari = async (query: unknown, lingkup: LingkupBaca): Promise<SuratTercatat> => {
    const parsed = nomorQuery.safeParse(query);
    if (!parsed.success) throw inputTidakValid(parsed.error);
    const surat = await deps.kasus.suratByNomor(parsed.data.nomor);
    if (!surat) throw tidakDitemukan(`Surat ${parsed.data.nomor} tidak ditemukan.`);
    await periksaAkses(surat.kunciKasus, lingkup, `Surat ${parsed.data.nomor} tidak ditemukan.`);
    return surat;
  };

  router.get('/surat', async (req, res) => {
    res.json(await suratDari(req.query, lingkupDari(res)));
  });

  router.get('/surat/cetak', async (req, res) => {
    const surat = await suratDari(req.query, lingkupDari(res));
    const nips = [surat.penandatanganNip, ...surat.penerima, ...surat.tembusan.map((t) => t.nip),
      ...((surat.isi.keputusan ?? []) as { aktorNip: string }[]).map((k) => k.aktorNip)];
    const org = await deps.organisasi.viewAround({ pegawaiNip: nips, unitId: [] }, deps.hariIni());
    res.type('html').send(suratHtml(surat, (nip) => org.pegawai(nip)?.nama ?? nip, deps.zonaWaktu));
  });

  return router;
}
