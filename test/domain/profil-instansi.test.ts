import { describe, expect, it } from 'vitest';
import { agencyProfileSchema } from '../../src/application/profil/skema.js';
import { KUNCI_PROFIL } from '../../src/domain/profiles/agency-profile.js';
import { banten } from '../../src/domain/profiles/banten.js';
import { PROFILES } from '../../src/domain/profiles/index.js';
import { kemenperin } from '../../src/domain/profiles/kemenperin.js';
import { nasional } from '../../src/domain/profiles/nasional.js';
import type { Pegawai } from '../../src/domain/organisasi.js';
import {
  checkBatasPenyampaianTim, checkBatasTimUnit, checkKetuaSatuTim, checkMasaTim, checkSyaratPelaksanaKetua, checkTimPerPegawai,
  type PegawaiLengkap, type TimTercatatRingkas,
} from '../../src/domain/rules/tim-kerja-instansi.js';
import { validatePembentukanTim, type FaktaTim, type PermohonanTimKerja } from '../../src/domain/tim-kerja.js';
import { NIP, orgWith } from './fixtures/organisasi.js';

const ids = (r: { violations: readonly { ruleId: string }[] }) => r.violations.map((v) => v.ruleId);
const kode = (r: { warnings: readonly { ruleId: string; code: string }[] }) => r.warnings.map((w) => `${w.ruleId}:${w.code}`);

describe('profil instansi: schema and sources (RULES.md §5, §6)', () => {
  it.each(Object.values(PROFILES))('the $code profile passes the schema and names a rule and a source for every key', (p) => {
    expect(agencyProfileSchema.safeParse(p).success).toBe(true);
    for (const k of KUNCI_PROFIL) expect(p.asal[k]?.aturan.length, k).toBeGreaterThan(0);
  });

  it('a profile whose key has no source, or a value out of range, is refused naming the field', () => {
    const { batasTim: _hapus, ...asal } = kemenperin.asal;
    void _hapus;
    const tanpaSumber = agencyProfileSchema.safeParse({ ...kemenperin, asal });
    expect(tanpaSumber.error?.issues.map((i) => i.path.join('.'))).toEqual(['asal.batasTim']);
    const negatif = agencyProfileSchema.safeParse({ ...kemenperin, maksTimPerPegawaiPerUnit: 0 });
    expect(negatif.error?.issues.map((i) => i.path.join('.'))).toEqual(['maksTimPerPegawaiPerUnit']);
  });

  it('values taken from an ambiguity of §6 are marked as assumptions', () => {
    expect(kemenperin.asal['batasTim']?.asumsi).toMatch(/^A-14/);
    expect(banten.asal['syaratPelaksanaKetua']?.asumsi).toMatch(/^A-06/);
    expect(nasional.asal['assignableKategori']?.asumsi).toBeUndefined();
  });
});

const pelaksana = (ubah: Partial<PegawaiLengkap> = {}): PegawaiLengkap => ({
  nip: NIP.pelaksanaA1, nama: 'Pelaksana A1', instansiId: 'instansi-a', unitId: 'unit-a1', jabatanNama: 'Pengolah Data', jabatanKategori: 'PELAKSANA',
  kompetensi: [], pejabatPenilaiKinerjaNip: NIP.pengawasA1, kedudukanSejak: '2020-01-01', aktif: true, golongan: 'III/b', pendidikan: 'S1',
  pengalaman: [{ bidang: 'Pengolahan data', bukti: 'SK 12/2022' }], ...ubah,
});

describe('R-BTN-02, R-BTN-03, R-BTN-04: a Pelaksana as ketua in Banten', () => {
  it('R-BTN-02: a Pelaksana with a D3 is refused as ketua in Banten and accepted under the baseline', () => {
    expect(ids(checkSyaratPelaksanaKetua(pelaksana({ pendidikan: 'D3' }), banten))).toEqual(['R-BTN-02']);
    expect(ids(checkSyaratPelaksanaKetua(pelaksana({ pendidikan: 'D3' }), nasional))).toEqual([]);
  });
  it('R-BTN-03: golongan III/a is refused, III/b accepted; a PPPK golongan needs manual review (A-07)', () => {
    expect(ids(checkSyaratPelaksanaKetua(pelaksana({ golongan: 'III/a' }), banten))).toEqual(['R-BTN-03']);
    expect(ids(checkSyaratPelaksanaKetua(pelaksana(), banten))).toEqual([]);
    expect(checkSyaratPelaksanaKetua(pelaksana({ golongan: 'IX' }), banten).violations[0]?.message).toContain('tinjauan manual');
  });
  it('R-BTN-04: a Pelaksana without recorded, evidenced experience is refused as ketua', () => {
    expect(ids(checkSyaratPelaksanaKetua(pelaksana({ pengalaman: [{ bidang: 'Arsip', bukti: ' ' }] }), banten))).toEqual(['R-BTN-04']);
  });
});

describe('R-KIN-01, R-KIN-02: the Kemenperin team term and deadline', () => {
  it('R-KIN-01: a term that does not end on 31 December is refused in Kemenperin and accepted in Banten', () => {
    expect(ids(checkMasaTim(2026, '2026-01-01', '2026-06-30', kemenperin))).toEqual(['R-KIN-01']);
    expect(ids(checkMasaTim(2026, '2026-01-01', '2027-03-31', kemenperin))).toEqual(['R-KIN-01']);
    expect(ids(checkMasaTim(2026, '2026-01-01', '2026-06-30', banten))).toEqual([]);
  });
  it('R-KIN-01: a start after 1 January only warns (A-11)', () => {
    expect(kode(checkMasaTim(2026, '2026-03-01', '2026-12-31', kemenperin))).toEqual(['R-KIN-01:W-MIDYEAR']);
  });
  it('R-KIN-02: a formation for 2026 submitted after 30 November 2025 is flagged NON_COMPLIANT; on time it is not', () => {
    expect(kode(checkBatasPenyampaianTim(2026, '2025-12-01', kemenperin))).toEqual(['R-KIN-02:NON_COMPLIANT']);
    expect(kode(checkBatasPenyampaianTim(2026, '2025-11-30', kemenperin))).toEqual([]);
    expect(kode(checkBatasPenyampaianTim(2026, '2026-05-01', nasional))).toEqual([]);
  });
});

const timLain = (n: number, ubah: Partial<TimTercatatRingkas> = {}): TimTercatatRingkas[] => Array.from({ length: n }, (_, i) => ({
  id: i + 1, unitPemilikId: 'unit-a1', tanggalMulai: '2026-01-01', tanggalSelesai: '2026-12-31', ketuaNip: null, anggotaNip: [], ...ubah,
}));
const unitPusat = { id: 'unit-a1', instansiId: 'instansi-a', nama: 'Direktorat A1', jenis: 'UNIT_ORGANISASI' as const, indukId: null, pimpinanNip: 'p' };
const upt = { ...unitPusat, jenis: 'UPT' as const, nama: 'Balai A1' };
const pimpinan = (jabatanKategori: Pegawai['jabatanKategori']): Pegawai => ({ ...pelaksana(), nip: 'p', jabatanKategori });

describe('R-KIN-07, R-KIN-09, R-KIN-11: team caps per leader type', () => {
  it('R-KIN-07: the 11th team directly under a JPT Pratama PUO is refused in Kemenperin, accepted under the baseline', () => {
    expect(ids(checkBatasTimUnit(unitPusat, pimpinan('PPT_PRATAMA'), timLain(10), '2026-01-01', '2026-12-31', kemenperin))).toEqual(['R-KIN-07']);
    expect(ids(checkBatasTimUnit(unitPusat, pimpinan('PPT_PRATAMA'), timLain(9), '2026-01-01', '2026-12-31', kemenperin))).toEqual([]);
    expect(ids(checkBatasTimUnit(unitPusat, pimpinan('PPT_PRATAMA'), timLain(10), '2026-01-01', '2026-12-31', nasional))).toEqual([]);
  });
  it('R-KIN-09: the 11th team of an UPT led by a JPT Pratama is refused', () => {
    expect(ids(checkBatasTimUnit(upt, pimpinan('PPT_PRATAMA'), timLain(10), '2026-01-01', '2026-12-31', kemenperin))).toEqual(['R-KIN-09']);
  });
  it('R-KIN-11: the 5th team of an UPT led by an Administrator is refused; teams of another year do not count', () => {
    expect(ids(checkBatasTimUnit(upt, pimpinan('ADMINISTRATOR'), timLain(4), '2026-01-01', '2026-12-31', kemenperin))).toEqual(['R-KIN-11']);
    expect(ids(checkBatasTimUnit(upt, pimpinan('ADMINISTRATOR'), timLain(4, { tanggalMulai: '2025-01-01', tanggalSelesai: '2025-12-31' }),
      '2026-01-01', '2026-12-31', kemenperin))).toEqual([]);
  });
});

describe('R-KIN-14, R-KIN-15: one team led, two teams per person', () => {
  it('R-KIN-14: a JF who leads a team this year cannot lead a second one in Kemenperin; Banten allows it', () => {
    const jf = { ...pelaksana(), nip: NIP.jfA1, jabatanKategori: 'JF_KEAHLIAN' as const };
    expect(ids(checkKetuaSatuTim(jf, timLain(1, { ketuaNip: NIP.jfA1 }), '2026-01-01', '2026-12-31', kemenperin))).toEqual(['R-KIN-14']);
    expect(ids(checkKetuaSatuTim(jf, timLain(1, { ketuaNip: NIP.jfA1 }), '2026-01-01', '2026-12-31', banten))).toEqual([]);
  });
  it('R-KIN-15: a third team of the same unit is refused; a team of another unit does not count (A-10)', () => {
    const p = pelaksana();
    expect(ids(checkTimPerPegawai(p, 'unit-a1', timLain(2, { anggotaNip: [p.nip] }), '2026-01-01', '2026-12-31', kemenperin))).toEqual(['R-KIN-15']);
    expect(ids(checkTimPerPegawai(p, 'unit-a1', [...timLain(1, { anggotaNip: [p.nip] }), ...timLain(1, { id: 9, unitPemilikId: 'unit-a2', anggotaNip: [p.nip] })],
      '2026-01-01', '2026-12-31', kemenperin))).toEqual([]);
  });
});

describe('validatePembentukanTim under each profile (C-09, C-12, C-19)', () => {
  const tim = (ubah: Partial<PermohonanTimKerja> = {}): PermohonanTimKerja => ({
    namaTim: 'Tim Dasbor', unitPemilikKinerjaId: 'unit-a1', pengusulNip: NIP.kepalaA1, tahun: 2026, tanggalMulai: '2026-01-01',
    tanggalSelesai: '2026-06-30', rincianTugas: 'Menyusun dasbor', ketuaNip: NIP.jfA1, anggotaNip: [NIP.pelaksanaA1], instrumen: 'SURAT_TUGAS', tujuan: null, ...ubah,
  });
  const fakta = (timTercatat: TimTercatatRingkas[] = []): FaktaTim => ({ pelibatanDisetujui: new Set(), bebanAktif: new Map(), timTercatat, hariIni: '2025-11-01' });

  it('R-KIN-01 R-KIN-14 R-KIN-15: the same half-year team whose ketua already leads a team is accepted nationally and refused in Kemenperin', () => {
    const ada = timLain(2, { ketuaNip: NIP.jfA1, anggotaNip: [NIP.pelaksanaA1] });
    expect(ids(validatePembentukanTim(orgWith(), tim(), fakta(ada), nasional))).toEqual([]);
    expect(ids(validatePembentukanTim(orgWith(), tim(), fakta(ada), kemenperin)).sort()).toEqual(['R-KIN-01', 'R-KIN-14', 'R-KIN-15', 'R-KIN-15']);
  });

  it('R-KIN-36 R-NAT-29: a Kemenperin team mixing a JF keahlian ketua and a Pelaksana anggota, on the calendar-year term, is accepted', () => {
    const hasil = validatePembentukanTim(orgWith(), tim({ tanggalSelesai: '2026-12-31' }), fakta(), kemenperin);
    expect(ids(hasil)).toEqual([]);
    expect(hasil.anggota.map((a) => a.jabatanKategori).sort()).toEqual(['JF_KEAHLIAN', 'PELAKSANA']);
  });

  it('R-BTN-02 R-BTN-03 R-BTN-04: a Pelaksana with no recorded education, golongan or experience may be ketua nationally, not in Banten', () => {
    const req = tim({ ketuaNip: NIP.pelaksanaA1, anggotaNip: [NIP.jfA1] });
    expect(ids(validatePembentukanTim(orgWith(), req, fakta(), nasional))).toEqual([]);
    expect(ids(validatePembentukanTim(orgWith(), req, fakta(), banten))).toEqual(['R-BTN-02', 'R-BTN-03', 'R-BTN-04']);
  });
});
