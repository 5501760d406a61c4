import {
  atasanLangsungPada,
  berlaku,
  kedudukanPada,
  pejabatPenilaiKinerjaPada,
  pimpinanPada,
  type DirektoriIndex,
  type KedudukanRecord,
} from '../direktori.js';
import { golonganRank } from '../golongan.js';
import type { IsoDate } from '../organisasi.js';
import type { AgencyProfile } from '../profiles/agency-profile.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/**
 * Whether `nip` leads, on the date, the unit `unitId` or a unit above it: a JF appointed to lead a unit may
 * appraise its members (Banten d, Meranti Puskesmas), not those of units they do not lead.
 */
function memimpinUnit(idx: DirektoriIndex, nip: string, unitId: string, tanggal: IsoDate): boolean {
  for (let id: string | null = unitId, depth = 0; id && depth < 50; depth++) {
    if (pimpinanPada(idx, id, tanggal)?.nip === nip) return true;
    id = idx.unit.get(id)?.indukId ?? null;
  }
  return false;
}

/**
 * Whether `ppkNip` holds, on the date, a delegation of the PPK authority over this pegawai: from the PPK named
 * on their kedudukan or from their direct superior. A delegation covers the delegator's appraisees only.
 */
function didelegasikanAtas(idx: DirektoriIndex, ppkNip: string, nip: string, k: KedudukanRecord, tanggal: IsoDate): boolean {
  const pemberi = [k.pejabatPenilaiKinerjaNip, atasanLangsungPada(idx, nip, tanggal)];
  return (idx.delegasiKepada.get(ppkNip) ?? []).some((d) => berlaku(d, tanggal) && pemberi.includes(d.pemberiNip));
}

/**
 * R-NAT-07: on the date the pegawai has a kedudukan and a PPK can be resolved.
 * R-NAT-41: the PPK is at least a Pejabat Pengawas, or holds a recorded delegation over this pegawai (R-BTN-16),
 * or is a JF appointed to lead the pegawai's unit (Banten d, Meranti Puskesmas).
 * R-KIN-27 (profile): the PPK's pangkat is not below the appraisee's.
 */
export function checkPejabatPenilaiKinerja(idx: DirektoriIndex, nip: string, tanggal: IsoDate, profile: AgencyProfile): RuleReport {
  const pegawai = idx.pegawai.get(nip);
  if (!pegawai) return violation('R-NAT-07', 'nip', `Pegawai ${nip} tidak terdaftar.`);
  const kedudukan = kedudukanPada(idx, nip, tanggal);
  if (!kedudukan) {
    return violation('R-NAT-07', 'kedudukan', `${pegawai.nama} belum memiliki kedudukan pada ${tanggal}.`);
  }
  const ppkNip = pejabatPenilaiKinerjaPada(idx, nip, tanggal);
  const ppk = ppkNip ? idx.pegawai.get(ppkNip) : undefined;
  if (!ppk || !ppk.aktif) {
    return violation('R-NAT-07', 'pejabatPenilaiKinerjaNip', `Pejabat Penilai Kinerja ${pegawai.nama} tidak dapat ditentukan pada ${tanggal}.`);
  }
  const berwenang = profile.ppkKategori.includes(ppk.jabatanKategori)
    || didelegasikanAtas(idx, ppk.nip, nip, kedudukan, tanggal)
    || (ppk.jabatanKategori.startsWith('JF_') && memimpinUnit(idx, ppk.nip, kedudukan.unitId, tanggal));
  if (!berwenang) {
    return violation('R-NAT-41', 'pejabatPenilaiKinerjaNip',
      `${ppk.nama} (${ppk.jabatanNama}) tidak dapat menjadi Pejabat Penilai Kinerja ${pegawai.nama}: paling rendah Pejabat Pengawas atau pejabat yang diberi pendelegasian.`);
  }
  if (profile.ppkPangkatTidakLebihRendah) {
    const [rPpk, rPegawai] = [golonganRank(ppk.golongan), golonganRank(pegawai.golongan)];
    if (rPpk !== undefined && rPegawai !== undefined && rPpk < rPegawai) {
      return violation('R-KIN-27', 'pejabatPenilaiKinerjaNip',
        `Pangkat ${ppk.nama} (${ppk.golongan}) lebih rendah dari ${pegawai.nama} (${pegawai.golongan}); tetapkan Pejabat Penilai Kinerja lain (A-23).`);
    }
  }
  return emptyReport;
}

/** R-NAT-42: the leader of a unit organisasi holds a jabatan the profile allows (a JF only by appointment, which the record is). */
export function checkPimpinanUnit(idx: DirektoriIndex, unitId: string, tanggal: IsoDate, profile: AgencyProfile): RuleReport {
  const unit = idx.unit.get(unitId);
  if (!unit || !profile.unitOrganisasiJenis.includes(unit.jenis)) return emptyReport;
  const pimpinan = pimpinanPada(idx, unitId, tanggal);
  const pegawai = pimpinan && idx.pegawai.get(pimpinan.nip);
  if (!pegawai) return emptyReport; // a vacancy is reported where it blocks (R-NAT-09, R-SYS-05)
  if (profile.puoKategori.includes(pegawai.jabatanKategori)) return emptyReport;
  return violation('R-NAT-42', 'pimpinan',
    `${pegawai.nama} (${pegawai.jabatanNama}) tidak dapat memimpin ${unit.nama} sebagai Pimpinan Unit Organisasi menurut profil ${profile.nama}.`);
}
