import { describe, expect, it } from 'vitest';
import type { JabatanKategori } from '../../../src/domain/organisasi.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkKedudukan } from '../../../src/domain/rules/kedudukan.js';
import { NIP, orgWith, pegawaiOf } from '../fixtures/organisasi.js';

/** JF A1: kedudukan since 2024-01-02, PPK is Pengawas A1 (PENGAWAS, active). */
const jf = pegawaiOf(NIP.jfA1);

describe('R-NAT-07 kedudukan dan Pejabat Penilai Kinerja ditetapkan sebelum penugasan', () => {
  it.each([
    { tanggalMulai: '2026-01-05', when: 'a start long after the kedudukan' },
    { tanggalMulai: '2024-01-02', when: 'a start on the day the kedudukan takes effect' },
    { tanggalMulai: undefined, when: 'an invalid start date (only existence is checked)' },
  ])('R-NAT-07: given $when and an active PPK, when checked, then it is accepted', ({ tanggalMulai }) => {
    expect(checkKedudukan(orgWith(), jf, tanggalMulai, nasional)).toEqual({ violations: [], warnings: [] });
  });

  it('R-NAT-07: given no kedudukan, when checked, then it is refused on pegawaiNip', () => {
    const tanpaKedudukan = pegawaiOf(NIP.jfA1, { kedudukanSejak: null });

    expect(checkKedudukan(orgWith(), tanpaKedudukan, '2026-01-05', nasional).violations).toEqual([{
      ruleId: 'R-NAT-07',
      field: 'pegawaiNip',
      message: 'Kedudukan JF A1 belum ditetapkan; penugasan baru dapat diberikan setelah penetapan kedudukan.',
    }]);
  });

  it('R-NAT-07: given no kedudukan and an invalid start date, when checked, then the missing kedudukan is still refused', () => {
    const tanpaKedudukan = pegawaiOf(NIP.jfA1, { kedudukanSejak: null });

    expect(checkKedudukan(orgWith(), tanpaKedudukan, undefined, nasional).violations).toMatchObject([{ ruleId: 'R-NAT-07' }]);
  });

  it.each(['2024-01-01', '2023-06-30'])(
    'R-NAT-07: given a kedudukan from 2024-01-02 and a start on %s, when checked, then it is refused on tanggalMulai',
    (tanggalMulai) => {
      expect(checkKedudukan(orgWith(), jf, tanggalMulai, nasional).violations).toEqual([{
        ruleId: 'R-NAT-07',
        field: 'tanggalMulai',
        message: `Kedudukan JF A1 baru berlaku sejak 2024-01-02; penugasan tidak dapat dimulai ${tanggalMulai}.`,
      }]);
    },
  );

  it.each([
    { when: 'no PPK is recorded', pegawai: pegawaiOf(NIP.jfA1, { pejabatPenilaiKinerjaNip: null }), org: orgWith() },
    { when: 'the recorded PPK is not in the organisation', pegawai: pegawaiOf(NIP.jfA1, { pejabatPenilaiKinerjaNip: '196001012000011999' }), org: orgWith() },
    { when: 'the PPK is inactive', pegawai: jf, org: orgWith({ pegawai: { [NIP.pengawasA1]: { aktif: false } } }) },
  ])('R-NAT-07: given $when, when checked, then it is refused', ({ pegawai, org }) => {
    expect(checkKedudukan(org, pegawai, '2026-01-05', nasional).violations).toEqual([{
      ruleId: 'R-NAT-07',
      field: 'pegawaiNip',
      message: 'Pejabat Penilai Kinerja JF A1 belum ditetapkan atau tidak aktif.',
    }]);
  });
});

describe('R-NAT-41 Pejabat Penilai Kinerja paling rendah Pejabat Pengawas', () => {
  it.each<JabatanKategori>(['PENGAWAS', 'ADMINISTRATOR', 'PPT_PRATAMA', 'PPT_MADYA'])(
    'R-NAT-41: given a PPK who is %s, when checked, then it is accepted',
    (jabatanKategori) => {
      const org = orgWith({ pegawai: { [NIP.pengawasA1]: { jabatanKategori } } });

      expect(checkKedudukan(org, jf, '2026-01-05', nasional).violations).toEqual([]);
    },
  );

  it.each<JabatanKategori>(['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA'])(
    'R-NAT-41: given a PPK who is %s (below Pengawas), when checked, then it is refused',
    (jabatanKategori) => {
      const org = orgWith({ pegawai: { [NIP.pengawasA1]: { jabatanKategori, jabatanNama: 'Analis Ahli Madya' } } });

      expect(checkKedudukan(org, jf, '2026-01-05', nasional).violations).toEqual([{
        ruleId: 'R-NAT-41',
        field: 'pegawaiNip',
        message: 'Pengawas A1 (Analis Ahli Madya) tidak memenuhi syarat sebagai Pejabat Penilai Kinerja: paling rendah Pejabat Pengawas.',
      }]);
    },
  );

  it('R-NAT-41: given a JF recorded as PPK of another JF, when checked, then it is refused even though kedudukan is set', () => {
    const pegawai = pegawaiOf(NIP.pelaksanaA1, { pejabatPenilaiKinerjaNip: NIP.jfA1 });

    expect(checkKedudukan(orgWith(), pegawai, '2026-01-05', nasional).violations).toMatchObject([
      { ruleId: 'R-NAT-41', field: 'pegawaiNip' },
    ]);
  });

  it('R-NAT-41 R-BTN-16: given a JF PPK who holds the authority by a recorded delegation, when checked, then it is accepted', () => {
    const pegawai = pegawaiOf(NIP.pelaksanaA1, { pejabatPenilaiKinerjaNip: NIP.jfA1, pejabatPenilaiKinerjaDelegasi: true });

    expect(checkKedudukan(orgWith(), pegawai, '2026-01-05', nasional).violations).toEqual([]);
  });

  it('R-NAT-41 R-MRT-16: given a JF who leads the pegawai\'s unit (a Puskesmas led by a JF), when checked as PPK, then it is accepted', () => {
    const org = orgWith({ unit: { 'unit-a1': { pimpinanNip: NIP.jfA1 } } });
    const pegawai = pegawaiOf(NIP.pelaksanaA1, { pejabatPenilaiKinerjaNip: NIP.jfA1 });

    expect(checkKedudukan(org, pegawai, '2026-01-05', nasional).violations).toEqual([]);
  });
});
