import { describe, expect, it } from 'vitest';
import {
  bolehBaca, bolehBacaInstansi, bolehMengimpor, instansiBolehDiimpor, instansiTerbaca, lingkupBaca, proyeksiPegawai, ringkas, unitDiBawah,
  type Pemanggil, type Sasaran,
} from '../../src/domain/akses.js';
import { periksaLingkupImpor } from '../../src/domain/akses-impor.js';
import { direktoriKosong, type Direktori, type PegawaiRecord } from '../../src/domain/direktori.js';

const BANTEN = 'pemprov-banten';
const MERANTI = 'pemkab-meranti';
const SITI = '198807222012122003';
const BUDI = '199203102019031004';
const PUO = '197204151998031005';
const FAJAR = '199304072016121001';

const pegawai = (nip: string, instansiId = BANTEN, over: Partial<Pemanggil> = {}): Pemanggil =>
  ({ userId: nip, grup: ['pegawai'], pegawai: { nip, instansiId }, unitDipimpin: [], nipDinilai: [], ...over });

const siti = lingkupBaca(pegawai(SITI));
const puo = lingkupBaca(pegawai(PUO, BANTEN, { unitDipimpin: ['banten-diskominfo'] }));
const adminMeranti = lingkupBaca(pegawai(FAJAR, MERANTI, { grup: ['pegawai', 'adminorganisasi'] }));
const adminEngine = lingkupBaca({ userId: 'admin', grup: ['camunda-admin'], pegawai: null, unitDipimpin: [], nipDinilai: [] });

const penugasanBudi: Sasaran = {
  pihak: [BUDI, PUO], pegawai: [{ nip: BUDI, unitId: 'banten-diskominfo', instansiId: BANTEN }], unit: [{ id: 'banten-diskominfo', instansiId: BANTEN }],
};

describe('access policy (issue 8 item 3, UU 27/2022)', () => {
  describe('records (penugasan, cases, letters, teams)', () => {
    it('a pegawai reads what they take part in, not a colleague\'s', () => {
      expect(bolehBaca(lingkupBaca(pegawai(BUDI)), penugasanBudi)).toBe(true);
      expect(bolehBaca(siti, penugasanBudi)).toBe(false);
    });
    it('the leader of the unit, the PPK of the pegawai, the admin of the instansi and engine admins read it', () => {
      expect(bolehBaca(puo, { ...penugasanBudi, pihak: [BUDI] })).toBe(true);
      expect(bolehBaca(lingkupBaca(pegawai(SITI, BANTEN, { nipDinilai: [BUDI] })), penugasanBudi)).toBe(true);
      expect(bolehBaca(lingkupBaca(pegawai(SITI, BANTEN, { grup: ['adminorganisasi'] })), penugasanBudi)).toBe(true);
      expect(bolehBaca(adminEngine, penugasanBudi)).toBe(true);
    });
    it('an organisation admin of another instansi and a pejabat of another unit do not', () => {
      expect(bolehBaca(adminMeranti, penugasanBudi)).toBe(false);
      expect(bolehBaca(lingkupBaca(pegawai(SITI, BANTEN, { unitDipimpin: ['banten-distan'] })), penugasanBudi)).toBe(false);
    });
  });

  describe('directory projection', () => {
    const budi = { nip: BUDI, instansiId: BANTEN, unitId: 'banten-diskominfo' };
    const fajar = { nip: FAJAR, instansiId: MERANTI, unitId: 'meranti-dpmptsp' };
    it('LENGKAP for oneself, the unit leader, the PPK, the instansi admin and engine admins', () => {
      expect(proyeksiPegawai(lingkupBaca(pegawai(BUDI)), budi, false)).toBe('LENGKAP');
      expect(proyeksiPegawai(puo, budi, false)).toBe('LENGKAP');
      expect(proyeksiPegawai(lingkupBaca(pegawai(SITI, BANTEN, { nipDinilai: [BUDI] })), budi, false)).toBe('LENGKAP');
      expect(proyeksiPegawai(adminMeranti, fajar, false)).toBe('LENGKAP');
      expect(proyeksiPegawai(adminEngine, fajar, false)).toBe('LENGKAP');
    });
    it('RINGKAS (name and jabatan) for a colleague of the same instansi and for someone of another instansi met in a shared case', () => {
      expect(proyeksiPegawai(siti, budi, false)).toBe('RINGKAS');
      expect(proyeksiPegawai(siti, fajar, true)).toBe('RINGKAS');
    });
    it('nothing of another instansi otherwise, whoever asks', () => {
      expect(proyeksiPegawai(siti, fajar, false)).toBeUndefined();
      expect(proyeksiPegawai(puo, fajar, false)).toBeUndefined();
      expect(proyeksiPegawai(adminMeranti, budi, false)).toBeUndefined();
    });
    it('the reduced record has no golongan, pendidikan, kompetensi or experience', () => {
      const lengkap: PegawaiRecord = {
        nip: BUDI, nama: 'Budi Santoso', instansiId: BANTEN, statusKepegawaian: 'PNS', jabatanNama: 'Pranata Komputer', jabatanKategori: 'JF_KEAHLIAN',
        jenjang: 'AHLI_PERTAMA', golongan: 'III/a', pendidikan: 'S1', pengalaman: [{ bidang: 'TI', tahun: 3, bukti: 'SK/1' }], kompetensi: ['Jaringan'], aktif: true,
      };
      expect(Object.keys(ringkas(lengkap)).sort()).toEqual(['aktif', 'instansiId', 'jabatanKategori', 'jabatanNama', 'nama', 'nip', 'proyeksi']);
    });
  });

  describe('structure and import scope', () => {
    it('instansi and units: one\'s own instansi (and an admin\'s), everything for engine admins', () => {
      expect(instansiTerbaca(siti)).toEqual([BANTEN]);
      expect(bolehBacaInstansi(siti, MERANTI)).toBe(false);
      expect(instansiTerbaca(adminEngine)).toBe('SEMUA');
    });
    it('only engine admins and organisation admins who are pegawai of an instansi may import, and only theirs', () => {
      expect(bolehMengimpor(pegawai(SITI))).toBe(false);
      expect(instansiBolehDiimpor(pegawai(FAJAR, MERANTI, { grup: ['adminorganisasi'] }))).toEqual([MERANTI]);
      expect(bolehMengimpor({ userId: 'adminlepas', grup: ['adminorganisasi'], pegawai: null, unitDipimpin: [], nipDinilai: [] })).toBe(false);
      expect(instansiBolehDiimpor({ userId: 'admin', grup: ['camunda-admin'], pegawai: null, unitDipimpin: [], nipDinilai: [] })).toBe('SEMUA');
    });
    it('a leader leads the whole subtree of their unit', () => {
      const unit = [{ id: 'a', indukId: null }, { id: 'b', indukId: 'a' }, { id: 'c', indukId: 'b' }, { id: 'd', indukId: null }];
      expect(unitDiBawah(['b'], unit)).toEqual(['b', 'c']);
    });
  });

  describe('periksaLingkupImpor', () => {
    const file: Direktori = {
      ...direktoriKosong,
      instansi: [{ id: BANTEN, nama: 'Pemerintah Provinsi Banten', jenis: 'PROVINSI', profil: 'BTN' }],
      unit: [{ id: 'banten-uji', instansiId: BANTEN, nama: 'Unit Uji', jenis: 'UNIT_ORGANISASI', indukId: null, pola: null }],
    };
    const kosong = { unit: new Map<string, string>(), pegawai: new Map<string, string>() };
    it('an admin of Meranti may not import Banten', () => {
      expect(periksaLingkupImpor([MERANTI], file, kosong).map((m) => `${m.entitas}.${m.kode}`))
        .toEqual(['instansi.INSTANSI_DI_LUAR_WEWENANG', 'unit.INSTANSI_DI_LUAR_WEWENANG']);
      expect(periksaLingkupImpor([BANTEN], file, kosong)).toEqual([]);
    });
    it('nobody, not even an engine admin, moves a unit id of another instansi', () => {
      const masalah = periksaLingkupImpor('SEMUA', file, { ...kosong, unit: new Map([['banten-uji', MERANTI]]) });
      expect(masalah).toMatchObject([{ entitas: 'unit', kolom: 'id', kode: 'KUNCI_MILIK_INSTANSI_LAIN' }]);
      expect(masalah[0]!.pesan).toContain(MERANTI);
    });
    it('a NIP of another instansi is a mutasi only an engine admin records', () => {
      const mutasi: Direktori = { ...file, unit: [], pegawai: [{
        nip: FAJAR, nama: 'Fajar', instansiId: BANTEN, statusKepegawaian: 'PNS', jabatanNama: 'Analis', jabatanKategori: 'PELAKSANA',
        jenjang: null, golongan: null, pendidikan: null, pengalaman: [], kompetensi: [], aktif: true,
      }] };
      const pemilik = { ...kosong, pegawai: new Map([[FAJAR, MERANTI]]) };
      expect(periksaLingkupImpor([BANTEN], mutasi, pemilik)).toMatchObject([{ entitas: 'pegawai', kode: 'KUNCI_MILIK_INSTANSI_LAIN' }]);
      expect(periksaLingkupImpor('SEMUA', mutasi, pemilik)).toEqual([]);
    });
  });
});
