import type { OrganisasiView, Pegawai } from './organisasi.js';
import type { RuangLingkup } from './penugasan.js';
import type { AgencyProfile } from './profiles/agency-profile.js';
import { pimpinanUnitOrganisasi, unitOrganisasiDari } from './roles.js';
import { emptyReport, mergeReports, violation, type RuleViolation } from './rule-violation.js';
import { checkKedudukan } from './rules/kedudukan.js';
import { checkPeriode } from './rules/periode-penugasan.js';
import { ruangLingkup } from './rules/ruang-lingkup.js';
import { checkSubjekPenugasan } from './rules/subjek-penugasan.js';
import {
  checkAsalKetua, checkBebanKerja, checkInstrumenTim, checkKetuaTim, checkPelibatanAnggota, checkPembentukTim,
  checkTujuanTim, ruangLingkupTim, type InstrumenTim, type Peringatan,
} from './rules/tim-kerja.js';
import {
  checkBatasPenyampaianTim, checkBatasTimUnit, checkKetuaSatuTim, checkMasaTim, checkSyaratPelaksanaKetua, checkTimPerPegawai,
  type TimTercatatRingkas,
} from './rules/tim-kerja-instansi.js';

/** A request to form a tim kerja (RULES.md F6), as the owner unit's PUO submits it. */
export interface PermohonanTimKerja {
  readonly namaTim: string;
  readonly unitPemilikKinerjaId: string;
  readonly pengusulNip: string;
  readonly tahun: number;
  readonly tanggalMulai: string;
  readonly tanggalSelesai: string;
  readonly rincianTugas: string;
  readonly ketuaNip: string | null;
  readonly anggotaNip: readonly string[];
  readonly instrumen: InstrumenTim;
  readonly tujuan: string | null;
}

/** What the store knows about the members besides the organisation. */
export interface FaktaTim {
  /** NIPs with an approved penunjukan lintas unit/instansi (F2/F3) for the owner unit (R-NAT-10). */
  readonly pelibatanDisetujui: ReadonlySet<string>;
  /** Active penugasan per NIP (R-NAT-31). */
  readonly bebanAktif: ReadonlyMap<string, number>;
  /** Other teams (proposed or established) of the owner unit and of the members, for the caps (R-KIN-07..15). */
  readonly timTercatat?: readonly TimTercatatRingkas[];
  /** The day the request is made (R-KIN-02). */
  readonly hariIni?: string;
}

export interface HasilValidasiTim {
  readonly violations: readonly RuleViolation[];
  readonly peringatan: readonly Peringatan[];
  readonly ruangLingkup: RuangLingkup;
  /** Every member once, the ketua included. */
  readonly anggota: readonly Pegawai[];
}

/**
 * All checks of F6 (PC, team composition, ketua, instrument) for one request; every violation is listed.
 * R-NAT-29 (mixed jabatan), R-NAT-30 (several teams per person) and R-NAT-32 (no caps) hold by construction:
 * nothing here counts jabatan types, teams or members.
 */
export function validatePembentukanTim(org: OrganisasiView, p: PermohonanTimKerja, fakta: FaktaTim, profile: AgencyProfile): HasilValidasiTim {
  const unit = org.unit(p.unitPemilikKinerjaId);
  const unitOf = (id: string) => unitOrganisasiDari(org, id, profile.unitOrganisasiJenis);
  const nips = [...new Set([...(p.ketuaNip ? [p.ketuaNip] : []), ...p.anggotaNip])];
  const anggota = nips.map((nip) => org.pegawai(nip)).filter((x): x is Pegawai => x !== undefined);
  const tidakDikenal = nips.filter((nip) => !org.pegawai(nip)).map((nip) =>
    violation('R-NAT-07', nip === p.ketuaNip ? 'ketuaNip' : 'anggotaNip', `Pegawai dengan NIP ${nip} tidak terdaftar.`));
  const periode = checkPeriode(p.tanggalMulai, p.tanggalSelesai);
  const dasar = mergeReports(
    periode,
    periode.violations.length === 0 ? checkMasaTim(p.tahun, p.tanggalMulai, p.tanggalSelesai, profile) : emptyReport,
    p.namaTim.trim() ? emptyReport : violation('R-NAT-04', 'namaTim', 'Nama tim kerja wajib diisi.'),
    p.rincianTugas.trim() ? emptyReport : violation('R-NAT-05', 'rincianTugas', 'Rincian tugas tim wajib diisi: penugasan adalah untuk tugas tertentu.'),
    p.anggotaNip.length > 0 ? emptyReport : violation('R-NAT-04', 'anggotaNip', 'Tim kerja memiliki paling sedikit satu anggota.'),
    ...tidakDikenal,
  );
  if (!unit) {
    return { violations: [...dasar.violations, ...violation('R-NAT-03', 'unitPemilikKinerjaId', `Unit ${p.unitPemilikKinerjaId} tidak terdaftar.`).violations],
      peringatan: [], ruangLingkup: 'DALAM_UNIT', anggota };
  }
  const lingkup = ruangLingkupTim(anggota, unit, unitOf);
  const timLain = fakta.timTercatat ?? [];
  const puoNip = pimpinanUnitOrganisasi(org, unit.id, profile.unitOrganisasiJenis)?.nip;
  const pimpinan = puoNip ? org.pegawai(puoNip) : undefined;
  const ketua = p.ketuaNip ? org.pegawai(p.ketuaNip) : undefined;
  const perAnggota = anggota.map((a) => mergeReports(
    a.nip === p.ketuaNip && !(p.anggotaNip.includes(a.nip)) ? emptyReport : checkSubjekPenugasan(a, profile),
    checkKedudukan(org, a, periode.violations.length === 0 ? p.tanggalMulai : undefined, profile),
    checkPelibatanAnggota(a, ruangLingkup(a, unit, unitOf), fakta.pelibatanDisetujui),
  ));
  const report = mergeReports(
    dasar,
    checkPembentukTim(org, p.pengusulNip, puoNip, unit),
    checkKetuaTim(p.ketuaNip ? ketua : undefined, profile),
    checkSyaratPelaksanaKetua(p.ketuaNip ? ketua : undefined, profile),
    checkKetuaSatuTim(ketua, timLain, p.tanggalMulai, p.tanggalSelesai, profile),
    checkBatasTimUnit(unit, pimpinan, timLain, p.tanggalMulai, p.tanggalSelesai, profile),
    ...anggota.map((a) => checkTimPerPegawai(a, unit.id, timLain, p.tanggalMulai, p.tanggalSelesai, profile)),
    ...perAnggota,
  );
  const peringatan = [
    ...mergeReports(
      periode.violations.length === 0 ? checkMasaTim(p.tahun, p.tanggalMulai, p.tanggalSelesai, profile) : emptyReport,
      fakta.hariIni ? checkBatasPenyampaianTim(p.tahun, fakta.hariIni, profile) : emptyReport,
    ).warnings,
    ...checkAsalKetua(ketua, ketua && ruangLingkup(ketua, unit, unitOf), lingkup),
    ...checkInstrumenTim(lingkup, p.instrumen),
    ...checkTujuanTim(lingkup, p.tujuan),
    ...anggota.flatMap((a) => checkBebanKerja(a, fakta.bebanAktif.get(a.nip) ?? 0, profile)),
  ];
  return { violations: dedupe(report.violations), peringatan, ruangLingkup: lingkup, anggota };
}

function dedupe(v: readonly RuleViolation[]): RuleViolation[] {
  const seen = new Set<string>();
  return v.filter((x) => { const k = `${x.ruleId}|${x.field}|${x.message}`; if (seen.has(k)) return false; seen.add(k); return true; });
}
