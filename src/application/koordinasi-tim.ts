import type { IsoDate } from '../domain/organisasi.js';
import { checkKoordinasiTahap, checkPencatatKoordinasi, type TahapKoordinasi } from '../domain/rules/koordinasi-tim.js';
import type { RuleViolation, RuleWarning } from '../domain/rule-violation.js';
import { pemegangPeran } from './kasus/peran.js';
import type { Letak } from './kasus/langkah.js';
import type { PelaksanaanDeps } from './pelaksanaan-kegiatan.js';
import type { KoordinasiTimRepository, KoordinasiTimTercatat, OrganisasiRepository, TimKerjaRepository } from './ports.js';
import { complete, type TaskResult } from './task-result.js';

export interface KoordinasiTimDeps {
  readonly timKerja: TimKerjaRepository;
  readonly koordinasiTim: KoordinasiTimRepository;
  readonly organisasi: OrganisasiRepository;
  readonly hariIni: () => IsoDate;
}

export type HasilCatatKoordinasi =
  | { readonly ok: true; readonly koordinasi: KoordinasiTimTercatat; readonly baru: boolean }
  | { readonly ok: false; readonly tidakDitemukan?: true; readonly violations: readonly RuleViolation[] };

/** The PUO of a team's owner unit, today. */
async function puoPemilikTim(deps: Pick<KoordinasiTimDeps, 'organisasi' | 'hariIni'>, unitPemilikId: string): Promise<string | undefined> {
  const org = await deps.organisasi.viewAround({ pegawaiNip: [], unitId: [unitPemilikId] }, deps.hariIni());
  return pemegangPeran(org, 'PUO_UNIT', unitPemilikId)?.nip;
}

/**
 * R-NAT-45: the ketua, an anggota or the owner PUO records a coordination of the team in one phase; the
 * author is the authenticated caller (R-SYS-02). Posting the same record again changes nothing.
 */
export async function catatKoordinasiTim(
  deps: KoordinasiTimDeps, pencatatNip: string, timId: number, isi: { tahap: TahapKoordinasi; tanggal: string; catatan: string },
): Promise<HasilCatatKoordinasi> {
  const tim = await deps.timKerja.byId(timId);
  if (!tim) return { ok: false, tidakDitemukan: true, violations: [] };
  const report = checkPencatatKoordinasi(tim, pencatatNip, await puoPemilikTim(deps, tim.unitPemilikId));
  if (report.violations.length > 0) return { ok: false, violations: report.violations };
  const { koordinasi, baru } = await deps.koordinasiTim.catat({ timId, ...isi, dicatatOleh: pencatatNip });
  return { ok: true, koordinasi, baru };
}

/** Who may read a team's coordination records: the same people who may write them. */
export async function bolehMembacaKoordinasi(deps: KoordinasiTimDeps, nip: string, timId: number): Promise<boolean> {
  const tim = await deps.timKerja.byId(timId);
  if (!tim) return false;
  return tim.anggota.some((a) => a.nip === nip) || nip === await puoPemilikTim(deps, tim.unitPemilikId);
}

/**
 * periksa-koordinasi-tim (F8): when a team penugasan (mode TIM) leaves phase `tahap`, a missing coordination
 * record of its team for that phase adds the SOFT warning R-NAT-45 (W-NO-COORDINATION) to `peringatan`, which
 * the next decision form shows and periksa-keputusan makes the decider acknowledge. Individual work: unchanged.
 */
export async function periksaKoordinasiTim(
  deps: PelaksanaanDeps & { readonly koordinasiTim: KoordinasiTimRepository }, letak: Letak,
  input: { tahap: TahapKoordinasi; peringatan: readonly RuleWarning[] },
): Promise<TaskResult> {
  const kegiatan = await deps.kegiatan.ambil(letak.kunciKasus);
  const penugasan = kegiatan && await deps.penugasan.byId(kegiatan.penugasanId);
  const timId = penugasan?.mode === 'TIM' ? penugasan.timKerjaId : null;
  const sudah = input.peringatan.filter((w) => !(w.ruleId === 'R-NAT-45' && w.code === 'W-NO-COORDINATION'));
  const baru = timId ? checkKoordinasiTahap(input.tahap, (await deps.koordinasiTim.daftar(timId)).map((k) => k.tahap)).warnings : [];
  const peringatan = [...sudah, ...baru];
  return complete({
    // A new set of warnings needs a new acknowledgement: an earlier stage's must not carry over.
    peringatan, peringatanDiakui: null,
    peringatanTeks: peringatan.length > 0 ? peringatan.map((w) => `[${w.ruleId}] ${w.message}`).join('\n') : null,
  });
}
