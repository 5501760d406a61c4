import type { IsoDate, OrganisasiView } from '../domain/organisasi.js';
import type { Keputusan, PermohonanPenunjukan } from '../domain/penugasan.js';
import { validatePenunjukanDalamUnit } from '../domain/penunjukan-dalam-unit.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../domain/roles.js';
import { describeViolations, mergeReports, type RuleReport } from '../domain/rule-violation.js';
import { checkAlasanPenolakan } from '../domain/rules/alasan-penolakan.js';
import { checkPelakuKeputusan } from '../domain/rules/pelaku-keputusan.js';
import { nasional } from '../domain/profiles/nasional.js';
import { pastikanKeputusanWajib } from './kasus/instans.js';
import type { KasusRepository, OrganisasiRepository, PenugasanRepository, PermohonanRepository, ProcessHistory } from './ports.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { periodeTeks } from '../domain/tanggal.js';

/** The process the penunjukan dalam unit runs in (bpmn/penunjukan-dalam-unit.bpmn). */
export const PROSES_PENUNJUKAN_DALAM_UNIT = 'penunjukan-dalam-unit';

export interface PenunjukanDeps {
  readonly organisasi: OrganisasiRepository;
  readonly penugasan: PenugasanRepository;
  readonly permohonan: PermohonanRepository;
  readonly history: ProcessHistory;
  /** Today's date (YYYY-MM-DD) in the agency's time zone; roles who act now are resolved on it. */
  readonly hariIni: () => IsoDate;
}

async function viewFor(deps: PenunjukanDeps, p: Pick<PermohonanPenunjukan, 'pegawaiNip' | 'unitPemilikKinerjaId' | 'pengusulNip' | 'tanggalMulai'>): Promise<OrganisasiView> {
  // The pegawai's kedudukan and PPK are those in force when the penugasan starts (R-NAT-07).
  return deps.organisasi.viewAround({ pegawaiNip: [p.pegawaiNip, p.pengusulNip], unitId: [p.unitPemilikKinerjaId] }, p.tanggalMulai);
}

/** All rules for a penunjukan dalam unit against the current organisation (used by the API and the worker). */
export async function periksaPenunjukan(deps: PenunjukanDeps, permohonan: PermohonanPenunjukan): Promise<RuleReport> {
  return (await periksa(deps, permohonan)).report;
}

async function periksa(deps: PenunjukanDeps, permohonan: PermohonanPenunjukan): Promise<{ org: OrganisasiView; report: RuleReport }> {
  const org = await viewFor(deps, permohonan);
  const instansiId = org.unit(permohonan.unitPemilikKinerjaId)?.instansiId ?? '';
  return { org, report: validatePenunjukanDalamUnit(org, permohonan, profileFor(org, instansiId)) };
}

/** Worker validasi-penunjukan: re-checks the request when the process runs (the organisation may have changed). */
export async function validasiPenunjukan(deps: PenunjukanDeps, permohonan: PermohonanPenunjukan): Promise<TaskResult> {
  const { org, report } = await periksa(deps, permohonan);
  if (report.violations.length > 0) {
    return bpmnError('PERMOHONAN_TIDAK_VALID', describeViolations(report.violations), { galatValidasi: report.violations });
  }
  const pegawai = org.pegawai(permohonan.pegawaiNip);
  return complete({
    ruangLingkup: 'DALAM_UNIT',
    pegawaiNama: pegawai?.nama ?? permohonan.pegawaiNip,
    pegawaiJabatan: pegawai?.jabatanNama ?? '',
    periodePenugasan: periodeTeks(permohonan.tanggalMulai, permohonan.tanggalSelesai),
    kompetensiTeks: permohonan.kompetensiDibutuhkan.join(', '),
    peringatan: report.warnings,
    peringatanTeks: report.warnings.map((w) => `[${w.ruleId}] ${w.message}`).join('\n'),
  });
}

/**
 * Worker tentukan-pejabat: resolves who decides (R-NAT-09: the PUO of the pegawai's unit) and snapshots the
 * role holders into the process, so the audit can replay who they were (R-SYS-02).
 */
export async function tentukanPejabat(deps: PenunjukanDeps & { kasus: KasusRepository }, pegawaiNip: string, businessKey: string): Promise<TaskResult> {
  const org = await deps.organisasi.viewAround({ pegawaiNip: [pegawaiNip], unitId: [] }, deps.hariIni());
  const pegawai = org.pegawai(pegawaiNip);
  const pimpinan = pegawai && pimpinanUnitOrganisasi(org, pegawai.unitId, profileFor(org, pegawai.instansiId).unitOrganisasiJenis);
  if (!pegawai || !pimpinan) {
    return bpmnError('PEJABAT_TIDAK_DITEMUKAN',
      `[R-NAT-09] Pimpinan Unit Organisasi untuk pegawai ${pegawaiNip} tidak ditemukan atau jabatannya kosong.`);
  }
  await deps.permohonan.tetapkanPejabat(businessKey, pimpinan.nip);
  // Also the case's role snapshot, so the recording steps can check who decided (R-SYS-02, issue 8).
  await deps.kasus.tetapkanPeran(businessKey, PERAN_PIMPINAN_UNIT, pimpinan.nip);
  return complete({
    pimpinanUnitNip: pimpinan.nip,
    pimpinanUnitNama: pimpinan.nama,
    pejabatPenilaiKinerjaNip: pejabatPenilaiKinerja(org, pegawai)?.nip ?? null,
  });
}

/** The user task in bpmn/penunjukan-dalam-unit.bpmn whose decision is validated and recorded. */
export const TUGAS_TETAPKAN = 'Tugas_TetapkanPenunjukan';
/** The role variable of the deciding PUO (the user task's assignee). */
export const PERAN_PIMPINAN_UNIT = 'pimpinanUnitNip';

/**
 * Worker validasi-keputusan: R-NAT-13 on the content, R-SYS-02 on who decided (the engine's operation log
 * against the pejabat resolved into the store). A bad decision goes back to the pejabat with the message.
 */
export async function validasiKeputusan(
  deps: PenunjukanDeps & { kasus: KasusRepository },
  input: { processInstanceId: string; businessKey: string; keputusan?: string | null; alasan?: string | null },
): Promise<TaskResult> {
  // The decision goes back with an empty alasan: a refused reason left in the form would keep its
  // client-side validation failing even when the pejabat then chooses Setuju (form-js 1.8.7).
  if (input.keputusan !== 'SETUJU' && input.keputusan !== 'TOLAK') {
    return bpmnError('KEPUTUSAN_TIDAK_VALID', 'keputusan: pilih Setuju atau Tolak.', { alasan: null });
  }
  const tersimpan = await deps.permohonan.ambil(input.businessKey);
  const tugas = await deps.history.tugasSelesai(input.processInstanceId, TUGAS_TETAPKAN);
  const penyelesai = tugas?.penyelesai;
  if (!tugas || !tersimpan?.pejabatNip || !penyelesai) {
    throw new Error(`Permohonan ${input.businessKey}: pejabat tersimpan atau penyelesai tugas tidak diketahui.`);
  }
  const report = mergeReports(
    checkPelakuKeputusan(penyelesai, tersimpan.pejabatNip, 'Pimpinan Unit Organisasi'),
    checkAlasanPenolakan(input.keputusan, input.alasan, nasional.minReasonLength),
  );
  if (report.violations.length > 0) {
    return bpmnError('KEPUTUSAN_TIDAK_VALID', describeViolations(report.violations), { alasan: null });
  }
  // Recorded once per task (R-SYS-04), so catat-penugasan/catat-penolakan can require it (issue 8).
  await deps.kasus.catatKeputusan({
    taskId: tugas.taskId, kunciKasus: input.businessKey, processInstanceId: input.processInstanceId, langkah: TUGAS_TETAPKAN,
    aktorNip: penyelesai, keputusan: input.keputusan, alasan: input.keputusan === 'TOLAK' ? (input.alasan ?? '').trim() : null, data: {},
  });
  return complete({ galatKeputusan: null, alasan: input.keputusan === 'TOLAK' ? (input.alasan ?? '').trim() : null });
}

/**
 * Workers catat-penugasan and catat-penolakan: record the decision once per process instance (idempotent),
 * from the permohonan and pejabat kept in the store, never from variables a completion could overwrite.
 */
export async function catatKeputusanPenunjukan(
  deps: PenunjukanDeps & { kasus: KasusRepository },
  input: { processInstanceId: string; businessKey: string; keputusan: Keputusan; alasan: string | null; keputusanWajib: string | null },
): Promise<TaskResult> {
  await pastikanKeputusanWajib(deps, { kunciKasus: input.businessKey, processInstanceId: input.processInstanceId }, input.keputusanWajib,
    `Pencatatan penunjukan ${input.keputusan} (${input.processInstanceId})`);
  const tersimpan = await deps.permohonan.ambil(input.businessKey);
  if (!tersimpan?.pejabatNip) throw new Error(`Permohonan ${input.businessKey} tidak ada di store atau belum punya pejabat.`);
  const p = tersimpan.data as PermohonanPenunjukan;
  const { created, penugasan } = await deps.penugasan.record({
    processInstanceId: input.processInstanceId,
    bentuk: 'PENUNJUKAN',
    ruangLingkup: 'DALAM_UNIT',
    status: input.keputusan === 'SETUJU' ? 'DITETAPKAN' : 'DITOLAK',
    pegawaiNip: p.pegawaiNip,
    unitPemilikKinerjaId: p.unitPemilikKinerjaId,
    pengusulNip: tersimpan.pengusulNip,
    penetapNip: tersimpan.pejabatNip,
    uraianTugas: p.uraianTugas,
    targetKinerja: p.targetKinerja,
    kompetensiDibutuhkan: p.kompetensiDibutuhkan,
    tanggalMulai: p.tanggalMulai,
    tanggalSelesai: p.tanggalSelesai,
    alasan: input.keputusan === 'TOLAK' ? input.alasan : null,
  }, tersimpan.pejabatNip);
  return complete({ penugasanId: penugasan.id, penugasanBaruDicatat: created });
}
