import { z } from 'zod';
import {
  JENIS_INSTANSI, JENJANG_JF, KODE_PROFIL, PENDIDIKAN, STATUS_KEPEGAWAIAN, STATUS_PIMPINAN, type Direktori,
} from '../../../domain/direktori.js';
import type { EntitasDirektori } from '../../../domain/direktori-validation.js';
import { JABATAN_KATEGORI, JENIS_UNIT } from '../../../domain/organisasi.js';
import { daftar, golongan, isGolonganPppk, nip, pengalaman, pilihan, tanggal, teks, teksOpsional, yaTidak } from './cell-schemas.js';

/**
 * One CSV file per list of the Direktori, as agencies keep them in spreadsheets. The columns are the
 * record fields in snake case (instansiId → instansi_id), so a problem on a field names its column.
 */
export interface DirektoriFile<E extends EntitasDirektori = EntitasDirektori> {
  readonly name: string;
  readonly entitas: E;
  readonly required: boolean;
  /** Header columns, in the order of the template. */
  readonly columns: readonly string[];
  /** Parses one row (column → trimmed cell, null when empty) into a record. */
  readonly row: z.ZodType<Direktori[E][number]>;
}

function file<E extends EntitasDirektori, S extends z.ZodRawShape>(
  name: string, entitas: E, required: boolean, shape: S,
  toRecord: (row: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => Direktori[E][number],
): DirektoriFile<E> {
  const row: z.ZodType<Direktori[E][number]> = z.object(shape).transform(toRecord);
  return { name, entitas, required, columns: Object.keys(shape), row };
}

const periode = { mulai: tanggal, selesai: tanggal.nullable() };

export const DIREKTORI_FILES = [
  file('instansi.csv', 'instansi', true,
    { id: teks, nama: teks, jenis: pilihan(JENIS_INSTANSI), profil: pilihan(KODE_PROFIL).nullable() },
    (r) => ({ id: r.id, nama: r.nama, jenis: r.jenis, profil: r.profil ?? 'NAT' })),
  file('unit.csv', 'unit', true,
    { id: teks, instansi_id: teks, nama: teks, jenis: pilihan(JENIS_UNIT), induk_id: teksOpsional, pola: teksOpsional },
    (r) => ({ id: r.id, instansiId: r.instansi_id, nama: r.nama, jenis: r.jenis, indukId: r.induk_id, pola: r.pola })),
  file('pegawai.csv', 'pegawai', true, {
    nip, nama: teks, instansi_id: teks, status_kepegawaian: pilihan(STATUS_KEPEGAWAIAN), jabatan_nama: teks,
    jabatan_kategori: pilihan(JABATAN_KATEGORI), jenjang: pilihan(JENJANG_JF).nullable(), golongan,
    pendidikan: pilihan(PENDIDIKAN).nullable(), pengalaman, kompetensi: daftar, aktif: yaTidak,
  }, (r, ctx) => {
    if (r.golongan !== null && isGolonganPppk(r.golongan) !== (r.status_kepegawaian === 'PPPK')) {
      ctx.addIssue({ code: 'custom', path: ['golongan'], message: r.status_kepegawaian === 'PPPK'
        ? `Golongan "${r.golongan}" adalah golongan ruang PNS; PPPK memakai golongan I sampai XVII.`
        : `Golongan "${r.golongan}" adalah golongan PPPK; PNS memakai golongan ruang seperti III/b.` });
    }
    return {
      nip: r.nip, nama: r.nama, instansiId: r.instansi_id, statusKepegawaian: r.status_kepegawaian,
      jabatanNama: r.jabatan_nama, jabatanKategori: r.jabatan_kategori, jenjang: r.jenjang, golongan: r.golongan,
      pendidikan: r.pendidikan, pengalaman: r.pengalaman, kompetensi: r.kompetensi, aktif: r.aktif,
    };
  }),
  file('kedudukan.csv', 'kedudukan', false,
    { nip, unit_id: teks, pejabat_penilai_kinerja_nip: nip.nullable(), ...periode },
    (r) => ({ nip: r.nip, unitId: r.unit_id, pejabatPenilaiKinerjaNip: r.pejabat_penilai_kinerja_nip, mulai: r.mulai, selesai: r.selesai })),
  file('pimpinan.csv', 'pimpinan', false,
    { unit_id: teks, nip, status: pilihan(STATUS_PIMPINAN), ...periode },
    (r) => ({ unitId: r.unit_id, nip: r.nip, status: r.status, mulai: r.mulai, selesai: r.selesai })),
  file('pejabat-berwenang.csv', 'pejabatBerwenang', false,
    { instansi_id: teks, nip, ...periode },
    (r) => ({ instansiId: r.instansi_id, nip: r.nip, mulai: r.mulai, selesai: r.selesai })),
  file('delegasi.csv', 'delegasi', false,
    { pemberi_nip: nip, penerima_nip: nip, dasar: teks, ...periode },
    (r) => ({ pemberiNip: r.pemberi_nip, penerimaNip: r.penerima_nip, dasar: r.dasar, mulai: r.mulai, selesai: r.selesai })),
] as const satisfies readonly DirektoriFile[];

/** The CSV column of a record field (pejabatPenilaiKinerjaNip → pejabat_penilai_kinerja_nip). */
export const columnOf = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
