import { describe, expect, it } from 'vitest';
import { checkBentukPenugasan } from '../../../src/domain/rules/bentuk-penugasan.js';

describe('R-NAT-01 only two forms of penugasan', () => {
  it.each(['PENUNJUKAN', 'PENGAJUAN_SUKARELA'])('R-NAT-01: %s is a form of penugasan', (bentuk) => {
    expect(checkBentukPenugasan(bentuk).violations).toEqual([]);
  });

  it.each(['MUTASI', 'penunjukan', ''])('R-NAT-01: "%s" is refused with the field and the rule', (bentuk) => {
    expect(checkBentukPenugasan(bentuk).violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-01', field: 'bentuk' })]);
  });
});
