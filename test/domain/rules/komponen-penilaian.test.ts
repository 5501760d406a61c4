import { describe, expect, it } from 'vitest';
import { checkKomponenPenilaian } from '../../../src/domain/rules/komponen-penilaian.js';

const lengkap = {
  perencanaanKinerja: 'Ekspektasi: dasbor data sektoral terbit tiap triwulan',
  pelaksanaanPemantauan: 'Umpan balik bulanan; pembinaan analisis data lanjutan',
  predikatKinerja: 'BAIK',
  tindakLanjut: 'Diusulkan mengikuti pelatihan visualisasi data',
};

describe('R-NAT-51 the four components of pengelolaan kinerja', () => {
  it('R-NAT-51: given all four components, then the appraisal may be finalised', () => {
    expect(checkKomponenPenilaian(lengkap, 20).violations).toEqual([]);
  });

  it('R-NAT-51: given a missing perencanaan kinerja and an unknown predikat, then each missing component is named', () => {
    const report = checkKomponenPenilaian({ ...lengkap, perencanaanKinerja: ' ', predikatKinerja: 'LUAR_BIASA' }, 20);
    expect(report.violations.map((v) => [v.ruleId, v.field])).toEqual([['R-NAT-51', 'perencanaanKinerja'], ['R-NAT-51', 'predikatKinerja']]);
  });

  it('R-NAT-51: given a placeholder tindak lanjut, then it is refused', () => {
    expect(checkKomponenPenilaian({ ...lengkap, tindakLanjut: 'ok' }, 20).violations.map((v) => v.field)).toEqual(['tindakLanjut']);
  });
});
