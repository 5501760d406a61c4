import type { JenisUnit, OrganisasiView, Pegawai, UnitOrganisasi } from '../organisasi.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../roles.js';
import { emptyReport, mergeReports, violation, type RuleReport } from '../rule-violation.js';

/**
 * R-NAT-21: a pengajuan sukarela stays inside the applicant's instansi (own unit, or across units of the same
 * instansi / Pemerintah Daerah); an application to another agency is refused.
 */
export function checkSukarelaBukanLintasInstansi(pemohon: Pegawai, unitPemilikKinerja: UnitOrganisasi, field: string): RuleReport {
  if (pemohon.instansiId === unitPemilikKinerja.instansiId) return emptyReport;
  return violation('R-NAT-21', field,
    `Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi sendiri atau lintas unit organisasi pada instansi yang sama; ${unitPemilikKinerja.nama} berada di instansi lain. Pelibatan lintas instansi hanya melalui penunjukan.`);
}

/**
 * R-NAT-23: an oral request is valid only DALAM_UNIT, and it is made to the applicant's own Pimpinan Unit
 * Organisasi, who records it in the system; anyone else (the PPK, another unit's PUO) may not record it.
 */
export function checkPermohonanLisan(
  org: OrganisasiView,
  pemohon: Pegawai,
  pencatatNip: string,
  unitOrganisasiJenis: readonly JenisUnit[],
): RuleReport {
  const pimpinan = pimpinanUnitOrganisasi(org, pemohon.unitId, unitOrganisasiJenis);
  if (!pimpinan) {
    return violation('R-NAT-23', 'pegawaiNip',
      `Jabatan Pimpinan Unit Organisasi ${pemohon.nama} kosong; permohonan lisan tidak dapat diterima sampai Plt/Plh ditetapkan.`);
  }
  if (pimpinan.nip === pencatatNip) return emptyReport;
  return violation('R-NAT-23', 'pegawaiNip',
    `Permohonan lisan ${pemohon.nama} hanya dapat disampaikan kepada dan dicatat oleh Pimpinan Unit Organisasinya sendiri (${pimpinan.nama}). ` +
    'Untuk terlibat pada kinerja unit organisasi lain, pegawai mengajukan surat permohonan (pengajuan sukarela lintas unit).');
}

/** Who a written voluntary application goes to and who gets a copy (R-NAT-24). */
export interface AlamatSuratSukarela {
  readonly pimpinanDitujuNip: string;
  readonly pejabatPenilaiKinerjaNip: string;
  readonly pimpinanAsalNip: string;
}

/**
 * R-NAT-24: the written application is addressed to the Pimpinan Unit Organisasi dituju, with tembusan to the
 * applicant's own PPK and own PUO; every one of them must be resolvable (a vacant post blocks the letter).
 * Two roles held by one person are one copy (R-SYS-05, done when the letter is issued).
 */
export function checkAlamatSuratSukarela(
  org: OrganisasiView,
  pemohon: Pegawai,
  unitDituju: UnitOrganisasi,
  unitOrganisasiJenis: readonly JenisUnit[],
): { report: RuleReport; alamat?: AlamatSuratSukarela } {
  const dituju = pimpinanUnitOrganisasi(org, unitDituju.id, unitOrganisasiJenis);
  const ppk = pejabatPenilaiKinerja(org, pemohon);
  const asal = pimpinanUnitOrganisasi(org, pemohon.unitId, unitOrganisasiJenis);
  const report = mergeReports(
    dituju ? emptyReport : violation('R-NAT-24', 'unitDitujuId',
      `Jabatan Pimpinan Unit Organisasi ${unitDituju.nama} kosong; surat permohonan tidak dapat dialamatkan.`),
    ppk ? emptyReport : violation('R-NAT-24', 'tembusan',
      `Pejabat Penilai Kinerja ${pemohon.nama} tidak dapat ditentukan; tembusan surat permohonan wajib kepadanya.`),
    asal ? emptyReport : violation('R-NAT-24', 'tembusan',
      `Jabatan Pimpinan Unit Organisasi asal ${pemohon.nama} kosong; tembusan surat permohonan wajib kepadanya.`),
  );
  if (!dituju || !ppk || !asal) return { report };
  return { report, alamat: { pimpinanDitujuNip: dituju.nip, pejabatPenilaiKinerjaNip: ppk.nip, pimpinanAsalNip: asal.nip } };
}
