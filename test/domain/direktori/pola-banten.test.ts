import { describe, expect, it } from 'vitest';
import type { DirektoriIndex } from '../../../src/domain/direktori.js';
import { banten } from '../../../src/domain/profiles/banten.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkPejabatPenilaiKinerja, checkPimpinanUnit } from '../../../src/domain/rules/pejabat-penilai-kinerja.js';
import { direktori, HARI_INI, ppkOf, ruleIds } from './builders.js';

/** RULES.md §4.3: the Banten kedudukan conditions a–e (Pergub 19/2023, S4 Lampiran B "Kedudukan"). */
const pemprov = () => direktori().instansi('pemprov-banten', 'BTN', 'PROVINSI');

const diterimaBanten = (idx: DirektoriIndex, ...nips: string[]) => {
  for (const nip of nips) expect(ruleIds(checkPejabatPenilaiKinerja(idx, nip, HARI_INI, banten)), nip).toEqual([]);
};

describe('BTN_A R-BTN-21 R-BTN-16 R-NAT-41: unit led by a PPT Pratama', () => {
  it('BTN_A R-BTN-21 R-BTN-16 R-NAT-41: given three JF whose kedudukan names the PPT Pratama, an Administrator and a Pengawas as PPK, when resolved, then each gets the named official and Banten accepts all three', () => {
    const idx = pemprov()
      .unit('dinas-pendidikan', { pola: 'BTN_A' })
      .unit('bidang-sma', { induk: 'dinas-pendidikan' })
      .unit('seksi-kurikulum', { induk: 'bidang-sma' })
      .kepala('kadis', 'PPT_PRATAMA', 'dinas-pendidikan')
      .kepala('kabid', 'ADMINISTRATOR', 'bidang-sma')
      .kepala('kasi', 'PENGAWAS', 'seksi-kurikulum')
      .staf('jf-1', 'JF_KEAHLIAN', 'dinas-pendidikan', { ppk: 'kadis' })
      .staf('jf-2', 'JF_KEAHLIAN', 'dinas-pendidikan', { ppk: 'kabid' })
      .staf('jf-3', 'JF_KETERAMPILAN', 'dinas-pendidikan', { ppk: 'kasi' })
      .index();

    expect([ppkOf(idx, 'jf-1'), ppkOf(idx, 'jf-2'), ppkOf(idx, 'jf-3')]).toEqual(['kadis', 'kabid', 'kasi']);
    diterimaBanten(idx, 'jf-1', 'jf-2', 'jf-3');
    expect(ruleIds(checkPimpinanUnit(idx, 'dinas-pendidikan', HARI_INI, banten))).toEqual([]);
  });
});

describe('BTN_B R-BTN-21 R-NAT-41: unit led by an Administrator', () => {
  it('BTN_B R-BTN-21 R-NAT-41: given JF under the Administrator and under a Pengawas, when resolved, then they get the Administrator and the Pengawas respectively', () => {
    const idx = pemprov()
      .unit('badan-penghubung', { pola: 'BTN_B' })
      .unit('subbag-umum', { induk: 'badan-penghubung' })
      .kepala('kepala-badan', 'ADMINISTRATOR', 'badan-penghubung')
      .kepala('kasubbag', 'PENGAWAS', 'subbag-umum')
      .staf('jf-langsung', 'JF_KEAHLIAN', 'badan-penghubung')
      .staf('pelaksana-subbag', 'PELAKSANA', 'subbag-umum')
      .index();

    expect(ppkOf(idx, 'jf-langsung')).toBe('kepala-badan');
    expect(ppkOf(idx, 'pelaksana-subbag')).toBe('kasubbag');
    diterimaBanten(idx, 'jf-langsung', 'pelaksana-subbag');
    expect(ruleIds(checkPimpinanUnit(idx, 'badan-penghubung', HARI_INI, banten))).toEqual([]);
  });

  it('BTN_B R-BTN-21 R-NAT-41: given the unit has no Pengawas, when resolved, then the Administrator is the PPK of every JF', () => {
    const idx = pemprov()
      .unit('kantor', { pola: 'BTN_B' })
      .kepala('kepala-kantor', 'ADMINISTRATOR', 'kantor')
      .staf('jf', 'JF_KETERAMPILAN', 'kantor')
      .index();

    expect(ppkOf(idx, 'jf')).toBe('kepala-kantor');
    diterimaBanten(idx, 'jf');
  });
});

describe('BTN_C R-BTN-21 R-NAT-41: unit led by a Pengawas', () => {
  it('BTN_C R-BTN-21 R-NAT-41: given an UPTD led by a Pengawas, when the PPK of its JF is resolved, then it is the Pengawas, who is appraised by the Kepala Dinas', () => {
    const idx = pemprov()
      .unit('dinas-pertanian', { pola: 'BTN_A' })
      .unit('uptd-benih', { induk: 'dinas-pertanian', jenis: 'UNIT_KERJA_MANDIRI', pola: 'BTN_C' })
      .kepala('kadis', 'PPT_PRATAMA', 'dinas-pertanian')
      .kepala('kepala-uptd', 'PENGAWAS', 'uptd-benih')
      .staf('pengawas-benih', 'JF_KETERAMPILAN', 'uptd-benih')
      .index();

    expect(ppkOf(idx, 'pengawas-benih')).toBe('kepala-uptd');
    expect(ppkOf(idx, 'kepala-uptd')).toBe('kadis');
    diterimaBanten(idx, 'pengawas-benih', 'kepala-uptd');
  });
});

describe('BTN_D R-BTN-21 R-BTN-16 R-NAT-41: unit kerja mandiri led by a JF', () => {
  it('BTN_D R-BTN-21 R-BTN-16 R-NAT-41: given a Satuan Pendidikan led by a JF Guru, when the PPK of its guru is resolved, then it is the Kepala Sekolah and Banten accepts a JF leading an unit kerja mandiri', () => {
    const idx = pemprov()
      .unit('dinas-pendidikan', { pola: 'BTN_A' })
      .unit('sman-1', { induk: 'dinas-pendidikan', jenis: 'UNIT_KERJA_MANDIRI', pola: 'BTN_D' })
      .kepala('kadis', 'PPT_PRATAMA', 'dinas-pendidikan')
      .kepala('kepsek', 'JF_KEAHLIAN', 'sman-1', { jabatanNama: 'Guru Ahli Madya (Kepala Sekolah)', golongan: 'IV/b' })
      .staf('guru', 'JF_KEAHLIAN', 'sman-1')
      .staf('tata-usaha', 'PELAKSANA', 'sman-1')
      .index();

    expect(ppkOf(idx, 'guru')).toBe('kepsek');
    expect(ppkOf(idx, 'tata-usaha')).toBe('kepsek');
    diterimaBanten(idx, 'guru', 'tata-usaha');
  });
});

describe('BTN_E R-BTN-21 R-NAT-41: the Sekretariat Daerah chain', () => {
  it('BTN_E R-BTN-21 R-NAT-41: given Sekda → Asisten → Kepala Biro → Kepala Bagian → Kepala Sub Bagian, when each PPK is resolved, then each official appraises the level below and the Kasubbag appraises the JF of the Subbag', () => {
    const idx = pemprov()
      .unit('setda', { pola: 'BTN_E' })
      .unit('asisten-1', { induk: 'setda' })
      .unit('biro-hukum', { induk: 'asisten-1' })
      .unit('bagian-perundangan', { induk: 'biro-hukum' })
      .unit('subbag-produk-hukum', { induk: 'bagian-perundangan' })
      .kepala('sekda', 'PPT_MADYA', 'setda')
      .kepala('asisten', 'PPT_PRATAMA', 'asisten-1')
      .kepala('karo', 'PPT_PRATAMA', 'biro-hukum')
      .kepala('kabag', 'ADMINISTRATOR', 'bagian-perundangan')
      .kepala('kasubbag', 'PENGAWAS', 'subbag-produk-hukum')
      .staf('jf-perancang', 'JF_KEAHLIAN', 'subbag-produk-hukum')
      .index();

    expect(ppkOf(idx, 'jf-perancang')).toBe('kasubbag');
    expect(ppkOf(idx, 'kasubbag')).toBe('kabag');
    expect(ppkOf(idx, 'kabag')).toBe('karo');
    expect(ppkOf(idx, 'karo')).toBe('asisten');
    expect(ppkOf(idx, 'asisten')).toBe('sekda');
    diterimaBanten(idx, 'jf-perancang', 'kasubbag', 'kabag', 'karo', 'asisten');
  });
});

describe('R-BTN-16 R-NAT-41: a JF as PPK only with a delegation', () => {
  const seksi = () => pemprov()
    .unit('dinas-kesehatan', { pola: 'BTN_A' })
    .unit('seksi-surveilans', { induk: 'dinas-kesehatan' })
    .unit('seksi-imunisasi', { induk: 'dinas-kesehatan' })
    .kepala('kadis', 'PPT_PRATAMA', 'dinas-kesehatan')
    .kepala('kasi-surveilans', 'PENGAWAS', 'seksi-surveilans')
    .kepala('kasi-imunisasi', 'PENGAWAS', 'seksi-imunisasi')
    .staf('jf-madya', 'JF_KEAHLIAN', 'seksi-surveilans', { golongan: 'IV/a' })
    .staf('jf-pertama', 'JF_KEAHLIAN', 'seksi-surveilans', { golongan: 'III/a' });

  it('R-BTN-16 R-NAT-41: given the Kasi delegated the PPK authority to a JF, when the PPK of a JF of the Seksi is resolved, then it is the delegate and Banten accepts it', () => {
    const idx = seksi().delegasi('kasi-surveilans', 'jf-madya').index();

    expect(ppkOf(idx, 'jf-pertama')).toBe('jf-madya');
    diterimaBanten(idx, 'jf-pertama');
  });

  it('R-BTN-16 R-NAT-41: given the delegate is an appraisee of the delegator, when their own PPK is resolved, then it stays the Kasi', () => {
    const idx = seksi().delegasi('kasi-surveilans', 'jf-madya').index();

    expect(ppkOf(idx, 'jf-madya')).toBe('kasi-surveilans');
    diterimaBanten(idx, 'jf-madya');
  });

  it('R-BTN-16 R-NAT-41: given a JF is named PPK on the kedudukan without any delegation, when checked, then it is refused under Banten and nasional', () => {
    const idx = seksi().staf('jf-baru', 'JF_KEAHLIAN', 'seksi-surveilans', { ppk: 'jf-madya' }).index();

    expect(ppkOf(idx, 'jf-baru')).toBe('jf-madya');
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf-baru', HARI_INI, banten))).toEqual(['R-NAT-41']);
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf-baru', HARI_INI, nasional))).toEqual(['R-NAT-41']);
  });

  it('R-BTN-16 R-NAT-41: given a JF named PPK on the kedudukan holds a delegation from the appraisee\'s own Kasi, when checked, then it is accepted', () => {
    const idx = seksi()
      .delegasi('kasi-surveilans', 'jf-madya')
      .staf('jf-baru', 'JF_KEAHLIAN', 'seksi-surveilans', { ppk: 'jf-madya' })
      .index();

    expect(ppkOf(idx, 'jf-baru')).toBe('jf-madya');
    diterimaBanten(idx, 'jf-baru');
  });

  it('R-BTN-16 R-NAT-41: given a JF holds a delegation from the Kasi of another Seksi only, when named PPK of a JF outside that Seksi, then it is refused', () => {
    const idx = seksi()
      .delegasi('kasi-surveilans', 'jf-madya')
      .staf('jf-imunisasi', 'JF_KEAHLIAN', 'seksi-imunisasi', { ppk: 'jf-madya' })
      .index();

    expect(ppkOf(idx, 'jf-imunisasi')).toBe('jf-madya');
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf-imunisasi', HARI_INI, banten))).toEqual(['R-NAT-41']);
  });
});
