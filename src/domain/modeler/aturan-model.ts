/**
 * The rules a process model must keep before it is published, each once, here: the bpmnlint plugin
 * (modeler-plugin/bpmnlint-plugin-sistem-kerja, one file per rule), the web modeler and the publish gate of the API
 * call these functions. Regulation rules cite RULES.md; safety rules mirror the engine's deploy check
 * (engine/…/keamanan/PemeriksaPenerapan*.java), which stays the last gate.
 */
import { JENIS_SURAT, PERAN } from '../kasus.js';
import { parseKeputusanWajib, type KeputusanWajib } from '../rules/keputusan-wajib.js';
import { memuatEkspresi, periksaEkspresi } from './ekspresi.js';
import { KATALOG_TOPIK } from './katalog-topik.js';
import { pendahulu, type ModelProses, type SimpulModel } from './model-proses.js';

export interface Temuan {
  readonly elemenId: string;
  readonly pesan: string;
}

export interface AturanModel {
  /** The bpmnlint rule name (file name in the plugin). */
  readonly id: string;
  readonly ruleIds: readonly string[];
  readonly jenis: 'regulasi' | 'keamanan';
  readonly judul: string;
  periksa(model: ModelProses): Temuan[];
}

const param = (s: SimpulModel, nama: string): string => s.parameter.get(nama) ?? '';
const daftar = (teks: string): string[] => teks.split(',').map((x) => x.trim()).filter((x) => x !== '');
const langkahTopik = (m: ModelProses, topik: string) => m.simpul.filter((s) => s.topik === topik);
const variabelEkspresi = (teks: string | undefined): string | undefined => /^\$\{\s*([A-Za-z_]\w*)\s*\}$/.exec(teks ?? '')?.[1];

function keputusanWajibDari(s: SimpulModel): KeputusanWajib[] | string {
  try {
    return parseKeputusanWajib(s.parameter.get('keputusanWajib'));
  } catch (e) {
    return (e as Error).message;
  }
}

/** Role variables a process resolves: its initiator, every tentukan-peran `variabel`, and the outputs of its topics. */
export function peranTerselesaikan(m: ModelProses): Map<string, string> {
  const hasil = new Map<string, string>();
  for (const s of m.simpul) {
    if (s.initiator) hasil.set(s.initiator, 'PEMRAKARSA');
    if (s.topik === 'tentukan-peran' && param(s, 'variabel')) hasil.set(param(s, 'variabel'), param(s, 'peran'));
    const topik = KATALOG_TOPIK.find((t) => t.topik === s.topik);
    for (const k of topik?.keluaran ?? []) {
      const nama = k.replace(/\$\{(\w+)\}/g, (_x, v: string) => param(s, v));
      if (nama && !hasil.has(nama)) hasil.set(nama, `keluaran ${s.topik}`);
    }
  }
  return hasil;
}

/** `${v}` where v is the result of a DMN table evaluated earlier in the flow: the table chooses the role (the worker validates it). */
function dariTabelDmn(m: ModelProses, nilai: string): boolean {
  const v = variabelEkspresi(nilai);
  return !!v && m.simpul.some((x) => x.jenis === 'businessRuleTask' && !!x.keputusanDmn && x.variabelHasil === v);
}

const PERAN_PYB = new Set(['PYB_INSTANSI', 'PYB_INSTANSI_UNIT']);
const SURAT_PENUGASAN = new Set(['SURAT_PENUGASAN', 'SURAT_TUGAS', 'SURAT_KEPUTUSAN']);

export function adalahLintasInstansi(m: ModelProses): boolean {
  return m.simpul.some((s) => (s.topik === 'tentukan-peran' && PERAN_PYB.has(param(s, 'peran')))
    || (s.topik === 'catat-penugasan-kasus' && param(s, 'ruangLingkup') === 'LINTAS_INSTANSI')
    || (s.topik ?? '').endsWith('-lintas-instansi'));
}

export const lintasInstansiDuaPyb: AturanModel = {
  id: 'lintas-instansi-pyb', ruleIds: ['R-NAT-16', 'R-NAT-17', 'R-NAT-18'], jenis: 'regulasi',
  judul: 'Alur lintas instansi melewati Pejabat yang Berwenang',
  periksa(m) {
    if (!adalahLintasInstansi(m)) return [];
    const peran = peranTerselesaikan(m);
    const pyb = [...peran].filter(([, p]) => PERAN_PYB.has(p)).map(([v]) => v);
    const hasil: Temuan[] = [];
    if (pyb.length === 0) {
      hasil.push({ elemenId: m.id, pesan: 'Alur lintas instansi tanpa Pejabat yang Berwenang: tambahkan langkah "Tentukan peran" dengan peran PYB_INSTANSI (R-NAT-16, R-NAT-17, R-NAT-18)' });
    }
    const efek = m.simpul.filter((s) => s.topik === 'kirim-permohonan-lintas-instansi'
      || (s.topik === 'terbitkan-surat' && ['SURAT_PENUGASAN', 'INSTRUKSI'].includes(param(s, 'jenisSurat')))
      || (s.topik === 'catat-penugasan-kasus' && param(s, 'status') === 'DITETAPKAN'));
    for (const s of efek) {
      const wajib = keputusanWajibDari(s);
      if (typeof wajib === 'string' || !wajib.some((k) => pyb.includes(k.pelaku) && k.verdik.includes('SETUJU'))) {
        hasil.push({ elemenId: s.id, pesan: `"${s.nama}" dalam alur lintas instansi harus didahului persetujuan Pejabat yang Berwenang (keputusanWajib dengan peran PYB_INSTANSI) (R-NAT-16, R-NAT-17, R-NAT-18)` });
      }
    }
    return hasil;
  },
};

export const penolakanBeralasan: AturanModel = {
  id: 'penolakan-beralasan', ruleIds: ['R-NAT-13'], jenis: 'regulasi',
  judul: 'Setiap penolakan memuat alasan',
  periksa: (m) => langkahTopik(m, 'periksa-keputusan')
    .filter((s) => daftar(param(s, 'pilihan')).includes('TOLAK') && !daftar(param(s, 'alasanWajib')).includes('TOLAK'))
    .map((s) => ({ elemenId: s.id, pesan: `"${s.nama}": pilihan TOLAK tanpa alasan wajib; isi alasanWajib dengan TOLAK (R-NAT-13)` })),
};

export const sukarelaDalamInstansi: AturanModel = {
  id: 'sukarela-dalam-instansi', ruleIds: ['R-NAT-21'], jenis: 'regulasi',
  judul: 'Pengajuan sukarela tidak pernah lintas instansi',
  periksa(m) {
    const sukarela = m.simpul.some((s) => s.topik === 'catat-penugasan-kasus' && param(s, 'bentuk') === 'PENGAJUAN_SUKARELA')
      || m.id.startsWith('pengajuan-sukarela');
    if (!sukarela) return [];
    return m.simpul.filter((s) => (s.topik === 'tentukan-peran' && PERAN_PYB.has(param(s, 'peran')))
      || (s.topik === 'catat-penugasan-kasus' && param(s, 'ruangLingkup') === 'LINTAS_INSTANSI')
      || (s.topik ?? '').endsWith('-lintas-instansi'))
      .map((s) => ({ elemenId: s.id, pesan: `"${s.nama}": pengajuan sukarela tidak boleh lintas instansi (R-NAT-21)` }));
  },
};

export const peranDapatDitentukan: AturanModel = {
  id: 'peran-terselesaikan', ruleIds: ['R-SYS-02'], jenis: 'regulasi',
  judul: 'Setiap keputusan punya peran yang dapat ditentukan',
  periksa(m) {
    const peran = peranTerselesaikan(m);
    const hasil: Temuan[] = [];
    for (const s of m.simpul) {
      if (s.jenis === 'userTask') {
        const v = variabelEkspresi(s.assignee);
        if (!v) hasil.push({ elemenId: s.id, pesan: `"${s.nama}": pelaksana harus peran (\${variabelPeran}), bukan ${s.assignee ? `'${s.assignee}'` : 'kosong'} (R-SYS-02)` });
        else if (!peran.has(v)) hasil.push({ elemenId: s.id, pesan: `"${s.nama}": peran '${v}' tidak ditentukan oleh langkah mana pun sebelumnya (tambahkan "Tentukan peran") (R-SYS-02)` });
      }
      if (s.topik === 'tentukan-peran' && !(PERAN as readonly string[]).includes(param(s, 'peran')) && !dariTabelDmn(m, param(s, 'peran'))) {
        hasil.push({ elemenId: s.id, pesan: `"${s.nama}": peran '${param(s, 'peran')}' tidak dikenal; pilih salah satu dari ${PERAN.join(', ')} (R-SYS-02)` });
      }
      // A role named by an expression (penerimaLintas${urutan}) was snapshotted by the calling process: not checkable here.
      if (s.topik === 'periksa-keputusan' && !param(s, 'pelaku').includes('${') && !peran.has(param(s, 'pelaku'))) {
        hasil.push({ elemenId: s.id, pesan: `"${s.nama}": pelaku '${param(s, 'pelaku')}' bukan peran yang ditentukan dalam alur ini (R-SYS-02)` });
      }
    }
    return hasil;
  },
};

export const referensiLangkah: AturanModel = {
  id: 'referensi-langkah', ruleIds: ['R-SYS-02', 'R-NAT-34'], jenis: 'regulasi',
  judul: 'Setiap rujukan pengaturan (langkah, peran, jenis surat) ada',
  periksa(m) {
    const tugas = new Set(m.simpul.filter((s) => s.jenis === 'userTask').map((s) => s.id));
    const peran = peranTerselesaikan(m);
    const hasil: Temuan[] = [];
    for (const s of m.simpul) {
      if (s.parameter.has('keputusanWajib')) {
        const wajib = keputusanWajibDari(s);
        if (typeof wajib === 'string') hasil.push({ elemenId: s.id, pesan: `"${s.nama}": ${wajib}` });
        else {
          for (const k of wajib) {
            if (!tugas.has(k.langkah)) hasil.push({ elemenId: s.id, pesan: `"${s.nama}": keputusanWajib merujuk langkah '${k.langkah}' yang tidak ada di alur ini` });
            for (const p of [k.pelaku, k.kecualiSamaDengan].filter((x): x is string => !!x)) {
              if (!peran.has(p)) hasil.push({ elemenId: s.id, pesan: `"${s.nama}": keputusanWajib merujuk peran '${p}' yang tidak ditentukan di alur ini` });
            }
          }
        }
      }
      if (s.topik === 'periksa-keputusan' && !tugas.has(param(s, 'langkah'))) {
        hasil.push({ elemenId: s.id, pesan: `"${s.nama}": langkah '${param(s, 'langkah')}' bukan tugas pengguna di alur ini` });
      }
      const jenis = param(s, 'jenisSurat');
      if (s.topik === 'terbitkan-surat' && !jenis.includes('${') && !(JENIS_SURAT as readonly string[]).includes(jenis)) {
        hasil.push({ elemenId: s.id, pesan: `"${s.nama}": jenis surat '${jenis}' tidak dikenal; pilih salah satu dari ${JENIS_SURAT.join(', ')}` });
      }
    }
    return hasil;
  },
};

export const topikDikenal: AturanModel = {
  id: 'topik-dikenal', ruleIds: ['R-SYS-02'], jenis: 'regulasi',
  judul: 'Setiap topik dilayani worker dan setiap pengaturannya diisi',
  periksa(m) {
    const hasil: Temuan[] = [];
    for (const s of m.simpul.filter((x) => x.jenis === 'serviceTask' || x.jenis === 'sendTask' || x.jenis === 'businessRuleTask')) {
      if (s.jenis === 'businessRuleTask' && s.keputusanDmn) continue; // a DMN table the engine evaluates, no worker
      const topik = KATALOG_TOPIK.find((t) => t.topik === s.topik);
      if (!s.topik) hasil.push({ elemenId: s.id, pesan: `"${s.nama}": tugas layanan tanpa topik worker (camunda:type="external" dan camunda:topic)` });
      else if (!topik) hasil.push({ elemenId: s.id, pesan: `"${s.nama}": topik '${s.topik}' tidak dilayani worker mana pun` });
      else {
        const hilang = topik.pengaturan.filter((p) => !s.parameter.has(p));
        if (hilang.length > 0) hasil.push({ elemenId: s.id, pesan: `"${s.nama}": pengaturan ${hilang.join(', ')} belum ada sebagai parameter masukan (R-SYS-02)` });
      }
    }
    return hasil;
  },
};

export const penugasanDidahuluiSurat: AturanModel = {
  id: 'penugasan-didahului-surat', ruleIds: ['R-NAT-34'], jenis: 'regulasi',
  judul: 'Setiap penugasan didahului surat',
  periksa(m) {
    const simpul = new Map(m.simpul.map((s) => [s.id, s]));
    return m.simpul.filter((s) => (s.topik === 'catat-penugasan-kasus' || s.topik === 'catat-penugasan') && (param(s, 'status') || 'DITETAPKAN') === 'DITETAPKAN')
      .filter((s) => ![...pendahulu(m, s.id)].some((id) => {
        const p = simpul.get(id);
        return p?.topik === 'terbitkan-surat' && (SURAT_PENUGASAN.has(param(p, 'jenisSurat')) || param(p, 'jenisSurat').includes('${'));
      }))
      .map((s) => ({ elemenId: s.id, pesan: `"${s.nama}": penugasan dicatat tanpa surat penugasan, surat tugas atau surat keputusan sebelumnya (langkah "Terbitkan surat") (R-NAT-34)` }));
  },
};

const ELEMEN_KODE: Record<string, string> = {
  'bpmn:ScriptTask': 'tugas skrip (scriptTask)', 'camunda:Script': 'skrip (camunda:script)',
  'camunda:Connector': 'konektor (camunda:connector)', 'bpmn:Script': 'skrip',
};

export const tanpaSkrip: AturanModel = {
  id: 'tanpa-skrip', ruleIds: [], jenis: 'keamanan',
  judul: 'Tanpa skrip dan konektor (pemeriksaan penerapan engine)',
  periksa: (m) => [
    ...m.jenisElemen.filter((e) => ELEMEN_KODE[e.jenis]).map((e) => ({ elemenId: e.elemenId, pesan: `Tidak diizinkan: ${ELEMEN_KODE[e.jenis]}; engine menolak penerapan model dengan skrip` })),
    ...m.teks.filter((t) => /\.(scriptFormat|script|language)$|@(scriptFormat|language)$/.test(t.tempat))
      .map((t) => ({ elemenId: t.elemenId, pesan: `Tidak diizinkan: ${t.tempat.split(/[.@]/).pop()}="${t.nilai}" (skrip); engine menolak penerapan model dengan skrip` })),
  ],
};

const ATRIBUT_KODE: Record<string, string> = {
  class: 'camunda:class (kode Java)', delegateExpression: 'camunda:delegateExpression (objek Java lewat ekspresi)',
  expression: 'camunda:expression (ekspresi yang dijalankan sebagai kode)', resource: 'camunda:resource (berkas di luar model)',
  formKey: 'camunda:formKey (formulir di luar model; pakai camunda:formRef)', formHandlerClass: 'camunda:formHandlerClass (kode Java)',
  variableMappingClass: 'camunda:variableMappingClass (kode Java)', variableMappingDelegateExpression: 'camunda:variableMappingDelegateExpression (objek Java lewat ekspresi)',
};

export const tanpaKodeJava: AturanModel = {
  id: 'tanpa-kode-java', ruleIds: [], jenis: 'keamanan',
  judul: 'Tanpa kelas Java, delegate expression dan tipe selain external',
  periksa: (m) => m.teks.flatMap((t) => {
    const nama = (t.tempat.split(/[.@]/).pop() ?? '').replace(/^camunda:/, '');
    const alasan = ATRIBUT_KODE[nama]
      ?? (nama.endsWith('Class') || nama.endsWith('DelegateExpression') ? `atribut ${nama} (kode Java)` : undefined)
      ?? (nama === 'type' && /^bpmn:(ServiceTask|SendTask|BusinessRuleTask)/.test(t.tempat) && t.nilai !== 'external' ? `camunda:type="${t.nilai}" (hanya camunda:type="external" yang diizinkan)` : undefined);
    return alasan ? [{ elemenId: t.elemenId, pesan: `Tidak diizinkan: ${alasan}; engine menolak penerapan model ini` }] : [];
  }),
};

export const ekspresiAman: AturanModel = {
  id: 'ekspresi-aman', ruleIds: [], jenis: 'keamanan',
  judul: 'Ekspresi hanya membaca variabel proses',
  periksa: (m) => m.teks.filter((t) => memuatEkspresi(t.nilai)).flatMap((t) => {
    const alasan = periksaEkspresi(t.nilai);
    return alasan ? [{ elemenId: t.elemenId, pesan: `Tidak diizinkan: ${alasan}; ekspresi hanya boleh membaca dan membandingkan variabel proses` }] : [];
  }),
};

/** Every rule, regulation first. */
export const ATURAN_MODEL: readonly AturanModel[] = [
  lintasInstansiDuaPyb, penolakanBeralasan, sukarelaDalamInstansi, peranDapatDitentukan, referensiLangkah, topikDikenal,
  penugasanDidahuluiSurat, tanpaSkrip, tanpaKodeJava, ekspresiAman,
];

export interface TemuanAturan extends Temuan {
  readonly aturan: string;
  readonly jenis: AturanModel['jenis'];
}

/** All findings of all rules for the processes of one diagram. */
export function periksaModel(models: readonly ModelProses[]): TemuanAturan[] {
  return models.flatMap((m) => ATURAN_MODEL.flatMap((a) => a.periksa(m).map((t) => ({ ...t, aturan: a.id, jenis: a.jenis }))));
}
