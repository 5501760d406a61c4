import { checkDuplikat, kunciDuplikat } from '../domain/kasus.js';
import { validatePenunjukanLintasUnit, type PermohonanPelibatanLintasUnit } from '../domain/penunjukan-lintas-unit.js';
import { describeViolations, mergeReports } from '../domain/rule-violation.js';
import { GALAT, type KasusDeps, type Letak } from './kasus/langkah.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { periodeTeks } from '../domain/tanggal.js';

/** bpmn/penunjukan-lintas-unit.bpmn (RULES.md F2). */
export const PROSES_PENUNJUKAN_LINTAS_UNIT = 'penunjukan-lintas-unit';

/** The surat permohonan as the start form gives it (kompetensi as one comma-separated text). */
export interface FormPermohonanLintasUnit {
  readonly pegawaiNip: string;
  readonly unitPemilikKinerjaId: string;
  readonly maksudTujuan: string;
  readonly kompetensiDibutuhkan: string;
  readonly ekspektasiTarget: string;
  readonly tanggalMulai: string;
  readonly tanggalSelesai: string;
}

/**
 * Worker validasi-permohonan-lintas-unit: checks the letter against the organisation (R-NAT-02/03/05/07/10/11,
 * R-SYS-03), registers it (R-SYS-01: refused while an identical case is open or approved), and snapshots the
 * sender (the process starter, as the engine recorded it) and the pegawai as roles of the case.
 */
export async function validasiPermohonanLintasUnit(deps: KasusDeps, letak: Letak, form: FormPermohonanLintasUnit): Promise<TaskResult> {
  const pengusulNip = await deps.history.pemulaProses(letak.processInstanceId);
  if (!pengusulNip) throw new Error(`Proses ${letak.processInstanceId} tidak memiliki pemula (startUserId); mulai dari Tasklist.`);
  const p: PermohonanPelibatanLintasUnit = {
    ...form,
    pegawaiNip: form.pegawaiNip.trim(),
    pengusulNip,
    kompetensiDibutuhkan: form.kompetensiDibutuhkan.split(',').map((k) => k.trim()).filter((k) => k !== ''),
  };
  const org = await deps.organisasi.viewAround({ pegawaiNip: [p.pegawaiNip, pengusulNip], unitId: [p.unitPemilikKinerjaId] }, p.tanggalMulai);
  const unit = org.unit(p.unitPemilikKinerjaId);
  let report = validatePenunjukanLintasUnit(org, p, profileFor(org, unit?.instansiId ?? ''));
  if (report.violations.length === 0) {
    const { duplikatDari } = await deps.permohonan.daftarkan({
      businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: PROSES_PENUNJUKAN_LINTAS_UNIT, pengusulNip,
      data: { ...p, uraianTugas: p.maksudTujuan, targetKinerja: p.ekspektasiTarget },
      kunciDuplikat: kunciDuplikat({ bentuk: 'PENUNJUKAN', ruangLingkup: 'LINTAS_UNIT', unitPemilikKinerjaId: p.unitPemilikKinerjaId, pegawaiNip: [p.pegawaiNip], targetKinerja: p.ekspektasiTarget, tanggalMulai: p.tanggalMulai }),
    });
    if (duplikatDari) {
      await deps.permohonan.ubahStatus(letak.kunciKasus, 'TIDAK_VALID');
      report = mergeReports(report, checkDuplikat(duplikatDari, 'permohonan', 'Permohonan yang sama sudah diajukan dan masih berjalan atau telah disetujui'));
    }
  }
  if (report.violations.length > 0) {
    const pesan = describeViolations(report.violations);
    return bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan });
  }
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pengusulNip', pengusulNip);
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pegawaiNip', p.pegawaiNip);
  const pegawai = org.pegawai(p.pegawaiNip);
  return complete({
    galatPermohonan: null,
    pengusulNama: org.pegawai(pengusulNip)?.nama ?? pengusulNip,
    pegawaiNama: pegawai?.nama ?? p.pegawaiNip,
    pegawaiJabatan: pegawai?.jabatanNama ?? '',
    unitPegawaiNama: (pegawai && org.unit(pegawai.unitId)?.nama) ?? '',
    unitPemilikNama: unit?.nama ?? '',
    periodePenugasan: periodeTeks(p.tanggalMulai, p.tanggalSelesai),
    peringatan: report.warnings,
    peringatanTeks: report.warnings.map((w) => `[${w.ruleId}] ${w.message}`).join('\n'),
  });
}
