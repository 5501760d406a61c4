import { describe, expect, it } from 'vitest';
import { checkPelaporAnggota, penerimaLaporanAnggota, ppkBerikutnya, type SusunanTim } from '../../src/domain/laporan-tim.js';

const tim: SusunanTim = { status: 'DITETAPKAN', ketuaNip: 'K', anggota: [{ nip: 'K', peran: 'KETUA' }, { nip: 'A', peran: 'ANGGOTA' }, { nip: 'B', peran: 'ANGGOTA' }] };
const rules = (r: { violations: readonly { ruleId: string; field: string }[] }) => r.violations.map((v) => [v.ruleId, v.field]);

describe('team reporting lines (F9)', () => {
  it('R-NAT-36: a member of an established team reports; a non-member, the ketua, or a team not established cannot', () => {
    expect(checkPelaporAnggota(tim, 'A').violations).toEqual([]);
    expect(rules(checkPelaporAnggota(tim, 'X'))).toEqual([['R-NAT-36', 'pelaporNip']]);
    expect(rules(checkPelaporAnggota(tim, 'K'))).toEqual([['R-NAT-36', 'pelaporNip']]);
    expect(rules(checkPelaporAnggota({ ...tim, status: 'DITOLAK' }, 'A'))).toEqual([['R-NAT-36', 'timKerjaId']]);
    expect(rules(checkPelaporAnggota(undefined, 'A'))).toEqual([['R-NAT-36', 'timKerjaId']]);
  });

  it('R-NAT-36, R-NAT-37: the member reports to the ketua; without a ketua to the PUO of the owner unit [derived]', () => {
    expect(penerimaLaporanAnggota(tim, 'PUO')).toBe('K');
    expect(penerimaLaporanAnggota({ ...tim, ketuaNip: null }, 'PUO')).toBe('PUO');
  });

  it('R-NAT-38: one report per distinct PPK with the members it covers, in order, skipping those received', () => {
    const ppk = [{ nip: 'A', ppkNip: 'P1' }, { nip: 'B', ppkNip: 'P2' }, { nip: 'C', ppkNip: 'P1' }, { nip: 'D', ppkNip: null }];
    expect(ppkBerikutnya(ppk, new Set())).toEqual({ ppkNip: 'P1', anggotaNip: ['A', 'C'] });
    expect(ppkBerikutnya(ppk, new Set(['P1']))).toEqual({ ppkNip: 'P2', anggotaNip: ['B'] });
    expect(ppkBerikutnya(ppk, new Set(['P1', 'P2']))).toBeUndefined();
  });
});
