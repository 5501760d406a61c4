import type { Pemanggil } from '../domain/akses.js';
import { lingkupBaca } from '../domain/akses.js';
import type { IsoDate } from '../domain/organisasi.js';
import { pilihanInstansi, pilihanPegawai, pilihanUnit, SUMBER_PILIHAN, type Pilihan, type SumberPilihan } from '../domain/pilihan.js';
import { profileOf } from '../domain/profiles/index.js';
import type { OrganisasiRepository } from './ports.js';

export interface PilihanDeps {
  readonly organisasi: Pick<OrganisasiRepository, 'listPegawai' | 'listUnit' | 'listInstansi' | 'posisi'>;
  readonly hariIni: () => IsoDate;
}

/** Enough for the largest instansi; the store caps every list anyway. */
const BATAS_CALON = 5000;

/**
 * The options of one form field for this caller (src/domain/pilihan.ts), read within the caller's scope
 * (src/domain/akses.ts: colleagues of their own instansi by name and jabatan). Someone without a directory
 * record (an engine administrator) gets no options.
 */
export async function pilihanUntuk(deps: PilihanDeps, pemanggil: Pemanggil, sumber: SumberPilihan): Promise<Pilihan[]> {
  if (!pemanggil.pegawai) return [];
  const pemilih = { nip: pemanggil.userId, instansiId: pemanggil.pegawai.instansiId, unitDipimpin: pemanggil.unitDipimpin, nipDinilai: pemanggil.nipDinilai };
  const jenis = SUMBER_PILIHAN[sumber];
  if (jenis === 'instansi') return pilihanInstansi(pemilih, await deps.organisasi.listInstansi());
  const [instansi, unit] = await Promise.all([
    deps.organisasi.listInstansi({ idIn: [pemilih.instansiId] }),
    deps.organisasi.listUnit({ instansiId: pemilih.instansiId, instansiIn: [pemilih.instansiId] }),
  ]);
  if (jenis === 'unit') {
    const posisiSendiri = await deps.organisasi.posisi({ pegawaiNip: [pemilih.nip], unitId: [] }, deps.hariIni());
    return pilihanUnit(sumber, pemilih, unit, posisiSendiri.pegawai.get(pemilih.nip)?.unitId ?? null);
  }
  const pegawai = await deps.organisasi.listPegawai({
    limit: BATAS_CALON, offset: 0, instansiId: pemilih.instansiId, aktif: true, lingkup: lingkupBaca(pemanggil),
  });
  const posisi = await deps.organisasi.posisi({ pegawaiNip: pegawai.map((p) => p.nip), unitId: [] }, deps.hariIni());
  const namaUnit = new Map(unit.map((u) => [u.id, u.nama]));
  const calon = pegawai.map((p) => {
    const unitId = posisi.pegawai.get(p.nip)?.unitId ?? null;
    return { ...p, unitId, unitNama: unitId ? namaUnit.get(unitId) ?? null : null };
  });
  return pilihanPegawai(sumber, pemilih, profileOf(instansi[0]?.profil), calon);
}
