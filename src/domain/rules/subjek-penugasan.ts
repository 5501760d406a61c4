import type { Pegawai } from '../organisasi.js';
import type { AgencyProfile } from '../profiles/agency-profile.js';
import { emptyReport, violation, type RuleReport } from '../rule-violation.js';

/** R-NAT-02: the subject of a penugasan is a Pejabat Fungsional or a Pelaksana (unless the profile widens it). */
export function checkSubjekPenugasan(pegawai: Pegawai, profile: AgencyProfile): RuleReport {
  if (!pegawai.aktif) {
    return violation('R-NAT-02', 'pegawaiNip', `Pegawai ${pegawai.nip} tidak aktif dan tidak dapat ditugaskan.`);
  }
  if (profile.assignableKategori.includes(pegawai.jabatanKategori)) return emptyReport;
  return violation(
    'R-NAT-02',
    'pegawaiNip',
    `${pegawai.nama} menduduki jabatan ${pegawai.jabatanNama} (${pegawai.jabatanKategori}); ` +
      'penugasan hanya untuk Pejabat Fungsional dan Pelaksana.',
  );
}
