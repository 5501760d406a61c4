import { checkDuplikat } from '../domain/kasus.js';
import type { OrganisasiView } from '../domain/organisasi.js';
import { describeViolations, mergeReports, type RuleViolation } from '../domain/rule-violation.js';
import { checkPengajuEskalasi, checkPuoAsalTersedia, checkTindakLanjut, penerimaEskalasiLintas, type AsalAnggota, type PenerimaEskalasi } from '../domain/rules/eskalasi-masalah.js';
import { unitOrganisasiDari } from '../domain/roles.js';
import { GALAT, type Letak } from './kasus/langkah.js';
import { pemegangPeran } from './kasus/peran.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { pemula, type TimKerjaDeps } from './tim-kerja.js';

/** bpmn/eskalasi-masalah-tim.bpmn (F8 "Team problems", R-NAT-46). */
export const PROSES_ESKALASI_MASALAH = 'eskalasi-masalah-tim';
/** The role (in the store) of the i-th official addressed for cross-PUO collaboration. */
export const peranPenerimaLintas = (urutan: number): string => `penerimaLintas${urutan}`;

/** The escalation as kept in the store, with the officials resolved at submission (R-SYS-02 snapshot). */
export interface IsiEskalasiMasalah {
  readonly timKerjaId: number;
  readonly namaTim: string;
  readonly unitPemilikId: string;
  readonly uraianMasalah: string;
  readonly alternatifRekomendasi: string;
  readonly perluKolaborasi: boolean;
  readonly penerimaLintas: readonly PenerimaEskalasi[];
}

const NAMA_PERAN_LINTAS = { PUO_ASAL: 'Pimpinan Unit Organisasi asal anggota', PYB_ASAL: 'Pimpinan instansi asal anggota' } as const;

function asalAnggota(org: OrganisasiView, nip: string): AsalAnggota | undefined {
  const p = org.pegawai(nip);
  if (!p) return undefined;
  const jenis = profileFor(org, p.instansiId).unitOrganisasiJenis;
  return {
    nip, instansiId: p.instansiId, unitOrganisasiId: unitOrganisasiDari(org, p.unitId, jenis),
    puoAsalNip: pemegangPeran(org, 'PUO_PEGAWAI', nip)?.nip, pybAsalNip: pemegangPeran(org, 'PYB_INSTANSI', p.instansiId)?.nip,
  };
}

/**
 * validasi-eskalasi-masalah: R-NAT-46, a member (ketua or anggota, from the engine's history, never the
 * variable) of an established team raises a problem with alternative recommendations. Registers it (R-SYS-01)
 * and, when cross-PUO collaboration is needed, resolves and snapshots the home PUOs (and, lintas instansi, the
 * pimpinan instansi) of the members from other unit organisasi (R-SYS-02).
 */
export async function validasiEskalasiMasalah(
  deps: TimKerjaDeps, letak: Letak, input: { timKerjaId: number; uraianMasalah: string; alternatifRekomendasi: string; perluKolaborasi: boolean },
): Promise<TaskResult> {
  const pengusulNip = await pemula(deps, letak);
  const tim = input.timKerjaId > 0 ? await deps.timKerja.byId(input.timKerjaId) : undefined;
  const tolak = (violations: readonly RuleViolation[]) => {
    const pesan = describeViolations(violations);
    return bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan });
  };
  const cek = checkPengajuEskalasi(tim, pengusulNip, input);
  if (cek.violations.length > 0 || !tim) return tolak(cek.violations);
  const org = await deps.organisasi.viewAround({ pegawaiNip: tim.anggota.map((a) => a.nip), unitId: [tim.unitPemilikId] }, deps.hariIni());
  const unit = org.unit(tim.unitPemilikId);
  const puoPemilik = unit && pemegangPeran(org, 'PUO_UNIT', unit.id);
  if (!unit || !puoPemilik) {
    return tolak([{ ruleId: 'R-NAT-46', field: 'timKerjaId', message: `Jabatan Pimpinan Unit Organisasi pemilik kinerja (${tim.unitPemilikId}) kosong; tetapkan Plt/Plh terlebih dahulu.` }]);
  }
  const pemilik = { unitOrganisasiId: unitOrganisasiDari(org, unit.id, profileFor(org, unit.instansiId).unitOrganisasiJenis), instansiId: unit.instansiId, puoNip: puoPemilik.nip };
  const asal = tim.anggota.map((a) => asalAnggota(org, a.nip)).filter((a): a is AsalAnggota => a !== undefined);
  const lintas = mergeReports(checkPuoAsalTersedia(pemilik, asal, input.perluKolaborasi));
  if (lintas.violations.length > 0) return tolak(lintas.violations);
  const penerimaLintas = penerimaEskalasiLintas(pemilik, asal, input.perluKolaborasi);
  const data: IsiEskalasiMasalah = {
    timKerjaId: tim.id, namaTim: tim.nama, unitPemilikId: tim.unitPemilikId, uraianMasalah: input.uraianMasalah.trim(),
    alternatifRekomendasi: input.alternatifRekomendasi.trim(), perluKolaborasi: input.perluKolaborasi, penerimaLintas,
  };
  const { duplikatDari } = await deps.permohonan.daftarkan({
    businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: PROSES_ESKALASI_MASALAH, pengusulNip, data,
    kunciDuplikat: `ESKALASI|${tim.id}|${pengusulNip}|${data.uraianMasalah.replace(/\s+/g, ' ').toLocaleLowerCase('id')}`,
  });
  await deps.permohonan.ubahStatus(letak.kunciKasus, duplikatDari ? 'TIDAK_VALID' : 'BERJALAN');
  if (duplikatDari) return tolak(checkDuplikat(duplikatDari, 'uraianMasalah', 'Permasalahan yang sama untuk tim ini sudah Anda sampaikan').violations);
  for (const [i, p] of penerimaLintas.entries()) await deps.kasus.tetapkanPeran(letak.kunciKasus, peranPenerimaLintas(i), p.nip);
  const nama = (nip: string) => org.pegawai(nip)?.nama ?? nip;
  return complete({
    galatPermohonan: null, kunciKasus: letak.kunciKasus, pengusulNip, pengusulNama: nama(pengusulNip), namaTim: tim.nama, unitPemilikId: tim.unitPemilikId,
    unitPemilikNama: unit.nama, jumlahPenerimaLintas: penerimaLintas.length,
    penerimaLintasTeks: penerimaLintas.map((p) => `${nama(p.nip)} (${NAMA_PERAN_LINTAS[p.peran]} ${p.anggotaNip.map(nama).join(', ')})`).join('\n'),
  });
}

/**
 * tentukan-penerima-eskalasi (process tindak-lanjut-masalah-lintas, one instance per official, called with the
 * case key as business key): the `urutan`-th official snapshotted at validation (never re-resolved, R-SYS-02),
 * their NIP for the task's assignee and what the form shows.
 */
export async function tentukanPenerimaEskalasi(deps: TimKerjaDeps, letak: Letak, input: { urutan: number }): Promise<TaskResult> {
  const [tersimpan, peran] = await Promise.all([deps.permohonan.ambil(letak.kunciKasus), deps.kasus.peran(letak.kunciKasus)]);
  const isi = tersimpan?.data as IsiEskalasiMasalah | undefined;
  const penerima = isi?.penerimaLintas[input.urutan];
  const nip = peran[peranPenerimaLintas(input.urutan)];
  if (!penerima || !nip) throw new Error(`Kasus ${letak.kunciKasus}: penerima kolaborasi ke-${input.urutan} tidak tercatat.`);
  const org = await deps.organisasi.viewAround({ pegawaiNip: [nip, ...penerima.anggotaNip], unitId: [] }, deps.hariIni());
  const nama = (n: string) => org.pegawai(n)?.nama ?? n;
  return complete({
    penerimaLintasNip: nip, penerimaLintasNama: nama(nip), penerimaLintasJabatan: NAMA_PERAN_LINTAS[penerima.peran],
    anggotaAsalTeks: penerima.anggotaNip.map((n) => `${nama(n)} (${n})`).join('\n'),
  });
}

/** periksa-tindak-lanjut: R-NAT-46, the official's decision carries a written follow-up (form key `variabel`). */
export function periksaTindakLanjut(tindakLanjut: string | null | undefined): TaskResult {
  const report = checkTindakLanjut(tindakLanjut);
  if (report.violations.length === 0) return complete({ galatKeputusan: null });
  const pesan = describeViolations(report.violations);
  return bpmnError(GALAT.KEPUTUSAN_TIDAK_VALID, pesan, { galatKeputusan: pesan });
}
