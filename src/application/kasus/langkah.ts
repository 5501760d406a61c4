import type { JenisSurat, Peran } from '../../domain/kasus.js';
import { checkPengakuanPeringatan, checkPilihan, NAMA_PERAN, NAMA_SURAT } from '../../domain/kasus.js';
import { checkBentukPenugasan } from '../../domain/rules/bentuk-penugasan.js';
import { checkBuktiTertulis } from '../../domain/rules/bukti-penugasan.js';
import { describeViolations, emptyReport, mergeReports, violation, type RuleId, type RuleReport, type RuleWarning } from '../../domain/rule-violation.js';
import { checkAlasanPenolakan } from '../../domain/rules/alasan-penolakan.js';
import { checkPelakuKeputusan } from '../../domain/rules/pelaku-keputusan.js';
import { profilePegawai } from '../profiles.js';
import type { PenunjukanDeps } from '../penunjukan-dalam-unit.js';
import type { KasusRepository, KeputusanTercatat, PenugasanBaru, StatusPenugasan } from '../ports.js';
import { bpmnError, complete, type TaskResult } from '../task-result.js';
import { keputusanInstans, pastikanKeputusanWajib } from './instans.js';
import { pemegangPeran, queryPeran } from './peran.js';
import { terbitkanNaskah, type TerbitkanDeps } from '../surat/terbitkan-naskah.js';

/**
 * The steps every flow shares (generic topics tentukan-peran, periksa-keputusan, terbitkan-surat,
 * catat-penugasan-kasus). Each BPMN step says what it needs through camunda:inputParameter.
 */
export interface KasusDeps extends PenunjukanDeps {
  readonly kasus: KasusRepository;
}

/** Where a task runs: the case key is the business key, or the process instance id when Tasklist started it. */
export interface Letak {
  readonly kunciKasus: string;
  readonly processInstanceId: string;
}

/** Error codes the shared steps raise; the BPMN catches them with boundary events. */
export const GALAT = {
  PEJABAT_TIDAK_DITEMUKAN: 'PEJABAT_TIDAK_DITEMUKAN',
  KEPUTUSAN_TIDAK_VALID: 'KEPUTUSAN_TIDAK_VALID',
  PERMOHONAN_TIDAK_VALID: 'PERMOHONAN_TIDAK_VALID',
} as const;

/**
 * tentukan-peran: resolves who holds `peran` for `subjek` today and snapshots them into the case (R-SYS-02)
 * under the name `variabel`, which is also the process variable a user task's assignee reads.
 */
export async function tentukanPeran(
  deps: KasusDeps,
  letak: Letak,
  input: { peran: Peran; subjek: string; variabel: string },
): Promise<TaskResult> {
  const org = await deps.organisasi.viewAround(queryPeran(input.peran, input.subjek), deps.hariIni());
  let pemegang = pemegangPeran(org, input.peran, input.subjek);
  if (input.peran === 'PPK_PUO_UNIT') {
    // The PPK of the PUO is read around the PUO (the unit's view need not hold the PUO's own superior).
    const puo = pemegangPeran(org, 'PUO_UNIT', input.subjek);
    pemegang = puo && pemegangPeran(await deps.organisasi.viewAround(queryPeran('PPK_PEGAWAI', puo.nip), deps.hariIni()), 'PPK_PEGAWAI', puo.nip);
  }
  if (!pemegang) {
    return bpmnError(GALAT.PEJABAT_TIDAK_DITEMUKAN,
      `[R-SYS-05] ${NAMA_PERAN[input.peran]} untuk ${input.subjek} tidak ditemukan atau jabatannya kosong; tetapkan Plt/Plh terlebih dahulu.`);
  }
  await deps.kasus.tetapkanPeran(letak.kunciKasus, input.variabel, pemegang.nip);
  return complete({ [input.variabel]: pemegang.nip, [`${input.variabel}Nama`]: pemegang.nama });
}

export interface KeputusanForm {
  readonly keputusan?: string | null;
  readonly alasan?: string | null;
  readonly catatan?: string | null;
  readonly peringatanDiakui?: boolean | null;
  readonly justifikasi?: string | null;
}

/**
 * periksa-keputusan: the decision of user task `langkah` is valid when one of `pilihan`, taken by the holder
 * of role `pelaku` (R-SYS-02), with reasons when the verdict is one of `alasanWajib` (R-NAT-13), and with the
 * SOFT warnings acknowledged when it goes ahead. A valid one is recorded once (immutable, R-SYS-04); an
 * invalid one goes back to the pejabat with the rule IDs.
 */
export async function periksaKeputusan(
  deps: KasusDeps,
  letak: Letak,
  input: KeputusanForm & {
    langkah: string;
    pelaku: string;
    pilihan: readonly string[];
    alasanWajib: readonly string[];
    peringatan: readonly RuleWarning[];
    /** Extra form fields to keep with the decision (e.g. the daftar of assigned pegawai). */
    data?: Record<string, unknown>;
    /**
     * Earlier decisions a go-ahead needs, "langkah:VERDIK:RULE-ID" (R-NAT-12: the PUO's recommendation;
     * R-NAT-25: approval 1 before approval 2).
     */
    prasyarat?: readonly string[];
    /** The form key of the reason when it is not `alasan`. */
    variabelAlasan?: string | null;
  },
): Promise<TaskResult> {
  // The reason goes back empty: form-js would otherwise keep a refused reason's client-side error (1.8.7).
  const kembali = (pesan: string) => bpmnError(GALAT.KEPUTUSAN_TIDAK_VALID, pesan, { galatKeputusan: pesan, [input.variabelAlasan ?? 'alasan']: null });
  const salahPilih = checkPilihan(input.keputusan, input.pilihan);
  if (salahPilih || !input.keputusan) return kembali(salahPilih ?? 'keputusan: wajib dipilih.');
  const keputusan = input.keputusan;
  const [tugas, peran] = await Promise.all([deps.history.tugasSelesai(letak.processInstanceId, input.langkah), deps.kasus.peran(letak.kunciKasus)]);
  const pejabat = peran[input.pelaku];
  if (!tugas?.penyelesai || !pejabat) {
    throw new Error(`Kasus ${letak.kunciKasus}: penyelesai tugas ${input.langkah} atau pemegang peran ${input.pelaku} tidak diketahui.`);
  }
  const menolak = input.alasanWajib.includes(keputusan);
  // Prerequisites count only decisions taken in this same instance (issue 8).
  const sebelumnya = menolak || !input.prasyarat?.length ? [] : keputusanInstans(await deps.kasus.keputusan(letak.kunciKasus), letak);
  // The reason length is the deciding pejabat's instansi's (R-NAT-13), not the national one.
  const { minReasonLength } = await profilePegawai(deps.organisasi, pejabat, deps.hariIni());
  const report = mergeReports(
    ...(menolak ? [] : (input.prasyarat ?? []).map((p) => checkPrasyarat(p, sebelumnya))),
    checkPelakuKeputusan(tugas.penyelesai, pejabat, input.pelaku),
    checkAlasanPenolakan(menolak ? 'TOLAK' : 'SETUJU', input.alasan, minReasonLength),
    menolak ? { violations: [], warnings: [] } : checkPengakuanPeringatan(input.peringatan, {
      keputusan, alasan: input.alasan, peringatanDiakui: input.peringatanDiakui, justifikasi: input.justifikasi,
    }, minReasonLength),
  );
  if (report.violations.length > 0) return kembali(describeViolations(report.violations));
  await deps.kasus.catatKeputusan({
    taskId: tugas.taskId, kunciKasus: letak.kunciKasus, processInstanceId: letak.processInstanceId, langkah: input.langkah,
    aktorNip: tugas.penyelesai, keputusan, alasan: menolak ? (input.alasan ?? '').trim() : null,
    data: {
      ...(input.data ?? {}),
      ...(input.catatan ? { catatan: input.catatan } : {}),
      ...(input.peringatan.length > 0 && !menolak ? { peringatanDiakui: input.peringatan.map((w) => w.ruleId), justifikasi: input.justifikasi ?? null } : {}),
    },
  });
  return complete({ galatKeputusan: null });
}

/**
 * terbitkan-surat: issues a letter of the case once (idempotent per activity instance, R-SYS-04), signed by
 * the holder of `penandatangan`, to the holders of `penerima`, with tembusan to the holders of `tembusan`
 * (R-SYS-05: one copy per person, both roles recorded). Its content is the permohonan and the decisions so far.
 */
export async function terbitkanSurat(
  deps: TerbitkanDeps,
  letak: Letak & { activityInstanceId: string },
  input: {
    jenis: JenisSurat; perihal: string; penandatangan: string; penerima: readonly string[]; tembusan: readonly string[]; penerimaDaftarDari?: string | null;
    /** The decisions this letter requires (src/domain/rules/keputusan-wajib.ts), checked before a number is taken. */
    keputusanWajib: string | null;
  },
): Promise<TaskResult> {
  const [peran, permohonan, keputusan] = await Promise.all([
    deps.kasus.peran(letak.kunciKasus), deps.permohonan.ambil(letak.kunciKasus), deps.kasus.keputusan(letak.kunciKasus),
  ]);
  await pastikanKeputusanWajib(deps, letak, input.keputusanWajib, `${NAMA_SURAT[input.jenis]} (${letak.processInstanceId})`, { keputusan, peran });
  const nipOf = (p: string) => {
    const nip = peran[p];
    if (!nip) throw new Error(`Kasus ${letak.kunciKasus}: peran ${p} belum ditentukan sebelum ${NAMA_SURAT[input.jenis]} diterbitkan.`);
    return nip;
  };
  const tembusan = input.tembusan.map((p) => ({ peran: p, nip: nipOf(p) }));
  const daftar = input.penerimaDaftarDari ? daftarDariSumber(input.penerimaDaftarDari, keputusanInstans(keputusan, letak), permohonan?.data) : [];
  const { surat } = await terbitkanNaskah(deps, letak, {
    kunci: letak.activityInstanceId, kunciKasus: letak.kunciKasus, processInstanceId: letak.processInstanceId,
    jenis: input.jenis, perihal: input.perihal, penandatanganNip: nipOf(input.penandatangan),
    penerima: [...new Set([...input.penerima.map(nipOf), ...daftar])], tembusan,
    isi: { permohonan: permohonan?.data ?? null, keputusan: keputusan.map((k) => ({ langkah: k.langkah, aktorNip: k.aktorNip, keputusan: k.keputusan, alasan: k.alasan, waktu: k.waktu, ...k.data })) },
  }, daftar);
  return complete({ suratTerakhir: surat.nomor, suratTerakhirId: surat.id, suratTerakhirPdf: `${deps.alamatApi ?? ''}/api/surat/${surat.id}/pdf` });
}

function checkPrasyarat(prasyarat: string, sebelumnya: readonly KeputusanTercatat[]): RuleReport {
  const [langkah, verdik, ruleId] = prasyarat.split(':');
  if (!langkah || !verdik || !ruleId || !/^R-(NAT|BTN|MRT|KIN|SYS)-\d+$/.test(ruleId)) throw new Error(`prasyarat tidak valid: '${prasyarat}'`);
  const terakhir = [...sebelumnya].reverse().find((k) => k.langkah === langkah);
  if (terakhir?.keputusan === verdik) return emptyReport;
  return violation(ruleId as RuleId, 'keputusan',
    `Keputusan ini memerlukan ${verdik.toLowerCase().replace(/_/g, ' ')} pada langkah ${langkah} terlebih dahulu${terakhir ? ` (tercatat: ${terakhir.keputusan.toLowerCase().replace(/_/g, ' ')})` : ''}.`);
}

/** The common content of a penugasan request (F1–F5, F7), as kept in the store. */
export interface IsiPenugasan {
  readonly pegawaiNip?: string;
  readonly unitPemilikKinerjaId: string;
  readonly uraianTugas: string;
  readonly targetKinerja: string;
  readonly kompetensiDibutuhkan: readonly string[];
  readonly tanggalMulai: string;
  readonly tanggalSelesai: string;
  /** R-NAT-04: set for a team's penugasan (F6), which are recorded in mode TIM with a reference to it. */
  readonly timKerjaId?: number;
}

/**
 * catat-penugasan-kasus: records the outcome for each assigned pegawai once (idempotent per process and
 * pegawai), from the store: the permohonan, the decision that named the pegawai (`daftarDari`, else the
 * permohonan's pegawai), the holder of `penetap`, and for DITETAPKAN the written proof (R-NAT-34).
 */
export async function catatPenugasanKasus(
  deps: KasusDeps,
  letak: Letak,
  input: {
    bentuk: PenugasanBaru['bentuk']; ruangLingkup: PenugasanBaru['ruangLingkup']; status: StatusPenugasan; penetap: string; daftarDari?: string | null;
    /** The decisions this record requires (src/domain/rules/keputusan-wajib.ts), checked before anything is written. */
    keputusanWajib: string | null;
  },
): Promise<TaskResult> {
  const [tersimpan, peran, semuaKeputusan, semuaSurat] = await Promise.all([
    deps.permohonan.ambil(letak.kunciKasus), deps.kasus.peran(letak.kunciKasus), deps.kasus.keputusan(letak.kunciKasus), deps.kasus.surat(letak.kunciKasus),
  ]);
  await pastikanKeputusanWajib(deps, letak, input.keputusanWajib, `Pencatatan penugasan ${input.status} (${letak.processInstanceId})`, { keputusan: semuaKeputusan, peran });
  // The list of pegawai, the reason and the written proof come from this instance only (R-NAT-34).
  const keputusan = keputusanInstans(semuaKeputusan, letak);
  const surat = semuaSurat.filter((s) => s.processInstanceId === letak.processInstanceId);
  if (!tersimpan) throw new Error(`Permohonan ${letak.kunciKasus} tidak ada di store.`);
  const bentuk = checkBentukPenugasan(input.bentuk);
  if (bentuk.violations.length > 0) throw new Error(`Kasus ${letak.kunciKasus}: ${describeViolations(bentuk.violations)}`);
  const isi = tersimpan.data as IsiPenugasan;
  const penetap = peran[input.penetap];
  if (!penetap) throw new Error(`Kasus ${letak.kunciKasus}: peran ${input.penetap} belum ditentukan.`);
  const daftar = input.daftarDari ? daftarDariSumber(input.daftarDari, keputusan, tersimpan.data) : [];
  const pegawai = daftar.length > 0 ? daftar : isi.pegawaiNip ? [isi.pegawaiNip] : [];
  if (pegawai.length === 0) throw new Error(`Kasus ${letak.kunciKasus}: tidak ada pegawai untuk dicatat.`);
  const bukti = [...surat].reverse().find((s) => s.jenis === 'SURAT_PENUGASAN' || s.jenis === 'SURAT_TUGAS' || s.jenis === 'SURAT_KEPUTUSAN');
  const cek = checkBuktiTertulis(input.status, bukti && { nomor: bukti.nomor, penerima: bukti.penerima }, pegawai);
  if (cek.violations.length > 0) throw new Error(`Kasus ${letak.kunciKasus}: ${describeViolations(cek.violations)}`);
  const alasan = input.status === 'DITOLAK' ? ([...keputusan].reverse().find((k) => k.alasan)?.alasan ?? null) : null;
  let baru = 0;
  for (const nip of pegawai) {
    const { created } = await deps.penugasan.record({
      processInstanceId: letak.processInstanceId, bentuk: input.bentuk, ruangLingkup: input.ruangLingkup, status: input.status,
      pegawaiNip: nip, unitPemilikKinerjaId: isi.unitPemilikKinerjaId, pengusulNip: tersimpan.pengusulNip, penetapNip: penetap,
      uraianTugas: isi.uraianTugas, targetKinerja: isi.targetKinerja, kompetensiDibutuhkan: isi.kompetensiDibutuhkan,
      tanggalMulai: isi.tanggalMulai, tanggalSelesai: isi.tanggalSelesai, alasan, suratNomor: input.status === 'DITETAPKAN' ? bukti?.nomor ?? null : null,
      ...(isi.timKerjaId ? { mode: 'TIM' as const, timKerjaId: isi.timKerjaId } : {}),
    }, penetap);
    if (created) baru++;
  }
  await deps.permohonan.ubahStatus(letak.kunciKasus, input.status);
  return complete({ penugasanDicatat: pegawai.length, penugasanBaruDicatat: baru });
}

/**
 * The pegawai a decision named (its `pegawaiDitugaskan`: a list, or NIPs separated by commas, spaces or
 * new lines as a form's text area gives them), from the latest decision of user task `langkah`.
 */
export function daftarPegawai(keputusan: readonly KeputusanTercatat[], langkah: string): string[] {
  return daftarNip([...keputusan].reverse().find((k) => k.langkah === langkah)?.data.pegawaiDitugaskan);
}

function daftarNip(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[\s,;]+/) : [];
  return [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))];
}

/**
 * Where a step takes its list of pegawai: `permohonan:<field>` reads the validated request in the store (what a
 * task completion cannot overwrite); otherwise the user task whose recorded decision named them.
 */
function daftarDariSumber(sumber: string, keputusan: readonly KeputusanTercatat[], permohonan: unknown): string[] {
  if (!sumber.startsWith('permohonan:')) return daftarPegawai(keputusan, sumber);
  return daftarNip((permohonan as Record<string, unknown> | null | undefined)?.[sumber.slice('permohonan:'.length)]);
}
