/**
 * Writes the Camunda 7 element templates of modeler-plugin/element-templates/ (one JSON per worker topic, plus the
 * decision step): generated from the topic catalog (src/domain/modeler/katalog-topik.ts) and the domain's lists
 * (roles, letter types), so an analyst picks "Terbitkan surat" or "Keputusan pejabat" from a list with dropdowns
 * instead of typing. test/modeler/element-templates.test.ts validates them against the schema and checks that this
 * script's output is what is committed: run `npm run modeler:templates` after changing a topic.
 */
import { readdirSync } from 'node:fs';
import { writeFile, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JENIS_SURAT, NAMA_PERAN, NAMA_SURAT, PERAN } from '../../src/domain/kasus.js';
import { KATALOG_TOPIK } from '../../src/domain/modeler/katalog-topik.js';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const BPMN_DIR = path.resolve(DIR, '../../bpmn');
const SCHEMA = 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json';

/** What an analyst reads in the list, per topic (the others get a generic name). */
const NAMA_TOPIK: Record<string, string> = {
  'tentukan-peran': 'Tentukan peran (siapa memutuskan)',
  'periksa-keputusan': 'Periksa dan catat keputusan',
  'terbitkan-surat': 'Terbitkan surat',
  'catat-penugasan-kasus': 'Catat penugasan',
  'catat-penugasan': 'Catat penugasan (penunjukan dalam unit)',
  'catat-penolakan': 'Catat penolakan',
  'catat-tim-kerja': 'Catat tim kerja',
  'validasi-penunjukan': 'Validasi permohonan penunjukan',
  'tentukan-pejabat': 'Tentukan pejabat yang memutuskan',
  'validasi-keputusan': 'Validasi keputusan',
};

type Pilihan = readonly { name: string; value: string }[];
const PILIHAN: Record<string, Pilihan> = {
  peran: PERAN.map((p) => ({ name: NAMA_PERAN[p], value: p })),
  jenisSurat: JENIS_SURAT.map((j) => ({ name: NAMA_SURAT[j], value: j })),
  bentuk: [{ name: 'Penunjukan', value: 'PENUNJUKAN' }, { name: 'Pengajuan sukarela', value: 'PENGAJUAN_SUKARELA' }],
  ruangLingkup: [{ name: 'Dalam unit', value: 'DALAM_UNIT' }, { name: 'Lintas unit', value: 'LINTAS_UNIT' }, { name: 'Lintas instansi', value: 'LINTAS_INSTANSI' }],
  status: [{ name: 'Ditetapkan', value: 'DITETAPKAN' }, { name: 'Ditolak', value: 'DITOLAK' }, { name: 'Dibatalkan', value: 'DIBATALKAN' }],
};

/** Help text per setting, in Bahasa Indonesia. */
const KETERANGAN: Record<string, string> = {
  peran: 'Peran yang ditentukan dari organisasi pada hari itu (R-SYS-02).',
  subjek: 'NIP, unit atau instansi yang perannya dicari, mis. ${pegawaiNip}.',
  variabel: 'Nama variabel tempat pemegang peran disimpan, mis. ppkNip.',
  langkah: 'Id tugas pengguna yang diputuskan (langkah sebelumnya).',
  pelaku: 'Variabel peran yang harus menyelesaikan langkah itu, mis. ppkNip.',
  pilihan: 'Pilihan keputusan, dipisah koma, mis. SETUJU,TOLAK.',
  alasanWajib: 'Pilihan yang wajib disertai alasan, mis. TOLAK (R-NAT-13).',
  keputusanWajib: 'Keputusan yang harus sudah dicatat: langkah:VERDIK:peranPelaku, dipisah koma (R-SYS-02).',
  jenisSurat: 'Jenis surat yang diterbitkan.',
  penandatangan: 'Variabel peran penandatangan, mis. ppkNip.',
  penerima: 'Variabel peran penerima, dipisah koma.',
  tembusan: 'Variabel peran penerima tembusan, dipisah koma.',
};

const POLA_PERAN = '^\\$\\{[a-zA-Z][a-zA-Z0-9]*\\}$';

function formulir(awalan: readonly string[]): Pilihan {
  return readdirSync(BPMN_DIR).filter((f) => f.endsWith('.form') && awalan.some((a) => f.startsWith(a))).sort()
    .map((f) => ({ name: f.replace(/\.form$/, ''), value: f.replace(/\.form$/, '') }));
}

function templateTopik(t: (typeof KATALOG_TOPIK)[number]) {
  const nama = NAMA_TOPIK[t.topik] ?? `Langkah otomatis: ${t.topik}`;
  return {
    $schema: SCHEMA,
    name: nama,
    id: `id.go.sistemkerja.${t.topik}`,
    version: 1,
    description: `Tugas layanan yang dikerjakan worker Sistem Kerja (topik ${t.topik}).`,
    appliesTo: ['bpmn:ServiceTask'],
    properties: [
      { label: 'Nama langkah', type: 'String', value: nama.replace(/ \(.*\)$/, ''), binding: { type: 'property', name: 'name' } },
      { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
      { type: 'Hidden', value: t.topik, binding: { type: 'property', name: 'camunda:topic' } },
      ...t.pengaturan.map((p) => {
        const pilihan = PILIHAN[p];
        const dasar = { label: p, binding: { type: 'camunda:inputParameter', name: p }, ...(KETERANGAN[p] ? { description: KETERANGAN[p] } : {}) };
        return pilihan ? { ...dasar, type: 'Dropdown', value: pilihan[0]!.value, choices: pilihan } : { ...dasar, type: 'String', value: '' };
      }),
    ],
  };
}

/** The human side of a validated decision: the user task whose completion periksa-keputusan checks. */
function templateKeputusan() {
  return {
    $schema: SCHEMA,
    name: 'Keputusan pejabat (setuju / tolak dengan alasan)',
    id: 'id.go.sistemkerja.keputusan',
    version: 1,
    description: 'Tugas pengguna untuk pemegang peran; sesudahnya pasang "Periksa dan catat keputusan" yang merujuk tugas ini (R-SYS-02, R-NAT-13).',
    appliesTo: ['bpmn:UserTask'],
    properties: [
      { label: 'Nama keputusan', type: 'String', value: 'Putuskan permohonan', binding: { type: 'property', name: 'name' } },
      {
        label: 'Diputuskan oleh (peran)', type: 'Dropdown', value: '${ppkNip}',
        description: 'Variabel peran yang ditentukan oleh langkah "Tentukan peran" sebelumnya.',
        choices: ['ppkNip', 'pejabatPenilaiNip', 'pimpinanUnitNip', 'puoPegawaiNip', 'ppkDitujuNip', 'pimpinanDitujuNip', 'puoPemilikNip', 'pybPemohonNip', 'pybTujuanNip', 'pengusulNip']
          .map((v) => ({ name: v, value: `\${${v}}` })),
        binding: { type: 'property', name: 'camunda:assignee' },
        constraints: { notEmpty: true, pattern: { value: POLA_PERAN, message: 'Harus berbentuk ${variabelPeran}.' } },
      },
      {
        label: 'Formulir keputusan', type: 'Dropdown', value: 'tetapkan-penunjukan',
        choices: formulir(['putuskan-', 'tetapkan-', 'setujui-', 'rekomendasi-']),
        binding: { type: 'property', name: 'camunda:formRef' },
      },
      { type: 'Hidden', value: 'deployment', binding: { type: 'property', name: 'camunda:formRefBinding' } },
    ],
  };
}

export function semuaTemplate() {
  return [templateKeputusan(), ...KATALOG_TOPIK.map(templateTopik)];
}

export const namaBerkas = (t: { id: string }) => `${t.id.replace('id.go.sistemkerja.', '')}.json`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of (await readdir(DIR)).filter((x) => x.endsWith('.json'))) await unlink(path.join(DIR, f));
  const semua = semuaTemplate();
  for (const t of semua) await writeFile(path.join(DIR, namaBerkas(t)), `${JSON.stringify(t, null, 2)}\n`);
  console.log(`${semua.length} template ditulis ke ${path.relative(process.cwd(), DIR)}`);
}
