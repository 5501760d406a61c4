import { describeViolations, type RuleWarning } from '../domain/rule-violation.js';
import { checkMulaiKegiatan } from '../domain/rules/mulai-kegiatan.js';
import { checkPermintaanLaporan } from '../domain/rules/permintaan-laporan.js';
import { checkPenutupanKegiatan, penerimaHasilKegiatan } from '../domain/rules/penutupan-kegiatan.js';
import { checkRencanaKerjaIndividu } from '../domain/rules/rencana-kerja.js';
import { ruteLaporanIndividu } from '../domain/rules/rute-laporan.js';
import { pejabatPenilaiKinerja } from '../domain/roles.js';
import { checkTransisiTahap, type TahapKegiatan } from '../domain/rules/tahap-kegiatan.js';
import { GALAT, type KasusDeps, type Letak } from './kasus/langkah.js';
import { pemegangPeran } from './kasus/peran.js';
import type { KegiatanRepository, PesanProses } from './ports.js';
import { profileFor } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { periodeTeks } from '../domain/tanggal.js';

/** The process of F8 (bpmn/pelaksanaan-kegiatan.bpmn) and the user task whose verdict closes the kegiatan. */
export const PROSES_PELAKSANAAN_KEGIATAN = 'pelaksanaan-kegiatan';
export const TUGAS_NILAI_HASIL = 'Tugas_NilaiHasil';

export interface PelaksanaanDeps extends KasusDeps {
  readonly kegiatan: KegiatanRepository;
  readonly pesan: PesanProses;
}

/** The message the boundary event of Tugas_LaksanakanTugas waits for (R-NAT-48). */
export const PESAN_PERMINTAAN_LAPORAN = 'PermintaanLaporanKegiatan';

/** An ISO 8601 repeating interval the engine's timer accepts, e.g. R4/P3M (quarterly) or R1/PT2S. */
const SIKLUS = /^R\d*\/P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/;

/**
 * validasi-pelaksanaan-kegiatan: the PUO pemilik kinerja starts the execution of a recorded penugasan
 * (F8 pre-checks, R-NAT-34, R-NAT-47, R-SYS-01). Registers the case and snapshots the starter and the
 * completion acceptor of the profile (R-NAT-43, R-BTN-19; R-SYS-02). The evaluation cadence (R-NAT-53) is the
 * PUO's choice on the start form, else the profile's. The result goes to the PUO directly or, in Banten,
 * through the PPK (`ruteLaporan`, R-NAT-35, R-BTN-10).
 */
export async function validasiPelaksanaanKegiatan(deps: PelaksanaanDeps, letak: Letak, input: { penugasanId: number; siklusEvaluasi?: string | null }): Promise<TaskResult> {
  const [pemula, penugasan] = await Promise.all([deps.history.pemulaProses(letak.processInstanceId), deps.penugasan.byId(input.penugasanId)]);
  const org = await deps.organisasi.viewAround({
    pegawaiNip: [penugasan?.pegawaiNip, pemula].filter((x): x is string => !!x), unitId: penugasan ? [penugasan.unitPemilikKinerjaId] : [],
  }, deps.hariIni());
  const unitPemilik = penugasan ? org.unit(penugasan.unitPemilikKinerjaId) : undefined;
  const profile = profileFor(org, unitPemilik?.instansiId ?? '');
  const { duplikatDari } = await deps.permohonan.daftarkan({
    businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: 'PELAKSANAAN_KEGIATAN', pengusulNip: pemula ?? '',
    kunciDuplikat: `pelaksanaan-kegiatan:${input.penugasanId}`,
    data: penugasan ? { penugasanId: penugasan.id, pegawaiNip: penugasan.pegawaiNip, unitPemilikKinerjaId: penugasan.unitPemilikKinerjaId,
      uraianTugas: penugasan.uraianTugas, targetKinerja: penugasan.targetKinerja, tanggalMulai: penugasan.tanggalMulai, tanggalSelesai: penugasan.tanggalSelesai }
      : { penugasanId: input.penugasanId },
  });
  const puo = penugasan ? pemegangPeran(org, 'PUO_UNIT', penugasan.unitPemilikKinerjaId) : undefined;
  const report = checkMulaiKegiatan({ penugasan, pemulaNip: pemula, pimpinanPemilikNip: puo?.nip, duplikatDari });
  const penerima = penugasan && penerimaHasilKegiatan(org, penugasan.unitPemilikKinerjaId, profile);
  if (report.violations.length > 0 || !penugasan || !pemula || !penerima) {
    await deps.permohonan.ubahStatus(letak.kunciKasus, 'TIDAK_VALID');
    const pesan = report.violations.length > 0 ? describeViolations(report.violations)
      : '[R-NAT-43] penerimaHasil: pejabat yang menyatakan kegiatan selesai tidak ditemukan atau jabatannya kosong; tetapkan Plt/Plh terlebih dahulu.';
    return bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan });
  }
  await deps.permohonan.ubahStatus(letak.kunciKasus, 'BERJALAN');
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pengusulNip', pemula);
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'penerimaHasilNip', penerima.nip);
  await deps.kegiatan.daftarkan({ kunciKasus: letak.kunciKasus, penugasanId: penugasan.id, pegawaiNip: penugasan.pegawaiNip, unitPemilikKinerjaId: penugasan.unitPemilikKinerjaId });
  const pegawai = org.pegawai(penugasan.pegawaiNip);
  const ppk = pegawai && pejabatPenilaiKinerja(org, pegawai);
  return complete({
    ruteLaporan: puo ? ruteLaporanIndividu(profile, ppk?.nip, puo.nip) : 'LANGSUNG',
    galatPermohonan: null,
    pegawaiNip: penugasan.pegawaiNip,
    pegawaiNama: pegawai?.nama ?? penugasan.pegawaiNip,
    unitPemilikKinerjaId: penugasan.unitPemilikKinerjaId,
    unitPemilikNama: unitPemilik?.nama ?? penugasan.unitPemilikKinerjaId,
    uraianTugas: penugasan.uraianTugas,
    targetKinerja: penugasan.targetKinerja,
    periodePenugasan: periodeTeks(penugasan.tanggalMulai, penugasan.tanggalSelesai),
    penerimaHasilNip: penerima.nip,
    penerimaHasilNama: penerima.nama,
    siklusEvaluasi: input.siklusEvaluasi && SIKLUS.test(input.siklusEvaluasi) ? input.siklusEvaluasi : profile.evaluationCadence,
  });
}

/**
 * catat-tahap-kegiatan: records the move to stage `tahap` once per activity instance (R-NAT-44 checked against
 * the stored stage: a skipped stage is a modelling error, an incident). Clears what the previous stage left
 * for its decision form (warnings, reasons) and passes on the acceptor's reason when the result went back.
 */
export async function catatTahapKegiatan(deps: PelaksanaanDeps, letak: Letak & { activityInstanceId: string }, input: { tahap: TahapKegiatan }): Promise<TaskResult> {
  await deps.kegiatan.pindahTahap({ kunci: letak.activityInstanceId, kunciKasus: letak.kunciKasus, ke: input.tahap, aktorNip: 'sistem-kerja' }, (dari) => {
    const report = checkTransisiTahap(dari as TahapKegiatan | null, input.tahap);
    return report.violations.length > 0 ? describeViolations(report.violations) : undefined;
  });
  const nilai = [...await deps.kasus.keputusan(letak.kunciKasus)].reverse().find((k) => k.langkah === TUGAS_NILAI_HASIL);
  return complete({
    tahapKegiatan: input.tahap, peringatan: null, peringatanTeks: null, alasan: null,
    catatanPenilaian: input.tahap === 'PELAKSANAAN' && nilai?.keputusan === 'BELUM_SESUAI' ? nilai.alasan : null,
  });
}

/** periksa-rencana-kerja: SOFT findings on the plan (R-NAT-52, R-NAT-54) for the PUO's approval form. */
export function periksaRencanaKerja(input: { rencanaKerjaIndividu?: string | null; acuanTargetUnit?: string | null }): TaskResult {
  const warnings: (RuleWarning & { perluJustifikasi: boolean })[] = checkRencanaKerjaIndividu(input).warnings.map((w) => ({ ...w, perluJustifikasi: false }));
  return complete({
    peringatan: warnings,
    peringatanTeks: warnings.length > 0 ? warnings.map((w) => `[${w.ruleId}] ${w.message}`).join('\n') : null,
  });
}

/**
 * tutup-kegiatan: R-NAT-43 from the store (never from variables): the latest verdict on the result is the
 * acceptor's SESUAI_TARGET. Then the kegiatan is SELESAI (R-NAT-44: only from EVALUASI).
 */
export async function tutupKegiatan(deps: PelaksanaanDeps, letak: Letak & { activityInstanceId: string }): Promise<TaskResult> {
  const [keputusan, peran, kegiatan] = await Promise.all([
    deps.kasus.keputusan(letak.kunciKasus), deps.kasus.peran(letak.kunciKasus), deps.kegiatan.ambil(letak.kunciKasus),
  ]);
  const penerimaNip = peran.penerimaHasilNip;
  if (!kegiatan || !penerimaNip) throw new Error(`Kegiatan ${letak.kunciKasus} atau penerima hasilnya tidak tercatat.`);
  const nilai = [...keputusan].reverse().find((k) => k.langkah === TUGAS_NILAI_HASIL);
  const report = checkPenutupanKegiatan({ aktorNip: nilai?.aktorNip, penerimaNip, pegawaiNip: kegiatan.pegawaiNip, penilaian: nilai?.keputusan });
  if (report.violations.length > 0) {
    const pesan = describeViolations(report.violations);
    return bpmnError(GALAT.KEPUTUSAN_TIDAK_VALID, pesan, { galatKeputusan: pesan });
  }
  await deps.kegiatan.pindahTahap({ kunci: letak.activityInstanceId, kunciKasus: letak.kunciKasus, ke: 'SELESAI', aktorNip: penerimaNip }, (dari) => {
    const cek = checkTransisiTahap(dari as TahapKegiatan | null, 'SELESAI');
    return cek.violations.length > 0 ? describeViolations(cek.violations) : undefined;
  });
  await deps.permohonan.ubahStatus(letak.kunciKasus, 'DITETAPKAN');
  return complete({ tahapKegiatan: 'SELESAI', galatKeputusan: null });
}

/**
 * minta-laporan-kegiatan (process permintaan-laporan): the PUO pemilik kinerja asks the pegawai for a report at
 * any time during pelaksanaan (R-NAT-48, R-NAT-35). The request reaches the running kegiatan as a message; the
 * report task it creates does not stop the kegiatan.
 */
export async function mintaLaporanKegiatan(deps: PelaksanaanDeps, letak: Letak, input: { penugasanId: number; perihalLaporan: string }): Promise<TaskResult> {
  const [peminta, kegiatan] = await Promise.all([deps.history.pemulaProses(letak.processInstanceId), deps.kegiatan.byPenugasan(input.penugasanId)]);
  const peran = kegiatan ? await deps.kasus.peran(kegiatan.kunciKasus) : {};
  const report = checkPermintaanLaporan({ pemintaNip: peminta, peminta: peran.puoPemilikNip, tahap: kegiatan?.tahap ?? null, perihal: input.perihalLaporan });
  const tolak = (pesan: string) => bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan });
  if (report.violations.length > 0 || !kegiatan || !peminta) return tolak(describeViolations(report.violations));
  const diterima = await deps.pesan.correlateMessage(PESAN_PERMINTAAN_LAPORAN, kegiatan.kunciKasus, {
    perihalLaporan: input.perihalLaporan.trim(), laporanDimintaOleh: peminta,
  });
  if (!diterima) return tolak('[R-NAT-48] penugasanId: Pegawai sedang tidak dalam tahap pelaksanaan; laporan belum dapat diminta.');
  return complete({ galatPermohonan: null, kegiatanKunci: kegiatan.kunciKasus });
}
