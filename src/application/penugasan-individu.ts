import { checkDuplikat } from '../domain/kasus.js';
import { kunciDuplikatIndividu, validatePenugasanIndividu, type PermohonanPenugasanIndividu } from '../domain/penugasan-individu.js';
import { describeViolations } from '../domain/rule-violation.js';
import { GALAT, type IsiPenugasan, type KasusDeps, type Letak } from './kasus/langkah.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { pemula, penugasanAktif } from './tim-kerja.js';
import { periodeTeks } from '../domain/tanggal.js';

/** bpmn/penugasan-individu.bpmn (F7). */
export const PROSES_PENUGASAN_INDIVIDU = 'penugasan-individu';

/**
 * validasi-penugasan-individu: F7 checks against the organisation on the start date, the issuer being the
 * authenticated starter; registration with the duplicate key (R-SYS-01). HARD → back to the issuer.
 */
export async function validasiPenugasanIndividu(deps: KasusDeps, letak: Letak, input: Omit<PermohonanPenugasanIndividu, 'pengusulNip'>): Promise<TaskResult> {
  const pengusulNip = await pemula(deps, letak);
  const p: PermohonanPenugasanIndividu = { ...input, pengusulNip };
  const tanggal = /^\d{4}-\d{2}-\d{2}$/.test(p.tanggalMulai) ? p.tanggalMulai : deps.hariIni();
  const org = await deps.organisasi.viewAround({ pegawaiNip: [p.pegawaiNip, pengusulNip], unitId: [] }, tanggal);
  const aktif = await penugasanAktif(deps.penugasan, p.pegawaiNip, tanggal);
  const pegawai = org.pegawai(p.pegawaiNip);
  const hasil = validatePenugasanIndividu(org, p, aktif.length, profileFor(org, pegawai?.instansiId ?? ''));
  const violations = [...hasil.violations];
  if (violations.length === 0 && hasil.unitPemilikKinerjaId) {
    const data: IsiPenugasan & { targetUnit: string | null } = {
      pegawaiNip: p.pegawaiNip, unitPemilikKinerjaId: hasil.unitPemilikKinerjaId, uraianTugas: p.uraianTugas.trim(),
      targetKinerja: p.targetKinerja.trim(), kompetensiDibutuhkan: [], tanggalMulai: p.tanggalMulai, tanggalSelesai: p.tanggalSelesai,
      targetUnit: p.targetUnit,
    };
    const { duplikatDari } = await deps.permohonan.daftarkan({
      businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: PROSES_PENUGASAN_INDIVIDU, pengusulNip, data,
      kunciDuplikat: kunciDuplikatIndividu(p),
    });
    // A duplicate is not a case of its own: it must not block the next request once corrected.
    await deps.permohonan.ubahStatus(letak.kunciKasus, duplikatDari ? 'TIDAK_VALID' : 'BERJALAN');
    violations.push(...checkDuplikat(duplikatDari, 'targetKinerja', 'Target ini sudah ditugaskan kepada pegawai yang sama tahun ini').violations);
  }
  if (violations.length > 0) {
    const pesan = describeViolations(violations);
    return bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan, pengusulNip });
  }
  return complete({
    galatPermohonan: null,
    pengusulNip,
    ruangLingkup: 'DALAM_UNIT',
    pegawaiNama: pegawai?.nama ?? p.pegawaiNip,
    pegawaiJabatan: pegawai?.jabatanNama ?? '',
    periodePenugasan: periodeTeks(p.tanggalMulai, p.tanggalSelesai),
    bebanTeks: aktif.length === 0 ? 'Belum ada penugasan aktif' : aktif.map((a) => `${a.targetKinerja} (${periodeTeks(a.tanggalMulai, a.tanggalSelesai)})`).join('\n'),
    peringatan: hasil.peringatan,
    peringatanTeks: hasil.peringatan.map((w) => `[${w.ruleId}] ${w.message}`).join('\n'),
  });
}
