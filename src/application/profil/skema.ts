import { z } from 'zod';
import { JABATAN_KATEGORI, JENIS_UNIT } from '../../domain/organisasi.js';
import type { AgencyProfile, KunciProfil } from '../../domain/profiles/agency-profile.js';
import { KUNCI_PROFIL, PERAN_LAPORAN } from '../../domain/profiles/agency-profile.js';
import type { RuleId } from '../../domain/rule-violation.js';

/**
 * The zod schema of an agency profile (src/domain/profiles/agency-profile.ts): what an admin's change must pass
 * before it is stored, and what the built-in profiles are checked against.
 */
const kategori = z.enum(JABATAN_KATEGORI);
const ruleId = z.custom<RuleId>((v) => typeof v === 'string' && /^R-(NAT|BTN|MRT|KIN|SYS)-\d{2}$/.test(v), 'ID aturan tidak sah');

/** Where one value comes from. */
export const asalNilaiSchema = z.object({
  /** The contradiction row (C-xx) and the rules that decide the value. */
  aturan: z.array(z.string().regex(/^(C-\d{2}|R-(NAT|BTN|MRT|KIN|SYS)-\d{2})$/)).min(1),
  /** The source passage (S1 … S4 with Pasal / Lampiran). */
  sumber: z.string().min(3),
  /** Set when the value is an assumption: the RULES.md §6 entry and the choice made. */
  asumsi: z.string().regex(/^A-\d{2}/).optional(),
}).strict();
export type AsalNilai = z.infer<typeof asalNilaiSchema>;

const peranLaporan = z.enum(PERAN_LAPORAN);

/** R-KIN-07 … R-KIN-11: team caps per leader type (null: no cap, the PUO's strategy R-NAT-32). */
export const batasTimSchema = z.object({
  langsungPuoPusat: z.number().int().positive(),
  perAdministratorPusat: z.number().int().positive(),
  langsungPimpinanUptPratama: z.number().int().positive(),
  perAdministratorUptPratama: z.number().int().positive(),
  uptAdministrator: z.number().int().positive(),
}).strict();
export type BatasTim = z.infer<typeof batasTimSchema>;

/** R-BTN-02 … R-BTN-04: what a Pelaksana needs to be ketua (null: no extra condition). */
export const syaratPelaksanaKetuaSchema = z.object({
  pendidikanMinimal: z.enum(['D4', 'S1']),
  golonganMinimal: z.string().regex(/^(I|II|III|IV)\/[a-e]$/),
  pengalamanWajib: z.boolean(),
}).strict();

const nilaiSchema = z.object({
  code: z.enum(['NAT', 'BTN', 'MRT', 'KIN']),
  nama: z.string().min(3),
  /** R-NAT-02, C-15: who may be the subject of a penugasan. */
  assignableKategori: z.array(kategori).min(1),
  /** R-NAT-41, C-13: who may be a Pejabat Penilai Kinerja (besides a delegate or a JF appointed to lead a unit). */
  ppkKategori: z.array(kategori).min(1),
  /** R-NAT-42, C-16: who may lead a unit organisasi (a JF only with an appointment record). */
  puoKategori: z.array(kategori).min(1),
  /** R-NAT-03, C-17, A-19: which unit kinds count as a "unit organisasi" when the scope is computed. */
  unitOrganisasiJenis: z.array(z.enum(JENIS_UNIT)).min(1),
  /** R-KIN-27, C-13: the PPK's pangkat must not be below the appraisee's. */
  ppkPangkatTidakLebihRendah: z.boolean(),
  /** R-NAT-13: minimum length of a refusal's alasan. */
  minReasonLength: z.number().int().min(1).max(500),
  /** R-NAT-31 / R-MRT-01, A-21: warn (W-WORKLOAD) above this many active penugasan. */
  workloadWarnThreshold: z.number().int().min(1),
  /** R-NAT-28, C-09: who may be ketua tim; the assignable population when absent. */
  ketuaTimKategori: z.array(kategori).min(1).optional(),
  /** The rule a ketua outside `ketuaTimKategori` breaks (R-NAT-28 when absent; R-BTN-05, R-KIN-13). */
  ketuaTimAturan: ruleId.optional(),
  /** C-09, R-BTN-02..04: extra conditions for a Pelaksana as ketua. */
  syaratPelaksanaKetua: syaratPelaksanaKetuaSchema.nullable(),
  /** R-NAT-27, C-10: whether a team must have a ketua. */
  ketuaTimWajib: z.boolean().optional(),
  /** C-12, R-KIN-07..11: team caps per leader type; null when the count is the PUO's strategy. */
  batasTim: batasTimSchema.nullable(),
  /** C-12, R-KIN-15: at most this many teams per person within one unit organisasi; null: no cap (R-NAT-30). */
  maksTimPerPegawaiPerUnit: z.number().int().positive().nullable(),
  /** C-12, R-KIN-14: a ketua may not lead a second team in an overlapping period. */
  ketuaSatuTim: z.boolean(),
  /** C-19, R-KIN-01: a team's term is 1 January – 31 December of one year. */
  masaTimSatuTahunKalender: z.boolean(),
  /** R-KIN-02: the team formation of year Y is sent by this month/day of Y-1 ("MM-DD"); null: no deadline. */
  batasPenyampaianTim: z.string().regex(/^\d{2}-\d{2}$/).nullable(),
  /** C-11, R-KIN-04/05: who receives a copy (salinan) of every team decree besides the members. */
  salinanKeputusanTim: z.array(z.enum(['SEKJEN', 'BIRO_OSDM'])),
  /** C-11, R-BTN-06..08, R-KIN-03/19: the DMN decision (bpmn/penandatangan-keputusan-tim.dmn) keyed by this profile. */
  dmnPenandatanganTim: z.literal('penandatangan-keputusan-tim'),
  /** R-NAT-43, C-08: who declares a kegiatan complete. */
  completionAcceptor: z.enum(['PUO', 'PEJABAT_JPT']),
  /** C-08, R-MRT-08, R-BTN-19: the reviews that precede the acceptance, in order. */
  urutanReviu: z.array(z.enum(['PPK', 'PEJABAT_ADMINISTRASI', 'PUO', 'PEJABAT_JPT'])).min(1),
  /** R-NAT-35, C-03: an individual reports to the PUO directly, or (R-BTN-10) through the PPK. */
  individualReportRoute: z.enum(['LANGSUNG', 'VIA_PPK']),
  /** C-03, R-KIN-24: an Ahli Utama of a unit pusat reports through the PPT Pratama to the PPT Madya. */
  ahliUtamaLaporKePptMadya: z.boolean(),
  /** C-01, R-NAT-37, R-BTN-09, R-MRT-10, R-KIN-25: who receives the ketua's periodic team report, and copies. */
  penerimaLaporanKetua: peranLaporan,
  tembusanLaporanKetua: z.array(peranLaporan),
  /** C-02, R-NAT-38: who receives the ketua's input on members' performance. */
  penerimaPenilaianAnggota: z.array(peranLaporan).min(1),
  /** C-04, R-NAT-48, R-BTN-11, R-MRT-10: who may request reports at any time. */
  pemintaLaporanSewaktuWaktu: peranLaporan,
  /** C-07, R-MRT-03, R-BTN-12: who may set (menetapkan) a penugasan dalam unit. */
  penetapPenugasan: z.array(z.enum(['PUO', 'PPK', 'PIMPINAN_UNIT_KERJA'])).min(1),
  /** C-18, R-NAT-12, R-KIN-18: the approvals a penunjukan lintas unit needs. */
  persetujuanLintasUnit: z.array(z.enum(['PPK', 'PUO'])).min(1),
  /** C-05: the cross-agency flow (PYB_FULL = R-NAT-16..20 with the Banten daftar and tembusan). */
  alurLintasInstansi: z.enum(['PYB_FULL', 'PYB_SAMPAI_D']),
  /** C-06, R-NAT-25: approvals of a pengajuan sukarela lintas unit. */
  persetujuanSukarelaLintasUnit: z.number().int().min(1).max(2),
  /** C-22, A-31: whether pengajuan sukarela is offered. */
  sukarelaDiizinkan: z.boolean(),
  /** C-14, R-BTN-18, R-MRT-04: who establishes a kedudukan. */
  penetapKedudukan: z.enum(['PUO', 'PEJABAT_PEMBINA_KEPEGAWAIAN', 'POLA_ORGANISASI']),
  /** C-20, R-BTN-19: where the ketua submits results. */
  penerimaHasil: z.enum(['PUO', 'PEJABAT_ADMINISTRASI']),
  /** R-NAT-53: the cadence of the scheduled evaluations, an ISO 8601 repeating interval. */
  evaluationCadence: z.string().regex(/^R\d+\/P/),
  /** R-NAT-40: how long the pemilik kinerja has to send the bahan pertimbangan (ISO 8601 duration). */
  bahanPertimbanganBatasWaktu: z.string().regex(/^P/),
}).strict();

export const agencyProfileSchema = nilaiSchema.extend({
  /** For every key: its rule and source, marked where it is an assumption. */
  asal: z.record(z.string(), asalNilaiSchema),
}).superRefine((p, ctx) => {
  for (const k of KUNCI_PROFIL) {
    if (!p.asal[k]) ctx.addIssue({ code: 'custom', path: ['asal', k], message: `Kunci profil ${k} belum menyebut aturan dan sumbernya.` });
  }
  for (const k of Object.keys(p.asal)) {
    if (!(KUNCI_PROFIL as readonly string[]).includes(k)) ctx.addIssue({ code: 'custom', path: ['asal', k], message: `asal.${k} bukan kunci profil.` });
  }
});

/** A profile that passed the schema is a domain profile (compile-time check); the key list is the domain's. */
export function parseProfil(input: unknown): AgencyProfile {
  return agencyProfileSchema.parse(input);
}
export type { KunciProfil };
