import { formatSuratBawaan, penomoranSurat, type PenomoranSurat } from '../../src/domain/surat/format-surat.js';
import type { JenisSurat } from '../../src/domain/kasus.js';

/** The default numbering of an instansi (issue 12), for tests that issue letters straight into the store. */
export function penomoranUji(instansiId = 'uji', jenis: JenisSurat = 'SURAT_PENUGASAN', tanggal = '2027-01-04', unit = 'unit-uji'): PenomoranSurat {
  return penomoranSurat(formatSuratBawaan({ id: instansiId, nama: `Instansi ${instansiId}` }), { instansiId, unitOrganisasiId: unit, jenis, tanggal });
}
