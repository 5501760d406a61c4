import type { OrganisasiView, Pegawai } from '../../domain/organisasi.js';
import type { Peran } from '../../domain/kasus.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../../domain/roles.js';
import { profileFor } from '../profiles.js';

/** Who holds a role for a subject (a NIP, a unit id or an instansi id, per role) in the organisation view. */
export function pemegangPeran(org: OrganisasiView, peran: Peran, subjek: string): Pegawai | undefined {
  const aktif = (nip: string | null | undefined) => {
    const p = nip ? org.pegawai(nip) : undefined;
    return p?.aktif ? p : undefined;
  };
  const jenisUnitOrganisasi = (instansiId: string) => profileFor(org, instansiId).unitOrganisasiJenis;
  switch (peran) {
    case 'PEGAWAI':
      return aktif(subjek);
    case 'PPK_PUO_UNIT': {
      const u = org.unit(subjek);
      const puo = u && pimpinanUnitOrganisasi(org, u.id, jenisUnitOrganisasi(u.instansiId));
      return puo && pejabatPenilaiKinerja(org, puo);
    }
    case 'PPT_MADYA_UNIT': {
      for (let u = org.unit(subjek), langkah = 0; u && langkah < 20; u = u.indukId ? org.unit(u.indukId) : undefined, langkah++) {
        const p = aktif(u.pimpinanNip);
        if (p?.jabatanKategori === 'PPT_MADYA') return p;
      }
      return undefined;
    }
    case 'PPK_PEGAWAI': {
      const p = org.pegawai(subjek);
      return p && pejabatPenilaiKinerja(org, p);
    }
    case 'PUO_PEGAWAI': {
      const p = org.pegawai(subjek);
      return p && pimpinanUnitOrganisasi(org, p.unitId, jenisUnitOrganisasi(p.instansiId));
    }
    case 'PUO_UNIT': {
      const u = org.unit(subjek);
      return u && pimpinanUnitOrganisasi(org, u.id, jenisUnitOrganisasi(u.instansiId));
    }
    case 'PIMPINAN_UNIT':
      return aktif(org.unit(subjek)?.pimpinanNip);
    case 'PYB_INSTANSI':
      return aktif(org.instansi(subjek)?.pejabatBerwenangNip);
    case 'PYB_INSTANSI_UNIT': {
      const u = org.unit(subjek);
      return u && aktif(org.instansi(u.instansiId)?.pejabatBerwenangNip);
    }
    default: {
      const unknown: never = peran;
      throw new Error(`Peran tidak dikenal: ${String(unknown)}`);
    }
  }
}

/** The organisation query that covers a subject of a role. */
export function queryPeran(peran: Peran, subjek: string): { pegawaiNip: string[]; unitId: string[]; instansiId: string[] } {
  if (peran === 'PYB_INSTANSI') return { pegawaiNip: [], unitId: [], instansiId: [subjek] };
  if (peran === 'PUO_UNIT' || peran === 'PIMPINAN_UNIT' || peran === 'PYB_INSTANSI_UNIT' || peran === 'PPK_PUO_UNIT' || peran === 'PPT_MADYA_UNIT') return { pegawaiNip: [], unitId: [subjek], instansiId: [] };
  return { pegawaiNip: [subjek], unitId: [], instansiId: [] };
}
