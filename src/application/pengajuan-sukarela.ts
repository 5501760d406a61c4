import { isIsoDate } from '../domain/rules/periode-penugasan.js';
import { kunciDuplikatSukarela, periksaPengajuanSukarela, type PermohonanSukarela } from '../domain/pengajuan-sukarela.js';
import { describeViolations, type RuleWarning } from '../domain/rule-violation.js';
import { GALAT, type IsiPenugasan, type KasusDeps, type Letak } from './kasus/langkah.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { periodeTeks } from '../domain/tanggal.js';

/** The processes of RULES.md F4 and F5 (bpmn/pengajuan-sukarela-*.bpmn). */
export const PROSES_SUKARELA = {
  LISAN: 'pengajuan-sukarela-dalam-unit',
  SURAT: 'pengajuan-sukarela-lintas-unit',
} as const;

/** What a start form (or the "perbaiki" form) submitted. */
export interface FormPengajuanSukarela {
  readonly saluran: PermohonanSukarela['saluran'];
  /** LISAN: the applicant the PUO records the oral request of. SURAT: ignored, the applicant is who started it. */
  readonly pegawaiNip?: string | null;
  readonly unitDitujuId?: string | null;
  readonly uraianTugas?: string | null;
  readonly targetKinerja?: string | null;
  readonly kompetensiTeks?: string | null;
  readonly tanggalMulai?: string | null;
  readonly tanggalSelesai?: string | null;
  readonly tanggalPermohonanLisan?: string | null;
  readonly maksudTujuan?: string | null;
  readonly ekspektasiTarget?: string | null;
}

/** The permohonan as kept in the store: what catat-penugasan-kasus reads, plus the letter's own contents. */
export interface IsiPengajuanSukarela extends IsiPenugasan {
  readonly saluran: PermohonanSukarela['saluran'];
  readonly dicatatOleh: string;
  readonly tanggalPermohonanLisan: string | null;
  readonly maksudTujuan: string | null;
  readonly ekspektasiTarget: string | null;
}

/** SOFT findings the decider must justify, not only acknowledge. */
const PERLU_JUSTIFIKASI = new Set(['W-ALREADY-ASSIGNED']);

const teks = (s: string | null | undefined) => (s ?? '').trim();

/**
 * validasi-pengajuan-sukarela: checks the application (F4 step 1–2, F5 step 1), registers it once with its
 * duplicate key (R-SYS-01) and snapshots who started it (from the engine's history, never from a variable)
 * and who applies (R-SYS-02). A HARD violation goes back to the starter with the rule IDs.
 */
export async function validasiPengajuanSukarela(deps: KasusDeps, letak: Letak, form: FormPengajuanSukarela): Promise<TaskResult> {
  const pengusulNip = await deps.history.pemulaProses(letak.processInstanceId);
  if (!pengusulNip) throw new Error(`Proses ${letak.processInstanceId} tidak dimulai oleh pengguna yang dikenal; pengajuan sukarela dimulai dari Tasklist.`);
  const kembali = (pesan: string) => bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan, pengusulNip });

  const permohonan: PermohonanSukarela = {
    saluran: form.saluran,
    pemohonNip: form.saluran === 'LISAN' ? teks(form.pegawaiNip) : pengusulNip,
    pencatatNip: pengusulNip,
    unitDitujuId: teks(form.unitDitujuId) || null,
    uraianTugas: teks(form.uraianTugas),
    targetKinerja: teks(form.targetKinerja),
    kompetensi: teks(form.kompetensiTeks).split(/[,;\n]+/).map((k) => k.trim()).filter((k) => k !== ''),
    tanggalMulai: teks(form.tanggalMulai),
    tanggalSelesai: teks(form.tanggalSelesai),
    tanggalPermohonanLisan: teks(form.tanggalPermohonanLisan) || null,
    tanggalPencatatan: deps.hariIni(),
    maksudTujuan: teks(form.maksudTujuan) || null,
    ekspektasiTarget: teks(form.ekspektasiTarget) || null,
  };
  // Kedudukan and PPK are those in force when the penugasan starts (R-NAT-07).
  const tanggal = isIsoDate(permohonan.tanggalMulai) ? permohonan.tanggalMulai : deps.hariIni();
  const [org, penugasan] = await Promise.all([
    deps.organisasi.viewAround({
      pegawaiNip: [...new Set([permohonan.pemohonNip, pengusulNip])].filter((n) => n !== ''),
      unitId: permohonan.unitDitujuId ? [permohonan.unitDitujuId] : [],
    }, tanggal),
    permohonan.pemohonNip ? deps.penugasan.list({ pegawaiNip: permohonan.pemohonNip, status: 'DITETAPKAN', limit: 1000, offset: 0 }) : [],
  ]);
  const profile = profileFor(org, org.pegawai(permohonan.pemohonNip)?.instansiId ?? '');
  const hasil = periksaPengajuanSukarela(org, permohonan, profile, penugasan);
  const { pemohon, unitPemilikKinerja: unit } = hasil;
  if (hasil.report.violations.length > 0 || !pemohon || !unit) return kembali(describeViolations(hasil.report.violations));

  const data: IsiPengajuanSukarela = {
    saluran: permohonan.saluran, pegawaiNip: pemohon.nip, unitPemilikKinerjaId: unit.id, uraianTugas: permohonan.uraianTugas,
    targetKinerja: permohonan.targetKinerja, kompetensiDibutuhkan: permohonan.kompetensi, tanggalMulai: permohonan.tanggalMulai,
    tanggalSelesai: permohonan.tanggalSelesai, dicatatOleh: pengusulNip, tanggalPermohonanLisan: permohonan.tanggalPermohonanLisan ?? null,
    maksudTujuan: permohonan.maksudTujuan ?? null, ekspektasiTarget: permohonan.ekspektasiTarget ?? null,
  };
  const kunciDuplikat = kunciDuplikatSukarela(hasil.ruangLingkup, unit.id, pemohon.nip, permohonan.targetKinerja, permohonan.tanggalMulai);
  const { duplikatDari } = await deps.permohonan.daftarkan({
    businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: PROSES_SUKARELA[permohonan.saluran],
    pengusulNip, data, kunciDuplikat,
  });
  if (duplikatDari) {
    // Not open while it waits for a correction: it must not make the first case look like its duplicate.
    await deps.permohonan.ubahStatus(letak.kunciKasus, 'TIDAK_VALID');
    return kembali(`[R-SYS-01] DUPLIKAT: ${pemohon.nama} sudah mengajukan diri untuk target kinerja "${permohonan.targetKinerja}" ` +
      `di ${unit.nama} pada tahun yang sama (kasus ${duplikatDari}, masih berjalan atau telah ditetapkan).`);
  }
  await deps.permohonan.ubahStatus(letak.kunciKasus, 'BERJALAN');
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pengusulNip', pengusulNip);
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pemohonNip', pemohon.nip);

  const peringatan = hasil.report.warnings.map((w: RuleWarning) => ({ ...w, perluJustifikasi: PERLU_JUSTIFIKASI.has(w.code) }));
  return complete({
    galatPermohonan: null,
    pengusulNip,
    pemohonNip: pemohon.nip,
    pemohonNama: pemohon.nama,
    // The Tasklist filter "Tugas Saya" shows pegawaiNama and periodePenugasan for every flow.
    pegawaiNama: pemohon.nama,
    pemohonJabatan: pemohon.jabatanNama,
    pemohonUnitNama: org.unit(pemohon.unitId)?.nama ?? pemohon.unitId,
    unitPemilikKinerjaId: unit.id,
    unitPemilikKinerjaNama: unit.nama,
    ruangLingkup: hasil.ruangLingkup,
    periodePenugasan: periodeTeks(permohonan.tanggalMulai, permohonan.tanggalSelesai),
    bebanKerjaTeks: hasil.bebanKerja,
    peringatan,
    peringatanTeks: peringatan.map((w) => `[${w.ruleId}] ${w.message}${w.perluJustifikasi ? ' (perlu justifikasi)' : ''}`).join('\n'),
  });
}

/** The output variables of validasi-pengajuan-sukarela (gateways and forms read them). */
export const KELUARAN_VALIDASI_SUKARELA = [
  'galatPermohonan', 'pengusulNip', 'pemohonNip', 'pemohonNama', 'pegawaiNama', 'pemohonJabatan', 'pemohonUnitNama', 'unitPemilikKinerjaId', 'unitPemilikKinerjaNama',
  'ruangLingkup', 'periodePenugasan', 'bebanKerjaTeks', 'peringatan', 'peringatanTeks',
] as const;
