import type { Topic } from './runtime/index.js';
import { catatPenugasanKasusTopic } from './catat-penugasan-kasus/handler.js';
import { catatTimKerjaTopic } from './catat-tim-kerja/handler.js';
import { periksaKeputusanTopic } from './periksa-keputusan/handler.js';
import type { WorkerDeps } from './shared/deps.js';
import { tentukanPeranTopic } from './tentukan-peran/handler.js';
import { terbitkanSuratTopic } from './terbitkan-surat/handler.js';
import { validasiPermohonanLintasUnitTopic } from './validasi-permohonan-lintas-unit/handler.js';
import { validasiPenunjukanTopic } from './validasi-penunjukan/handler.js';
import { validasiPengajuanSukarelaTopic } from './validasi-pengajuan-sukarela/handler.js';
import { kirimJawabanLintasInstansiTopic } from './kirim-jawaban-lintas-instansi/handler.js';
import { kirimPermohonanLintasInstansiTopic } from './kirim-permohonan-lintas-instansi/handler.js';
import { periksaDaftarLintasInstansiTopic } from './periksa-daftar-lintas-instansi/handler.js';
import { terimaJawabanLintasInstansiTopic } from './terima-jawaban-lintas-instansi/handler.js';
import { validasiPelibatanLintasInstansiTopic } from './validasi-pelibatan-lintas-instansi/handler.js';
import { validasiTimKerjaTopic } from './validasi-tim-kerja/handler.js';
import { validasiPenugasanIndividuTopic } from './validasi-penugasan-individu/handler.js';
import { validasiLaporanTimTopic } from './validasi-laporan-tim/handler.js';
import { ppkAnggotaBerikutnyaTopic } from './ppk-anggota-berikutnya/handler.js';
import { validasiPelaksanaanKegiatanTopic } from './validasi-pelaksanaan-kegiatan/handler.js';
import { catatTahapKegiatanTopic } from './catat-tahap-kegiatan/handler.js';
import { periksaRencanaKerjaTopic } from './periksa-rencana-kerja/handler.js';
import { tutupKegiatanTopic } from './tutup-kegiatan/handler.js';
import { mintaLaporanKegiatanTopic } from './minta-laporan-kegiatan/handler.js';
import { validasiPenilaianKinerjaTopic } from './validasi-penilaian-kinerja/handler.js';
import { periksaBahanPenilaianTopic } from './periksa-bahan-penilaian/handler.js';
import { periksaKomponenPenilaianTopic } from './periksa-komponen-penilaian/handler.js';
import { validasiEskalasiMasalahTopic } from './validasi-eskalasi-masalah/handler.js';
import { tentukanPenerimaEskalasiTopic } from './tentukan-penerima-eskalasi/handler.js';
import { periksaTindakLanjutTopic } from './periksa-tindak-lanjut/handler.js';
import { periksaKoordinasiTimTopic } from './periksa-koordinasi-tim/handler.js';
import { tutupKasusTopic } from './tutup-kasus/handler.js';

/** Every external-task topic of bpmn/, one handler each. */
export function allTopics(deps: WorkerDeps): Topic[] {
  return [
    // F1 penunjukan dalam unit: its own validation; the rest runs on the shared steps below.
    validasiPenunjukanTopic(deps),
    // Steps every flow shares, configured per BPMN step with input parameters.
    tentukanPeranTopic(deps),
    periksaKeputusanTopic(deps),
    terbitkanSuratTopic(deps),
    catatPenugasanKasusTopic(deps),
    // F2 penunjukan lintas unit
    validasiPermohonanLintasUnitTopic(deps),
    // F4, F5: pengajuan sukarela dalam unit (oral) and lintas unit (letter).
    validasiPengajuanSukarelaTopic(deps),
    // F3 penunjukan lintas instansi (two processes, one per tenant, talking by messages).
    validasiPelibatanLintasInstansiTopic(deps),
    kirimPermohonanLintasInstansiTopic(deps),
    periksaDaftarLintasInstansiTopic(deps),
    kirimJawabanLintasInstansiTopic(deps),
    terimaJawabanLintasInstansiTopic(deps),
    // F6 pembentukan tim kerja.
    validasiTimKerjaTopic(deps),
    catatTimKerjaTopic(deps),
    // F7 penugasan individu.
    validasiPenugasanIndividuTopic(deps),
    // F9 laporan tim kerja.
    validasiLaporanTimTopic(deps),
    ppkAnggotaBerikutnyaTopic(deps),
    // F8 pelaksanaan-kegiatan, F10 bahan-penilaian-kinerja.
    validasiPelaksanaanKegiatanTopic(deps),
    catatTahapKegiatanTopic(deps),
    periksaRencanaKerjaTopic(),
    tutupKegiatanTopic(deps),
    mintaLaporanKegiatanTopic(deps),
    validasiPenilaianKinerjaTopic(deps),
    periksaBahanPenilaianTopic(deps),
    periksaKomponenPenilaianTopic(deps),
    // R-NAT-46 eskalasi-masalah-tim; R-NAT-45 team coordination checked in F8.
    validasiEskalasiMasalahTopic(deps),
    tentukanPenerimaEskalasiTopic(deps),
    periksaTindakLanjutTopic(),
    periksaKoordinasiTimTopic(deps),
    // Issue 9: every end event records the case's final status.
    tutupKasusTopic(deps),
  ];
}
