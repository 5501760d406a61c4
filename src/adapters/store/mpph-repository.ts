import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** One row of the MPPH (matriks peran dan hasil) of a unit: who, in which team or penugasan, with which role and result. */
export interface BarisMpph {
  readonly nip: string;
  readonly nama: string;
  readonly jabatan: string;
  /** The team's name, or "Penugasan individu". */
  readonly kegiatan: string;
  readonly peran: string;
  readonly hasil: string;
  readonly mulai: string;
  readonly selesai: string;
  readonly dasar: string | null;
}

/**
 * The MPPH of a unit for a year, from the store: the members of its established teams (ketua, anggota) with the
 * team's target, and its individual penugasan (DITETAPKAN) with theirs.
 */
export async function bacaMpph(db: Kysely<Database>, unitId: string, tahun: number): Promise<BarisMpph[]> {
  const tim = await db.selectFrom('anggota_tim as a').innerJoin('tim_kerja as t', 't.id', 'a.tim_id').innerJoin('pegawai as p', 'p.nip', 'a.nip')
    .leftJoin('penugasan as g', (j) => j.onRef('g.tim_kerja_id', '=', 't.id').onRef('g.pegawai_nip', '=', 'a.nip'))
    .select(['p.nip', 'p.nama', 'p.jabatan_nama', 't.nama as tim', 'a.peran', 't.rincian_tugas', 'g.target_kinerja', 't.tanggal_mulai', 't.tanggal_selesai', 't.surat_nomor'])
    .where('t.unit_pemilik_id', '=', unitId).where('t.tahun', '=', tahun).where('t.status', '=', 'DITETAPKAN')
    .orderBy('t.nama').orderBy('a.peran', 'desc').orderBy('p.nama').execute();
  const individu = await db.selectFrom('penugasan as g').innerJoin('pegawai as p', 'p.nip', 'g.pegawai_nip')
    .select(['p.nip', 'p.nama', 'p.jabatan_nama', 'g.uraian_tugas', 'g.target_kinerja', 'g.tanggal_mulai', 'g.tanggal_selesai', 'g.surat_nomor'])
    .where('g.unit_pemilik_kinerja_id', '=', unitId).where('g.status', '=', 'DITETAPKAN').where('g.mode', '=', 'INDIVIDU')
    .where('g.tanggal_mulai', '<=', `${tahun}-12-31`).where('g.tanggal_selesai', '>=', `${tahun}-01-01`)
    .orderBy('p.nama').execute();
  return [
    ...tim.map((r) => ({ nip: r.nip, nama: r.nama, jabatan: r.jabatan_nama, kegiatan: `Tim Kerja ${r.tim}`, peran: r.peran === 'KETUA' ? 'Ketua Tim' : 'Anggota Tim',
      hasil: r.target_kinerja ?? r.rincian_tugas, mulai: r.tanggal_mulai, selesai: r.tanggal_selesai, dasar: r.surat_nomor })),
    ...individu.map((r) => ({ nip: r.nip, nama: r.nama, jabatan: r.jabatan_nama, kegiatan: `Penugasan individu: ${r.uraian_tugas}`, peran: 'Pelaksana',
      hasil: r.target_kinerja, mulai: r.tanggal_mulai, selesai: r.tanggal_selesai, dasar: r.surat_nomor })),
  ];
}
