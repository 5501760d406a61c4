import { describe, expect, it } from 'vitest';
import type { RuangLingkup } from '../../../src/domain/penugasan.js';
import { checkRuangLingkup, ruangLingkup } from '../../../src/domain/rules/ruang-lingkup.js';
import { NIP, pegawaiOf, unitOf } from '../fixtures/organisasi.js';

describe('R-NAT-03 ruang lingkup dihitung dari data organisasi', () => {
  it.each<{ pegawaiNip: string; unitId: string; expected: RuangLingkup; when: string }>([
    { pegawaiNip: NIP.jfA1, unitId: 'unit-a1', expected: 'DALAM_UNIT', when: 'the pegawai is in the unit pemilik kinerja' },
    { pegawaiNip: NIP.jfA2, unitId: 'unit-a1', expected: 'LINTAS_UNIT', when: 'the pegawai is in another unit of the same instansi' },
    { pegawaiNip: NIP.jfB1, unitId: 'unit-a1', expected: 'LINTAS_INSTANSI', when: 'the pegawai is in another instansi' },
    { pegawaiNip: NIP.jfA1, unitId: 'unit-b1', expected: 'LINTAS_INSTANSI', when: 'the unit pemilik kinerja is in another instansi' },
  ])('R-NAT-03: given $when, when the scope is computed, then it is $expected', ({ pegawaiNip, unitId, expected }) => {
    expect(ruangLingkup(pegawaiOf(pegawaiNip), unitOf(unitId))).toBe(expected);
  });

  it('R-NAT-03: given the same unit id in another instansi on the pegawai record, when computed, then the instansi wins (LINTAS_INSTANSI)', () => {
    const pegawai = pegawaiOf(NIP.jfA1, { instansiId: 'instansi-b' });

    expect(ruangLingkup(pegawai, unitOf('unit-a1'))).toBe('LINTAS_INSTANSI');
  });

  it('R-NAT-03: given a DALAM_UNIT case, when the dalam-unit flow checks it, then it is accepted', () => {
    expect(checkRuangLingkup(pegawaiOf(NIP.jfA1), unitOf('unit-a1'), 'DALAM_UNIT')).toEqual({ violations: [], warnings: [] });
  });

  it.each<{ pegawaiNip: string; alur: string; actual: RuangLingkup }>([
    { pegawaiNip: NIP.jfA2, actual: 'LINTAS_UNIT', alur: 'penunjukan lintas unit organisasi (dengan surat permohonan pelibatan)' },
    { pegawaiNip: NIP.jfB1, actual: 'LINTAS_INSTANSI', alur: 'penunjukan lintas instansi (melalui Pejabat yang Berwenang)' },
  ])('R-NAT-03: given a $actual case declared DALAM_UNIT, when checked, then it is refused and the right flow is named',
    ({ pegawaiNip, alur }) => {
      const pegawai = pegawaiOf(pegawaiNip);

      expect(checkRuangLingkup(pegawai, unitOf('unit-a1'), 'DALAM_UNIT').violations).toEqual([{
        ruleId: 'R-NAT-03',
        field: 'unitPemilikKinerjaId',
        message: `${pegawai.nama} tidak berada di Unit A1; permohonan ini harus melalui ${alur}.`,
      }]);
    });

  it('R-NAT-03: given a DALAM_UNIT case declared LINTAS_UNIT, when checked, then it is refused too (a declared scope must match)', () => {
    const report = checkRuangLingkup(pegawaiOf(NIP.jfA1), unitOf('unit-a1'), 'LINTAS_UNIT');

    expect(report.violations).toMatchObject([{ ruleId: 'R-NAT-03', field: 'unitPemilikKinerjaId' }]);
    expect(report.violations[0]?.message).toContain('penunjukan dalam unit organisasi');
  });
});
