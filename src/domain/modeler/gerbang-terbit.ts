/**
 * The lint gate before a publish (issue 10 item 6), decided once, here. A safety finding always refuses (the engine
 * would refuse too). A regulation finding refuses unless the version deployed now already has it on the same
 * element with the same rule: an analyst may not make a flow worse, and is shown what the baseline already lacks
 * (so a flow can be improved step by step) as a warning.
 */
import type { TemuanAturan } from './aturan-model.js';

export interface KeputusanGerbang {
  readonly boleh: boolean;
  readonly menolak: readonly TemuanAturan[];
  readonly peringatan: readonly TemuanAturan[];
}

const kunci = (t: TemuanAturan) => `${t.aturan}\u0000${t.elemenId}`;

export function gerbangTerbit(baru: readonly TemuanAturan[], terpasang: readonly TemuanAturan[]): KeputusanGerbang {
  const lama = new Set(terpasang.filter((t) => t.jenis === 'regulasi').map(kunci));
  const menolak = baru.filter((t) => t.jenis === 'keamanan' || !lama.has(kunci(t)));
  const peringatan = baru.filter((t) => t.jenis === 'regulasi' && lama.has(kunci(t)));
  return { boleh: menolak.length === 0, menolak, peringatan };
}
