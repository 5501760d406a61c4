import { describe, expect, it } from 'vitest';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkAlasanPenolakan } from '../../../src/domain/rules/alasan-penolakan.js';

const min = nasional.minReasonLength;
const alasanSah = 'Pegawai sedang menyelesaikan audit internal sampai akhir Maret.';
const kurang = `Alasan penolakan harus menjelaskan mengapa permohonan tidak dapat disetujui (paling sedikit ${min} karakter).`;

describe('R-NAT-13 alasan penolakan', () => {
  it('R-NAT-13: given the nasional profile, then a reason needs at least 20 characters', () => {
    expect(min).toBe(20);
  });

  it.each([undefined, null, '', '-', 'tidak'])('R-NAT-13: given SETUJU with alasan %j, when checked, then no reason is needed', (alasan) => {
    expect(checkAlasanPenolakan('SETUJU', alasan, min)).toEqual({ violations: [], warnings: [] });
  });

  it.each([undefined, null, '', '   ', '\n\t '])('R-NAT-13: given TOLAK with alasan %j, when checked, then the reason is required', (alasan) => {
    expect(checkAlasanPenolakan('TOLAK', alasan, min).violations).toEqual([
      { ruleId: 'R-NAT-13', field: 'alasan', message: 'Penolakan wajib disertai alasan.' },
    ]);
  });

  it.each(['-', '--', '.', 'tidak', 'TIDAK', ' Tidak ', 'tidak setuju', 'ditolak', 'Tolak', 'n/a', 'N/A', 'na', 'tidak ada', 'x'])(
    'R-NAT-13: given TOLAK with the placeholder %j, when checked, then it is refused',
    (alasan) => {
      expect(checkAlasanPenolakan('TOLAK', alasan, min).violations).toEqual([{ ruleId: 'R-NAT-13', field: 'alasan', message: kurang }]);
    },
  );

  it.each(['Sibuk.', 'Beban kerja tinggi', '  Beban kerja tinggi.  ', 'a'.repeat(min - 1)])(
    'R-NAT-13: given TOLAK with the too short reason %j, when checked, then it is refused',
    (alasan) => {
      expect(checkAlasanPenolakan('TOLAK', alasan, min).violations).toEqual([{ ruleId: 'R-NAT-13', field: 'alasan', message: kurang }]);
    },
  );

  it.each([alasanSah, `  ${alasanSah}  `, 'a'.repeat(min)])('R-NAT-13: given TOLAK with the reason %j, when checked, then it is accepted', (alasan) => {
    expect(checkAlasanPenolakan('TOLAK', alasan, min)).toEqual({ violations: [], warnings: [] });
  });

  it('R-NAT-13: given a profile with a shorter minimum, when a short real reason is given, then the profile minimum applies', () => {
    expect(checkAlasanPenolakan('TOLAK', 'Cuti besar', 5).violations).toEqual([]);
    expect(checkAlasanPenolakan('TOLAK', 'tidak', 1).violations).toMatchObject([{ ruleId: 'R-NAT-13' }]);
  });
});
