import type { OrganisasiView, Pegawai } from '../organisasi.js';
import type { AgencyProfile } from '../profiles/agency-profile.js';
import { pimpinanUnitOrganisasi, unitOrganisasiDari } from '../roles.js';
import { emptyReport, mergeReports, violation, type RuleReport } from '../rule-violation.js';

/** The verdicts of the acceptor on a kegiatan's result (RULES.md F8 Evaluasi). */
export const PENILAIAN_HASIL = ['SESUAI_TARGET', 'BELUM_SESUAI'] as const;
export type PenilaianHasil = (typeof PENILAIAN_HASIL)[number];

const JPT = new Set(['PPT_PRATAMA', 'PPT_MADYA']);

/**
 * Who declares the kegiatan of an owner unit complete (R-NAT-43, profile completionAcceptor): the PUO of the
 * owner unit (baseline, R-MRT-08), or in Banten the Pejabat JPT (R-BTN-19): the PUO when they are a PPT,
 * else the nearest PPT leading a parent unit.
 */
export function penerimaHasilKegiatan(org: OrganisasiView, unitPemilikKinerjaId: string, profile: Pick<AgencyProfile, 'completionAcceptor' | 'unitOrganisasiJenis'>): Pegawai | undefined {
  const puo = pimpinanUnitOrganisasi(org, unitPemilikKinerjaId, profile.unitOrganisasiJenis);
  if (profile.completionAcceptor === 'PUO' || (puo && JPT.has(puo.jabatanKategori))) return puo;
  let unit = org.unit(unitOrganisasiDari(org, unitPemilikKinerjaId, profile.unitOrganisasiJenis));
  for (let depth = 0; unit?.indukId && depth < 50; depth++) {
    unit = org.unit(unit.indukId);
    const leader = unit && pimpinanUnitOrganisasi(org, unit.id);
    if (leader && JPT.has(leader.jabatanKategori)) return leader;
  }
  return undefined;
}

/**
 * R-NAT-43: a kegiatan is complete only when the configured acceptor accepts the result as on target; the
 * pegawai (or a ketua) cannot close their own kegiatan.
 */
export function checkPenutupanKegiatan(p: { aktorNip: string | undefined; penerimaNip: string; pegawaiNip: string; penilaian: string | undefined }): RuleReport {
  return mergeReports(
    p.aktorNip === p.pegawaiNip
      ? violation('R-NAT-43', 'penilaianHasil', 'Pegawai tidak dapat menyatakan sendiri kegiatannya selesai; hasil harus diterima oleh pimpinan.')
      : p.aktorNip !== p.penerimaNip
        ? violation('R-NAT-43', 'penilaianHasil', `Kegiatan hanya dapat dinyatakan selesai oleh pejabat penerima hasil (NIP ${p.penerimaNip}).`)
        : emptyReport,
    p.penilaian === 'SESUAI_TARGET' ? emptyReport
      : violation('R-NAT-43', 'penilaianHasil', 'Kegiatan hanya selesai bila hasilnya dinyatakan sesuai target.'),
  );
}
