import { describe, expect, it } from 'vitest';
import { meranti } from '../../../src/domain/profiles/meranti.js';
import { checkPejabatPenilaiKinerja } from '../../../src/domain/rules/pejabat-penilai-kinerja.js';
import { direktori, HARI_INI, ppkOf, ruleIds } from './builders.js';
import type { DirektoriIndex } from '../../../src/domain/direktori.js';

/** RULES.md §4.2: the Kepulauan Meranti patterns (Perbup 11/2024, S2 Lampiran A). */
const pemkab = () => direktori().instansi('pemkab-meranti', 'MRT', 'KABUPATEN');

const diterimaMeranti = (idx: DirektoriIndex, ...nips: string[]) => {
  for (const nip of nips) expect(ruleIds(checkPejabatPenilaiKinerja(idx, nip, HARI_INI, meranti)), nip).toEqual([]);
};

describe('MRT_2LEVEL R-MRT-11 R-NAT-41: the JF group sits under the Level II Administrator', () => {
  const idx = pemkab()
    .unit('dinkes', { pola: 'MRT_2LEVEL', nama: 'Dinas Kesehatan' })
    .unit('sekretariat', { induk: 'dinkes' })
    .unit('subbag-umum', { induk: 'sekretariat' })
    .unit('bidang-p2p', { induk: 'dinkes' })
    .kepala('kadis', 'PPT_PRATAMA', 'dinkes')
    .kepala('sekretaris', 'ADMINISTRATOR', 'sekretariat')
    .kepala('kasubbag', 'PENGAWAS', 'subbag-umum')
    .kepala('kabid', 'ADMINISTRATOR', 'bidang-p2p')
    .staf('jf-epidemiolog', 'JF_KEAHLIAN', 'bidang-p2p')
    .staf('pelaksana-bidang', 'PELAKSANA', 'bidang-p2p')
    .staf('jf-sekretariat', 'JF_KETERAMPILAN', 'sekretariat')
    .staf('pelaksana-sekretariat', 'PELAKSANA', 'sekretariat')
    .index();

  it('MRT_2LEVEL R-MRT-11 R-NAT-41: given a JF and a pelaksana in a Bidang, when the PPK is resolved, then it is the Kabid (Administrator) and Meranti accepts it', () => {
    expect(ppkOf(idx, 'jf-epidemiolog')).toBe('kabid');
    expect(ppkOf(idx, 'pelaksana-bidang')).toBe('kabid');
    diterimaMeranti(idx, 'jf-epidemiolog', 'pelaksana-bidang');
  });

  it('MRT_2LEVEL R-MRT-11 R-NAT-41: given the JF group of the Sekretariat, when the PPK is resolved, then it is the Sekretaris, not the Kasubbag who only coordinates', () => {
    expect(ppkOf(idx, 'jf-sekretariat')).toBe('sekretaris');
    expect(ppkOf(idx, 'pelaksana-sekretariat')).toBe('sekretaris');
    expect([ppkOf(idx, 'jf-sekretariat'), ppkOf(idx, 'pelaksana-sekretariat')]).not.toContain('kasubbag');
    diterimaMeranti(idx, 'jf-sekretariat', 'pelaksana-sekretariat');
  });

  it('MRT_2LEVEL R-MRT-11 R-NAT-41: given the officials, when their PPK is resolved, then the Kasubbag goes to the Sekretaris and the Level II officials to the Kepala Dinas', () => {
    expect(ppkOf(idx, 'kasubbag')).toBe('sekretaris');
    expect(ppkOf(idx, 'sekretaris')).toBe('kadis');
    expect(ppkOf(idx, 'kabid')).toBe('kadis');
    diterimaMeranti(idx, 'kasubbag', 'sekretaris', 'kabid');
  });

  it('MRT_2LEVEL R-MRT-11 R-NAT-41: given an Inspektorat, when the PPK of its JF auditor is resolved, then it is the Inspektur Pembantu', () => {
    const inspektorat = pemkab()
      .unit('inspektorat', { pola: 'MRT_2LEVEL' })
      .unit('irban-1', { induk: 'inspektorat' })
      .kepala('inspektur', 'PPT_PRATAMA', 'inspektorat')
      .kepala('irban', 'ADMINISTRATOR', 'irban-1')
      .staf('auditor', 'JF_KEAHLIAN', 'irban-1')
      .index();

    expect(ppkOf(inspektorat, 'auditor')).toBe('irban');
    diterimaMeranti(inspektorat, 'auditor');
  });
});

describe('MRT_1LEVEL_DPMPTSP R-MRT-12 R-NAT-41: the Kepala Dinas is the PPK', () => {
  it('MRT_1LEVEL_DPMPTSP R-MRT-12 R-NAT-41: given JF and pelaksana placed directly under the DPMPTSP, when the PPK is resolved, then it is the Kepala Dinas (PPT Pratama)', () => {
    const idx = pemkab()
      .unit('dpmptsp', { pola: 'MRT_1LEVEL_DPMPTSP' })
      .kepala('kadis', 'PPT_PRATAMA', 'dpmptsp')
      .staf('jf-penata-perizinan', 'JF_KEAHLIAN', 'dpmptsp')
      .staf('pelaksana', 'PELAKSANA', 'dpmptsp')
      .index();

    expect(ppkOf(idx, 'jf-penata-perizinan')).toBe('kadis');
    expect(ppkOf(idx, 'pelaksana')).toBe('kadis');
    diterimaMeranti(idx, 'jf-penata-perizinan', 'pelaksana');
  });
});

describe('MRT_KECAMATAN R-MRT-13 R-NAT-41: Camat and Sekretaris Camat', () => {
  const idx = pemkab()
    .unit('kecamatan', { pola: 'MRT_KECAMATAN' })
    .unit('sekretariat', { induk: 'kecamatan' })
    .unit('subbag', { induk: 'sekretariat' })
    .unit('seksi-pemerintahan', { induk: 'kecamatan' })
    .kepala('camat', 'ADMINISTRATOR', 'kecamatan')
    .kepala('sekcam', 'ADMINISTRATOR', 'sekretariat')
    .kepala('kasubbag', 'PENGAWAS', 'subbag')
    .kepala('kasi', 'PENGAWAS', 'seksi-pemerintahan')
    .staf('jf', 'JF_KEAHLIAN', 'kecamatan')
    .staf('pelaksana-kecamatan', 'PELAKSANA', 'kecamatan')
    .staf('pelaksana-sekretariat', 'PELAKSANA', 'sekretariat')
    .index();

  it('MRT_KECAMATAN R-MRT-13 R-NAT-41: given the JF/pelaksana group of the Kecamatan, when the PPK is resolved, then it is the Camat, not the Kepala Seksi who only coordinates', () => {
    expect(ppkOf(idx, 'jf')).toBe('camat');
    expect(ppkOf(idx, 'pelaksana-kecamatan')).toBe('camat');
    diterimaMeranti(idx, 'jf', 'pelaksana-kecamatan');
  });

  it('MRT_KECAMATAN R-MRT-13 R-NAT-41: given the Sekcam and the Kasi, when their PPK is resolved, then it is the Camat', () => {
    expect(ppkOf(idx, 'sekcam')).toBe('camat');
    expect(ppkOf(idx, 'kasi')).toBe('camat');
    diterimaMeranti(idx, 'sekcam', 'kasi');
  });

  it('MRT_KECAMATAN R-MRT-13 R-NAT-41: given a pelaksana in the sekretariat and the Kasubbag, when their PPK is resolved, then it is the Sekretaris Camat', () => {
    expect(ppkOf(idx, 'pelaksana-sekretariat')).toBe('sekcam');
    expect(ppkOf(idx, 'kasubbag')).toBe('sekcam');
    diterimaMeranti(idx, 'pelaksana-sekretariat', 'kasubbag');
  });
});

describe('MRT_KELURAHAN R-MRT-14 R-NAT-41: the Lurah is the PPK (A-18)', () => {
  const kelurahan = () => pemkab()
    .unit('kecamatan', { pola: 'MRT_KECAMATAN' })
    .unit('kelurahan', { induk: 'kecamatan', pola: 'MRT_KELURAHAN' })
    .kepala('camat', 'ADMINISTRATOR', 'kecamatan')
    .kepala('lurah', 'PENGAWAS', 'kelurahan')
    .staf('seklur', 'PENGAWAS', 'kelurahan');

  it('MRT_KELURAHAN R-MRT-14 R-NAT-41: given a JF and a pelaksana in a Kelurahan, when the PPK is resolved, then it is the Lurah (Pengawas) and the Lurah is appraised by the Camat', () => {
    const idx = kelurahan()
      .staf('jf', 'JF_KETERAMPILAN', 'kelurahan')
      .staf('pelaksana', 'PELAKSANA', 'kelurahan')
      .index();

    expect(ppkOf(idx, 'jf')).toBe('lurah');
    expect(ppkOf(idx, 'pelaksana')).toBe('lurah');
    expect(ppkOf(idx, 'lurah')).toBe('camat');
    diterimaMeranti(idx, 'jf', 'pelaksana', 'lurah');
  });

  it('MRT_KELURAHAN R-MRT-14 R-NAT-41 (A-18): given the kedudukan names the Seklur as PPK, when the PPK is resolved, then the configured Seklur wins over the Lurah', () => {
    const idx = kelurahan().staf('jf', 'JF_KETERAMPILAN', 'kelurahan', { ppk: 'seklur' }).index();

    expect(ppkOf(idx, 'jf')).toBe('seklur');
    diterimaMeranti(idx, 'jf');
  });
});

describe('MRT_UPT_PENGAWAS R-MRT-15 R-NAT-41: the Kepala UPT (Pengawas) is the PPK', () => {
  it('MRT_UPT_PENGAWAS R-MRT-15 R-NAT-41: given an UPT with a Kasubbag TU, when the PPK is resolved, then the Kepala UPT appraises the JF, the pelaksana and the Kasubbag TU', () => {
    const idx = pemkab()
      .unit('dinas-perikanan', { pola: 'MRT_2LEVEL' })
      .unit('upt-bbi', { induk: 'dinas-perikanan', jenis: 'UPT', pola: 'MRT_UPT_PENGAWAS', nama: 'UPT BBI Pantai' })
      .unit('subbag-tu', { induk: 'upt-bbi' })
      .kepala('kadis', 'PPT_PRATAMA', 'dinas-perikanan')
      .kepala('kepala-upt', 'PENGAWAS', 'upt-bbi')
      .kepala('kasubbag-tu', 'PENGAWAS', 'subbag-tu')
      .staf('jf', 'JF_KETERAMPILAN', 'upt-bbi')
      .staf('pelaksana', 'PELAKSANA', 'upt-bbi')
      .index();

    expect(ppkOf(idx, 'jf')).toBe('kepala-upt');
    expect(ppkOf(idx, 'pelaksana')).toBe('kepala-upt');
    expect(ppkOf(idx, 'kasubbag-tu')).toBe('kepala-upt');
    expect(ppkOf(idx, 'kepala-upt')).toBe('kadis');
    diterimaMeranti(idx, 'jf', 'pelaksana', 'kasubbag-tu', 'kepala-upt');
  });

  it('MRT_UPT_PENGAWAS R-MRT-15 R-NAT-41: given an UPT without a Kasubbag TU (UPT Dispusip), when the PPK is resolved, then it is the Kepala UPT', () => {
    const idx = pemkab()
      .unit('dispusip', { pola: 'MRT_2LEVEL' })
      .unit('upt-dispusip', { induk: 'dispusip', jenis: 'UPT', pola: 'MRT_UPT_PENGAWAS' })
      .kepala('kadis', 'PPT_PRATAMA', 'dispusip')
      .kepala('kepala-upt', 'PENGAWAS', 'upt-dispusip')
      .staf('pustakawan', 'JF_KETERAMPILAN', 'upt-dispusip')
      .index();

    expect(ppkOf(idx, 'pustakawan')).toBe('kepala-upt');
    diterimaMeranti(idx, 'pustakawan');
  });
});

describe('MRT_PUSKESMAS R-MRT-16 R-NAT-41: a JF leading the Puskesmas is the PPK', () => {
  const idx = pemkab()
    .unit('dinkes', { pola: 'MRT_2LEVEL' })
    .unit('puskesmas', { induk: 'dinkes', jenis: 'UPT', pola: 'MRT_PUSKESMAS' })
    .kepala('kadis', 'PPT_PRATAMA', 'dinkes')
    .kepala('kapus', 'JF_KEAHLIAN', 'puskesmas', { jabatanNama: 'Dokter Ahli Madya (Kepala Puskesmas)', golongan: 'IV/a' })
    .staf('perawat', 'JF_KETERAMPILAN', 'puskesmas')
    .staf('pelaksana', 'PELAKSANA', 'puskesmas')
    .staf('dokter-lain', 'JF_KEAHLIAN', 'puskesmas')
    .staf('bidan', 'JF_KETERAMPILAN', 'puskesmas', { ppk: 'dokter-lain' })
    .index();

  it('MRT_PUSKESMAS R-MRT-16 R-NAT-41: given JF and pelaksana in a Puskesmas led by a JF, when the PPK is resolved, then it is the Kepala Puskesmas and Meranti accepts a JF because they lead the unit', () => {
    expect(ppkOf(idx, 'perawat')).toBe('kapus');
    expect(ppkOf(idx, 'pelaksana')).toBe('kapus');
    expect(ppkOf(idx, 'kapus')).toBe('kadis');
    diterimaMeranti(idx, 'perawat', 'pelaksana', 'kapus');
  });

  it('MRT_PUSKESMAS R-MRT-16 R-NAT-41: given another JF of the Puskesmas who leads nothing is recorded as PPK, when checked, then it is refused', () => {
    expect(ppkOf(idx, 'bidan')).toBe('dokter-lain');
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'bidan', HARI_INI, meranti))).toEqual(['R-NAT-41']);
  });

  it('MRT_PUSKESMAS R-MRT-16 R-NAT-41: given the Kepala of another Puskesmas is recorded as PPK of a JF here, when checked, then it is refused (a JF appraises only in the unit they lead)', () => {
    const dua = pemkab()
      .unit('dinkes', { pola: 'MRT_2LEVEL' })
      .unit('puskesmas-a', { induk: 'dinkes', jenis: 'UPT', pola: 'MRT_PUSKESMAS' })
      .unit('puskesmas-b', { induk: 'dinkes', jenis: 'UPT', pola: 'MRT_PUSKESMAS' })
      .kepala('kadis', 'PPT_PRATAMA', 'dinkes')
      .kepala('kapus-a', 'JF_KEAHLIAN', 'puskesmas-a')
      .kepala('kapus-b', 'JF_KEAHLIAN', 'puskesmas-b')
      .staf('perawat-b', 'JF_KETERAMPILAN', 'puskesmas-b', { ppk: 'kapus-a' })
      .index();

    expect(ppkOf(dua, 'perawat-b')).toBe('kapus-a');
    expect(ruleIds(checkPejabatPenilaiKinerja(dua, 'perawat-b', HARI_INI, meranti))).toEqual(['R-NAT-41']);
  });
});

describe('MRT_3LEVEL R-MRT-17 R-NAT-41: the Level 2 official is the PPK; Level 3 officials coordinate', () => {
  it('MRT_3LEVEL R-MRT-17 R-NAT-41: given the Setda chain Sekda → Asisten → Kabag → Kasubbag, when each PPK is resolved, then the JF group and the Kasubbag go to the Kabag, the Kabag to the Asisten, the Asisten to the Sekda', () => {
    const idx = pemkab()
      .unit('setda', { pola: 'MRT_3LEVEL' })
      .unit('asisten-1', { induk: 'setda' })
      .unit('bagian-hukum', { induk: 'asisten-1' })
      .unit('subbag-perundangan', { induk: 'bagian-hukum' })
      .kepala('sekda', 'PPT_PRATAMA', 'setda')
      .kepala('asisten', 'PPT_PRATAMA', 'asisten-1')
      .kepala('kabag', 'ADMINISTRATOR', 'bagian-hukum')
      .kepala('kasubbag', 'PENGAWAS', 'subbag-perundangan')
      .staf('jf-perancang', 'JF_KEAHLIAN', 'bagian-hukum')
      .staf('pelaksana', 'PELAKSANA', 'bagian-hukum')
      .index();

    expect(ppkOf(idx, 'jf-perancang')).toBe('kabag');
    expect(ppkOf(idx, 'pelaksana')).toBe('kabag');
    expect(ppkOf(idx, 'kasubbag')).toBe('kabag');
    expect(ppkOf(idx, 'kabag')).toBe('asisten');
    expect(ppkOf(idx, 'asisten')).toBe('sekda');
    diterimaMeranti(idx, 'jf-perancang', 'pelaksana', 'kasubbag', 'kabag', 'asisten');
  });

  it('MRT_3LEVEL R-MRT-17 R-NAT-41: given a BPKAD, when the PPK is resolved, then JF in a Bidang go to the Kabid and JF in the Sekretariat to the Sekretaris, not to the Kasubbid', () => {
    const idx = pemkab()
      .unit('bpkad', { pola: 'MRT_3LEVEL' })
      .unit('sekretariat', { induk: 'bpkad' })
      .unit('bidang-aset', { induk: 'bpkad' })
      .unit('subbid-aset', { induk: 'bidang-aset' })
      .kepala('kaban', 'PPT_PRATAMA', 'bpkad')
      .kepala('sekretaris', 'ADMINISTRATOR', 'sekretariat')
      .kepala('kabid', 'ADMINISTRATOR', 'bidang-aset')
      .kepala('kasubbid', 'PENGAWAS', 'subbid-aset')
      .staf('jf-bidang', 'JF_KEAHLIAN', 'bidang-aset')
      .staf('jf-sekretariat', 'JF_KEAHLIAN', 'sekretariat')
      .index();

    expect(ppkOf(idx, 'jf-bidang')).toBe('kabid');
    expect(ppkOf(idx, 'jf-sekretariat')).toBe('sekretaris');
    expect(ppkOf(idx, 'kasubbid')).toBe('kabid');
    diterimaMeranti(idx, 'jf-bidang', 'jf-sekretariat', 'kasubbid');
  });

  it('MRT_3LEVEL R-MRT-17 R-NAT-07 (A-18): given Dishub, for which the text gives no pattern, when the PPK is configured on the kedudukan, then the configured official is the PPK', () => {
    const idx = pemkab()
      .unit('dishub', { pola: 'MRT_3LEVEL' })
      .unit('bidang-lalin', { induk: 'dishub' })
      .unit('seksi-lalin', { induk: 'bidang-lalin' })
      .kepala('kadis', 'PPT_PRATAMA', 'dishub')
      .kepala('kabid', 'ADMINISTRATOR', 'bidang-lalin')
      .kepala('kasi', 'PENGAWAS', 'seksi-lalin')
      .staf('penguji-kendaraan', 'JF_KETERAMPILAN', 'seksi-lalin', { ppk: 'kabid' })
      .index();

    expect(ppkOf(idx, 'penguji-kendaraan')).toBe('kabid');
    diterimaMeranti(idx, 'penguji-kendaraan');
  });
});
