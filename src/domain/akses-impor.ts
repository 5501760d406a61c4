import type { Direktori } from './direktori.js';

/** A record of an import that the importer may not write, by list, position and field. */
export interface MasalahLingkupImpor {
  readonly entitas: 'instansi' | 'unit' | 'pegawai' | 'pejabatBerwenang';
  readonly indeks: number;
  readonly kolom: string;
  readonly pesan: string;
  readonly kode: 'INSTANSI_DI_LUAR_WEWENANG' | 'KUNCI_MILIK_INSTANSI_LAIN';
}

/** Who owns the keys of the file in the store today (unit id → instansi, NIP → instansi). */
export interface PemilikKunci {
  readonly unit: ReadonlyMap<string, string>;
  readonly pegawai: ReadonlyMap<string, string>;
}

/**
 * An import touches only the instansi the importer may import (issue 8 item 3): an organisation admin
 * writes their own instansi, its units and pegawai and nothing else. Whoever imports, a unit id already
 * used by another instansi is refused: unit ids are global keys, and an upsert would move the unit (with
 * its pegawai and leaders) into the importing instansi. A NIP of another instansi is a transfer (mutasi),
 * which only an engine administrator may record.
 */
export function periksaLingkupImpor(boleh: 'SEMUA' | readonly string[], d: Direktori, pemilik: PemilikKunci): MasalahLingkupImpor[] {
  const masalah: MasalahLingkupImpor[] = [];
  const bolehInstansi = (id: string) => boleh === 'SEMUA' || boleh.includes(id);
  const luar = (entitas: MasalahLingkupImpor['entitas'], indeks: number, kolom: string, id: string) => {
    if (!bolehInstansi(id)) {
      masalah.push({ entitas, indeks, kolom, kode: 'INSTANSI_DI_LUAR_WEWENANG', pesan: `Anda hanya dapat mengimpor data instansi Anda sendiri; ${id} bukan instansi Anda.` });
    }
  };
  d.instansi.forEach((i, n) => luar('instansi', n, 'id', i.id));
  d.unit.forEach((u, n) => {
    luar('unit', n, 'instansiId', u.instansiId);
    const lama = pemilik.unit.get(u.id);
    if (lama !== undefined && lama !== u.instansiId) {
      masalah.push({ entitas: 'unit', indeks: n, kolom: 'id', kode: 'KUNCI_MILIK_INSTANSI_LAIN',
        pesan: `Id unit ${u.id} sudah dipakai oleh instansi ${lama}; pakai id unit yang lain (misalnya berawalan id instansi).` });
    }
  });
  d.pegawai.forEach((p, n) => {
    luar('pegawai', n, 'instansiId', p.instansiId);
    const lama = pemilik.pegawai.get(p.nip);
    if (boleh !== 'SEMUA' && lama !== undefined && lama !== p.instansiId) {
      masalah.push({ entitas: 'pegawai', indeks: n, kolom: 'nip', kode: 'KUNCI_MILIK_INSTANSI_LAIN',
        pesan: `Pegawai ${p.nip} terdaftar di instansi ${lama}; mutasi antarinstansi dicatat oleh administrator engine.` });
    }
  });
  d.pejabatBerwenang.forEach((p, n) => luar('pejabatBerwenang', n, 'instansiId', p.instansiId));
  return masalah;
}
