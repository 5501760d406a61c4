import { describe, expect, it } from 'vitest';
import type { DirektoriIndex } from '../../../src/domain/direktori.js';
import { kemenperin } from '../../../src/domain/profiles/kemenperin.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkPejabatPenilaiKinerja } from '../../../src/domain/rules/pejabat-penilai-kinerja.js';
import { direktori, HARI_INI, ppkOf, ruleIds } from './builders.js';

/**
 * RULES.md §4.4: the nine Kemenperin patterns (Permenperin 3/2024, S3 5.1.1–5.1.9). The org charts are images
 * missing from the source: where a Pengawas sits under is not in the text, so each test builds one
 * plausible tree and asserts who appraises the JF/pelaksana placed under each official the table names.
 */
const kemenperinX = () => direktori().instansi('kemenperin', 'KIN', 'KEMENTERIAN');

const diterimaKemenperin = (idx: DirektoriIndex, ...nips: string[]) => {
  for (const nip of nips) expect(ruleIds(checkPejabatPenilaiKinerja(idx, nip, HARI_INI, kemenperin)), nip).toEqual([]);
};

describe('KIN_POLA_1..6 R-NAT-41 R-KIN-27: who may be the PPK of the JF and pelaksana', () => {
  it('KIN_POLA_1 R-NAT-41 R-KIN-27: given a PPT Pratama with 1 Administrator and 1 Pengawas, when JF placed under each are resolved, then each official appraises the JF under them', () => {
    const idx = kemenperinX()
      .unit('pusat', { pola: 'KIN_POLA_1' })
      .unit('bagian-umum', { induk: 'pusat' })
      .unit('subbag-tu', { induk: 'bagian-umum' })
      .kepala('kapus', 'PPT_PRATAMA', 'pusat')
      .kepala('kabag', 'ADMINISTRATOR', 'bagian-umum')
      .kepala('kasubbag', 'PENGAWAS', 'subbag-tu')
      .staf('jf-pusat', 'JF_KEAHLIAN', 'pusat')
      .staf('jf-bagian', 'JF_KEAHLIAN', 'bagian-umum')
      .staf('pelaksana-subbag', 'PELAKSANA', 'subbag-tu')
      .index();

    expect(ppkOf(idx, 'jf-pusat')).toBe('kapus');
    expect(ppkOf(idx, 'jf-bagian')).toBe('kabag');
    expect(ppkOf(idx, 'pelaksana-subbag')).toBe('kasubbag');
    diterimaKemenperin(idx, 'jf-pusat', 'jf-bagian', 'pelaksana-subbag', 'kasubbag', 'kabag');
  });

  it('KIN_POLA_2 R-NAT-41 R-KIN-27: given a PPT Pratama with 1 Pengawas, when resolved, then JF go to the PPT Pratama or the Pengawas they sit under', () => {
    const idx = kemenperinX()
      .unit('pusat', { pola: 'KIN_POLA_2' })
      .unit('subbag-tu', { induk: 'pusat' })
      .kepala('kapus', 'PPT_PRATAMA', 'pusat')
      .kepala('kasubbag', 'PENGAWAS', 'subbag-tu')
      .staf('jf-pusat', 'JF_KEAHLIAN', 'pusat')
      .staf('jf-subbag', 'JF_KETERAMPILAN', 'subbag-tu')
      .index();

    expect(ppkOf(idx, 'jf-pusat')).toBe('kapus');
    expect(ppkOf(idx, 'jf-subbag')).toBe('kasubbag');
    expect(ppkOf(idx, 'kasubbag')).toBe('kapus');
    diterimaKemenperin(idx, 'jf-pusat', 'jf-subbag', 'kasubbag');
  });

  it('KIN_POLA_3 R-NAT-41 R-KIN-27: given a PPT Pratama with 3 Administrators and 5 Pengawas (one Administrator without Pengawas), when resolved, then JF go to the Pengawas or, without one, to the Administrator', () => {
    const b = kemenperinX()
      .unit('direktorat', { pola: 'KIN_POLA_3' })
      .kepala('direktur', 'PPT_PRATAMA', 'direktorat');
    for (const [admin, pengawas] of [['a', 2], ['b', 3], ['c', 0]] as const) {
      b.unit(`subdit-${admin}`, { induk: 'direktorat' }).kepala(`kasubdit-${admin}`, 'ADMINISTRATOR', `subdit-${admin}`);
      for (let i = 1; i <= pengawas; i++) {
        b.unit(`seksi-${admin}${i}`, { induk: `subdit-${admin}` }).kepala(`kasi-${admin}${i}`, 'PENGAWAS', `seksi-${admin}${i}`);
      }
    }
    const idx = b
      .staf('jf-seksi-b3', 'JF_KEAHLIAN', 'seksi-b3')
      .staf('jf-subdit-c', 'JF_KEAHLIAN', 'subdit-c')
      .staf('jf-direktorat', 'JF_KEAHLIAN', 'direktorat')
      .index();

    expect(idx.pimpinan.size).toBe(1 + 3 + 5);
    expect(ppkOf(idx, 'jf-seksi-b3')).toBe('kasi-b3');
    expect(ppkOf(idx, 'jf-subdit-c')).toBe('kasubdit-c');
    expect(ppkOf(idx, 'jf-direktorat')).toBe('direktur');
    expect(ppkOf(idx, 'kasi-b3')).toBe('kasubdit-b');
    diterimaKemenperin(idx, 'jf-seksi-b3', 'jf-subdit-c', 'jf-direktorat', 'kasi-b3', 'kasubdit-b');
  });

  it('KIN_POLA_4 R-NAT-41 R-KIN-27: given a PPT Pratama with 2 Administrators, when resolved, then JF go to the PPT Pratama or their Administrator', () => {
    const idx = kemenperinX()
      .unit('biro', { pola: 'KIN_POLA_4' })
      .unit('bagian-1', { induk: 'biro' })
      .unit('bagian-2', { induk: 'biro' })
      .kepala('karo', 'PPT_PRATAMA', 'biro')
      .kepala('kabag-1', 'ADMINISTRATOR', 'bagian-1')
      .kepala('kabag-2', 'ADMINISTRATOR', 'bagian-2')
      .staf('jf-biro', 'JF_KEAHLIAN', 'biro')
      .staf('jf-bagian-2', 'JF_KEAHLIAN', 'bagian-2')
      .index();

    expect(ppkOf(idx, 'jf-biro')).toBe('karo');
    expect(ppkOf(idx, 'jf-bagian-2')).toBe('kabag-2');
    diterimaKemenperin(idx, 'jf-biro', 'jf-bagian-2', 'kabag-1', 'kabag-2');
  });

  it('KIN_POLA_5 R-NAT-41 R-KIN-27: given an UPT (Balai Besar) led by a PPT Pratama with 1 Administrator, when resolved, then JF go to the Kepala Balai Besar or the Administrator', () => {
    const idx = kemenperinX()
      .unit('bsn', { nama: 'Badan Standardisasi dan Kebijakan Jasa Industri' })
      .unit('balai-besar', { induk: 'bsn', jenis: 'UPT', pola: 'KIN_POLA_5' })
      .unit('bagian-umum', { induk: 'balai-besar' })
      .kepala('kepala-badan', 'PPT_MADYA', 'bsn')
      .kepala('kepala-bb', 'PPT_PRATAMA', 'balai-besar')
      .kepala('kabag', 'ADMINISTRATOR', 'bagian-umum')
      .staf('penguji', 'JF_KETERAMPILAN', 'balai-besar')
      .staf('pelaksana', 'PELAKSANA', 'bagian-umum')
      .index();

    expect(ppkOf(idx, 'penguji')).toBe('kepala-bb');
    expect(ppkOf(idx, 'pelaksana')).toBe('kabag');
    expect(ppkOf(idx, 'kepala-bb')).toBe('kepala-badan');
    diterimaKemenperin(idx, 'penguji', 'pelaksana', 'kabag', 'kepala-bb');
  });

  it('KIN_POLA_6 R-NAT-41 R-KIN-27: given an UPT (Balai) led by an Administrator with 1 Pengawas, when resolved, then JF go to the Kepala Balai or the Pengawas', () => {
    const idx = kemenperinX()
      .unit('balai', { jenis: 'UPT', pola: 'KIN_POLA_6' })
      .unit('subbag-tu', { induk: 'balai' })
      .kepala('kepala-balai', 'ADMINISTRATOR', 'balai')
      .kepala('kasubbag-tu', 'PENGAWAS', 'subbag-tu')
      .staf('jf-balai', 'JF_KEAHLIAN', 'balai')
      .staf('pelaksana-tu', 'PELAKSANA', 'subbag-tu')
      .index();

    expect(ppkOf(idx, 'jf-balai')).toBe('kepala-balai');
    expect(ppkOf(idx, 'pelaksana-tu')).toBe('kasubbag-tu');
    expect(ppkOf(idx, 'kasubbag-tu')).toBe('kepala-balai');
    diterimaKemenperin(idx, 'jf-balai', 'pelaksana-tu', 'kasubbag-tu');
  });
});

describe('KIN_POLA_7..9 R-KIN-31: penugasan follows other regulations; the directory still resolves the structural superior', () => {
  it('KIN_POLA_7 R-KIN-31 R-NAT-41: given the Inspektorat (JF auditor regulations govern penugasan), when the PPK of an auditor is resolved, then it is still the Inspektur', () => {
    const idx = kemenperinX()
      .unit('inspektorat', { pola: 'KIN_POLA_7' })
      .kepala('inspektur', 'PPT_PRATAMA', 'inspektorat')
      .staf('auditor', 'JF_KEAHLIAN', 'inspektorat')
      .index();

    expect(idx.unit.get('inspektorat')?.pola).toBe('KIN_POLA_7');
    expect(ppkOf(idx, 'auditor')).toBe('inspektur');
    diterimaKemenperin(idx, 'auditor');
  });

  it('KIN_POLA_8 R-KIN-31: given a Politeknik led by a JF Dosen with tugas tambahan Direktur and 2 Pengawas (guru & dosen regulations govern penugasan), when resolved, then dosen go to the Direktur and pelaksana to their Pengawas', () => {
    const idx = kemenperinX()
      .unit('politeknik', { jenis: 'UPT', pola: 'KIN_POLA_8' })
      .unit('subbag-akademik', { induk: 'politeknik' })
      .unit('subbag-umum', { induk: 'politeknik' })
      .kepala('direktur', 'JF_KEAHLIAN', 'politeknik', { jabatanNama: 'Lektor Kepala (Direktur)', golongan: 'IV/b' })
      .kepala('kasubbag-akademik', 'PENGAWAS', 'subbag-akademik')
      .kepala('kasubbag-umum', 'PENGAWAS', 'subbag-umum')
      .staf('dosen', 'JF_KEAHLIAN', 'politeknik')
      .staf('pelaksana', 'PELAKSANA', 'subbag-umum')
      .index();

    expect(idx.unit.get('politeknik')?.pola).toBe('KIN_POLA_8');
    expect(ppkOf(idx, 'dosen')).toBe('direktur');
    expect(ppkOf(idx, 'pelaksana')).toBe('kasubbag-umum');
    expect(ppkOf(idx, 'kasubbag-akademik')).toBe('direktur');
  });

  it('KIN_POLA_9 R-KIN-31: given an SMK led by a JF Guru with tugas tambahan Kepala Sekolah and 1 Pengawas (guru & dosen regulations govern penugasan), when resolved, then guru go to the Kepala Sekolah and the Kasubbag TU is appraised by them', () => {
    const idx = kemenperinX()
      .unit('smk-smak', { jenis: 'UPT', pola: 'KIN_POLA_9' })
      .unit('subbag-tu', { induk: 'smk-smak' })
      .kepala('kepsek', 'JF_KEAHLIAN', 'smk-smak', { jabatanNama: 'Guru Ahli Madya (Kepala Sekolah)', golongan: 'IV/a' })
      .kepala('kasubbag-tu', 'PENGAWAS', 'subbag-tu')
      .staf('guru', 'JF_KEAHLIAN', 'smk-smak')
      .index();

    expect(idx.unit.get('smk-smak')?.pola).toBe('KIN_POLA_9');
    expect(ppkOf(idx, 'guru')).toBe('kepsek');
    expect(ppkOf(idx, 'kasubbag-tu')).toBe('kepsek');
  });
});

describe('R-KIN-27: the PPK must not have a lower pangkat than the appraisee', () => {
  const balai = (ppkGolongan: string | null, jfGolongan: string | null) => kemenperinX()
    .unit('balai', { jenis: 'UPT', pola: 'KIN_POLA_6' })
    .unit('seksi', { induk: 'balai' })
    .kepala('kepala-balai', 'ADMINISTRATOR', 'balai')
    .kepala('kasi', 'PENGAWAS', 'seksi', { golongan: ppkGolongan })
    .staf('jf', 'JF_KEAHLIAN', 'seksi', { golongan: jfGolongan })
    .index();

  it('R-KIN-27 R-NAT-41: given a Pengawas with golongan III/c over a JF with IV/a, when checked, then kemenperin refuses it and nasional accepts it', () => {
    const idx = balai('III/c', 'IV/a');

    expect(ppkOf(idx, 'jf')).toBe('kasi');
    expect(checkPejabatPenilaiKinerja(idx, 'jf', HARI_INI, kemenperin).violations).toMatchObject([
      { ruleId: 'R-KIN-27', field: 'pejabatPenilaiKinerjaNip', message: expect.stringContaining('A-23') as unknown },
    ]);
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf', HARI_INI, nasional))).toEqual([]);
  });

  it.each([
    { ppk: 'III/d', jf: 'III/d', when: 'the same golongan' },
    { ppk: 'IV/a', jf: 'III/d', when: 'a higher golongan' },
  ])('R-KIN-27: given a PPK with $when ($ppk over $jf), when checked under kemenperin, then it is accepted', ({ ppk, jf }) => {
    expect(ruleIds(checkPejabatPenilaiKinerja(balai(ppk, jf), 'jf', HARI_INI, kemenperin))).toEqual([]);
  });

  it.each([
    { ppk: 'III/c', jf: 'XI', when: 'the appraisee is a PPPK with a grade' },
    { ppk: null, jf: 'IV/a', when: 'the PPK golongan is not recorded' },
  ])('R-KIN-27 (A-07): given $when, when checked under kemenperin, then no pangkat comparison is made', ({ ppk, jf }) => {
    expect(ruleIds(checkPejabatPenilaiKinerja(balai(ppk, jf), 'jf', HARI_INI, kemenperin))).toEqual([]);
  });
});
