import { describe, expect, it } from 'vitest';
import type { JabatanKategori, JenisUnit } from '../../../src/domain/organisasi.js';
import { nasional } from '../../../src/domain/profiles/nasional.js';
import { checkPejabatPenilaiKinerja } from '../../../src/domain/rules/pejabat-penilai-kinerja.js';
import { direktori, HARI_INI, ppkOf, ruleIds } from './builders.js';

/**
 * RULES.md §4.1: the national patterns NAT-A..F. Their diagrams are images missing from the sources,
 * so each test builds only what the table says: who leads the unit, JF and pelaksana placed in it.
 */
describe('§4.1 NAT-A..E: JF and pelaksana in a unit resolve to the unit leader as PPK (R-NAT-41, R-NAT-07)', () => {
  it.each<{ pola: string; kategori: JabatanKategori; jenis: JenisUnit }>([
    { pola: 'NAT_A', kategori: 'PPT_MADYA', jenis: 'UNIT_ORGANISASI' },
    { pola: 'NAT_B', kategori: 'PPT_PRATAMA', jenis: 'UNIT_ORGANISASI' },
    { pola: 'NAT_C', kategori: 'ADMINISTRATOR', jenis: 'UNIT_ORGANISASI' },
    { pola: 'NAT_D', kategori: 'PENGAWAS', jenis: 'UNIT_KERJA_MANDIRI' },
    { pola: 'NAT_E', kategori: 'JF_KEAHLIAN', jenis: 'UNIT_KERJA_MANDIRI' },
  ])('$pola R-NAT-41 R-NAT-07: given a unit led by a $kategori with a JF and a pelaksana placed in it, when the PPK is resolved, then it is the leader and the nasional profile accepts it', ({ pola, kategori, jenis }) => {
    const idx = direktori()
      .instansi('kementerian-x', 'NAT', 'KEMENTERIAN')
      .unit('unit', { jenis, pola })
      .kepala('pimpinan', kategori, 'unit')
      .staf('jf', 'JF_KEAHLIAN', 'unit')
      .staf('pelaksana', 'PELAKSANA', 'unit')
      .index();

    expect(ppkOf(idx, 'jf')).toBe('pimpinan');
    expect(ppkOf(idx, 'pelaksana')).toBe('pimpinan');
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf', HARI_INI, nasional))).toEqual([]);
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'pelaksana', HARI_INI, nasional))).toEqual([]);
  });

  it('NAT_E R-NAT-41: given a JF who leads no unit is recorded as the PPK, when checked, then it is refused (only the JF appointed to lead may appraise)', () => {
    const idx = direktori()
      .instansi('kementerian-x', 'NAT', 'KEMENTERIAN')
      .unit('unit', { jenis: 'UNIT_KERJA_MANDIRI', pola: 'NAT_E' })
      .kepala('kepala-jf', 'JF_KEAHLIAN', 'unit')
      .staf('jf-senior', 'JF_KEAHLIAN', 'unit')
      .staf('jf', 'JF_KEAHLIAN', 'unit', { ppk: 'jf-senior' })
      .index();

    expect(ppkOf(idx, 'jf')).toBe('jf-senior');
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf', HARI_INI, nasional))).toEqual(['R-NAT-41']);
  });
});

describe('§4.1 NAT-F: a unit still having more than two structural levels (R-NAT-41)', () => {
  const org = () => direktori()
    .instansi('kementerian-x', 'NAT', 'KEMENTERIAN')
    .unit('ditjen', { pola: 'NAT_F' })
    .unit('direktorat', { induk: 'ditjen' })
    .unit('subdit', { induk: 'direktorat' })
    .unit('seksi', { induk: 'subdit' })
    .kepala('dirjen', 'PPT_MADYA', 'ditjen')
    .kepala('direktur', 'PPT_PRATAMA', 'direktorat')
    .kepala('kasubdit', 'ADMINISTRATOR', 'subdit')
    .kepala('kasi', 'PENGAWAS', 'seksi')
    .staf('jf-seksi', 'JF_KEAHLIAN', 'seksi')
    .staf('jf-subdit', 'JF_KETERAMPILAN', 'subdit');

  it('NAT_F R-NAT-41: given Dirjen → Direktur → Kasubdit → Kasi, when each PPK is resolved, then every official is appraised by the leader one level up and a JF by the leader of their own unit', () => {
    const idx = org().index();

    expect(ppkOf(idx, 'jf-seksi')).toBe('kasi');
    expect(ppkOf(idx, 'jf-subdit')).toBe('kasubdit');
    expect(ppkOf(idx, 'kasi')).toBe('kasubdit');
    expect(ppkOf(idx, 'kasubdit')).toBe('direktur');
    expect(ppkOf(idx, 'direktur')).toBe('dirjen');
    expect(ppkOf(idx, 'dirjen')).toBeUndefined();
    for (const nip of ['jf-seksi', 'jf-subdit', 'kasi', 'kasubdit', 'direktur']) {
      expect(ruleIds(checkPejabatPenilaiKinerja(idx, nip, HARI_INI, nasional))).toEqual([]);
    }
  });

  it('NAT_F R-NAT-41 R-NAT-07: given the Seksi has no leader recorded, when the PPK of its JF is resolved, then it climbs to the Kasubdit', () => {
    const idx = direktori()
      .instansi('kementerian-x', 'NAT', 'KEMENTERIAN')
      .unit('ditjen', { pola: 'NAT_F' })
      .unit('subdit', { induk: 'ditjen' })
      .unit('seksi', { induk: 'subdit' })
      .kepala('dirjen', 'PPT_MADYA', 'ditjen')
      .kepala('kasubdit', 'ADMINISTRATOR', 'subdit')
      .staf('jf-seksi', 'JF_KEAHLIAN', 'seksi')
      .index();

    expect(ppkOf(idx, 'jf-seksi')).toBe('kasubdit');
    expect(ruleIds(checkPejabatPenilaiKinerja(idx, 'jf-seksi', HARI_INI, nasional))).toEqual([]);
  });
});
