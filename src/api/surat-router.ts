import express from 'express';
import { z } from 'zod';
import type { OrganisasiRepository, SuratTercatat } from '../application/ports.js';
import type { SuratDeps } from '../application/surat/ports.js';
import { pastikanDokumen } from '../application/surat/terbitkan-naskah.js';
import type { LingkupBaca } from '../domain/akses.js';
import { NAMA_SURAT } from '../domain/kasus.js';
import type { IsoDate } from '../domain/organisasi.js';
import { bolehUnduhSurat } from '../domain/surat/akses-surat.js';
import { eksporSrikandi } from '../domain/surat/ekspor-srikandi.js';
import { checkPolaNomor, type FormatSurat } from '../domain/surat/format-surat.js';
import type { NaskahDinas } from '../domain/surat/naskah-dinas.js';
import { lingkupDari } from './auth.js';
import { HttpError, inputTidakValid } from './errors.js';

export interface SuratApiDeps extends Pick<SuratDeps, 'surat' | 'pdf'> {
  readonly organisasi: OrganisasiRepository;
  readonly hariIni: () => IsoDate;
  /** The MPPH of a unit for a year as .xlsx bytes (src/adapters/documents/mpph-xlsx.ts over the store). */
  readonly mpph: (unitId: string, tahun: number) => Promise<Uint8Array>;
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw inputTidakValid(parsed.error);
  return parsed.data;
}

const idParam = z.object({ id: z.coerce.number({ error: 'id surat harus berupa angka' }).int().positive('id surat harus berupa angka positif') });
const kotakQuery = z.object({
  status: z.enum(['BELUM_DIBACA', 'DIBACA'], { error: 'status: BELUM_DIBACA atau DIBACA' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const LOGO = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
const formatBody = z.object({
  kop: z.array(z.string().min(1).max(120)).min(1, 'kop: paling sedikit satu baris').max(4).optional(),
  alamat: z.string().max(300).nullable().optional(),
  tempat: z.string().min(1, 'tempat wajib diisi (mis. Serang)').max(80).optional(),
  polaNomor: z.string().min(3).max(120).optional(),
  kodeKlasifikasi: z.record(z.string(), z.string().min(1).max(40)).optional(),
  kodeUnit: z.record(z.string(), z.string().min(1).max(40)).optional(),
  kodeInstansi: z.string().min(1).max(40).optional(),
  nomorPerUnit: z.boolean().optional(),
  dasarHukum: z.array(z.string().min(10).max(400)).min(1).max(10).optional(),
  sifat: z.string().min(1).max(40).optional(),
  logo: z.object({ jenis: z.enum(LOGO, { error: `logo.jenis: salah satu dari ${LOGO.join(', ')}` }), isiBase64: z.string().min(8).max(150_000, 'logo: paling besar sekitar 110 KB') }).nullable().optional(),
}).strict();
const kontakBody = z.object({ kontak: z.array(z.object({ nip: z.string().regex(/^\d{18}$/, 'nip: 18 angka'), email: z.email('email tidak valid') })).min(1).max(2000) });
const mpphQuery = z.object({ tahun: z.coerce.number({ error: 'tahun wajib diisi' }).int().min(2000).max(2100) });

const tidakAda = (id: number) => new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: `Surat ${id} tidak ditemukan.` });
const dilarang = (pesan: string) => new HttpError(403, { kode: 'TIDAK_BERHAK', pesan });

/**
 * Issue 12: a letter's PDF and its SRIKANDI record (only for signer, addressees, tembusan, the pegawai it concerns
 * and the admins of the issuing instansi; anyone else gets 404 as if it did not exist), the caller's inbox,
 * an instansi's letter format (its organisation admin), e-mail addresses, and the MPPH of a unit.
 */
export function suratRouter(deps: SuratApiDeps): express.Router {
  const router = express.Router();

  const suratTerbaca = async (raw: unknown, lingkup: LingkupBaca): Promise<{ surat: SuratTercatat; naskah: NaskahDinas }> => {
    const { id } = parse(idParam, raw);
    const surat = await deps.surat.byId(id);
    const naskah = surat?.isi.naskah as NaskahDinas | undefined;
    if (!surat || !naskah || !bolehUnduhSurat(lingkup, {
      penandatanganNip: surat.penandatanganNip, penerima: surat.penerima, tembusan: surat.tembusan.map((t) => t.nip),
      pegawaiTerkait: naskah.pegawaiTerkait, instansiId: surat.instansiId,
    })) throw tidakAda(id);
    return { surat, naskah };
  };
  const namaBerkas = (s: SuratTercatat) => `${NAMA_SURAT[s.jenis]} ${s.nomor}`.replace(/[/\\:*?"<>|]/g, '-') + '.pdf';

  router.get('/surat/:id/pdf', async (req, res) => {
    const { surat } = await suratTerbaca(req.params, lingkupDari(res));
    const dokumen = await pastikanDokumen(deps, surat);
    res.type('application/pdf').set({
      'content-disposition': `inline; filename="${namaBerkas(surat)}"`, 'x-sha256': dokumen.sha256, 'cache-control': 'private, no-store',
    }).send(Buffer.from(dokumen.pdf));
  });

  router.get('/surat/:id/srikandi', async (req, res) => {
    const { surat, naskah } = await suratTerbaca(req.params, lingkupDari(res));
    const dokumen = await pastikanDokumen(deps, surat);
    res.json(eksporSrikandi({
      nomor: surat.nomor, jenis: surat.jenis, klasifikasi: typeof surat.isi.klasifikasi === 'string' ? surat.isi.klasifikasi : null, naskah,
      berkas: { nama: namaBerkas(surat), sha256: dokumen.sha256, ukuran: dokumen.pdf.byteLength },
    }));
  });

  router.get('/kotak-masuk', async (req, res) => {
    const q = parse(kotakQuery, req.query);
    const data = await deps.surat.kotakMasuk(lingkupDari(res).diri, q);
    res.json({ data: data.map((d) => ({ ...d, pdf: `/api/surat/${d.suratId}/pdf` })), limit: q.limit, offset: q.offset });
  });

  router.post('/kotak-masuk/:id/dibaca', async (req, res) => {
    const { id } = parse(idParam, req.params);
    if (!(await deps.surat.tandaiDibaca(lingkupDari(res).diri, id))) throw tidakAda(id);
    res.status(204).end();
  });

  const adminInstansi = (lingkup: LingkupBaca, instansiId: string) => {
    if (!lingkup.semua && !lingkup.instansi.includes(instansiId)) throw dilarang(`Hanya admin organisasi instansi ${instansiId} yang dapat mengatur ini.`);
  };

  router.put('/instansi/:instansiId/format-surat', async (req, res) => {
    const instansiId = req.params.instansiId ?? '';
    adminInstansi(lingkupDari(res), instansiId);
    const { logo, ...format } = parse(formatBody, req.body);
    const pola = format.polaNomor ? checkPolaNomor(format.polaNomor) : [];
    if (pola.length > 0) throw new HttpError(400, { kode: 'INPUT_TIDAK_VALID', pesan: 'Pola nomor surat tidak valid.', galat: pola.map((pesan) => ({ field: 'polaNomor', pesan })) });
    const lama = await deps.surat.format(instansiId);
    const logoBaru = logo === undefined ? lama?.logo ?? null : logo && { jenis: logo.jenis, isi: new Uint8Array(Buffer.from(logo.isiBase64, 'base64')) };
    await deps.surat.aturFormat(instansiId, { ...(lama?.format ?? {}), ...(format as Partial<FormatSurat>) }, logoBaru, lingkupDari(res).diri);
    res.status(204).end();
  });

  router.put('/organisasi/kontak', async (req, res) => {
    const { kontak } = parse(kontakBody, req.body);
    const lingkup = lingkupDari(res);
    const org = await deps.organisasi.viewAround({ pegawaiNip: kontak.map((k) => k.nip), unitId: [] }, deps.hariIni());
    const asing = kontak.filter((k) => { const p = org.pegawai(k.nip); return !p || !(lingkup.semua || lingkup.instansi.includes(p.instansiId)); });
    if (asing.length > 0) throw dilarang(`Alamat surel hanya dapat diatur oleh admin organisasi instansi pegawai tersebut: ${asing.map((k) => k.nip).join(', ')}.`);
    await deps.surat.aturEmail(kontak);
    res.status(204).end();
  });

  router.get('/unit/:unitId/mpph.xlsx', async (req, res) => {
    const unitId = req.params.unitId ?? '';
    const { tahun } = parse(mpphQuery, req.query);
    const lingkup = lingkupDari(res);
    const org = await deps.organisasi.viewAround({ pegawaiNip: [], unitId: [unitId] }, deps.hariIni());
    const unit = org.unit(unitId);
    if (!unit || !(lingkup.semua || lingkup.unit.includes(unitId) || lingkup.instansi.includes(unit.instansiId))) {
      throw new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: `Unit ${unitId} tidak ditemukan.` });
    }
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .set('content-disposition', `attachment; filename="MPPH ${unitId} ${tahun}.xlsx"`).send(Buffer.from(await deps.mpph(unitId, tahun)));
  });

  return router;
}
