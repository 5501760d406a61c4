import type { KasusDeps } from '../../src/application/kasus/langkah.js';
import type { SuratDeps } from '../../src/application/surat/ports.js';
import type { KegiatanRepository, KoordinasiTimRepository, PesanProses, TimKerjaRepository } from '../../src/application/ports.js';

/** What the topic handlers need; passed in by the composition root (src/system.ts). */
export type WorkerDeps = KasusDeps & SuratDeps & {
  readonly pesan: PesanProses; readonly timKerja: TimKerjaRepository; readonly kegiatan: KegiatanRepository;
  readonly koordinasiTim: KoordinasiTimRepository;
};
