import { describe, expect, it } from 'vitest';
import { banten } from '../../../src/domain/profiles/banten.js';
import { meranti } from '../../../src/domain/profiles/meranti.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { ruteLaporanIndividu } from '../../../src/domain/rules/rute-laporan.js';

describe('individual reporting line (F9)', () => {
  it('R-NAT-35: given the baseline or Meranti, an individual reports directly to the PUO even when the PPK is someone else', () => {
    expect(ruteLaporanIndividu(nasional, 'ppk', 'puo')).toBe('LANGSUNG');
    expect(ruteLaporanIndividu(meranti, 'ppk', 'puo')).toBe('LANGSUNG');
  });
  it('R-BTN-10: given Banten and a PPK who is not the PUO, the report goes through the PPK', () => {
    expect(ruteLaporanIndividu(banten, 'ppk', 'puo')).toBe('VIA_PPK');
  });
  it('R-BTN-10: given Banten and a PPK who is the PUO (or none on record), the two steps collapse', () => {
    expect(ruteLaporanIndividu(banten, 'puo', 'puo')).toBe('LANGSUNG');
    expect(ruteLaporanIndividu(banten, undefined, 'puo')).toBe('LANGSUNG');
  });
});
