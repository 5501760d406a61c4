import { describeViolations } from '../domain/rule-violation.js';
import { checkBahanPertimbanganDiterima, kebutuhanBahanPertimbangan } from '../domain/rules/bahan-pertimbangan.js';
import { checkKomponenPenilaian, type KomponenPenilaian } from '../domain/rules/komponen-penilaian.js';
import { checkMulaiPenilaian } from '../domain/rules/mulai-penilaian.js';
import { pejabatPenilaiKinerja } from '../domain/roles.js';
import { GALAT, type KasusDeps, type Letak } from './kasus/langkah.js';
import { profileFor, profilePegawai } from './profiles.js';
import { bpmnError, complete, type TaskResult } from './task-result.js';
import { periodeTeks } from '../domain/tanggal.js';

/** The process of F10 (bpmn/bahan-penilaian-kinerja.bpmn) and its steps read back from the store. */
export const PROSES_BAHAN_PENILAIAN_KINERJA = 'bahan-penilaian-kinerja';
export const TUGAS_KIRIM_BAHAN = 'Tugas_KirimBahanPertimbangan';
export const TUGAS_TERIMA_BAHAN = 'Tugas_TerimaBahanPertimbangan';

const teks = (v: unknown): string => (typeof v === 'string' && v.trim() !== '' ? v.trim() : '-');

const DURASI = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/;

/**
 * validasi-penilaian-kinerja: the PPK starts the appraisal of a pegawai for a year (R-NAT-07, R-NAT-41,
 * R-SYS-01, R-SYS-03). From the penugasan recorded for that year it decides whether a pemilik kinerja must
 * send bahan pertimbangan (R-NAT-39, R-NAT-40) and from which unit (the first that needs it; the others are
 * listed for the PPK).
 */
export async function validasiPenilaianKinerja(deps: KasusDeps, letak: Letak, input: { pegawaiNip: string; tahunPenilaian: string; batasWaktuBahan?: string | null }): Promise<TaskResult> {
  const tahun = input.tahunPenilaian.trim();
  const [pemula, semua] = await Promise.all([
    deps.history.pemulaProses(letak.processInstanceId), deps.penugasan.list({ pegawaiNip: input.pegawaiNip, status: 'DITETAPKAN', limit: 500, offset: 0 }),
  ]);
  const penugasan = semua.filter((p) => p.tanggalMulai.slice(0, 4) <= tahun && tahun <= p.tanggalSelesai.slice(0, 4));
  const org = await deps.organisasi.viewAround({
    pegawaiNip: [input.pegawaiNip, pemula].filter((x): x is string => !!x), unitId: [...new Set(penugasan.map((p) => p.unitPemilikKinerjaId))],
  }, deps.hariIni());
  const pegawai = org.pegawai(input.pegawaiNip);
  const ppk = pegawai && pejabatPenilaiKinerja(org, pegawai);
  const { duplikatDari } = await deps.permohonan.daftarkan({
    businessKey: letak.kunciKasus, processInstanceId: letak.processInstanceId, jenis: 'PENILAIAN_KINERJA', pengusulNip: pemula ?? '',
    kunciDuplikat: `penilaian-kinerja:${input.pegawaiNip}:${tahun}`, data: { pegawaiNip: input.pegawaiNip, tahunPenilaian: tahun },
  });
  const report = checkMulaiPenilaian({ pegawaiDikenal: !!pegawai?.aktif, ppkNip: ppk?.nip, pemulaNip: pemula, tahun, duplikatDari });
  if (report.violations.length > 0 || !pegawai || !ppk || !pemula) {
    await deps.permohonan.ubahStatus(letak.kunciKasus, 'TIDAK_VALID');
    const pesan = describeViolations(report.violations);
    return bpmnError(GALAT.PERMOHONAN_TIDAK_VALID, pesan, { galatPermohonan: pesan });
  }
  await deps.permohonan.ubahStatus(letak.kunciKasus, 'BERJALAN');
  await deps.kasus.tetapkanPeran(letak.kunciKasus, 'pengusulNip', pemula);
  const kebutuhan = kebutuhanBahanPertimbangan(org, pegawai, ppk.nip, penugasan, profileFor(org, pegawai.instansiId));
  const diminta = kebutuhan.find((k) => k.pemilikKinerjaNip);
  const profile = profileFor(org, pegawai.instansiId);
  return complete({
    galatPermohonan: null,
    pegawaiNama: pegawai.nama,
    pegawaiJabatan: pegawai.jabatanNama,
    perluBahanPertimbangan: diminta !== undefined,
    bahanDiperlukan: kebutuhan.length > 0,
    unitPemilikKinerjaId: diminta?.unitPemilikKinerjaId ?? null,
    dasarBahanTeks: kebutuhan.length > 0 ? kebutuhan.map((k) => `[${k.ruleId}] ${k.alasan}`).join('\n') : null,
    penugasanTeks: penugasan.length > 0 ? penugasan.map((p) => `• ${p.uraianTugas} (${p.unitPemilikKinerjaId}, ${periodeTeks(p.tanggalMulai, p.tanggalSelesai)})`).join('\n') : 'Tidak ada penugasan tercatat pada tahun ini.',
    batasWaktuBahan: input.batasWaktuBahan && DURASI.test(input.batasWaktuBahan) ? input.batasWaktuBahan : profile.bahanPertimbanganBatasWaktu,
  });
}

/**
 * periksa-bahan-penilaian: before the PPK finalises, was the required bahan pertimbangan issued and
 * acknowledged in this case (store, not variables)? If not: W-NO-OWNER-INPUT (R-NAT-40, SOFT, justified).
 */
export async function periksaBahanPenilaian(deps: KasusDeps, letak: Letak, input: { bahanDiperlukan: boolean }): Promise<TaskResult> {
  const [surat, keputusan] = await Promise.all([deps.kasus.surat(letak.kunciKasus), deps.kasus.keputusan(letak.kunciKasus)]);
  const bahan = [...surat].reverse().find((s) => s.jenis === 'BAHAN_PERTIMBANGAN');
  const diterima = !!bahan && keputusan.some((k) => k.langkah === TUGAS_TERIMA_BAHAN && k.keputusan === 'DITERIMA');
  const kirim = [...keputusan].reverse().find((k) => k.langkah === TUGAS_KIRIM_BAHAN);
  const { warnings } = checkBahanPertimbanganDiterima(input.bahanDiperlukan, diterima);
  return complete({
    peringatan: warnings,
    peringatanTeks: warnings.length > 0 ? warnings.map((w) => `[${w.ruleId}] ${w.message}`).join('\n') : null,
    ringkasanBahan: bahan && kirim
      ? `${bahan.nomor}: capaian: ${teks(kirim.data.capaianKinerja)}; rekomendasi: ${teks(kirim.data.rekomendasiPenilaian)}`
      : kirim?.alasan ? `Pemilik kinerja tidak mengirim bahan pertimbangan: ${kirim.alasan}` : null,
  });
}

/**
 * periksa-komponen-penilaian: the four components of R-NAT-51 are all filled before the appraisal is recorded, each
 * as long as a reason must be in the PPK's instansi (R-NAT-13 `minReasonLength` of its profile).
 */
export async function periksaKomponenPenilaian(deps: KasusDeps, letak: Letak, input: Partial<Record<KomponenPenilaian, string | null>>): Promise<TaskResult> {
  const ppkNip = (await deps.kasus.peran(letak.kunciKasus))['ppkNip'];
  if (!ppkNip) throw new Error(`Kasus ${letak.kunciKasus}: PPK belum ditetapkan.`);
  const report = checkKomponenPenilaian(input, (await profilePegawai(deps.organisasi, ppkNip, deps.hariIni())).minReasonLength);
  if (report.violations.length === 0) return complete({ galatKeputusan: null });
  const pesan = describeViolations(report.violations);
  return bpmnError(GALAT.KEPUTUSAN_TIDAK_VALID, pesan, { galatKeputusan: pesan });
}
