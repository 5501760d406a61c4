import { describe, expect, it } from 'vitest';
import { checkKoordinasiTahap, checkPencatatKoordinasi } from '../../../src/domain/rules/koordinasi-tim.js';

const tim = { status: 'DITETAPKAN', anggota: [{ nip: 'K' }, { nip: 'A' }] };

describe('team coordination in every phase (R-NAT-45)', () => {
  it('R-NAT-45: leaving a phase without a coordination record of that phase warns W-NO-COORDINATION', () => {
    const r = checkKoordinasiTahap('PERENCANAAN', ['PELAKSANAAN']);
    expect(r.violations).toEqual([]);
    expect(r.warnings).toEqual([expect.objectContaining({ ruleId: 'R-NAT-45', code: 'W-NO-COORDINATION' })]);
    expect(r.warnings[0]?.message).toContain('tahap perencanaan');
  });

  it('R-NAT-45: a record of that phase clears the warning', () => {
    expect(checkKoordinasiTahap('PELAKSANAAN', ['PERENCANAAN', 'PELAKSANAAN'])).toEqual({ violations: [], warnings: [] });
  });

  it('R-NAT-45 R-SYS-02: only a member or the owner PUO records coordination, of an established team', () => {
    expect(checkPencatatKoordinasi(tim, 'K', 'P').violations).toEqual([]);
    expect(checkPencatatKoordinasi(tim, 'P', 'P').violations).toEqual([]);
    expect(checkPencatatKoordinasi(tim, 'X', 'P').violations.map((v) => v.ruleId)).toEqual(['R-SYS-02']);
    expect(checkPencatatKoordinasi({ ...tim, status: 'DITOLAK' }, 'K', 'P').violations.map((v) => v.ruleId)).toEqual(['R-NAT-45']);
  });
});
