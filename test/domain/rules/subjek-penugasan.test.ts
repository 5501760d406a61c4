import { describe, expect, it } from 'vitest';
import type { JabatanKategori } from '../../../src/domain/organisasi.js';
import type { AgencyProfile } from '../../../src/domain/profiles/agency-profile.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkSubjekPenugasan } from '../../../src/domain/rules/subjek-penugasan.js';
import { NIP, pegawaiOf } from '../fixtures/organisasi.js';

describe('R-NAT-02 subjek penugasan: Pejabat Fungsional dan Pelaksana', () => {
  it.each<JabatanKategori>(['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA'])(
    'R-NAT-02: given an active %s, when checked with the nasional profile, then it is accepted',
    (jabatanKategori) => {
      const pegawai = pegawaiOf(NIP.jfA1, { jabatanKategori });

      expect(checkSubjekPenugasan(pegawai, nasional)).toEqual({ violations: [], warnings: [] });
    },
  );

  it.each<JabatanKategori>(['PENGAWAS', 'ADMINISTRATOR', 'PPT_PRATAMA', 'PPT_MADYA'])(
    'R-NAT-02: given an active %s, when checked with the nasional profile, then it is refused and the jabatan is named',
    (jabatanKategori) => {
      const pegawai = pegawaiOf(NIP.jfA1, { jabatanKategori, jabatanNama: 'Jabatan Struktural' });

      const report = checkSubjekPenugasan(pegawai, nasional);

      expect(report.warnings).toEqual([]);
      expect(report.violations).toEqual([{
        ruleId: 'R-NAT-02',
        field: 'pegawaiNip',
        message: expect.stringContaining(`Jabatan Struktural (${jabatanKategori})`) as unknown,
      }]);
      expect(report.violations[0]?.message).toContain('hanya untuk Pejabat Fungsional dan Pelaksana');
    },
  );

  it.each<JabatanKategori>(['JF_KEAHLIAN', 'PELAKSANA', 'PENGAWAS'])(
    'R-NAT-02: given an inactive %s, when checked, then it is refused as inactive',
    (jabatanKategori) => {
      const pegawai = pegawaiOf(NIP.jfA1, { jabatanKategori, aktif: false });

      expect(checkSubjekPenugasan(pegawai, nasional).violations).toEqual([{
        ruleId: 'R-NAT-02',
        field: 'pegawaiNip',
        message: `Pegawai ${NIP.jfA1} tidak aktif dan tidak dapat ditugaskan.`,
      }]);
    },
  );

  it('R-NAT-02: given a profile that widens the set to Administrator (as R-BTN-17), when an Administrator is checked, then it is accepted', () => {
    const melebar: AgencyProfile = { ...nasional, assignableKategori: [...nasional.assignableKategori, 'ADMINISTRATOR'] };
    const pegawai = pegawaiOf(NIP.kepalaA1);

    expect(checkSubjekPenugasan(pegawai, melebar).violations).toEqual([]);
    expect(checkSubjekPenugasan(pegawai, nasional).violations).toHaveLength(1);
  });
});
