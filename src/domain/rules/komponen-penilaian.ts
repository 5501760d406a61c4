import { mergeReports, emptyReport, violation, type RuleReport } from '../rule-violation.js';

/** R-NAT-51: the four components of pengelolaan kinerja, as the appraisal form's keys, with their names. */
export const KOMPONEN_PENILAIAN = {
  perencanaanKinerja: 'perencanaan kinerja (penetapan dan klarifikasi ekspektasi)',
  pelaksanaanPemantauan: 'pelaksanaan, pemantauan dan pembinaan kinerja',
  predikatKinerja: 'penilaian kinerja (predikat)',
  tindakLanjut: 'tindak lanjut hasil penilaian',
} as const;
export type KomponenPenilaian = keyof typeof KOMPONEN_PENILAIAN;

/** The predikat of an appraisal (Permen PANRB 6/2022). */
export const PREDIKAT_KINERJA = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;

/**
 * R-NAT-51: an appraisal is finalised only with all four components filled: perencanaan kinerja first
 * (penilaian may not start before it is recorded), then pelaksanaan/pemantauan/pembinaan, penilaian and
 * tindak lanjut. A text component needs at least `minLength` characters.
 */
export function checkKomponenPenilaian(isi: Partial<Record<KomponenPenilaian, string | null | undefined>>, minLength: number): RuleReport {
  return mergeReports(...(Object.keys(KOMPONEN_PENILAIAN) as KomponenPenilaian[]).map((k) => {
    const v = (isi[k] ?? '').trim();
    const ok = k === 'predikatKinerja' ? (PREDIKAT_KINERJA as readonly string[]).includes(v) : v.length >= minLength;
    return ok ? emptyReport : violation('R-NAT-51', k, `Komponen ${KOMPONEN_PENILAIAN[k]} wajib diisi${k === 'predikatKinerja' ? '' : ` (paling sedikit ${minLength} karakter)`}.`);
  }));
}
