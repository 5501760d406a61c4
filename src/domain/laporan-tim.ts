import { emptyReport, violation, type RuleReport } from './rule-violation.js';

/** A team's membership as the reporting lines need it (RULES.md F9). */
export interface SusunanTim {
  readonly status: string;
  readonly ketuaNip: string | null;
  readonly anggota: readonly { readonly nip: string; readonly peran: string }[];
}

/** R-NAT-36: a member's report comes from a member of an established team (the ketua compiles, not reports to himself). */
export function checkPelaporAnggota(tim: SusunanTim | undefined, pelaporNip: string): RuleReport {
  if (!tim || tim.status !== 'DITETAPKAN') return violation('R-NAT-36', 'timKerjaId', 'Tim kerja tidak ditemukan atau belum ditetapkan.');
  const peran = tim.anggota.find((a) => a.nip === pelaporNip)?.peran;
  if (peran === 'ANGGOTA' || (peran && !tim.ketuaNip)) return emptyReport;
  return violation('R-NAT-36', 'pelaporNip', peran === 'KETUA'
    ? 'Ketua tim menerima laporan anggota dan melaporkan pelaksanaan tugas tim; ketua tidak melapor kepada dirinya sendiri.'
    : 'Laporan pelaksanaan tugas tim hanya dapat disampaikan oleh anggota tim tersebut.');
}

/**
 * R-NAT-36: a member reports to the ketua; a team without a ketua reports to the PUO of the owner unit [derived].
 * R-NAT-37: the ketua reports the team's execution to that PUO.
 */
export function penerimaLaporanAnggota(tim: SusunanTim, puoPemilikNip: string): string {
  return tim.ketuaNip ?? puoPemilikNip;
}

/**
 * R-NAT-38: the ketua reports each member's results to the member's PPK: one report per distinct PPK, in a
 * stable order, each with the members it covers; those already received (`selesai`) are skipped.
 */
export function ppkBerikutnya(
  ppkAnggota: readonly { readonly nip: string; readonly ppkNip: string | null }[], selesai: ReadonlySet<string>,
): { ppkNip: string; anggotaNip: string[] } | undefined {
  const perPpk = new Map<string, string[]>();
  for (const a of ppkAnggota) if (a.ppkNip) perPpk.set(a.ppkNip, [...(perPpk.get(a.ppkNip) ?? []), a.nip]);
  const ppkNip = [...perPpk.keys()].find((nip) => !selesai.has(nip));
  return ppkNip ? { ppkNip, anggotaNip: perPpk.get(ppkNip) ?? [] } : undefined;
}
