import { describe, expect, it } from 'vitest';
import { nipProblem } from '../../src/domain/nip.js';

/*
 * RULES.md has no rule of its own for the NIP: it is the key of Employee (§0.3). Its first 8 digits are a
 * birth date, checked with the R-SYS-03 date helper (isIsoDate), so a NIP like 19870230... is refused.
 */
describe('NIP PNS (RULES.md §0.3 Employee.nip; birth date checked as in R-SYS-03)', () => {
  it.each([
    { nip: '198807222012122003', what: 'a woman, TMT December' },
    { nip: '197204151998031005', what: 'a man, TMT March' },
    { nip: '200002292020011001', what: 'born on a leap day' },
  ])('R-SYS-03: given $nip ($what), then it is well formed', ({ nip }) => {
    expect(nipProblem(nip)).toBeUndefined();
  });

  it.each([
    { nip: '', what: 'empty' },
    { nip: '19880722201212200', what: '17 digits' },
    { nip: '1988072220121220031', what: '19 digits' },
    { nip: '19880722201212200A', what: 'a letter' },
    { nip: '198807222012 12200', what: 'a space' },
    { nip: ' 198807222012122003', what: 'a leading space' },
  ])('R-SYS-03: given a NIP with $what, then it must be 18 digits', ({ nip }) => {
    expect(nipProblem(nip)).toBe('NIP harus terdiri atas 18 angka.');
  });

  it.each([
    { nip: '198702302012121001', lahir: '19870230' },
    { nip: '200102292020011001', lahir: '20010229' },
    { nip: '198813012012121001', lahir: '19881301' },
    { nip: '198807002012121001', lahir: '19880700' },
  ])('R-SYS-03: given the impossible birth date $lahir, then the NIP is refused naming it', ({ nip, lahir }) => {
    expect(nipProblem(nip)).toBe(`8 angka pertama NIP (${lahir}) bukan tanggal lahir yang sah.`);
  });

  it.each([
    { nip: '198807222012002003', tmt: '201200' },
    { nip: '198807222012132003', tmt: '201213' },
  ])('R-SYS-03: given the impossible TMT month $tmt, then the NIP is refused naming it', ({ nip, tmt }) => {
    expect(nipProblem(nip)).toBe(`Angka 9-14 NIP (${tmt}) bukan bulan TMT yang sah.`);
  });

  it.each(['198807222012120003', '198807222012123003', '198807222012129003'])(
    'R-SYS-03: given %s with a sex digit other than 1 or 2, then the NIP is refused',
    (nip) => {
      expect(nipProblem(nip)).toBe('Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.');
    },
  );
});
