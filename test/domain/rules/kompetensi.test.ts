import { describe, expect, it } from 'vitest';
import { checkKompetensi, checkKompetensiDisebut } from '../../../src/domain/rules/kompetensi.js';
import { NIP, pegawaiOf } from '../fixtures/organisasi.js';

/** JF A1 records 'Analisis Data' and 'Pengembangan Aplikasi'. */
const jf = pegawaiOf(NIP.jfA1);

describe('R-NAT-06 penugasan berbasis kompetensi', () => {
  it.each<{ dibutuhkan: string[]; when: string }>([
    { dibutuhkan: [], when: 'no competence is stated' },
    { dibutuhkan: [''], when: 'only an empty competence is stated' },
    { dibutuhkan: ['   ', '\t'], when: 'only blank competences are stated' },
  ])('R-NAT-06: given $when, when checked, then it is a violation (and no gap warning)', ({ dibutuhkan }) => {
    expect(checkKompetensi(jf, dibutuhkan)).toEqual({
      violations: [{
        ruleId: 'R-NAT-06',
        field: 'kompetensiDibutuhkan',
        message: 'Sebutkan paling sedikit satu kompetensi, keahlian, atau keterampilan yang dibutuhkan.',
      }],
      warnings: [],
    });
  });

  it.each<{ dibutuhkan: string[]; when: string }>([
    { dibutuhkan: ['Analisis Data'], when: 'the same spelling' },
    { dibutuhkan: ['analisis data'], when: 'lower case' },
    { dibutuhkan: ['ANALISIS DATA', 'pengembangan APLIKASI'], when: 'upper and mixed case' },
    { dibutuhkan: ['  Analisis Data  ', '\tPengembangan Aplikasi\n'], when: 'surrounding whitespace' },
    { dibutuhkan: ['Analisis Data', ''], when: 'an extra blank entry' },
  ])('R-NAT-06: given a competence the pegawai has, in $when, when checked, then there is neither violation nor warning',
    ({ dibutuhkan }) => {
      expect(checkKompetensi(jf, dibutuhkan)).toEqual({ violations: [], warnings: [] });
    });

  it('R-NAT-06: given a competence the pegawai lacks, when checked, then it is only a W-COMPETENCE warning naming the gap', () => {
    const report = checkKompetensi(jf, ['analisis data', 'Statistik', ' Keamanan Informasi ']);

    expect(report.violations).toEqual([]);
    expect(report.warnings).toEqual([{
      ruleId: 'R-NAT-06',
      code: 'W-COMPETENCE',
      message: 'Kompetensi JF A1 yang tercatat belum mencakup: Statistik,  Keamanan Informasi .',
    }]);
  });

  it('R-NAT-06: given a pegawai with no recorded competence, when any is required, then the warning lists all of them', () => {
    const tanpaKompetensi = pegawaiOf(NIP.jfA1, { kompetensi: [] });

    expect(checkKompetensi(tanpaKompetensi, ['Analisis Data']).warnings).toMatchObject([
      { ruleId: 'R-NAT-06', code: 'W-COMPETENCE', message: 'Kompetensi JF A1 yang tercatat belum mencakup: Analisis Data.' },
    ]);
  });
});

describe('R-NAT-06 checkKompetensiDisebut: the stated competence, before the pegawai is known', () => {
  it.each<{ dibutuhkan: string[]; violations: number }>([
    { dibutuhkan: [], violations: 1 },
    { dibutuhkan: [' ', ''], violations: 1 },
    { dibutuhkan: ['Statistik'], violations: 0 },
    { dibutuhkan: ['', ' Statistik '], violations: 0 },
  ])('R-NAT-06: given $dibutuhkan, when checked, then $violations violation(s)', ({ dibutuhkan, violations }) => {
    const report = checkKompetensiDisebut(dibutuhkan);

    expect(report.violations).toHaveLength(violations);
    expect(report.warnings).toEqual([]);
  });
});
