import { describe, expect, it } from 'vitest';
import type { Direktori, KedudukanRecord, PegawaiRecord } from '../../src/domain/direktori.js';
import { validateDirektori, type DirektoriProblem } from '../../src/domain/direktori-validation.js';

const NIP = {
  kepala: '197001012000031001',
  kabid: '197502022001122002',
  jf: '198807222012122003',
  pelaksana: '199203102019031004',
  bupati: '197106062000031005',
} as const;

const pegawai = (nip: string, nama: string, instansiId: string, jabatanKategori: PegawaiRecord['jabatanKategori']): PegawaiRecord => ({
  nip, nama, instansiId, statusKepegawaian: 'PNS', jabatanNama: nama, jabatanKategori,
  jenjang: null, golongan: null, pendidikan: null, pengalaman: [], kompetensi: [], aktif: true,
});
/** A well-formed NIP, distinct for n < 40,000. */
const nipKe = (n: number) => `${1960 + Math.floor(n / 1000)}0101201503${n % 2 ? 1 : 2}${String(n % 1000).padStart(3, '0')}`;
const kedudukan = (nip: string, unitId: string, mulai = '2024-01-02'): KedudukanRecord =>
  ({ nip, unitId, pejabatPenilaiKinerjaNip: null, mulai, selesai: null });

/**
 * Given: a Dinas led by its kepala, one bidang under it led by a kabid, a JF and a Pelaksana in the bidang;
 * another instansi with one unit. Every JF and Pelaksana has a PPK (the kabid).
 */
const valid: Direktori = {
  instansi: [
    { id: 'pemprov', nama: 'Pemerintah Provinsi', jenis: 'PROVINSI', profil: 'NAT' },
    { id: 'pemkab', nama: 'Pemerintah Kabupaten', jenis: 'KABUPATEN', profil: 'NAT' },
  ],
  unit: [
    { id: 'dinas', instansiId: 'pemprov', nama: 'Dinas', jenis: 'UNIT_ORGANISASI', indukId: null, pola: null },
    { id: 'bidang', instansiId: 'pemprov', nama: 'Bidang', jenis: 'UNIT_KERJA', indukId: 'dinas', pola: null },
    { id: 'setda-kab', instansiId: 'pemkab', nama: 'Setda', jenis: 'UNIT_ORGANISASI', indukId: null, pola: null },
  ],
  pegawai: [
    pegawai(NIP.kepala, 'Kepala Dinas', 'pemprov', 'PPT_PRATAMA'),
    pegawai(NIP.kabid, 'Kepala Bidang', 'pemprov', 'ADMINISTRATOR'),
    pegawai(NIP.jf, 'Analis', 'pemprov', 'JF_KEAHLIAN'),
    pegawai(NIP.pelaksana, 'Pengadministrasi', 'pemprov', 'PELAKSANA'),
    pegawai(NIP.bupati, 'Sekda Kabupaten', 'pemkab', 'PPT_PRATAMA'),
  ],
  kedudukan: [
    kedudukan(NIP.kepala, 'dinas'),
    kedudukan(NIP.kabid, 'bidang'),
    kedudukan(NIP.jf, 'bidang'),
    kedudukan(NIP.pelaksana, 'bidang'),
    kedudukan(NIP.bupati, 'setda-kab'),
  ],
  pimpinan: [
    { unitId: 'dinas', nip: NIP.kepala, status: 'DEFINITIF', mulai: '2024-01-02', selesai: null },
    { unitId: 'bidang', nip: NIP.kabid, status: 'DEFINITIF', mulai: '2024-01-02', selesai: null },
    { unitId: 'setda-kab', nip: NIP.bupati, status: 'DEFINITIF', mulai: '2024-01-02', selesai: null },
  ],
  pejabatBerwenang: [{ instansiId: 'pemprov', nip: NIP.kepala, mulai: '2024-01-02', selesai: null }],
  delegasi: [],
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? { -readonly [P in keyof E]: E[P] }[] : T[K] };

/** The valid directory with one change. */
function given(change: (d: Mutable<Direktori>) => void): Direktori {
  const d = structuredClone(valid) as Mutable<Direktori>;
  change(d);
  return d;
}

const ringkas = (problems: readonly DirektoriProblem[]) =>
  problems.map(({ entitas, indeks, kolom, kode, ruleId }) => ({ entitas, indeks, kolom, kode, ...(ruleId ? { ruleId } : {}) }));

describe('validateDirektori: checks across the records of the organisation directory', () => {
  it('given a consistent directory, when validated, then there is no problem', () => {
    expect(validateDirektori(valid)).toEqual([]);
  });

  it.each([
    { what: 'an instansi id', entitas: 'instansi', kolom: 'id', first: 0, change: (d: Mutable<Direktori>) => { d.instansi.push({ ...d.instansi[0]! }); } },
    { what: 'a unit id', entitas: 'unit', kolom: 'id', first: 1, change: (d: Mutable<Direktori>) => { d.unit.push({ ...d.unit[1]!, nama: 'Bidang lain' }); } },
    { what: 'a NIP', entitas: 'pegawai', kolom: 'nip', first: 2, change: (d: Mutable<Direktori>) => { d.pegawai.push({ ...d.pegawai[2]!, nama: 'Kembar' }); } },
    { what: 'a kedudukan (nip, mulai)', entitas: 'kedudukan', kolom: 'mulai', first: 2, change: (d: Mutable<Direktori>) => { d.kedudukan.push({ ...d.kedudukan[2]!, unitId: 'dinas' }); } },
    { what: 'a pimpinan (unit, status, mulai)', entitas: 'pimpinan', kolom: 'mulai', first: 1, change: (d: Mutable<Direktori>) => { d.pimpinan.push({ ...d.pimpinan[1]!, nip: NIP.jf }); } },
    { what: 'a Pejabat yang Berwenang (instansi, mulai)', entitas: 'pejabatBerwenang', kolom: 'mulai', first: 0, change: (d: Mutable<Direktori>) => { d.pejabatBerwenang.push({ ...d.pejabatBerwenang[0]!, nip: NIP.kabid }); } },
    { what: 'a delegasi (pemberi, penerima, mulai)', entitas: 'delegasi', kolom: 'mulai', first: 0, change: (d: Mutable<Direktori>) => {
      const x = { pemberiNip: NIP.kabid, penerimaNip: NIP.jf, dasar: 'ST 1', mulai: '2025-01-01', selesai: '2025-01-31' };
      d.delegasi.push(x, { ...x, dasar: 'ST 2' });
    } },
  ])('given a second record with $what already used, when validated, then the later one is reported as a duplicate of the first', ({ entitas, kolom, first, change }) => {
    const d = given(change);

    expect(validateDirektori(d)).toEqual([{
      entitas, indeks: d[entitas as keyof Direktori].length - 1, kolom, kode: 'KUNCI_GANDA', indeksTerkait: first,
      pesan: expect.stringMatching(/sudah tercantum sebelumnya\.$/) as unknown,
    }]);
  });

  it.each([
    { what: 'the instansi of a unit', change: (d: Mutable<Direktori>) => { d.unit[2]!.instansiId = 'pemkot'; }, at: ['unit', 2, 'instansiId'], pesan: 'Instansi pemkot tidak terdaftar.' },
    { what: 'the induk of a unit', change: (d: Mutable<Direktori>) => { d.unit[1]!.indukId = 'dinas-hilang'; }, at: ['unit', 1, 'indukId'], pesan: 'Unit dinas-hilang tidak terdaftar.' },
    { what: 'the instansi of a pegawai', change: (d: Mutable<Direktori>) => { d.pegawai[4]!.instansiId = 'pemkot'; }, at: ['pegawai', 4, 'instansiId'], pesan: 'Instansi pemkot tidak terdaftar.' },
    { what: 'the unit of a kedudukan', change: (d: Mutable<Direktori>) => { d.kedudukan[3]!.unitId = 'bidang-hilang'; }, at: ['kedudukan', 3, 'unitId'], pesan: 'Unit bidang-hilang tidak terdaftar.' },
    { what: 'the pegawai of a kedudukan', change: (d: Mutable<Direktori>) => { d.kedudukan.push(kedudukan('199901012022031099', 'bidang')); }, at: ['kedudukan', 5, 'nip'], pesan: 'Pegawai dengan NIP 199901012022031099 tidak terdaftar.' },
    { what: 'the explicit PPK of a kedudukan', change: (d: Mutable<Direktori>) => { d.kedudukan[2]!.pejabatPenilaiKinerjaNip = '199901012022031099'; }, at: ['kedudukan', 2, 'pejabatPenilaiKinerjaNip'], pesan: 'Pegawai dengan NIP 199901012022031099 tidak terdaftar.' },
    { what: 'the unit of a pimpinan', change: (d: Mutable<Direktori>) => { d.pimpinan[2]!.unitId = 'setda-hilang'; }, at: ['pimpinan', 2, 'unitId'], pesan: 'Unit setda-hilang tidak terdaftar.' },
    { what: 'the leader of a pimpinan', change: (d: Mutable<Direktori>) => { d.pimpinan[2]!.nip = '199901012022031099'; }, at: ['pimpinan', 2, 'nip'], pesan: 'Pegawai dengan NIP 199901012022031099 tidak terdaftar.' },
    { what: 'the instansi of a PyB', change: (d: Mutable<Direktori>) => { d.pejabatBerwenang[0]!.instansiId = 'pemkot'; }, at: ['pejabatBerwenang', 0, 'instansiId'], pesan: 'Instansi pemkot tidak terdaftar.' },
    { what: 'the pemberi of a delegasi', change: (d: Mutable<Direktori>) => { d.delegasi.push({ pemberiNip: '199901012022031099', penerimaNip: NIP.kabid, dasar: 'ST', mulai: '2025-01-01', selesai: null }); }, at: ['delegasi', 0, 'pemberiNip'], pesan: 'Pegawai dengan NIP 199901012022031099 tidak terdaftar.' },
  ])('given an unknown reference in $what, when validated, then it is reported where it is made', ({ change, at, pesan }) => {
    const [entitas, indeks, kolom] = at;

    expect(validateDirektori(given(change))).toEqual([{ entitas, indeks, kolom, kode: 'RUJUKAN_TIDAK_DIKENAL', pesan }]);
  });

  it('R-NAT-03: given a unit whose induk is in another instansi, when validated, then the unit is reported', () => {
    const d = given((x) => { x.unit[2]!.indukId = 'dinas'; });

    expect(validateDirektori(d)).toEqual([{ entitas: 'unit', indeks: 2, kolom: 'indukId', kode: 'INSTANSI_BERBEDA', ruleId: 'R-NAT-03',
      pesan: 'Unit induk dinas berada di instansi pemprov, bukan di instansi pemkab.' }]);
  });

  it('given a cycle in the unit tree, when validated, then each unit on the cycle is reported and a unit below it is not', () => {
    const d = given((x) => {
      x.unit[0]!.indukId = 'seksi';
      x.unit.push({ id: 'seksi', instansiId: 'pemprov', nama: 'Seksi', jenis: 'UNIT_KERJA', indukId: 'bidang', pola: null });
      x.unit.push({ id: 'subbag', instansiId: 'pemprov', nama: 'Subbag', jenis: 'UNIT_KERJA', indukId: 'seksi', pola: null });
    });

    const problems = validateDirektori(d).filter((p) => p.kode === 'SIKLUS_UNIT');

    expect(ringkas(problems)).toEqual([0, 1, 3].map((indeks) => ({ entitas: 'unit', indeks, kolom: 'indukId', kode: 'SIKLUS_UNIT' })));
    expect(problems[0]!.pesan).toBe('Unit dinas berada dalam lingkaran unit induk: dinas → seksi → bidang → dinas.');
  });

  it('given a unit that is its own induk, when validated, then it is reported as a cycle of one', () => {
    const d = given((x) => { x.unit[2]!.indukId = 'setda-kab'; });

    expect(validateDirektori(d)).toEqual([expect.objectContaining({ entitas: 'unit', indeks: 2, kode: 'SIKLUS_UNIT',
      pesan: 'Unit setda-kab berada dalam lingkaran unit induk: setda-kab → setda-kab.' })]);
  });

  it.each(['kedudukan', 'pimpinan', 'pejabatBerwenang'] as const)('R-SYS-03: given a %s that ends before it starts, when validated, then selesai is reported', (entitas) => {
    const d = given((x) => { x[entitas][0]!.selesai = '2023-12-31'; });

    expect(ringkas(validateDirektori(d))).toEqual([{ entitas, indeks: 0, kolom: 'selesai', kode: 'PERIODE_TERBALIK', ruleId: 'R-SYS-03' }]);
    expect(validateDirektori(d)[0]!.pesan).toBe('Tanggal selesai (2023-12-31) tidak boleh sebelum tanggal mulai (2024-01-02).');
  });

  it('given two kedudukan of one pegawai whose periods overlap, when validated, then the later one is reported', () => {
    const d = given((x) => {
      x.kedudukan[2]!.selesai = '2024-06-30';
      x.kedudukan.push({ ...kedudukan(NIP.jf, 'dinas', '2024-06-30'), pejabatPenilaiKinerjaNip: NIP.kepala });
      x.kedudukan.push({ ...kedudukan(NIP.pelaksana, 'dinas', '2025-01-01') }); // the open one from 2024-01-02 goes on
    });

    expect(ringkas(validateDirektori(d))).toEqual([
      { entitas: 'kedudukan', indeks: 5, kolom: 'mulai', kode: 'PERIODE_TUMPANG_TINDIH' },
      { entitas: 'kedudukan', indeks: 6, kolom: 'mulai', kode: 'PERIODE_TUMPANG_TINDIH' },
    ]);
    expect(validateDirektori(d)[0]).toMatchObject({ indeksTerkait: 2,
      pesan: `Kedudukan ${NIP.jf} mulai 2024-06-30 tumpang tindih dengan kedudukannya di unit bidang (2024-01-02 s.d. 2024-06-30).` });
  });

  it('given a Plt beside the definitive leader, then it is accepted; given two definitive leaders at once, then the later is reported', () => {
    const plt = given((x) => { x.pimpinan.push({ unitId: 'bidang', nip: NIP.jf, status: 'PLT', mulai: '2024-03-01', selesai: '2024-03-31' }); });
    const dua = given((x) => { x.pimpinan.push({ unitId: 'bidang', nip: NIP.jf, status: 'DEFINITIF', mulai: '2024-03-01', selesai: null }); });

    expect(validateDirektori(plt)).toEqual([]);
    expect(ringkas(validateDirektori(dua))).toEqual([{ entitas: 'pimpinan', indeks: 3, kolom: 'mulai', kode: 'PERIODE_TUMPANG_TINDIH' }]);
  });

  it('R-NAT-07: given a kedudukan whose explicit PPK is the pegawai themselves, when validated, then the PPK is reported', () => {
    const d = given((x) => { x.kedudukan[2]!.pejabatPenilaiKinerjaNip = NIP.jf; });

    expect(validateDirektori(d)).toEqual([{ entitas: 'kedudukan', indeks: 2, kolom: 'pejabatPenilaiKinerjaNip', kode: 'PPK_DIRI_SENDIRI',
      ruleId: 'R-NAT-07', pesan: `Pejabat Penilai Kinerja tidak boleh pegawai itu sendiri (${NIP.jf}).` }]);
  });

  it('R-NAT-03: given a kedudukan in a unit of another instansi than the pegawai\'s, when validated, then the unit is reported', () => {
    const d = given((x) => { x.kedudukan[3]!.unitId = 'setda-kab'; });

    expect(validateDirektori(d)).toEqual([{ entitas: 'kedudukan', indeks: 3, kolom: 'unitId', kode: 'INSTANSI_BERBEDA', ruleId: 'R-NAT-03',
      pesan: `Unit setda-kab berada di instansi pemkab, sedangkan pegawai ${NIP.pelaksana} berasal dari instansi pemprov.` }]);
  });

  it('given a delegation to the pemberi themselves, when validated, then the penerima is reported', () => {
    const d = given((x) => { x.delegasi.push({ pemberiNip: NIP.kabid, penerimaNip: NIP.kabid, dasar: 'ST', mulai: '2025-01-01', selesai: null }); });

    expect(ringkas(validateDirektori(d))).toEqual([{ entitas: 'delegasi', indeks: 0, kolom: 'penerimaNip', kode: 'DELEGASI_DIRI_SENDIRI' }]);
  });

  it('given two delegations of one pemberi at once, when validated, then the later is reported', () => {
    const d = given((x) => {
      x.delegasi.push({ pemberiNip: NIP.kabid, penerimaNip: NIP.jf, dasar: 'ST 1', mulai: '2025-01-01', selesai: '2025-03-31' });
      x.delegasi.push({ pemberiNip: NIP.kabid, penerimaNip: NIP.pelaksana, dasar: 'ST 2', mulai: '2025-03-01', selesai: null });
    });

    expect(ringkas(validateDirektori(d))).toEqual([{ entitas: 'delegasi', indeks: 1, kolom: 'mulai', kode: 'PERIODE_TUMPANG_TINDIH' }]);
  });

  it('R-NAT-07: given no leader above the bidang of a JF and a Pelaksana, when validated, then both current kedudukan miss a PPK', () => {
    const d = given((x) => { x.pimpinan.splice(0, 2); });

    expect(ringkas(validateDirektori(d))).toEqual([2, 3].map((indeks) => (
      { entitas: 'kedudukan', indeks, kolom: 'pejabatPenilaiKinerjaNip', kode: 'PPK_TIDAK_DITEMUKAN', ruleId: 'R-NAT-07' })));
    expect(validateDirektori(d)[0]!.pesan).toBe(`Pejabat Penilai Kinerja Analis (${NIP.jf}) tidak dapat ditentukan pada 2024-01-02: `
      + 'tetapkan pada kedudukan ini atau catat pimpinan unit bidang atau unit di atasnya.');
  });

  it('R-NAT-07: given a leader who starts after the kedudukan, when validated, then the PPK is missing on the first day', () => {
    const d = given((x) => { x.pimpinan[1]!.mulai = '2024-02-01'; x.pimpinan.splice(0, 1); });

    expect(ringkas(validateDirektori(d)).map((p) => p.indeks)).toEqual([2, 3]);
  });

  it('R-NAT-07: given a missing PPK for a closed kedudukan, an inactive pegawai or a Pengawas, when validated, then nothing is reported', () => {
    const d = given((x) => {
      x.pimpinan.splice(0, 2);
      x.kedudukan[2]!.selesai = '2024-12-31';
      x.pegawai[3]!.aktif = false;
      x.kedudukan[0]!.pejabatPenilaiKinerjaNip = null;
    });

    expect(validateDirektori(d)).toEqual([]);
  });

  it('R-NAT-07: given a PPK resolved through a delegation, when validated, then the JF has one', () => {
    const d = given((x) => {
      x.pimpinan.splice(1, 1);
      x.kedudukan[2]!.mulai = '2025-01-01';
      x.delegasi.push({ pemberiNip: NIP.kepala, penerimaNip: NIP.kabid, dasar: 'ST 7', mulai: '2025-01-01', selesai: null });
    });

    expect(validateDirektori(d)).toEqual([]);
  });

  it('R-NAT-07: given an explicit PPK who is no longer active, when validated, then it is reported', () => {
    const d = given((x) => { x.kedudukan[2]!.pejabatPenilaiKinerjaNip = NIP.bupati; x.pegawai[4]!.aktif = false; });

    expect(validateDirektori(d)).toEqual([expect.objectContaining({ entitas: 'kedudukan', indeks: 2, kode: 'PPK_TIDAK_AKTIF', ruleId: 'R-NAT-07' })]);
  });

  it('given problems in several lists, when validated, then all are reported in list order, then record order', () => {
    const d = given((x) => {
      x.kedudukan[4]!.selesai = '2020-01-01';
      x.unit[1]!.indukId = 'bidang';
      x.instansi.push({ ...x.instansi[1]! });
      x.pegawai.unshift({ ...x.pegawai[3]!, nama: 'Kembar' });
    });

    expect(ringkas(validateDirektori(d)).map((p) => [p.entitas, p.indeks, p.kode])).toEqual([
      ['instansi', 2, 'KUNCI_GANDA'],
      ['unit', 1, 'SIKLUS_UNIT'],
      ['pegawai', 4, 'KUNCI_GANDA'],
      ['kedudukan', 4, 'PERIODE_TERBALIK'],
    ]);
  });

  it('given 10,000 pegawai in 100 bidang, when validated, then each has a PPK and nothing is reported', () => {
    const besar = given((x) => {
      for (let b = 0; b < 100; b++) {
        const kabid = nipKe(b);
        x.unit.push({ id: `b${b}`, instansiId: 'pemprov', nama: `Bidang ${b}`, jenis: 'UNIT_KERJA', indukId: 'dinas', pola: null });
        x.pegawai.push(pegawai(kabid, `Kabid ${b}`, 'pemprov', 'ADMINISTRATOR'));
        x.kedudukan.push(kedudukan(kabid, `b${b}`));
        x.pimpinan.push({ unitId: `b${b}`, nip: kabid, status: 'DEFINITIF', mulai: '2024-01-02', selesai: null });
        for (let i = 0; i < 99; i++) {
          const nip = nipKe(1000 + b * 100 + i);
          x.pegawai.push(pegawai(nip, `JF ${b}.${i}`, 'pemprov', 'JF_KEAHLIAN'));
          x.kedudukan.push(kedudukan(nip, `b${b}`));
        }
      }
    });

    expect(besar.pegawai.length).toBeGreaterThan(10_000);
    expect(validateDirektori(besar)).toEqual([]);
  });
});
