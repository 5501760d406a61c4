import { checkJumlahBebanKerja } from './beban-kerja.js';
import { normalisasiTeks } from '../kasus.js';
import type { OrganisasiView, Pegawai, UnitOrganisasi } from '../organisasi.js';
import type { RuangLingkup } from '../penugasan.js';
import type { AgencyProfile } from '../profiles/agency-profile.js';
import { emptyReport, violation, type RuleReport, type RuleWarning } from '../rule-violation.js';
import { ruangLingkup, type UnitOrganisasiOf } from './ruang-lingkup.js';

/** A SOFT finding that may ask the decider for a justification (RULES.md §0.2). */
export type Peringatan = RuleWarning;

export const INSTRUMEN_TIM = ['SURAT_TUGAS', 'SURAT_KEPUTUSAN'] as const;
export type InstrumenTim = (typeof INSTRUMEN_TIM)[number];
export const TUJUAN_TIM_LINTAS_INSTANSI = ['TARGET_UNIT_PEMILIK', 'PROGRAM_STRATEGIS_LINTAS_INSTANSI'] as const;

const URUTAN: Record<RuangLingkup, number> = { DALAM_UNIT: 0, LINTAS_UNIT: 1, LINTAS_INSTANSI: 2 };

/** R-NAT-03: a team's scope is the widest scope of its members against the owner unit (computed, never declared). */
export function ruangLingkupTim(anggota: readonly Pegawai[], unitPemilik: UnitOrganisasi, unitOrganisasiOf: UnitOrganisasiOf): RuangLingkup {
  return anggota.map((p) => ruangLingkup(p, unitPemilik, unitOrganisasiOf))
    .reduce<RuangLingkup>((a, b) => (URUTAN[b] > URUTAN[a] ? b : a), 'DALAM_UNIT');
}

/**
 * R-NAT-10 (with R-NAT-16..20 for another instansi): a member from another unit or instansi joins only through an
 * approved penunjukan lintas unit/instansi (F2/F3) for this owner unit; `disetujui` are the NIPs that have one.
 */
export function checkPelibatanAnggota(pegawai: Pegawai, lingkup: RuangLingkup, disetujui: ReadonlySet<string>): RuleReport {
  if (lingkup === 'DALAM_UNIT' || disetujui.has(pegawai.nip)) return emptyReport;
  const alur = lingkup === 'LINTAS_UNIT' ? 'penunjukan lintas unit organisasi (F2)' : 'penunjukan lintas instansi (F3)';
  return violation(lingkup === 'LINTAS_UNIT' ? 'R-NAT-10' : 'R-NAT-16', 'anggotaNip',
    `${pegawai.nama} (${pegawai.nip}) berasal dari unit lain dan belum memiliki ${alur} yang disetujui untuk unit pemilik kinerja ini; jalankan ${alur} terlebih dahulu.`);
}

/**
 * R-NAT-27: a ketua is optional (the PUO may appoint one), unless the profile requires it (R-BTN-01).
 * R-NAT-28: a ketua holds a jabatan the profile allows (baseline: JF or Pelaksana).
 */
export function checkKetuaTim(ketua: Pegawai | undefined, profile: AgencyProfile): RuleReport {
  if (!ketua) {
    return profile.ketuaTimWajib ? violation('R-BTN-01', 'ketuaNip', 'Tim kerja wajib memiliki ketua menurut profil instansi.') : emptyReport;
  }
  const boleh = profile.ketuaTimKategori ?? profile.assignableKategori;
  if (ketua.aktif && boleh.includes(ketua.jabatanKategori)) return emptyReport;
  return violation(profile.ketuaTimAturan ?? 'R-NAT-28', 'ketuaNip',
    `${ketua.nama} (${ketua.jabatanNama}) tidak dapat menjadi ketua tim menurut ${profile.nama}.`);
}

/** R-NAT-26: when the team has members from elsewhere, its ketua should come from the owner unit (warning, justified). */
export function checkAsalKetua(ketua: Pegawai | undefined, lingkupKetua: RuangLingkup | undefined, lingkupTim: RuangLingkup): Peringatan[] {
  if (!ketua || lingkupTim === 'DALAM_UNIT' || lingkupKetua === 'DALAM_UNIT') return [];
  return [{ ruleId: 'R-NAT-26', code: 'W-KETUA-NOT-OWNER', perluJustifikasi: true,
    message: `Ketua tim ${ketua.nama} tidak berasal dari unit pemilik kinerja; ketua diutamakan dari unit pemilik kinerja. Sertakan justifikasi.` }];
}

/** R-NAT-33: a team across units or instansi is usually established by a Surat Keputusan. */
export function checkInstrumenTim(lingkup: RuangLingkup, instrumen: InstrumenTim): Peringatan[] {
  if (lingkup === 'DALAM_UNIT' || instrumen === 'SURAT_KEPUTUSAN') return [];
  return [{ ruleId: 'R-NAT-33', code: 'W-INSTRUMENT',
    message: 'Tim kerja lintas unit/instansi biasanya ditetapkan dengan Surat Keputusan, bukan hanya Surat Tugas.' }];
}

/** R-NAT-50: a cross-agency team names its purpose (the owner unit's target or a strategic cross-agency programme). */
export function checkTujuanTim(lingkup: RuangLingkup, tujuan: string | null | undefined): Peringatan[] {
  if (lingkup !== 'LINTAS_INSTANSI' || (tujuan && (TUJUAN_TIM_LINTAS_INSTANSI as readonly string[]).includes(tujuan))) return [];
  return [{ ruleId: 'R-NAT-50', code: 'W-PURPOSE',
    message: 'Tim kerja lintas instansi harus menyebut tujuannya: target kinerja unit pemilik atau program strategis lintas instansi.' }];
}

/**
 * R-NAT-31: the decider sees each person's load; above the threshold a warning. R-NAT-30 / R-NAT-32: several
 * teams per person and any team size are allowed, so the load never rejects.
 */
export function checkBebanKerja(pegawai: Pegawai, jumlahAktif: number, profile: AgencyProfile): Peringatan[] {
  return [...checkJumlahBebanKerja(jumlahAktif, profile.workloadWarnThreshold, pegawai.nama).warnings];
}

/** R-SYS-01: one team of the same name per owner unit and year. */
export function kunciDuplikatTim(unitPemilikId: string, nama: string, tahun: number): string {
  return `TIM|${unitPemilikId}|${tahun}|${normalisasiTeks(nama)}`;
}

/** The owner unit's PUO forms the team (R-NAT-27, R-NAT-49: the PUO pemilik kinerja owns and directs it). */
export function checkPembentukTim(org: OrganisasiView, pengusulNip: string, puoNip: string | undefined, unit: UnitOrganisasi): RuleReport {
  if (!puoNip) return violation('R-SYS-05', 'unitPemilikKinerjaId', `Jabatan Pimpinan Unit Organisasi ${unit.nama} kosong; tetapkan Plt/Plh terlebih dahulu.`);
  if (pengusulNip === puoNip) return emptyReport;
  return violation('R-NAT-49', 'pengusulNip',
    `Tim kerja ${unit.nama} dibentuk oleh Pimpinan Unit Organisasi pemilik kinerja (${org.pegawai(puoNip)?.nama ?? puoNip}), bukan oleh ${org.pegawai(pengusulNip)?.nama ?? pengusulNip}.`);
}
