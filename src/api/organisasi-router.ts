import express, { type Request } from 'express';
import { z } from 'zod';
import { ImportError } from '../adapters/import/csv/index.js';
import { readDirektori } from '../adapters/import/read-direktori.js';
import { ImporDiLuarLingkup, imporOrganisasi, type ImporOrganisasiDeps } from '../application/impor-organisasi.js';
import { profileFor } from '../application/profiles.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../domain/roles.js';
import type { IsoDate } from '../domain/organisasi.js';
import { bolehMengimpor, instansiBolehDiimpor, instansiTerbaca, proyeksiPegawai, ringkas, type PegawaiRingkas } from '../domain/akses.js';
import type { PegawaiRecord } from '../domain/direktori.js';
import type { KasusRepository } from '../application/ports.js';
import { lingkupDari, pemanggilDari } from './auth.js';
import { bacaBadan, BATAS_BADAN_IMPOR } from './batas-ukuran.js';
import { HttpError, inputTidakValid } from './errors.js';
import { pageQuery } from './schemas.js';

export interface OrganisasiApiDeps extends ImporOrganisasiDeps {
  readonly hariIni: () => IsoDate;
  /** Whether two people take part in one same case (a reduced projection across instansi). */
  readonly kasus: KasusRepository;
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

  router.post('/impor', async (req: Request, res) => {
    // Who may import is decided before a byte of the (up to 60 MB) body is read or parsed.
    const pemanggil = pemanggilDari(res);
    if (!bolehMengimpor(pemanggil)) {
      throw new HttpError(403, { kode: 'TIDAK_BERWENANG', pesan: 'Hanya admin organisasi yang dapat mengimpor data organisasi.' });
    }
    await bacaBadan(BATAS_BADAN_IMPOR, req, res);
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
    try {
      res.json(await imporOrganisasi(deps, direktori, instansiBolehDiimpor(pemanggil)));
    } catch (e) {
      throw e instanceof ImporDiLuarLingkup ? diLuarLingkup(e) : e;
    }
  });

  /** An organisation admin writes only their instansi (403); nobody moves a unit id of another instansi (422). */
  function diLuarLingkup(e: ImporDiLuarLingkup): HttpError {
    const diLuarWewenang = e.masalah.some((m) => m.kode === 'INSTANSI_DI_LUAR_WEWENANG');
    return new HttpError(diLuarWewenang ? 403 : 422, {
      kode: diLuarWewenang ? 'TIDAK_BERWENANG' : 'IMPOR_DITOLAK',
      pesan: diLuarWewenang
        ? `Impor ditolak: berkas memuat data di luar instansi Anda (${e.masalah.length} catatan); tidak ada yang disimpan.`
        : `Impor ditolak: ${e.masalah.length} kunci sudah dipakai instansi lain; tidak ada yang disimpan.`,
      galat: e.masalah.map((m) => ({ field: `${m.entitas}.${m.indeks}.${m.kolom}`, pesan: m.pesan })),
    });
  }

  /**
   * Production: the individual initial passwords of the pegawai of one instansi, for its organisation admin (their
   * own instansi only) or an engine administrator (?instansiId=). Empty in the demo, where everyone starts with the
   * demo password.
   */
  router.get('/kata-sandi-awal', async (req, res) => {
    const q = parse(z.object({ instansiId: z.string().min(1).optional() }), req.query);
    const boleh = instansiBolehDiimpor(pemanggilDari(res));
    let instansiId: string | undefined;
    if (boleh === 'SEMUA') {
      instansiId = q.instansiId;
      if (!instansiId) throw new HttpError(400, { kode: 'INPUT_TIDAK_VALID', pesan: 'Sebutkan instansiId.', galat: [{ field: 'instansiId', pesan: 'wajib diisi' }] });
    } else if (boleh.length > 0) {
      if (q.instansiId !== undefined && !boleh.includes(q.instansiId)) {
        throw new HttpError(403, { kode: 'TIDAK_BERWENANG', pesan: 'Admin organisasi hanya dapat membaca kata sandi awal pegawai instansinya sendiri.' });
      }
      instansiId = boleh[0];
    } else {
      throw new HttpError(403, { kode: 'TIDAK_BERWENANG', pesan: 'Hanya admin organisasi yang dapat membaca kata sandi awal.' });
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({ instansiId, data: deps.kataSandiAwal && instansiId ? await deps.kataSandiAwal.untukInstansi(instansiId) : [] });
  });

  // Structure (instansi, units): the caller's own instansi, an admin's instansi; engine admins see all.
  router.get('/instansi', async (_req, res) => {
    const terbaca = instansiTerbaca(lingkupDari(res));
    res.json({ data: await deps.organisasi.listInstansi(terbaca === 'SEMUA' ? {} : { idIn: terbaca }) });
  });

  router.get('/unit', async (req, res) => {
    const q = parse(z.object({ instansiId: z.string().min(1).optional() }), req.query);
    const terbaca = instansiTerbaca(lingkupDari(res));
    res.json({ data: await deps.organisasi.listUnit(terbaca === 'SEMUA' ? q : { ...q, instansiIn: terbaca }) });
  });

  // Pegawai: filtered in SQL by the caller's scope, then each shown in full or reduced (src/domain/akses.ts).
  router.get('/pegawai', async (req, res) => {
    const q = parse(pegawaiQuery, req.query);
    const lingkup = lingkupDari(res);
    const pegawai = await deps.organisasi.listPegawai({ ...q, lingkup });
    const posisi = await deps.organisasi.posisi({ pegawaiNip: pegawai.map((p) => p.nip), unitId: [] }, deps.hariIni());
    const data = pegawai.flatMap((p): (PegawaiRecord | PegawaiRingkas)[] => {
      const proyeksi = proyeksiPegawai(lingkup, { nip: p.nip, instansiId: p.instansiId, unitId: posisi.pegawai.get(p.nip)?.unitId ?? null }, false);
      return proyeksi === 'LENGKAP' ? [p] : proyeksi === 'RINGKAS' ? [ringkas(p)] : [];
    });
    res.json({ data, limit: q.limit, offset: q.offset });
  });

  router.get('/pegawai/:nip', async (req, res) => {
    const nip = parse(z.string().regex(/^\d{18}$/, 'NIP harus 18 angka'), req.params.nip);
    const tanggal = deps.hariIni();
    const view = await deps.organisasi.viewAround({ pegawaiNip: [nip], unitId: [] }, tanggal);
    const pegawai = view.pegawai(nip);
    const tidakTerdaftar = new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: `Pegawai ${nip} tidak terdaftar.` });
    if (!pegawai) throw tidakTerdaftar;
    const lingkup = lingkupDari(res);
    const sasaran = { nip, instansiId: pegawai.instansiId, unitId: pegawai.unitId || null };
    // Someone of another instansi is shown (name and jabatan only) when a case of the caller names them.
    const proyeksi = proyeksiPegawai(lingkup, sasaran, false) ?? proyeksiPegawai(lingkup, sasaran, await deps.kasus.kasusBersama(lingkup.diri, nip));
    if (!proyeksi) throw tidakTerdaftar;
    if (proyeksi === 'RINGKAS') {
      res.json({ ...ringkas(pegawai), tanggal });
      return;
    }
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
