import { emptyReport, mergeReports, violation, type RuleReport } from '../rule-violation.js';

/** A team as the escalation of its problems needs it (RULES.md F8 "Team problems"). */
export interface TimUntukEskalasi {
  readonly status: string;
  readonly anggota: readonly { readonly nip: string; readonly peran: string }[];
}

/** The minimum length of the problem, the alternatives and the follow-up text. */
export const PANJANG_MINIMUM_ESKALASI = 20;

/**
 * R-NAT-46: a problem of an established (DITETAPKAN) team is raised by one of its members (ketua or anggota),
 * with the problem and the alternative recommendations stated.
 */
export function checkPengajuEskalasi(
  tim: TimUntukEskalasi | undefined, pengajuNip: string, isi: { uraianMasalah: string; alternatifRekomendasi: string },
): RuleReport {
  if (!tim) return violation('R-NAT-46', 'timKerjaId', 'Tim kerja tidak ditemukan.');
  const reports: RuleReport[] = [];
  if (tim.status !== 'DITETAPKAN') reports.push(violation('R-NAT-46', 'timKerjaId', 'Tim kerja belum ditetapkan; permasalahan hanya dapat disampaikan oleh tim kerja yang telah ditetapkan.'));
  if (!tim.anggota.some((a) => a.nip === pengajuNip)) {
    reports.push(violation('R-NAT-46', 'pengusulNip', 'Permasalahan tim kerja hanya dapat disampaikan oleh ketua atau anggota tim tersebut.'));
  }
  if (isi.uraianMasalah.trim().length < PANJANG_MINIMUM_ESKALASI) {
    reports.push(violation('R-NAT-46', 'uraianMasalah', `Uraikan permasalahan dan kendala tim (paling sedikit ${PANJANG_MINIMUM_ESKALASI} karakter).`));
  }
  if (isi.alternatifRekomendasi.trim().length < PANJANG_MINIMUM_ESKALASI) {
    reports.push(violation('R-NAT-46', 'alternatifRekomendasi', `Sertakan alternatif rekomendasi penyelesaian (paling sedikit ${PANJANG_MINIMUM_ESKALASI} karakter).`));
  }
  return mergeReports(...reports);
}

/** A member with where they come from: their unit organisasi, instansi and its leaders (resolved outside). */
export interface AsalAnggota {
  readonly nip: string;
  readonly unitOrganisasiId: string;
  readonly instansiId: string;
  /** The PUO of the member's own unit organisasi, if the post is filled. */
  readonly puoAsalNip: string | undefined;
  /** The pimpinan instansi (Pejabat yang Berwenang) of the member's instansi, if the post is filled. */
  readonly pybAsalNip: string | undefined;
}

export type PeranPenerimaEskalasi = 'PUO_ASAL' | 'PYB_ASAL';

export interface PenerimaEskalasi {
  readonly nip: string;
  readonly peran: PeranPenerimaEskalasi;
  /** The members on whose account this official receives the problem. */
  readonly anggotaNip: readonly string[];
}

/**
 * R-NAT-46 (routing): a team problem goes to the PUO pemilik kinerja (the owner unit's PUO). When cross-PUO
 * collaboration is needed it also goes to the home PUO of every member whose unit organisasi differs from the
 * owner unit, one per distinct PUO, and, for a member from another instansi, also to the pimpinan instansi of
 * that instansi. The owner PUO is never addressed twice; the order is stable (members in team order).
 */
export function penerimaEskalasiLintas(
  pemilik: { readonly unitOrganisasiId: string; readonly instansiId: string; readonly puoNip: string },
  anggota: readonly AsalAnggota[],
  perluKolaborasi: boolean,
): PenerimaEskalasi[] {
  if (!perluKolaborasi) return [];
  const hasil = new Map<string, { peran: PeranPenerimaEskalasi; anggotaNip: string[] }>();
  const tambah = (nip: string | undefined, peran: PeranPenerimaEskalasi, anggotaNip: string) => {
    if (!nip || nip === pemilik.puoNip) return;
    const ada = hasil.get(nip);
    if (ada) {
      if (!ada.anggotaNip.includes(anggotaNip)) ada.anggotaNip.push(anggotaNip);
    } else hasil.set(nip, { peran, anggotaNip: [anggotaNip] });
  };
  for (const a of anggota) {
    if (a.unitOrganisasiId === pemilik.unitOrganisasiId) continue;
    tambah(a.puoAsalNip, 'PUO_ASAL', a.nip);
    if (a.instansiId !== pemilik.instansiId) tambah(a.pybAsalNip, 'PYB_ASAL', a.nip);
  }
  return [...hasil].map(([nip, p]) => ({ nip, ...p }));
}

/** Members from another unit organisasi whose home PUO post is vacant: the problem cannot reach it (R-NAT-46). */
export function checkPuoAsalTersedia(pemilik: { readonly unitOrganisasiId: string }, anggota: readonly AsalAnggota[], perluKolaborasi: boolean): RuleReport {
  if (!perluKolaborasi) return emptyReport;
  const kosong = anggota.filter((a) => a.unitOrganisasiId !== pemilik.unitOrganisasiId && !a.puoAsalNip);
  return kosong.length === 0 ? emptyReport : violation('R-NAT-46', 'perluKolaborasi',
    `Jabatan Pimpinan Unit Organisasi asal anggota ${kosong.map((a) => a.nip).join(', ')} kosong; tetapkan Plt/Plh terlebih dahulu.`);
}

/** R-NAT-46: the PUO decides and/or follows up; whatever the verdict, the follow-up is written down. */
export function checkTindakLanjut(tindakLanjut: string | null | undefined): RuleReport {
  return (tindakLanjut ?? '').trim().length >= PANJANG_MINIMUM_ESKALASI ? emptyReport
    : violation('R-NAT-46', 'tindakLanjut', `Tuliskan keputusan dan/atau tindak lanjut atas permasalahan tim (paling sedikit ${PANJANG_MINIMUM_ESKALASI} karakter).`);
}
