import { describe, expect, it } from 'vitest';
import { validatePenunjukanDalamUnit } from '../../src/domain/penunjukan-dalam-unit.js';
import { nasional } from '../../src/domain/profiles/nasional.js';
import type { RuleReport } from '../../src/domain/rule-violation.js';
import { NIP, orgWith, permohonan } from './fixtures/organisasi.js';

const ruleFields = (report: RuleReport): string[][] => report.violations.map((v) => [v.ruleId, v.field]);

describe('validatePenunjukanDalamUnit: all checks of F1 (R-NAT-02, 03, 05, 06, 07, 08, 09, 41, R-SYS-03)', () => {
  it.each([
    { when: 'the PUO proposes a JF', changes: {} },
    { when: 'the PPK proposes a JF', changes: { pengusulNip: NIP.pengawasA1 } },
    { when: 'the PUO proposes a Pelaksana for one day', changes: { pegawaiNip: NIP.pelaksanaA1, kompetensiDibutuhkan: ['pengolahan data'],
      tanggalMulai: '2026-02-02', tanggalSelesai: '2026-02-02' } },
  ])('R-NAT-08: given $when in their own unit, when validated, then there is no violation and no warning', ({ changes }) => {
    expect(validatePenunjukanDalamUnit(orgWith(), permohonan(changes), nasional)).toEqual({ violations: [], warnings: [] });
  });

  it('R-NAT-06: given a competence gap only, when validated, then the request passes with a W-COMPETENCE warning', () => {
    const report = validatePenunjukanDalamUnit(orgWith(), permohonan({ kompetensiDibutuhkan: ['Statistik'] }), nasional);

    expect(report.violations).toEqual([]);
    expect(report.warnings).toMatchObject([{ ruleId: 'R-NAT-06', code: 'W-COMPETENCE' }]);
  });

  it.each([
    { rule: 'R-NAT-02', changes: { pegawaiNip: NIP.pengawasA1 }, field: 'pegawaiNip' },
    { rule: 'R-NAT-03', changes: { unitPemilikKinerjaId: 'unit-a2', pengusulNip: NIP.kepalaA1 }, field: 'unitPemilikKinerjaId' },
    { rule: 'R-NAT-05', changes: { uraianTugas: '   ' }, field: 'uraianTugas' },
    { rule: 'R-NAT-05', changes: { tanggalSelesai: '' }, field: 'tanggalSelesai' },
    { rule: 'R-SYS-03', changes: { tanggalMulai: '2027-02-30', tanggalSelesai: '2027-03-31' }, field: 'tanggalMulai' },
    { rule: 'R-SYS-03', changes: { tanggalMulai: '2026-03-31', tanggalSelesai: '2026-01-05' }, field: 'tanggalSelesai' },
    { rule: 'R-NAT-06', changes: { kompetensiDibutuhkan: [] }, field: 'kompetensiDibutuhkan' },
    { rule: 'R-NAT-07', changes: { tanggalMulai: '2023-12-01' }, field: 'tanggalMulai' },
    { rule: 'R-NAT-08', changes: { pengusulNip: NIP.pelaksanaA1 }, field: 'pengusulNip' },
  ])('$rule: given one broken field ($field), when validated, then exactly that violation is listed', ({ rule, changes, field }) => {
    expect(ruleFields(validatePenunjukanDalamUnit(orgWith(), permohonan(changes), nasional))).toEqual([[rule, field]]);
  });

  it.each([
    { rule: 'R-NAT-07', org: orgWith({ pegawai: { [NIP.jfA1]: { kedudukanSejak: null } } }), field: 'pegawaiNip' },
    { rule: 'R-NAT-41', org: orgWith({ pegawai: { [NIP.pengawasA1]: { jabatanKategori: 'JF_KEAHLIAN' } } }), field: 'pegawaiNip' },
    { rule: 'R-NAT-09', org: orgWith({ unit: { 'unit-a1': { pimpinanNip: null } } }), field: 'unitPemilikKinerjaId' },
  ])('$rule: given one broken fact in the organisation, when validated, then exactly that violation is listed', ({ rule, org, field }) => {
    expect(ruleFields(validatePenunjukanDalamUnit(org, permohonan(), nasional))).toEqual([[rule, field]]);
  });

  it('R-NAT-02, R-NAT-03, R-NAT-05, R-NAT-06, R-NAT-07, R-NAT-08, R-SYS-03: given everything wrong at once, when validated, then ALL violations are listed', () => {
    const org = orgWith({ pegawai: { [NIP.jfA1]: { jabatanKategori: 'PENGAWAS', kedudukanSejak: null } } });
    const semuaSalah = permohonan({
      unitPemilikKinerjaId: 'unit-a2',
      pengusulNip: NIP.pelaksanaA1,
      uraianTugas: '',
      kompetensiDibutuhkan: [' '],
      tanggalMulai: '2026-03-31',
      tanggalSelesai: '2026-01-05',
    });

    const report = validatePenunjukanDalamUnit(org, semuaSalah, nasional);

    expect(ruleFields(report)).toEqual([
      ['R-NAT-02', 'pegawaiNip'],
      ['R-SYS-03', 'tanggalSelesai'],
      ['R-NAT-05', 'uraianTugas'],
      ['R-NAT-03', 'unitPemilikKinerjaId'],
      ['R-NAT-07', 'pegawaiNip'],
      ['R-NAT-08', 'pengusulNip'],
      ['R-NAT-06', 'kompetensiDibutuhkan'],
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('R-NAT-07: given an invalid start date, when validated, then the kedudukan date is not compared with it (no second error)', () => {
    const org = orgWith({ pegawai: { [NIP.jfA1]: { kedudukanSejak: '2027-06-01' } } });

    expect(ruleFields(validatePenunjukanDalamUnit(org, permohonan({ tanggalMulai: '2027-02-30', tanggalSelesai: '2027-12-31' }), nasional)))
      .toEqual([['R-SYS-03', 'tanggalMulai']]);
  });

  it('R-NAT-07: given an unknown pegawai, when validated, then the NIP is refused and the checks that need no pegawai still run', () => {
    const report = validatePenunjukanDalamUnit(orgWith(), permohonan({
      pegawaiNip: '196001012000011999', uraianTugas: '', kompetensiDibutuhkan: [], tanggalSelesai: '2025-01-01',
    }), nasional);

    expect(ruleFields(report)).toEqual([
      ['R-SYS-03', 'tanggalSelesai'],
      ['R-NAT-05', 'uraianTugas'],
      ['R-NAT-07', 'pegawaiNip'],
      ['R-NAT-06', 'kompetensiDibutuhkan'],
    ]);
    expect(report.violations[2]?.message).toBe('Pegawai dengan NIP 196001012000011999 tidak terdaftar.');
  });

  it('R-NAT-03: given an unknown unit pemilik kinerja, when validated, then the unit is refused and the pegawai checks still run', () => {
    const report = validatePenunjukanDalamUnit(orgWith(), permohonan({ unitPemilikKinerjaId: 'unit-hilang', pengusulNip: NIP.pelaksanaA1 }), nasional);

    expect(ruleFields(report)).toEqual([
      ['R-NAT-03', 'unitPemilikKinerjaId'],
      ['R-NAT-08', 'pengusulNip'],
    ]);
    expect(report.violations[0]?.message).toBe('Unit unit-hilang tidak terdaftar.');
  });
});
