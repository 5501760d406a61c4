import { checkDuplikat } from '../domain/kasus.js';
import type { OrganisasiView } from '../domain/organisasi.js';
import {
  kunciDuplikatPelibatan,
  pejabatPenilaiKinerjaPengusul,
  validateDaftarPegawaiLintasInstansi,
  validatePermohonanLintasInstansi,
  type PermohonanPelibatanLintasInstansi,
} from '../domain/penunjukan-lintas-instansi.js';
import { describeViolations, mergeReports, type RuleWarning } from '../domain/rule-violation.js';
import { pastikanKeputusanWajib } from './kasus/instans.js';
import { daftarPegawai, type IsiPenugasan, type KasusDeps, type Letak } from './kasus/langkah.js';
import type { PesanProses } from './ports.js';
import { profileFor } from './profiles.js';
import { tenantIdOf } from './sinkron-identitas.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { periodeTeks } from '../domain/tanggal.js';

/**
 * RULES.md F3 across two Camunda tenants: the pemohon side (bpmn/penunjukan-lintas-instansi.bpmn, tenant of
 * instansi A) and the tujuan side (bpmn/penunjukan-lintas-instansi-tujuan.bpmn, tenant of instansi B) talk by
 * messages. Both sides share one case key (the pemohon's process instance id, the tujuan's business key), so
 * roles, decisions and letters of the whole exchange are one case in the store.
 */
export const PROSES_PEMOHON = 'penunjukan-lintas-instansi';
export const PROSES_TUJUAN = 'penunjukan-lintas-instansi-tujuan';
export const PESAN_PERMOHONAN = 'PermohonanPelibatanLintasInstansi';
export const PESAN_JAWABAN = 'JawabanPelibatanLintasInstansi';
/** The receive task of the pemohon side where the answer arrives. */
export const TUNGGU_JAWABAN = 'Tunggu_JawabanTujuan';
/** The user tasks whose recorded decisions make up the answer. */
export const LANGKAH = {
  pybPemohon: 'Tugas_PutuskanPybPemohon',
  pybTujuan: 'Tugas_PutuskanPybTujuan',
  ketersediaan: 'Tugas_JawabKetersediaan',
} as const;

export type LintasInstansiDeps = KasusDeps & { readonly pesan: PesanProses };

/** The permohonan as kept in the store: the shared penugasan content (IsiPenugasan) plus F3's own. */
export type IsiPelibatanLintasInstansi = IsiPenugasan & Omit<PermohonanPelibatanLintasInstansi, 'pengusulNip'> & {
  readonly instansiPemohonId: string;
  readonly tampilan: Record<string, string | number>;
};

/**
 * validasi-pelibatan-lintas-instansi: snapshots the starter (from the engine's history) as `pengusulNip` and
 * their PPK for the tembusan (R-NAT-16, A-01), checks the letter (R-NAT-11/03/05/16/17, R-SYS-03), registers it
 * with its duplicate key (R-SYS-01). HARD → back to the starter; SOFT (R-NAT-15) → `peringatan` for the PyB.
 */
export async function validasiPelibatan(
  deps: LintasInstansiDeps,
  letak: Letak,
  input: Omit<PermohonanPelibatanLintasInstansi, 'pengusulNip'>,
): Promise<TaskResult> {
  const pengusulNip = await deps.history.pemulaProses(letak.processInstanceId);
  if (!pengusulNip) throw new Error(`Proses ${letak.processInstanceId} tidak dimulai oleh pengguna yang terautentikasi.`);
  const p: PermohonanPelibatanLintasInstansi = { ...input, pengusulNip };
  const org = await deps.organisasi.viewAround(
    { pegawaiNip: [pengusulNip], unitId: [p.unitPemilikKinerjaId, p.unitTujuanId], instansiId: [p.instansiTujuanId] }, deps.hariIni());
  const instansiPemohonId = org.unit(p.unitPemilikKinerjaId)?.instansiId ?? '';
  const report = validatePermohonanLintasInstansi(org, p, profileFor(org, instansiPemohonId));
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pengusulNip', pengusulNip);
  const pengusul = org.pegawai(pengusulNip);
  const ppk = pengusul && pejabatPenilaiKinerjaPengusul(org, pengusul);
  if (ppk) await deps.kasus.tetapkanPeran(letak.kunciKasus, 'ppkPengusulNip', ppk.nip);
  const tampilan = tampilanOf(org, p);
  const data: IsiPelibatanLintasInstansi = {
    ...input, instansiPemohonId, tampilan,
    uraianTugas: p.maksudTujuan, targetKinerja: p.ekspektasiTarget, kompetensiDibutuhkan: p.kompetensiDibutuhkan,
  };
  const { duplikatDari } = await deps.permohonan.daftarkan({
    businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: 'PENUNJUKAN_LINTAS_INSTANSI',
    pengusulNip, data, kunciDuplikat: kunciDuplikatPelibatan(p),
  });
  const semua = mergeReports(report, checkDuplikat(duplikatDari, 'permohonan', 'Permohonan yang sama sudah diajukan dan masih berjalan atau telah disetujui'));
  await deps.permohonan.ubahStatus(letak.kunciKasus, semua.violations.length > 0 ? 'TIDAK_VALID' : 'BERJALAN');
  if (semua.violations.length > 0) return bpmnError('PERMOHONAN_TIDAK_VALID', describeViolations(semua.violations));
  const peringatan = semua.warnings.map((w) => ({ ...w, perluJustifikasi: false }));
  return complete({
    ...tampilan,
    ppkPengusulNip: ppk?.nip ?? null,
    peringatan,
    peringatanTeks: teksPeringatan(peringatan),
    galatPermohonan: null,
  });
}

function tampilanOf(org: OrganisasiView, p: PermohonanPelibatanLintasInstansi): Record<string, string | number> {
  const pemilik = org.unit(p.unitPemilikKinerjaId);
  return {
    instansiPemohonNama: org.instansi(pemilik?.instansiId ?? '')?.nama ?? '',
    unitPemilikKinerjaNama: pemilik?.nama ?? p.unitPemilikKinerjaId,
    instansiTujuanNama: org.instansi(p.instansiTujuanId)?.nama ?? p.instansiTujuanId,
    unitTujuanNama: org.unit(p.unitTujuanId)?.nama ?? p.unitTujuanId,
    pengusulNama: org.pegawai(p.pengusulNip)?.nama ?? p.pengusulNip,
    kompetensiTeks: p.kompetensiDibutuhkan.join(', '),
    periodePenugasan: periodeTeks(p.tanggalMulai, p.tanggalSelesai),
  };
}

const teksPeringatan = (w: readonly RuleWarning[]) => w.map((x) => `[${x.ruleId}] ${x.message}`).join('\n');

async function ambilPermohonan(deps: KasusDeps, kunciKasus: string): Promise<IsiPelibatanLintasInstansi> {
  const tersimpan = await deps.permohonan.ambil(kunciKasus);
  if (!tersimpan) throw new Error(`Permohonan ${kunciKasus} tidak ada di store.`);
  return tersimpan.data as IsiPelibatanLintasInstansi;
}

/**
 * kirim-permohonan-lintas-instansi: PyB-A agreed (R-NAT-17); the request starts the tujuan side in the tenant
 * of instansi B, with this case's key as its business key. Once per case (a redelivery finds it started).
 */
export async function kirimPermohonanKeTujuan(deps: LintasInstansiDeps, letak: Letak, input: { keputusanWajib: string | null }): Promise<TaskResult> {
  await pastikanKeputusanWajib(deps, letak, input.keputusanWajib, `Pengiriman permohonan ke instansi tujuan (${letak.processInstanceId})`);
  const isi = await ambilPermohonan(deps, letak.kunciKasus);
  // The tujuan side acts on this case: it is linked to it by the instance id the engine gives back (issue 8);
  // the pending link written first lets its first step wait for it instead of being refused.
  const tertaut = (await deps.kasus.tautan(letak.kunciKasus)).find((t) => t.proses === PROSES_TUJUAN);
  if (tertaut?.processInstanceId) return complete();
  if (await deps.pesan.prosesAda(PROSES_TUJUAN, letak.kunciKasus)) {
    // A redelivery after the start: link the one instance the engine started, never guess among several.
    const ada = await deps.pesan.instansDenganKunci(PROSES_TUJUAN, letak.kunciKasus);
    if (ada.length !== 1 || !ada[0]) throw new Error(`Kasus ${letak.kunciKasus}: ${ada.length} instance ${PROSES_TUJUAN}; tautan tidak dapat dipastikan.`);
    await deps.kasus.tautkanInstans({ kunciKasus: letak.kunciKasus, proses: PROSES_TUJUAN, processInstanceId: ada[0], asal: 'PESAN', indukProcessInstanceId: letak.processInstanceId });
    return complete();
  }
  await deps.kasus.siapkanTautan(letak.kunciKasus, PROSES_TUJUAN);
  const processInstanceId = await deps.pesan.mulaiDenganPesan({
    messageName: PESAN_PERMOHONAN, tenantId: tenantIdOf(isi.instansiTujuanId), businessKey: letak.kunciKasus,
    variables: {
      ...isi.tampilan,
      instansiTujuanId: isi.instansiTujuanId, unitTujuanId: isi.unitTujuanId,
      maksudTujuan: isi.maksudTujuan, ekspektasiTarget: isi.ekspektasiTarget, jumlahPegawai: isi.jumlahPegawai,
      calonPegawai: isi.calonPegawai, justifikasiLintasInstansi: isi.justifikasi,
    },
  });
  await deps.kasus.tautkanInstans({ kunciKasus: letak.kunciKasus, proses: PROSES_TUJUAN, processInstanceId, asal: 'PESAN', indukProcessInstanceId: letak.processInstanceId });
  return complete();
}

/**
 * periksa-daftar-lintas-instansi: the PPK's daftar when they answer TERSEDIA (R-BTN-13, R-NAT-18/02/07/19; R-NAT-14
 * as warnings that need a justification). Also says whether the PUO must recommend (R-NAT-19) or is the PPK
 * (R-NAT-55: one person, no self-recommendation).
 */
export async function periksaDaftar(deps: LintasInstansiDeps, letak: Letak, input: { keputusan: string | null; daftar: readonly string[] }): Promise<TaskResult> {
  const [isi, peran] = await Promise.all([ambilPermohonan(deps, letak.kunciKasus), deps.kasus.peran(letak.kunciKasus)]);
  const ppk = peran.ppkTujuanNip;
  if (!ppk || !peran.puoTujuanNip) throw new Error(`Kasus ${letak.kunciKasus}: PPK atau PUO tujuan belum ditentukan.`);
  const rekomendasiPuoDiperlukan = peran.puoTujuanNip !== ppk;
  if (input.keputusan !== 'TERSEDIA') return complete({ peringatan: [], peringatanTeks: '', daftarTeks: '', rekomendasiPuoDiperlukan });
  const org = await deps.organisasi.viewAround({ pegawaiNip: [...input.daftar], unitId: [isi.unitPemilikKinerjaId], instansiId: [isi.instansiTujuanId] }, isi.tanggalMulai);
  const report = validateDaftarPegawaiLintasInstansi(org, input.daftar, {
    instansiTujuanId: isi.instansiTujuanId, unitPemilikKinerjaId: isi.unitPemilikKinerjaId, pejabatPenilaiKinerjaNip: ppk,
    kompetensiDibutuhkan: isi.kompetensiDibutuhkan, jumlahPegawai: isi.jumlahPegawai, tanggalMulai: isi.tanggalMulai,
  }, profileFor(org, isi.instansiTujuanId));
  if (report.violations.length > 0) return bpmnError('DAFTAR_TIDAK_VALID', describeViolations(report.violations));
  const peringatan = report.warnings.map((w) => ({ ...w, perluJustifikasi: true }));
  return complete({ peringatan, peringatanTeks: teksPeringatan(peringatan), daftarTeks: teksDaftar(org, input.daftar), rekomendasiPuoDiperlukan });
}

function teksDaftar(org: OrganisasiView, daftar: readonly string[]): string {
  return daftar.map((nip, i) => {
    const p = org.pegawai(nip);
    return `${i + 1}. ${p?.nama ?? nip} (NIP ${nip}), ${p?.jabatanNama ?? ''}, ${p ? (org.unit(p.unitId)?.nama ?? p.unitId) : ''}`;
  }).join('\n');
}

/**
 * kirim-jawaban-lintas-instansi: the tujuan side is done; wakes the pemohon side, which reads the answer from
 * the store. Once per case (a redelivery finds the pemohon past its receive task).
 */
export async function kirimJawabanKePemohon(deps: LintasInstansiDeps, letak: Letak, input: { hasil: string; galat?: string | null }): Promise<TaskResult> {
  if (await deps.pesan.aktivitasSelesai(letak.kunciKasus, TUNGGU_JAWABAN)) return complete();
  await deps.pesan.kirimPesan({
    messageName: PESAN_JAWABAN, processInstanceId: letak.kunciKasus,
    variables: { hasilJawabanTujuan: input.hasil, galatTujuan: input.galat ?? null },
  });
  return complete();
}

export const HASIL = ['DITOLAK_PYB_PEMOHON', 'DITOLAK_INSTANSI_TUJUAN', 'TIDAK_TERSEDIA', 'PEGAWAI_DITUGASKAN'] as const;
export type HasilLintasInstansi = (typeof HASIL)[number];

/**
 * terima-jawaban-lintas-instansi: the outcome of the case from its recorded decisions (never from message
 * variables), the reasons or the daftar for the PUO to read, and the final status of the permohonan.
 */
export async function terimaJawaban(deps: LintasInstansiDeps, letak: Letak, input: { hasilJawabanTujuan?: string | null; galatTujuan?: string | null }): Promise<TaskResult> {
  const [keputusan, surat] = await Promise.all([deps.kasus.keputusan(letak.kunciKasus), deps.kasus.surat(letak.kunciKasus)]);
  const terakhir = (langkah: string) => [...keputusan].reverse().find((k) => k.langkah === langkah);
  const pybA = terakhir(LANGKAH.pybPemohon);
  const pybB = terakhir(LANGKAH.pybTujuan);
  const ppk = terakhir(LANGKAH.ketersediaan);
  const jawaban = [...surat].reverse().find((s) => s.jenis === 'SURAT_JAWABAN');
  const nomor = jawaban ? `Surat jawaban nomor ${jawaban.nomor}.\n` : '';
  let hasil: HasilLintasInstansi;
  let teks: string;
  if (pybA?.keputusan === 'TOLAK') {
    hasil = 'DITOLAK_PYB_PEMOHON';
    teks = `${nomor}Pejabat yang Berwenang instansi pemohon tidak meneruskan permohonan. Alasan: ${pybA.alasan ?? '-'}`;
  } else if (pybB?.keputusan === 'TOLAK') {
    hasil = 'DITOLAK_INSTANSI_TUJUAN';
    teks = `${nomor}Pejabat yang Berwenang instansi tujuan tidak menyetujui permohonan. Alasan: ${pybB.alasan ?? '-'}`;
  } else if (ppk?.keputusan === 'TIDAK_TERSEDIA') {
    hasil = 'TIDAK_TERSEDIA';
    teks = `${nomor}Pegawai yang sesuai kriteria tidak tersedia. Alasan: ${ppk.alasan ?? '-'}`;
  } else if (ppk?.keputusan === 'TERSEDIA') {
    hasil = 'PEGAWAI_DITUGASKAN';
    const daftar = daftarPegawai(keputusan, LANGKAH.ketersediaan);
    const org = await deps.organisasi.viewAround({ pegawaiNip: daftar, unitId: [] }, deps.hariIni());
    const penugasan = [...surat].reverse().find((s) => s.jenis === 'SURAT_PENUGASAN');
    teks = `${nomor}Pegawai yang ditugaskan${penugasan ? ` (surat penugasan nomor ${penugasan.nomor})` : ''}:\n${teksDaftar(org, daftar)}`;
  } else {
    // The tujuan side ended without a decision (a vacant post there): its error message is the reason.
    hasil = 'DITOLAK_INSTANSI_TUJUAN';
    teks = `Instansi tujuan tidak dapat memproses permohonan (${input.hasilJawabanTujuan ?? 'tanpa keterangan'}). ${input.galatTujuan ?? ''}`.trim();
  }
  await deps.permohonan.ubahStatus(letak.kunciKasus, hasil === 'PEGAWAI_DITUGASKAN' ? 'DITETAPKAN' : 'DITOLAK');
  return complete({ hasilLintasInstansi: hasil, jawabanTeks: teks });
}
