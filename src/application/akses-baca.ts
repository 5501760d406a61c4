import { bolehBaca, type LingkupBaca, type Sasaran } from '../domain/akses.js';
import type { IsoDate } from '../domain/organisasi.js';
import type { KasusRepository, OrganisasiRepository, PenugasanRepository, PenugasanTercatat, TimKerjaTercatat } from './ports.js';

/**
 * Single reads under the access policy (src/domain/akses.ts): each record is turned into a Sasaran — who takes
 * part in it, whom it is about and where they sit today, which unit owns it — and the policy decides.
 */

export interface AksesBacaDeps {
  readonly organisasi: Pick<OrganisasiRepository, 'posisi'>;
  readonly hariIni: () => IsoDate;
}

async function sasaran(deps: AksesBacaDeps, pihak: readonly string[], pegawaiNip: readonly string[], unitId: readonly string[]): Promise<Sasaran> {
  const posisi = await deps.organisasi.posisi({ pegawaiNip, unitId }, deps.hariIni());
  return {
    pihak,
    pegawai: pegawaiNip.map((nip) => ({ nip, unitId: posisi.pegawai.get(nip)?.unitId ?? null, instansiId: posisi.pegawai.get(nip)?.instansiId ?? null })),
    unit: unitId.map((id) => ({ id, instansiId: posisi.unit.get(id) ?? null })),
  };
}

export async function bolehBacaPenugasan(deps: AksesBacaDeps, l: LingkupBaca, p: PenugasanTercatat): Promise<boolean> {
  if (l.semua) return true;
  return bolehBaca(l, await sasaran(deps, [p.pegawaiNip, p.pengusulNip, p.penetapNip], [p.pegawaiNip], [p.unitPemilikKinerjaId]));
}

export async function bolehBacaTimKerja(deps: AksesBacaDeps, l: LingkupBaca, t: TimKerjaTercatat): Promise<boolean> {
  if (l.semua) return true;
  const anggota = t.anggota.map((a) => a.nip);
  return bolehBaca(l, await sasaran(deps, [...(t.ketuaNip ? [t.ketuaNip] : []), ...anggota], anggota, [t.unitPemilikId]));
}

/** A case (and its letters): its parties, or anyone who may read one of its penugasan. */
export async function bolehBacaKasus(
  deps: AksesBacaDeps & { readonly kasus: Pick<KasusRepository, 'pihak'>; readonly penugasan: Pick<PenugasanRepository, 'allByProcessInstance'> },
  l: LingkupBaca, kunci: string,
): Promise<boolean> {
  if (l.semua) return true;
  if ((await deps.kasus.pihak(kunci)).includes(l.diri)) return true;
  for (const p of await deps.penugasan.allByProcessInstance(kunci)) {
    if (await bolehBacaPenugasan(deps, l, p)) return true;
  }
  return false;
}
