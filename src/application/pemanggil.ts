import { unitDiBawah, type Pemanggil } from '../domain/akses.js';
import type { IsoDate } from '../domain/organisasi.js';
import type { OrganisasiRepository } from './ports.js';

export interface PemanggilDeps {
  /** The caller's Camunda groups. */
  readonly grupDari: (userId: string) => Promise<readonly string[]>;
  readonly organisasi: Pick<OrganisasiRepository, 'wewenangBaca'>;
  readonly hariIni: () => IsoDate;
}

/**
 * The caller as the access policy (src/domain/akses.ts) sees them, today: their groups, their own record,
 * the units they lead with everything below them, and the pegawai they appraise.
 */
export async function kenaliPemanggil(deps: PemanggilDeps, userId: string): Promise<Pemanggil> {
  const [grup, wewenang] = await Promise.all([deps.grupDari(userId), deps.organisasi.wewenangBaca(userId, deps.hariIni())]);
  return {
    userId,
    grup,
    pegawai: wewenang.pegawai,
    unitDipimpin: unitDiBawah(wewenang.unitDipimpin, wewenang.unitInstansi),
    nipDinilai: wewenang.nipDinilai,
  };
}
