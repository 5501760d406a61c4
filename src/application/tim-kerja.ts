import { checkDuplikat } from '../domain/kasus.js';
import { describeViolations } from '../domain/rule-violation.js';
import { validatePembentukanTim, type PermohonanTimKerja } from '../domain/tim-kerja.js';
import { kunciDuplikatTim } from '../domain/rules/tim-kerja.js';
import type { TimTercatatRingkas } from '../domain/rules/tim-kerja-instansi.js';
import { pastikanKeputusanWajib } from './kasus/instans.js';
import { GALAT, type IsiPenugasan, type KasusDeps, type Letak } from './kasus/langkah.js';
import type { PenugasanRepository, TimKerjaRepository } from './ports.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { periodeTeks } from '../domain/tanggal.js';

/** bpmn/pembentukan-tim-kerja.bpmn (F6). */
export const PROSES_PEMBENTUKAN_TIM = 'pembentukan-tim-kerja';
/** The user task in which the PUO establishes the team and its membership. */
export const TUGAS_TETAPKAN_TIM = 'Tugas_TetapkanTimKerja';

export interface TimKerjaDeps extends KasusDeps {
  readonly timKerja: TimKerjaRepository;
}

/** The team request as kept in the store: the common penugasan content (catat-penugasan-kasus) plus the team. */
export interface IsiTimKerja extends IsiPenugasan {
  readonly timKerjaId: number;
  readonly namaTim: string;
  readonly tahun: number;
  readonly ketuaNip: string | null;
  readonly anggotaNip: readonly string[];
  readonly instrumen: PermohonanTimKerja['instrumen'];
  readonly tujuan: string | null;
}

/** Active (approved, not yet ended on `tanggal`) penugasan of a pegawai. */
export async function penugasanAktif(penugasan: PenugasanRepository, nip: string, tanggal: string) {
  return (await penugasan.list({ pegawaiNip: nip, status: 'DITETAPKAN', limit: 200, offset: 0 })).filter((p) => p.tanggalSelesai >= tanggal);
}

/** Teams proposed or established, other than this case's, of the owner unit and of the members (R-KIN-07..15). */
async function timLainTercatat(timKerja: TimKerjaRepository, pid: string, unitPemilikId: string, nips: readonly string[]): Promise<TimTercatatRingkas[]> {
  const semua = new Map<number, TimTercatatRingkas>();
  for (const status of ['DIUSULKAN', 'DITETAPKAN'] as const) {
    const daftar = [
      ...await timKerja.list({ unitPemilikId, status, limit: 1000, offset: 0 }),
      ...(await Promise.all(nips.map((nip) => timKerja.list({ nip, status, limit: 1000, offset: 0 })))).flat(),
    ];
    for (const t of daftar) {
      if (t.processInstanceId === pid) continue;
      semua.set(t.id, { id: t.id, unitPemilikId: t.unitPemilikId, tanggalMulai: t.tanggalMulai, tanggalSelesai: t.tanggalSelesai,
        ketuaNip: t.ketuaNip, anggotaNip: t.anggota.map((a) => a.nip) });
    }
  }
  return [...semua.values()];
}

/** The authenticated starter (Tasklist), snapshotted as role pengusulNip: never the overwritable variable (R-SYS-02). */
export async function pemula(deps: KasusDeps, letak: Letak): Promise<string> {
  const nip = await deps.history.pemulaProses(letak.processInstanceId);
  if (!nip) throw new Error(`Proses ${letak.processInstanceId} tidak dimulai oleh pengguna yang terautentikasi.`);
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pengusulNip', nip);
  return nip;
}

/**
 * validasi-tim-kerja: F6 checks (R-NAT-02/03/05/07/10/26..33/50, R-SYS-01/03), registration of the request and
 * of the proposed team. HARD → back to the pengusul with the rule IDs; SOFT → `peringatan` for the PUO's decision.
 */
export async function validasiTimKerja(deps: TimKerjaDeps, letak: Letak, input: Omit<PermohonanTimKerja, 'pengusulNip'>): Promise<TaskResult> {
  const pengusulNip = await pemula(deps, letak);
  const p: PermohonanTimKerja = { ...input, pengusulNip };
  const nips = [...new Set([...(p.ketuaNip ? [p.ketuaNip] : []), ...p.anggotaNip])];
  const org = await deps.organisasi.viewAround({ pegawaiNip: [...nips, pengusulNip], unitId: [p.unitPemilikKinerjaId] }, /^\d{4}-\d{2}-\d{2}$/.test(p.tanggalMulai) ? p.tanggalMulai : deps.hariIni());
  const pelibatanDisetujui = new Set<string>();
  const bebanAktif = new Map<string, number>();
  for (const nip of nips) {
    const aktif = await penugasanAktif(deps.penugasan, nip, p.tanggalMulai || deps.hariIni());
    bebanAktif.set(nip, aktif.length);
    if (aktif.some((a) => a.unitPemilikKinerjaId === p.unitPemilikKinerjaId && a.ruangLingkup !== 'DALAM_UNIT')) pelibatanDisetujui.add(nip);
  }
  const timTercatat = await timLainTercatat(deps.timKerja, letak.processInstanceId, p.unitPemilikKinerjaId, nips);
  const profil = profileFor(org, org.unit(p.unitPemilikKinerjaId)?.instansiId ?? '');
  const hasil = validatePembentukanTim(org, p, { pelibatanDisetujui, bebanAktif, timTercatat, hariIni: deps.hariIni() }, profil);
  const violations = [...hasil.violations];
  let timKerjaId: number | undefined;
  if (violations.length === 0) {
    const tim = await deps.timKerja.usulkan({
      processInstanceId: letak.processInstanceId, kunciKasus: letak.kunciKasus, nama: p.namaTim.trim(), unitPemilikId: p.unitPemilikKinerjaId,
      ruangLingkup: hasil.ruangLingkup, tahun: p.tahun, tanggalMulai: p.tanggalMulai, tanggalSelesai: p.tanggalSelesai,
      ketuaNip: p.ketuaNip, instrumen: p.instrumen, tujuan: p.tujuan, rincianTugas: p.rincianTugas,
    });
    timKerjaId = tim.id;
    const data: IsiTimKerja = {
      unitPemilikKinerjaId: p.unitPemilikKinerjaId, uraianTugas: p.rincianTugas, targetKinerja: `Tim Kerja ${p.namaTim.trim()} ${p.tahun}`,
      kompetensiDibutuhkan: [], tanggalMulai: p.tanggalMulai, tanggalSelesai: p.tanggalSelesai, timKerjaId: tim.id, namaTim: p.namaTim.trim(),
      tahun: p.tahun, ketuaNip: p.ketuaNip, anggotaNip: hasil.anggota.map((a) => a.nip), instrumen: p.instrumen, tujuan: p.tujuan,
    };
    const { duplikatDari } = await deps.permohonan.daftarkan({
      businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: PROSES_PEMBENTUKAN_TIM, pengusulNip, data,
      kunciDuplikat: kunciDuplikatTim(p.unitPemilikKinerjaId, p.namaTim, p.tahun),
    });
    violations.push(...checkDuplikat(duplikatDari, 'namaTim', `Tim kerja "${p.namaTim.trim()}" tahun ${p.tahun} untuk unit ini sudah diajukan`).violations);
  }
  if (violations.length > 0) {
    const pesan = describeViolations(violations);
    return bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan, pengusulNip });
  }
  const nama = (nip: string) => org.pegawai(nip);
  return complete({
    galatPermohonan: null,
    pengusulNip,
    timKerjaId,
    ruangLingkup: hasil.ruangLingkup,
    unitPemilikNama: org.unit(p.unitPemilikKinerjaId)?.nama ?? p.unitPemilikKinerjaId,
    periodeTim: periodeTeks(p.tanggalMulai, p.tanggalSelesai),
    ketuaTeks: p.ketuaNip ? `${nama(p.ketuaNip)?.nama ?? ''} (${p.ketuaNip})` : 'Tanpa ketua (R-NAT-27)',
    anggotaTeks: hasil.anggota.map((a) => `${a.nama} (${a.nip}), ${a.jabatanNama}${a.nip === p.ketuaNip ? ' - ketua' : ''}`).join('\n'),
    pegawaiDitugaskan: hasil.anggota.map((a) => a.nip).join('\n'),
    peringatan: hasil.peringatan,
    peringatanTeks: hasil.peringatan.map((w) => `[${w.ruleId}] ${w.message}`).join('\n'),
    // Inputs of the DMN decision penandatangan-keputusan-tim (C-11): the owner side's profile and unit kind.
    profilInstansi: profil.code,
    jenisUnitPemilik: org.unit(p.unitPemilikKinerjaId)?.jenis ?? null,
  });
}

/**
 * catat-tim-kerja: ends the case. DITETAPKAN records the team's members (the ketua as KETUA) and its decree,
 * from the store; the membership the PUO established must be the one validated. DITOLAK / DIBATALKAN close it.
 */
export async function catatTimKerja(
  deps: TimKerjaDeps, letak: Letak, input: { status: 'DITETAPKAN' | 'DITOLAK' | 'DIBATALKAN'; keputusanWajib: string | null },
): Promise<TaskResult> {
  // The PUO's decision must be in this instance before a membership is written or the case closed (issue 8).
  await pastikanKeputusanWajib(deps, letak, input.keputusanWajib, `Pencatatan tim kerja ${input.status} (${letak.processInstanceId})`);
  const tersimpan = await deps.permohonan.ambil(letak.kunciKasus);
  const tim = await deps.timKerja.byProcessInstance(letak.processInstanceId);
  if (input.status === 'DIBATALKAN') {
    if (tersimpan) await deps.permohonan.ubahStatus(letak.kunciKasus, 'DIBATALKAN');
    if (tim) await deps.timKerja.tetapkan(letak.processInstanceId, { status: 'DITOLAK', suratNomor: null, anggota: [] });
    return complete();
  }
  if (!tersimpan || !tim) throw new Error(`Kasus ${letak.kunciKasus}: permohonan atau tim kerja tidak ada di store.`);
  const isi = tersimpan.data as IsiTimKerja;
  if (input.status === 'DITOLAK') {
    await deps.timKerja.tetapkan(letak.processInstanceId, { status: 'DITOLAK', suratNomor: null, anggota: [] });
    await deps.permohonan.ubahStatus(letak.kunciKasus, 'DITOLAK');
    return complete();
  }
  // The members are those validated and stored (the letters and penugasan use the same list, permohonan:anggotaNip),
  // never a list a task completion could have slipped into the process variables.
  const surat = (await deps.kasus.surat(letak.kunciKasus)).filter((x) => x.processInstanceId === letak.processInstanceId);
  // The first decree of the case establishes the team; the second sets its membership.
  const keputusanTim = surat.find((s) => s.jenis === isi.instrumen);
  await deps.timKerja.tetapkan(letak.processInstanceId, {
    status: 'DITETAPKAN', suratNomor: keputusanTim?.nomor ?? null,
    anggota: isi.anggotaNip.map((nip) => ({ nip, peran: nip === isi.ketuaNip ? 'KETUA' : 'ANGGOTA' })),
  });
  return complete();
}
