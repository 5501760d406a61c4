import type { Direktori } from '../domain/direktori.js';
import { periksaLingkupImpor, type MasalahLingkupImpor } from '../domain/akses-impor.js';
import type { ImportSummary, KataSandiAwalRepository, OrganisasiRepository } from './ports.js';
import { sinkronIdentitas, type IdentityDirectory, type SinkronOptions, type SinkronResult } from './sinkron-identitas.js';

export interface ImporOrganisasiDeps {
  readonly organisasi: OrganisasiRepository;
  readonly identity: IdentityDirectory;
  readonly kataSandi: SinkronOptions;
  /** Where individual initial passwords are kept (production); absent: not kept (the demo's are all the same). */
  readonly kataSandiAwal?: KataSandiAwalRepository;
  /** Called after the sync: credentials the API verified before may belong to someone just deactivated. */
  readonly identitasBerubah?: () => void;
}

/** The import writes records outside the importer's instansi, or moves a key of another instansi; nothing was stored. */
export class ImporDiLuarLingkup extends Error {
  constructor(readonly masalah: readonly MasalahLingkupImpor[]) {
    super(masalah.map((m) => m.pesan).join(' '));
  }
}

/**
 * Stores a validated directory (all or nothing, history kept), then mirrors every pegawai into Camunda
 * identity. The store is the source of truth: a failed sync is reported and simply redone by the next sync.
 * `lingkup`: the instansi the importer may write (src/domain/akses.ts instansiBolehDiimpor; the CLI: 'SEMUA').
 */
export async function imporOrganisasi(
  deps: ImporOrganisasiDeps, direktori: Direktori, lingkup: 'SEMUA' | readonly string[],
): Promise<{ ringkasan: ImportSummary; identitas: SinkronResult }> {
  const pemilik = await deps.organisasi.pemilikKunci({ unitId: direktori.unit.map((u) => u.id), pegawaiNip: direktori.pegawai.map((p) => p.nip) });
  const masalah = periksaLingkupImpor(lingkup, direktori, pemilik);
  if (masalah.length > 0) throw new ImporDiLuarLingkup(masalah);
  const ringkasan = await deps.organisasi.loadDirektori(direktori);
  const identitas = await sinkronSemua(deps);
  return { ringkasan, identitas };
}

/**
 * Every pegawai in the store becomes (or stays) a Camunda user; leavers lose every group, tenant and their password.
 * The initial passwords of new users are kept for their organisation admin (never returned here).
 */
export async function sinkronSemua(deps: ImporOrganisasiDeps): Promise<SinkronResult> {
  const pegawai = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await deps.organisasi.listPegawai({ limit: 1000, offset });
    pegawai.push(...page);
    if (page.length < 1000) break;
  }
  try {
    const { akunBaru, ...hasil } = await sinkronIdentitas(deps.identity, await deps.organisasi.listInstansi(), pegawai, deps.kataSandi);
    if (deps.kataSandiAwal) {
      await deps.kataSandiAwal.simpan(akunBaru);
      await deps.kataSandiAwal.hapus(pegawai.filter((p) => !p.aktif).map((p) => p.nip));
    }
    return hasil;
  } finally {
    deps.identitasBerubah?.();
  }
}
