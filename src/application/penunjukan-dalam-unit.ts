import type { IsoDate, OrganisasiView } from '../domain/organisasi.js';
import type { PermohonanPenunjukan } from '../domain/penugasan.js';
import { validatePenunjukanDalamUnit } from '../domain/penunjukan-dalam-unit.js';
import { checkDuplikat, kunciDuplikat } from '../domain/kasus.js';
import { describeViolations, type RuleReport } from '../domain/rule-violation.js';
import type { Letak } from './kasus/langkah.js';
import type { KasusRepository, OrganisasiRepository, PenugasanRepository, PermohonanRepository, ProcessHistory } from './ports.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, PrasyaratTidakTerpenuhi, type TaskResult } from './task-result.js';
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

/**
 * Worker validasi-penunjukan: re-checks the request as the store keeps it (the API stored it before starting the
 * process; the organisation may have changed since), registers it with its duplicate key (R-SYS-01: refused while an
 * identical case is open or approved) and snapshots the pengusul and the pegawai as roles of the case. Everything
 * after it runs on the shared steps (tentukan-peran, periksa-keputusan, terbitkan-surat, catat-penugasan-kasus).
 */
export async function validasiPenunjukan(deps: PenunjukanDeps & { kasus: KasusRepository }, letak: Letak): Promise<TaskResult> {
  const tersimpan = await deps.permohonan.ambil(letak.kunciKasus);
  if (!tersimpan) throw new PrasyaratTidakTerpenuhi(`Permohonan ${letak.kunciKasus} tidak ada di store; mulai penunjukan dalam unit melalui POST /api/penunjukan.`);
  const permohonan = { ...(tersimpan.data as PermohonanPenunjukan), pengusulNip: tersimpan.pengusulNip };
  const { org, report } = await periksa(deps, permohonan);
  let violations = report.violations;
  if (violations.length === 0) {
    const { duplikatDari } = await deps.permohonan.daftarkan({
      businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: PROSES_PENUNJUKAN_DALAM_UNIT,
      pengusulNip: permohonan.pengusulNip, data: tersimpan.data as object,
      kunciDuplikat: kunciDuplikat({ bentuk: 'PENUNJUKAN', ruangLingkup: 'DALAM_UNIT', unitPemilikKinerjaId: permohonan.unitPemilikKinerjaId, pegawaiNip: [permohonan.pegawaiNip], targetKinerja: permohonan.targetKinerja, tanggalMulai: permohonan.tanggalMulai }),
    });
    violations = checkDuplikat(duplikatDari, 'pegawaiNip', 'Penunjukan yang sama sudah diajukan dan masih berjalan atau telah ditetapkan').violations;
  }
  if (violations.length > 0) {
    await deps.permohonan.ubahStatus(letak.kunciKasus, 'TIDAK_VALID');
    return bpmnError('PERMOHONAN_TIDAK_VALID', describeViolations(violations), { galatValidasi: violations });
  }
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pengusulNip', permohonan.pengusulNip);
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pegawaiNip', permohonan.pegawaiNip);
  const pegawai = org.pegawai(permohonan.pegawaiNip);
  return complete({
    ruangLingkup: 'DALAM_UNIT',
    pegawaiNama: pegawai?.nama ?? permohonan.pegawaiNip,
    pegawaiJabatan: pegawai?.jabatanNama ?? '',
    periodePenugasan: periodeTeks(permohonan.tanggalMulai, permohonan.tanggalSelesai),
    kompetensiTeks: permohonan.kompetensiDibutuhkan.join(', '),
    peringatan: report.warnings,
    peringatanTeks: report.warnings.map((w) => `[${w.ruleId}] ${w.message}${w.perluJustifikasi ? ' (perlu justifikasi)' : ''}`).join('\n'),
  });
}
