/**
 * Bahasa Indonesia for bpmn-js, the Camunda 7 properties panel, element templates and bpmn-js-bpmnlint: the English
 * source strings (as the libraries pass them to `translate`) and ours. bpmn-js-i18n has no Indonesian; this
 * follows its pattern (a translate module replacing bpmn-js's `translate`). A string missing here stays English.
 */
export const KAMUS: Record<string, string> = {
  // palette
  'Activate hand tool': 'Aktifkan alat geser', 'Activate the hand tool': 'Aktifkan alat geser',
  'Activate lasso tool': 'Aktifkan alat laso', 'Activate the lasso tool': 'Aktifkan alat laso',
  'Activate create/remove space tool': 'Aktifkan alat tambah/kurangi ruang', 'Activate the create/remove space tool': 'Aktifkan alat tambah/kurangi ruang',
  'Activate global connect tool': 'Aktifkan alat penghubung', 'Activate the global connect tool': 'Aktifkan alat penghubung',
  'Create start event': 'Buat peristiwa mulai', 'Create StartEvent': 'Buat peristiwa mulai',
  'Create end event': 'Buat peristiwa selesai', 'Create EndEvent': 'Buat peristiwa selesai',
  'Create intermediate/boundary event': 'Buat peristiwa antara/batas', 'Create Intermediate/Boundary Event': 'Buat peristiwa antara/batas',
  'Create task': 'Buat tugas', 'Create Task': 'Buat tugas',
  'Create gateway': 'Buat percabangan', 'Create Gateway': 'Buat percabangan',
  'Create expanded sub-process': 'Buat subproses terbuka', 'Create expanded SubProcess': 'Buat subproses terbuka',
  'Create pool/participant': 'Buat kolam/peserta', 'Create Pool/Participant': 'Buat kolam/peserta',
  'Create data object reference': 'Buat rujukan objek data', 'Create DataObjectReference': 'Buat rujukan objek data',
  'Create data store reference': 'Buat rujukan penyimpanan data', 'Create DataStoreReference': 'Buat rujukan penyimpanan data',
  'Create group': 'Buat kelompok', 'Create Group': 'Buat kelompok',
  'Create element': 'Buat elemen', 'Create {type}': 'Buat {type}',
  // context pad
  'Append end event': 'Sambung peristiwa selesai', 'Append EndEvent': 'Sambung peristiwa selesai',
  'Append gateway': 'Sambung percabangan', 'Append Gateway': 'Sambung percabangan',
  'Append task': 'Sambung tugas', 'Append Task': 'Sambung tugas',
  'Append intermediate/boundary event': 'Sambung peristiwa antara/batas', 'Append Intermediate/Boundary Event': 'Sambung peristiwa antara/batas',
  'Append text annotation': 'Sambung catatan', 'Add text annotation': 'Tambah catatan', 'Append element': 'Sambung elemen',
  'Change element': 'Ubah jenis elemen', 'Change type': 'Ubah jenis', 'Delete': 'Hapus', 'Remove': 'Hapus',
  'Connect using sequence/message flow or association': 'Hubungkan dengan alur urutan/pesan atau asosiasi',
  'Connect using association': 'Hubungkan dengan asosiasi', 'Connect to other element': 'Hubungkan ke elemen lain',
  'Connect using data input association': 'Hubungkan dengan asosiasi data masukan',
  'Add lane above': 'Tambah lajur di atas', 'Add lane below': 'Tambah lajur di bawah',
  'Divide into two lanes': 'Bagi menjadi dua lajur', 'Divide into three lanes': 'Bagi menjadi tiga lajur',
  'Set color': 'Atur warna', 'Search in diagram': 'Cari di diagram',
  // element names shown in menus
  'Task': 'Tugas', 'User task': 'Tugas pengguna', 'Service task': 'Tugas layanan', 'Send task': 'Tugas kirim', 'Receive task': 'Tugas terima',
  'Manual task': 'Tugas manual', 'Business rule task': 'Tugas aturan bisnis', 'Script task': 'Tugas skrip', 'Call activity': 'Panggil aktivitas',
  'Sub-process (collapsed)': 'Subproses (tertutup)', 'Sub-process (expanded)': 'Subproses (terbuka)', 'Sub-process': 'Subproses',
  'Start event': 'Peristiwa mulai', 'End event': 'Peristiwa selesai', 'Exclusive gateway': 'Percabangan eksklusif',
  'Parallel gateway': 'Percabangan paralel', 'Inclusive gateway': 'Percabangan inklusif', 'Event-based gateway': 'Percabangan berbasis peristiwa',
  'Message start event': 'Peristiwa mulai pesan', 'Timer start event': 'Peristiwa mulai waktu', 'Error end event': 'Peristiwa selesai galat',
  'Sequence flow': 'Alur urutan', 'Default flow': 'Alur bawaan', 'Conditional flow': 'Alur bersyarat',
  'Templates': 'Templat', 'Template': 'Templat', 'Search': 'Cari', 'Search templates': 'Cari templat', 'Browse templates': 'Telusuri templat',
  'Select template': 'Pilih templat', 'Choose element template': 'Pilih templat elemen', 'Apply template': 'Terapkan templat', 'Unlink': 'Lepaskan templat',
  'Change element template': 'Ganti templat elemen', 'Remove template': 'Hapus templat', 'Update': 'Perbarui',
  // properties panel
  'General': 'Umum', 'Name': 'Nama', 'ID': 'ID', 'Documentation': 'Dokumentasi', 'Element documentation': 'Dokumentasi elemen',
  'Process documentation': 'Dokumentasi proses', 'Implementation': 'Implementasi', 'Type': 'Jenis', 'Topic': 'Topik', 'External': 'Eksternal',
  'Inputs': 'Masukan', 'Outputs': 'Keluaran', 'Input/Output': 'Masukan/Keluaran', 'Local variable name': 'Nama variabel lokal',
  'Assignment type': 'Jenis penetapan', 'String or expression': 'Teks atau ekspresi', 'Value': 'Nilai',
  'User assignment': 'Penetapan pelaksana', 'Assignee': 'Pelaksana', 'Candidate groups': 'Grup kandidat', 'Candidate users': 'Pengguna kandidat',
  'Due date': 'Tenggat', 'Follow up date': 'Tanggal tindak lanjut', 'Priority': 'Prioritas',
  'Form': 'Formulir', 'Form type': 'Jenis formulir', 'Form reference': 'Rujukan formulir', 'Binding': 'Pengikatan', 'Camunda Form (linked)': 'Formulir Camunda (tertaut)',
  'Asynchronous continuations': 'Kelanjutan asinkron', 'Before': 'Sebelum', 'After': 'Sesudah', 'Exclusive': 'Eksklusif',
  'Job execution': 'Eksekusi job', 'Retry time cycle': 'Siklus waktu ulang', 'Execution listeners': 'Pendengar eksekusi', 'Task listeners': 'Pendengar tugas',
  'Extension properties': 'Properti tambahan', 'History cleanup': 'Pembersihan riwayat', 'Time to live': 'Masa simpan',
  'Tasklist': 'Tasklist', 'Startable': 'Dapat dimulai', 'Version tag': 'Label versi', 'Executable': 'Dapat dijalankan',
  'Candidate starter': 'Pemulai kandidat', 'Candidate starter groups': 'Grup pemulai kandidat', 'Candidate starter users': 'Pengguna pemulai kandidat',
  'Condition': 'Syarat', 'Condition type': 'Jenis syarat', 'Expression': 'Ekspresi', 'Errors': 'Galat', 'Error': 'Galat', 'Code': 'Kode',
  'Message': 'Pesan', 'Signal': 'Sinyal', 'Timer': 'Pewaktu', 'Start initiator': 'Pemrakarsa', 'Initiator': 'Pemrakarsa',
  'Variable name': 'Nama variabel', 'Create': 'Buat', 'Custom properties': 'Properti khusus', 'Multi-instance': 'Multi-instans',
  'Field injections': 'Injeksi field', 'Connector': 'Konektor', 'Details': 'Rincian', 'Called element': 'Elemen yang dipanggil',
  'Process': 'Proses', 'Participant': 'Peserta', 'Lane': 'Lajur', '<none>': '<tidak ada>', 'Select': 'Pilih',
  'Process ID': 'ID proses', 'Process name': 'Nama proses', 'Must not be empty.': 'Tidak boleh kosong.',
  // bpmn-js-bpmnlint
  'Toggle linting': 'Hidupkan/matikan pemeriksaan', 'Errors, warnings': 'Galat, peringatan',
  '{errors} Errors, {warnings} Warnings': '{errors} galat, {warnings} peringatan', 'No Issues': 'Tidak ada temuan',
  'Rule error: {message}': 'Galat aturan: {message}',
};

export function terjemahkan(template: string, replacements: Record<string, string> = {}): string {
  return (KAMUS[template] ?? template).replace(/{([^}]+)}/g, (_m, key: string) => replacements[key] ?? `{${key}}`);
}
