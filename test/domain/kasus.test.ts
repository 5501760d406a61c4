import { describe, expect, it } from 'vitest';
import { checkDuplikat, checkPengakuanPeringatan, checkPilihan, kunciDuplikat, nomorSurat, selesaikanTembusan } from '../../src/domain/kasus.js';
import { checkBuktiTertulis } from '../../src/domain/rules/bukti-penugasan.js';

describe('shared steps of every flow (src/domain/kasus.ts)', () => {
  it('R-SYS-05: two tembusan roles held by one person get one copy, and both roles are recorded', () => {
    const { report, hasil } = selesaikanTembusan([{ peran: 'ppkPemohonNip', nip: '1' }, { peran: 'puoPemohonNip', nip: '1' }, { peran: 'pybNip', nip: '2' }]);
    expect(report.violations).toEqual([]);
    expect(hasil.penerima).toEqual(['1', '2']);
    expect(hasil.peran.map((p) => p.peran)).toEqual(['ppkPemohonNip', 'puoPemohonNip', 'pybNip']);
  });

  it('R-SYS-05: a vacant tembusan role blocks issuance until a Plt/Plh is set', () => {
    const { report } = selesaikanTembusan([{ peran: 'ppkPemohonNip', nip: null }]);
    expect(report.violations).toEqual([expect.objectContaining({ ruleId: 'R-SYS-05', field: 'tembusan' })]);
    expect(report.violations[0]!.message).toContain('Plt/Plh');
  });

  it('R-NAT-34: an approved penugasan needs a written proof naming every assigned pegawai; a refusal needs none', () => {
    expect(checkBuktiTertulis('DITETAPKAN', undefined, ['a']).violations).toEqual([expect.objectContaining({ ruleId: 'R-NAT-34' })]);
    expect(checkBuktiTertulis('DITETAPKAN', { nomor: '1/SPn/x/2027', penerima: ['a'] }, ['a', 'b']).violations[0]!.message).toContain('b');
    expect(checkBuktiTertulis('DITETAPKAN', { nomor: '1/SPn/x/2027', penerima: ['a', 'b'] }, ['a', 'b']).violations).toEqual([]);
    expect(checkBuktiTertulis('DITOLAK', undefined, ['a']).violations).toEqual([]);
  });

  it('R-SYS-01: the duplicate key ignores case, spacing and the order of pegawai, and differs by year, unit and scope', () => {
    const base = { bentuk: 'PENUNJUKAN', ruangLingkup: 'LINTAS_UNIT', unitPemilikKinerjaId: 'u1', pegawaiNip: ['2', '1'], targetKinerja: 'Dasbor Data', tanggalMulai: '2027-01-01' };
    expect(kunciDuplikat(base)).toBe(kunciDuplikat({ ...base, pegawaiNip: ['1', '2'], targetKinerja: '  dasbor   data ', tanggalMulai: '2027-09-01' }));
    expect(kunciDuplikat(base)).not.toBe(kunciDuplikat({ ...base, tanggalMulai: '2028-01-01' }));
    expect(kunciDuplikat(base)).not.toBe(kunciDuplikat({ ...base, unitPemilikKinerjaId: 'u2' }));
    expect(kunciDuplikat(base)).not.toBe(kunciDuplikat({ ...base, ruangLingkup: 'DALAM_UNIT' }));
  });

  it('R-SYS-01: a duplicate is refused on the named field with a reference to the existing case; no duplicate, no violation', () => {
    expect(checkDuplikat('K-9', 'namaTim', 'Tim ini sudah diajukan').violations).toEqual([{ ruleId: 'R-SYS-01', field: 'namaTim', message: 'Tim ini sudah diajukan (kasus K-9).' }]);
    expect(checkDuplikat(undefined, 'namaTim', 'Tim ini sudah diajukan').violations).toEqual([]);
  });

  it('a SOFT warning must be acknowledged, and justified when the rule asks for it (R-NAT-14)', () => {
    const w = [{ ruleId: 'R-NAT-14' as const, code: 'W-CRITERIA', message: 'm', perluJustifikasi: true }];
    const none = { keputusan: 'SETUJU', alasan: null, peringatanDiakui: null, justifikasi: null };
    expect(checkPengakuanPeringatan(w, none, 20).violations.map((v) => v.field)).toEqual(['peringatanDiakui', 'justifikasi']);
    expect(checkPengakuanPeringatan(w, { ...none, peringatanDiakui: true, justifikasi: 'pendek' }, 20).violations.map((v) => v.field)).toEqual(['justifikasi']);
    expect(checkPengakuanPeringatan(w, { ...none, peringatanDiakui: true, justifikasi: 'Akan mengikuti pelatihan bulan depan' }, 20).violations).toEqual([]);
    expect(checkPengakuanPeringatan([{ ruleId: 'R-NAT-06', code: 'W', message: 'm' }], { ...none, peringatanDiakui: true }, 20).violations).toEqual([]);
    expect(checkPengakuanPeringatan([], none, 20).violations).toEqual([]);
  });

  it('a verdict must be one the step offers; numbers name the kind of letter and the case', () => {
    expect(checkPilihan('SETUJU', ['SETUJU', 'TOLAK'])).toBeUndefined();
    expect(checkPilihan('MUNGKIN', ['SETUJU', 'TOLAK'])).toContain('SETUJU, TOLAK');
    expect(checkPilihan(null, ['SETUJU'])).toBeDefined();
    expect(nomorSurat(12, 'SURAT_PENUGASAN', 'abc', '2027')).toBe('12/SPn/abc/2027');
  });
});
