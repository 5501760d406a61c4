import { golonganRank } from '../golongan.js';
import type { IsoDate, Pegawai, UnitOrganisasi } from '../organisasi.js';
import type { AgencyProfile } from '../profiles/agency-profile.js';
import { emptyReport, mergeReports, violation, warning, type RuleReport } from '../rule-violation.js';

/**
 * Team rules that differ per agency profile (RULES.md C-09, C-12, C-19; R-BTN-02..04, R-KIN-01, 02, 07..11, 14, 15).
 * Each reads its value from the instansi's profile; the national baseline leaves them all open.
 */

const URUTAN_PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;

/** A pegawai with the directory fields the Banten ketua conditions need (present on every view of the store). */
export type PegawaiLengkap = Pegawai & {
  readonly pendidikan?: string | null;
  readonly pengalaman?: readonly { readonly bidang: string; readonly bukti: string }[];
  readonly jenjang?: string | null;
};

/**
 * R-BTN-02 (pendidikan minimal sarjana), R-BTN-03 (golongan minimal III/b), R-BTN-04 (pengalaman berbukti):
 * a Pelaksana may be ketua only when all hold. A PPPK golongan has no mapping: manual review, so refused.
 */
export function checkSyaratPelaksanaKetua(ketua: PegawaiLengkap | undefined, profile: AgencyProfile): RuleReport {
  const syarat = profile.syaratPelaksanaKetua;
  if (!ketua || !syarat || ketua.jabatanKategori !== 'PELAKSANA') return emptyReport;
  const pendidikan = URUTAN_PENDIDIKAN.indexOf((ketua.pendidikan ?? '') as (typeof URUTAN_PENDIDIKAN)[number]);
  const rank = golonganRank(ketua.golongan);
  const minimal = golonganRank(syarat.golonganMinimal) ?? 0;
  return mergeReports(
    pendidikan >= URUTAN_PENDIDIKAN.indexOf(syarat.pendidikanMinimal) ? emptyReport
      : violation('R-BTN-02', 'ketuaNip', `Pelaksana ${ketua.nama} dapat menjadi ketua tim hanya dengan pendidikan minimal ${syarat.pendidikanMinimal}; tercatat ${ketua.pendidikan ?? 'tidak ada'}.`),
    rank !== undefined && rank >= minimal ? emptyReport
      : violation('R-BTN-03', 'ketuaNip', rank === undefined && ketua.golongan
        ? `Golongan ${ketua.golongan} (PPPK) tidak dapat dibandingkan dengan ${syarat.golonganMinimal}; perlu tinjauan manual sebelum ${ketua.nama} menjadi ketua tim.`
        : `Pelaksana ${ketua.nama} dapat menjadi ketua tim hanya dengan golongan minimal ${syarat.golonganMinimal}; tercatat ${ketua.golongan ?? 'tidak ada'}.`),
    !syarat.pengalamanWajib || (ketua.pengalaman ?? []).some((p) => p.bidang.trim() && p.bukti.trim()) ? emptyReport
      : violation('R-BTN-04', 'ketuaNip', `Pelaksana ${ketua.nama} belum memiliki pengalaman kerja berbukti yang tercatat; syarat ketua tim bagi pelaksana.`),
  );
}

/**
 * C-19. R-KIN-01: a Kemenperin team serves 1 January – 31 December of its year (a later start only warns, A-11).
 * Elsewhere the term is "periode waktu tertentu": only the start must fall in the team's year (R-NAT-05).
 */
export function checkMasaTim(tahun: number, tanggalMulai: IsoDate, tanggalSelesai: IsoDate, profile: AgencyProfile): RuleReport {
  if (!profile.masaTimSatuTahunKalender) {
    return tanggalMulai.startsWith(`${tahun}-`) ? emptyReport
      : violation('R-NAT-05', 'tahun', `Tim kerja tahun ${tahun} harus mulai bertugas dalam tahun ${tahun} (mulai ${tanggalMulai}).`);
  }
  if (!tanggalMulai.startsWith(`${tahun}-`) || tanggalSelesai !== `${tahun}-12-31`) {
    return violation('R-KIN-01', 'tanggalSelesai',
      `Masa penugasan tim kerja ${profile.nama} adalah 1 Januari sampai dengan 31 Desember ${tahun}; periode ${tanggalMulai} s.d. ${tanggalSelesai} tidak sesuai.`);
  }
  return tanggalMulai === `${tahun}-01-01` ? emptyReport
    : warning('R-KIN-01', 'W-MIDYEAR', `Tim dibentuk di tengah tahun (mulai ${tanggalMulai}); ketentuan hanya mengatur masa 1 Januari - 31 Desember.`);
}

/**
 * R-KIN-02: the formation of teams for year Y reaches the Sekjen by 30 November of Y-1. A late one is recorded but
 * flagged (warning NON_COMPLIANT).
 */
export function checkBatasPenyampaianTim(tahun: number, hariIni: IsoDate, profile: AgencyProfile): RuleReport {
  if (!profile.batasPenyampaianTim) return emptyReport;
  const batas = `${tahun - 1}-${profile.batasPenyampaianTim}`;
  return hariIni <= batas ? emptyReport
    : warning('R-KIN-02', 'NON_COMPLIANT', `Pembentukan tim kerja tahun ${tahun} seharusnya disampaikan kepada Sekretaris Jenderal paling lambat ${batas}; diajukan ${hariIni}.`);
}

/** A team already recorded (proposed or established) that the caps count. */
export interface TimTercatatRingkas {
  readonly id: number;
  readonly unitPemilikId: string;
  readonly tanggalMulai: IsoDate;
  readonly tanggalSelesai: IsoDate;
  readonly ketuaNip: string | null;
  readonly anggotaNip: readonly string[];
}

const beririsan = (t: TimTercatatRingkas, mulai: IsoDate, selesai: IsoDate) => t.tanggalMulai <= selesai && mulai <= t.tanggalSelesai;

/**
 * R-KIN-07 (≤10 directly under a JPT Pratama PUO, unit pusat), R-KIN-09 (≤10 under a JPT Pratama Pimpinan UPT),
 * R-KIN-11 (≤4 in an UPT led by an Administrator): the count of the owner unit's teams in the period. Teams under
 * an Administrator (R-KIN-08, R-KIN-10) are counted apart and need the team's kedudukan, which the request
 * does not carry yet.
 */
export function checkBatasTimUnit(unit: UnitOrganisasi, pimpinan: Pegawai | undefined, timUnit: readonly TimTercatatRingkas[],
  mulai: IsoDate, selesai: IsoDate, profile: AgencyProfile): RuleReport {
  const batas = profile.batasTim;
  if (!batas || !pimpinan) return emptyReport;
  const upt = unit.jenis === 'UPT';
  const [maks, aturan] = upt
    ? pimpinan.jabatanKategori === 'ADMINISTRATOR' ? [batas.uptAdministrator, 'R-KIN-11' as const]
      : [batas.langsungPimpinanUptPratama, 'R-KIN-09' as const]
    : [batas.langsungPuoPusat, 'R-KIN-07' as const];
  const jumlah = timUnit.filter((t) => t.unitPemilikId === unit.id && beririsan(t, mulai, selesai)).length;
  return jumlah + 1 <= maks ? emptyReport
    : violation(aturan, 'unitPemilikKinerjaId', `${unit.nama} sudah memiliki ${jumlah} tim kerja pada periode ini; paling banyak ${maks} tim (${profile.nama}).`);
}

/** R-KIN-14: a ketua may not lead another team in an overlapping period. */
export function checkKetuaSatuTim(ketua: Pegawai | undefined, timLain: readonly TimTercatatRingkas[], mulai: IsoDate, selesai: IsoDate, profile: AgencyProfile): RuleReport {
  if (!ketua || !profile.ketuaSatuTim) return emptyReport;
  const lain = timLain.find((t) => t.ketuaNip === ketua.nip && beririsan(t, mulai, selesai));
  return lain ? violation('R-KIN-14', 'ketuaNip', `${ketua.nama} sudah menjadi ketua tim kerja lain (tim ${lain.id}) pada periode ini; ketua tidak dapat merangkap ketua tim lain.`)
    : emptyReport;
}

/** R-KIN-15: a person belongs to at most `maksTimPerPegawaiPerUnit` internal teams of one unit organisasi. */
export function checkTimPerPegawai(pegawai: Pegawai, unitPemilikId: string, timLain: readonly TimTercatatRingkas[], mulai: IsoDate, selesai: IsoDate, profile: AgencyProfile): RuleReport {
  const maks = profile.maksTimPerPegawaiPerUnit;
  if (maks === null) return emptyReport;
  const jumlah = timLain.filter((t) => t.unitPemilikId === unitPemilikId && beririsan(t, mulai, selesai)
    && (t.ketuaNip === pegawai.nip || t.anggotaNip.includes(pegawai.nip))).length;
  return jumlah + 1 <= maks ? emptyReport
    : violation('R-KIN-15', 'anggotaNip', `${pegawai.nama} (${pegawai.nip}) sudah terlibat dalam ${jumlah} tim kerja unit ini; paling banyak ${maks} tim per unit organisasi.`);
}
