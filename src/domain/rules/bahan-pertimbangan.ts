import type { OrganisasiView, Pegawai } from '../organisasi.js';
import type { AgencyProfile } from '../profiles/agency-profile.js';
import { pimpinanUnitOrganisasi, unitOrganisasiDari } from '../roles.js';
import type { RuleViolation, RuleWarning } from '../rule-violation.js';

/** A penugasan of the appraised pegawai, as the appraisal needs it. */
export interface PenugasanDinilai {
  readonly id: number;
  readonly unitPemilikKinerjaId: string;
  readonly uraianTugas: string;
}

/** A penugasan whose pemilik kinerja must give the PPK bahan pertimbangan, and why. */
export interface KebutuhanBahan {
  readonly penugasanId: number;
  readonly unitPemilikKinerjaId: string;
  readonly pemilikKinerjaNip: string | null;
  readonly ruleId: 'R-NAT-39' | 'R-NAT-40';
  readonly alasan: string;
}

/**
 * ROUTING R-NAT-40: work assigned by another unit's pimpinan (owner unit ≠ the pegawai's unit organisasi) needs
 * the pemilik kinerja's bahan pertimbangan; R-NAT-39: so does work directed by a PUO who is not the pegawai's
 * PPK. Work in the PPK's own unit, directed by the PPK, needs none (R-NAT-55: one person does both).
 */
export function kebutuhanBahanPertimbangan(
  org: OrganisasiView, pegawai: Pegawai, ppkNip: string, penugasan: readonly PenugasanDinilai[], profile: Pick<AgencyProfile, 'unitOrganisasiJenis'>,
): KebutuhanBahan[] {
  const unitSendiri = unitOrganisasiDari(org, pegawai.unitId, profile.unitOrganisasiJenis);
  const hasil: KebutuhanBahan[] = [];
  for (const p of penugasan) {
    const unitPemilik = unitOrganisasiDari(org, p.unitPemilikKinerjaId, profile.unitOrganisasiJenis);
    const pemilik = pimpinanUnitOrganisasi(org, p.unitPemilikKinerjaId, profile.unitOrganisasiJenis);
    const namaUnit = org.unit(unitPemilik)?.nama ?? unitPemilik;
    if (unitPemilik !== unitSendiri) {
      hasil.push({ penugasanId: p.id, unitPemilikKinerjaId: unitPemilik, pemilikKinerjaNip: pemilik?.nip ?? null, ruleId: 'R-NAT-40',
        alasan: `Penugasan dari unit lain (${namaUnit}): pemilik kinerja memberikan bahan pertimbangan kepada PPK.` });
    } else if (pemilik && pemilik.nip !== ppkNip) {
      hasil.push({ penugasanId: p.id, unitPemilikKinerjaId: unitPemilik, pemilikKinerjaNip: pemilik.nip, ruleId: 'R-NAT-39',
        alasan: `Pimpinan Unit Organisasi ${namaUnit} bukan PPK pegawai: hasil kinerja dilaporkan kepada PPK.` });
    }
  }
  return hasil;
}

/**
 * SOFT R-NAT-40: the PPK finalising an appraisal while a required bahan pertimbangan has not been received is
 * warned (W-NO-OWNER-INPUT); going ahead needs an acknowledgement and a justification.
 */
export function checkBahanPertimbanganDiterima(diperlukan: boolean, diterima: boolean): { violations: readonly RuleViolation[]; warnings: readonly (RuleWarning & { perluJustifikasi: boolean })[] } {
  if (!diperlukan || diterima) return { violations: [], warnings: [] };
  return {
    violations: [],
    warnings: [{ ruleId: 'R-NAT-40', code: 'W-NO-OWNER-INPUT', perluJustifikasi: true,
      message: 'Bahan pertimbangan dari pemilik kinerja belum diterima; penilaian kinerja ditetapkan tanpa masukan tersebut.' }],
  };
}
