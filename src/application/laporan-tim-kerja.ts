import { checkDuplikat } from '../domain/kasus.js';
import { checkPelaporAnggota, penerimaLaporanAnggota, ppkBerikutnya } from '../domain/laporan-tim.js';
import { describeViolations } from '../domain/rule-violation.js';
import { pejabatPenilaiKinerja, pimpinanUnitOrganisasi } from '../domain/roles.js';
import { GALAT, type Letak } from './kasus/langkah.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { pemula, type TimKerjaDeps } from './tim-kerja.js';

/** bpmn/laporan-tim-kerja.bpmn (F9, team lines). */
export const PROSES_LAPORAN_TIM = 'laporan-tim-kerja';
/** The user task in which a member's PPK receives the ketua's report on their results (R-NAT-38). */
export const TUGAS_TINJAU_KINERJA = 'Tugas_TinjauKinerjaAnggota';

export interface IsiLaporanTim {
  readonly timKerjaId: number;
  readonly periodeLaporan: string;
}

/**
 * validasi-laporan-tim: the reporter is a member of the established team (R-NAT-36); resolves and snapshots who
 * receives the member's report (the ketua, or the owner unit's PUO when there is none) and the PUO (R-NAT-37).
 */
export async function validasiLaporanTim(deps: TimKerjaDeps, letak: Letak, input: { timKerjaId: number; periodeLaporan: string; isiLaporan: string }): Promise<TaskResult> {
  const pelaporNip = await pemula(deps, letak);
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pelaporNip', pelaporNip);
  const tim = input.timKerjaId > 0 ? await deps.timKerja.byId(input.timKerjaId) : undefined;
  const violations = [...checkPelaporAnggota(tim, pelaporNip).violations];
  if (!input.periodeLaporan) violations.push({ ruleId: 'R-NAT-37', field: 'periodeLaporan', message: 'Periode laporan wajib diisi (laporan disampaikan secara berkala).' });
  if (!input.isiLaporan) violations.push({ ruleId: 'R-NAT-36', field: 'isiLaporan', message: 'Isi laporan pelaksanaan tugas wajib diisi.' });
  const tolak = (pesan: string) => bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan, pelaporNip });
  if (violations.length > 0 || !tim) return tolak(describeViolations(violations));
  const org = await deps.organisasi.viewAround({ pegawaiNip: [pelaporNip], unitId: [tim.unitPemilikId] }, deps.hariIni());
  const unit = org.unit(tim.unitPemilikId);
  const puo = unit && pimpinanUnitOrganisasi(org, unit.id, profileFor(org, unit.instansiId).unitOrganisasiJenis);
  if (!puo) return tolak(`[R-SYS-05] unitPemilikKinerjaId: Jabatan Pimpinan Unit Organisasi ${tim.unitPemilikId} kosong; tetapkan Plt/Plh terlebih dahulu.`);
  const penerima = penerimaLaporanAnggota(tim, puo.nip);
  const { duplikatDari } = await deps.permohonan.daftarkan({
    businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: PROSES_LAPORAN_TIM, pengusulNip: pelaporNip,
    data: { timKerjaId: tim.id, periodeLaporan: input.periodeLaporan } satisfies IsiLaporanTim,
    kunciDuplikat: `LAPORAN|${tim.id}|${pelaporNip}|${input.periodeLaporan.toLocaleLowerCase('id')}`,
  });
  await deps.permohonan.ubahStatus(letak.kunciKasus, duplikatDari ? 'TIDAK_VALID' : 'BERJALAN');
  if (duplikatDari) return tolak(describeViolations(checkDuplikat(duplikatDari, 'periodeLaporan', `Laporan periode ${input.periodeLaporan} untuk tim ini sudah Anda sampaikan`).violations));
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'penerimaLaporanNip', penerima);
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'puoPemilikNip', puo.nip);
  return complete({
    galatPermohonan: null, pelaporNip, penerimaLaporanNip: penerima, puoPemilikNip: puo.nip, adaKetua: tim.ketuaNip !== null,
    namaTim: tim.nama, pelaporNama: org.pegawai(pelaporNip)?.nama ?? pelaporNip,
  });
}

/**
 * ppk-anggota-berikutnya: R-NAT-38, the next distinct PPK of the team's members (the ketua excluded) who has not
 * yet received the ketua's report on their results; snapshotted as role ppkTujuanNip.
 */
export async function ppkAnggotaBerikutnya(deps: TimKerjaDeps, letak: Letak): Promise<TaskResult> {
  const tersimpan = await deps.permohonan.ambil(letak.kunciKasus);
  const tim = tersimpan && await deps.timKerja.byId((tersimpan.data as IsiLaporanTim).timKerjaId);
  if (!tim) throw new Error(`Kasus ${letak.kunciKasus}: tim kerja laporan tidak ditemukan.`);
  const anggota = tim.anggota.filter((a) => a.peran !== 'KETUA').map((a) => a.nip);
  const org = await deps.organisasi.viewAround({ pegawaiNip: anggota, unitId: [] }, deps.hariIni());
  const ppk = anggota.map((nip) => { const p = org.pegawai(nip); return { nip, ppkNip: (p && pejabatPenilaiKinerja(org, p)?.nip) ?? null }; });
  const selesai = new Set((await deps.kasus.keputusan(letak.kunciKasus))
    .filter((k) => k.langkah === TUGAS_TINJAU_KINERJA && k.keputusan === 'DITERIMA').map((k) => k.aktorNip));
  const berikut = ppkBerikutnya(ppk, selesai);
  if (!berikut) return complete({ adaPpkBerikutnya: false });
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'ppkTujuanNip', berikut.ppkNip);
  return complete({
    adaPpkBerikutnya: true, ppkTujuanNip: berikut.ppkNip,
    anggotaDinilaiTeks: berikut.anggotaNip.map((nip) => `${org.pegawai(nip)?.nama ?? nip} (${nip})`).join('\n'),
  });
}
