import type { PermohonanPenunjukan } from '../domain/penugasan.js';
import type { RuleViolation, RuleWarning } from '../domain/rule-violation.js';
import { PROSES_PENUNJUKAN_DALAM_UNIT, periksaPenunjukan, type PenunjukanDeps } from './penunjukan-dalam-unit.js';
import type { ProcessStarter } from './ports.js';

export type AjukanResult =
  | { readonly ok: true; readonly processInstanceId: string; readonly businessKey: string; readonly peringatan: readonly RuleWarning[] }
  | { readonly ok: false; readonly violations: readonly RuleViolation[] };

/**
 * Starts a penunjukan dalam unit after checking it, so the pengusul hears of a violation at once
 * (the worker checks again when the process runs). Nothing is started when a rule is violated.
 */
export async function ajukanPenunjukan(
  deps: PenunjukanDeps & { engine: ProcessStarter; newId: () => string },
  permohonan: PermohonanPenunjukan,
): Promise<AjukanResult> {
  const report = await periksaPenunjukan(deps, permohonan);
  if (report.violations.length > 0) return { ok: false, violations: report.violations };
  const businessKey = `PNJ-${permohonan.tanggalMulai.slice(0, 4)}-${deps.newId()}`;
  // The store keeps the permohonan as submitted; the process carries a copy for its forms.
  await deps.permohonan.simpan({ businessKey, jenis: PROSES_PENUNJUKAN_DALAM_UNIT, pengusulNip: permohonan.pengusulNip, data: permohonan });
  let processInstanceId: string;
  try {
    ({ processInstanceId } = await deps.engine.startProcess(PROSES_PENUNJUKAN_DALAM_UNIT, {
      businessKey,
      variables: { ...permohonan, kompetensiDibutuhkan: [...permohonan.kompetensiDibutuhkan] },
    }));
  } catch (e) {
    await deps.permohonan.hapus(businessKey); // nothing half-written stays behind
    throw e;
  }
  await deps.permohonan.tautkan(businessKey, processInstanceId);
  return { ok: true, processInstanceId, businessKey, peringatan: report.warnings };
}
