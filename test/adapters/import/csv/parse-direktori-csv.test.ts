import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DIREKTORI_FILES, ImportError, parseDirektoriCsv, type CsvFile, type ImportProblem,
} from '../../../../src/adapters/import/csv/index.js';
import { indexDirektori, pejabatPenilaiKinerjaPada } from '../../../../src/domain/direktori.js';
import { NIP, validDirektori } from './fixtures/valid-direktori.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

function load(set: string): CsvFile[] {
  return readdirSync(new URL(`${set}/`, FIXTURES)).sort()
    .map((name) => ({ name, text: readFileSync(new URL(`${set}/${name}`, FIXTURES), 'utf8') }));
}

/** The valid set with the files of a broken variant in place of their namesakes. */
function variant(set: string): CsvFile[] {
  const changed = load(set);
  return [...load('valid').filter((f) => !changed.some((c) => c.name === f.name)), ...changed];
}

const valid = load('valid');
const replace = (name: string, text: string): CsvFile[] => [...valid.filter((f) => f.name !== name), { name, text }];
const fileText = (name: string): string => valid.find((f) => f.name === name)?.text ?? '';

/** The problems an import is refused with, or a failure if it is accepted. */
function problemsOf(files: readonly CsvFile[]): readonly ImportProblem[] {
  try {
    parseDirektoriCsv(files);
  } catch (e) {
    if (e instanceof ImportError) return e.problems;
    throw e;
  }
  throw new Error('expected the import to be refused');
}

/** file, row, column of each problem. */
const where = (problems: readonly ImportProblem[]) => problems.map((p) => `${p.file}:${p.row}:${p.column}`);

describe('parseDirektoriCsv: the directory from one CSV file per list', () => {
  it('given the valid set, when parsed, then it yields the expected Direktori', () => {
    expect(parseDirektoriCsv(valid)).toEqual(validDirektori);
  });

  it('given the valid set, when parsed, then the Plt and the delegation resolve the PPK (R-NAT-07, R-NAT-41)', () => {
    const idx = indexDirektori(parseDirektoriCsv(valid));

    expect(pejabatPenilaiKinerjaPada(idx, NIP.pelaksanaIkp, '2025-02-01')).toBe(NIP.kabidAptika);
    expect(pejabatPenilaiKinerjaPada(idx, NIP.pranataHumasPppk, '2025-04-01')).toBe(NIP.kepalaDinas);
    expect(pejabatPenilaiKinerjaPada(idx, NIP.pranataHumasPppk, '2025-07-01')).toBe(NIP.sekretaris);
  });

  it('given pegawai.csv saved by Excel with Indonesian settings (BOM, CRLF, semicolons), when parsed, then it yields the same Direktori', () => {
    const files = variant('titik-koma');

    expect(files.find((f) => f.name === 'pegawai.csv')?.text).toMatch(/^\uFEFFnip;nama;.*\r\n/);
    expect(parseDirektoriCsv(files)).toEqual(validDirektori);
  });

  it('given only the required files, when parsed, then the dated lists are empty', () => {
    const files = valid.filter((f) => ['instansi.csv', 'unit.csv', 'pegawai.csv'].includes(f.name));

    expect(parseDirektoriCsv(files)).toEqual({ ...validDirektori, kedudukan: [], pimpinan: [], pejabatBerwenang: [], delegasi: [] });
  });

  it.each([
    { what: 'a bad NIP', set: 'nip-salah', expected: [
      { file: 'pegawai.csv', row: 5, column: 'nip', message: 'NIP harus terdiri atas 18 angka.' },
      // the rows that refer to the NIP as it should be now point at nobody
      { file: 'kedudukan.csv', row: 5, column: 'nip', message: 'Pegawai dengan NIP 196801201990032001 tidak terdaftar.' },
      { file: 'pimpinan.csv', row: 4, column: 'nip', message: 'Pegawai dengan NIP 196801201990032001 tidak terdaftar.' },
    ] },
    { what: 'an unknown unit', set: 'unit-tak-dikenal', expected: [
      { file: 'kedudukan.csv', row: 6, column: 'unit_id', message: 'Unit bidang-aplikasi tidak terdaftar.' },
    ] },
    { what: 'a cycle in the unit tree', set: 'siklus-unit', expected: [
      { file: 'unit.csv', row: 2, column: 'induk_id', message: 'Unit diskominfo berada dalam lingkaran unit induk: diskominfo → bidang-ikp → diskominfo.' },
      { file: 'unit.csv', row: 4, column: 'induk_id', message: 'Unit bidang-ikp berada dalam lingkaran unit induk: diskominfo → bidang-ikp → diskominfo.' },
    ] },
    { what: 'a missing PPK (R-NAT-07)', set: 'ppk-hilang', expected: [
      { file: 'kedudukan.csv', row: 8, column: 'pejabat_penilai_kinerja_nip', ruleId: 'R-NAT-07',
        message: `Pejabat Penilai Kinerja Agus Setiawan (${NIP.pelaksanaIkp}) tidak dapat ditentukan pada 2025-01-02: `
          + 'tetapkan pada kedudukan ini atau catat pimpinan unit bidang-ikp atau unit di atasnya.' },
    ] },
    { what: 'a duplicate NIP', set: 'nip-ganda', expected: [
      { file: 'pegawai.csv', row: 9, column: 'nip', message: `NIP ${NIP.pranataKomputerMuda} sudah tercantum sebelumnya. Lihat baris 6.` },
      { file: 'kedudukan.csv', row: 9, column: 'nip', message: `Pegawai dengan NIP ${NIP.pranataHumasPppk} tidak terdaftar.` },
    ] },
    { what: 'formula-looking cells', set: 'sel-rumus', expected: [
      { file: 'pegawai.csv', row: 7, column: 'nama', message: expect.stringMatching(/^Sel diawali "=" dan tampak seperti rumus spreadsheet; .*CSV injection/) as unknown },
      { file: 'pegawai.csv', row: 7, column: 'kompetensi', message: expect.stringMatching(/^Butir "@SUM\(1\+1\)": Sel diawali "@"/) as unknown },
    ] },
    { what: 'bad dates', set: 'tanggal-salah', expected: [
      { file: 'kedudukan.csv', row: 2, column: 'mulai', message: 'Tanggal "2023-02-30" tidak sah; gunakan format TTTT-BB-HH, misalnya 2025-01-31.' },
      { file: 'kedudukan.csv', row: 4, column: 'mulai', message: 'Tanggal "02/01/2023" tidak sah; gunakan format TTTT-BB-HH, misalnya 2025-01-31.' },
    ] },
    { what: 'a bad enum value', set: 'enum-salah', expected: [
      { file: 'unit.csv', row: 3, column: 'jenis', message: 'Nilai "BIDANG" tidak dikenal; isi salah satu dari: UNIT_ORGANISASI, UNIT_KERJA, UNIT_KERJA_MANDIRI, UPT.' },
    ] },
    { what: 'a missing column', set: 'kolom-hilang', expected: [
      { file: 'pegawai.csv', row: 1, column: 'golongan', message: 'Kolom wajib ada di baris judul.' },
    ] },
    { what: 'a bad value in a semicolon-delimited file', set: 'titik-koma-salah', expected: [
      { file: 'pegawai.csv', row: 8, column: 'status_kepegawaian', message: 'Nilai "Honorer" tidak dikenal; isi salah satu dari: PNS, PPPK.' },
    ] },
  ])('given $what, when imported, then it is refused with file, row and column', ({ set, expected }) => {
    expect(problemsOf(variant(set))).toEqual(expected);
  });

  it('given a required file left out, when imported, then the file is named', () => {
    expect(problemsOf(valid.filter((f) => f.name !== 'unit.csv'))).toEqual([
      { file: 'unit.csv', row: 0, column: '', message: 'Berkas wajib disertakan, dengan kolom: id, instansi_id, nama, jenis, induk_id, pola.' },
    ]);
  });

  it('given problems in several files, when imported, then all are listed in file and row order, one per line in the message', () => {
    let error: unknown;
    try {
      parseDirektoriCsv(variant('banyak-masalah'));
    } catch (e) {
      error = e;
    }

    expect(error).toBeInstanceOf(ImportError);
    expect(where((error as ImportError).problems)).toEqual([
      'unit.csv:2:induk_id', 'unit.csv:4:induk_id',
      'pegawai.csv:5:nip', 'pegawai.csv:7:aktif',
      'kedudukan.csv:5:nip', 'kedudukan.csv:5:selesai', 'kedudukan.csv:6:unit_id',
      'pimpinan.csv:4:nip',
      'delegasi.csv:3:penerima_nip',
    ]);
    expect(String(error).split('\n')).toEqual([
      'unit.csv baris 2 kolom induk_id: Unit diskominfo berada dalam lingkaran unit induk: diskominfo → bidang-ikp → diskominfo.',
      'unit.csv baris 4 kolom induk_id: Unit bidang-ikp berada dalam lingkaran unit induk: diskominfo → bidang-ikp → diskominfo.',
      'pegawai.csv baris 5 kolom nip: NIP harus terdiri atas 18 angka.',
      'pegawai.csv baris 7 kolom aktif: Nilai "mungkin" tidak dikenal; isi ya, tidak, true, false, 1 atau 0.',
      'kedudukan.csv baris 5 kolom nip: Pegawai dengan NIP 196801201990032001 tidak terdaftar.',
      'kedudukan.csv baris 5 kolom selesai: Tanggal selesai (2022-12-31) tidak boleh sebelum tanggal mulai (2023-01-02). (R-SYS-03)',
      'kedudukan.csv baris 6 kolom unit_id: Unit bidang-aplikasi tidak terdaftar.',
      'pimpinan.csv baris 4 kolom nip: Pegawai dengan NIP 196801201990032001 tidak terdaftar.',
      'delegasi.csv baris 3 kolom penerima_nip: 8 angka pertama NIP (19999999) bukan tanggal lahir yang sah.',
    ]);
  });

  it('given an unknown file, an unknown column and a duplicate file, when imported, then each is a problem', () => {
    const files = [
      ...replace('unit.csv', fileText('unit.csv').split('\n').map((line, i) => (line === '' ? line : i === 0 ? `${line},eselon` : `${line},II.b`)).join('\n')),
      { name: 'jabatan.csv', text: 'kode,nama\n' },
      { name: 'data/Instansi.CSV', text: fileText('instansi.csv') },
    ];

    expect(problemsOf(files)).toEqual([
      { file: 'jabatan.csv', row: 0, column: '', message: expect.stringMatching(/^Berkas tidak dikenal; nama berkas yang diterima: instansi\.csv, unit\.csv/) as unknown },
      { file: 'data/Instansi.CSV', row: 0, column: '', message: 'Berkas instansi.csv disertakan lebih dari sekali.' },
      { file: 'unit.csv', row: 1, column: 'eselon', message: 'Kolom tidak dikenal; kolom unit.csv: id, instansi_id, nama, jenis, induk_id, pola.' },
    ]);
  });

  it('given headers in another order and case, a file name with a directory, and blank rows, when parsed, then they are accepted', () => {
    const unit = ['Nama,ID,Instansi ID,Jenis,Induk-ID,Pola', '', 'Dinas Komunikasi dan Informatika,diskominfo,pemprov-banten,unit_organisasi,,BTN_A', ',,,,,',
      'Bidang Aplikasi Informatika,bidang-aptika,pemprov-banten,Unit Kerja,diskominfo,',
      'Bidang Informasi dan Komunikasi Publik,bidang-ikp,pemprov-banten,UNIT_KERJA,diskominfo,', ''].join('\n');

    expect(parseDirektoriCsv([...valid.filter((f) => f.name !== 'unit.csv'), { name: 'C:\\impor\\Unit.csv', text: unit }])).toEqual(validDirektori);
  });

  it('given a row with a cell too many and one too few, when imported, then the rows are named without a column', () => {
    const text = fileText('pimpinan.csv').replace('DEFINITIF,2023-01-02,\nbidang-aptika', 'DEFINITIF,2023-01-02,,x\nbidang-aptika')
      .replace('PLT,2025-01-02,', 'PLT,2025-01-02');

    expect(problemsOf(replace('pimpinan.csv', text))).toEqual([
      { file: 'pimpinan.csv', row: 2, column: '', message: 'Baris berisi 6 sel, sedangkan baris judul berisi 5 kolom; periksa pemisah kolom (, atau ;) dan tanda kutip.' },
      { file: 'pimpinan.csv', row: 5, column: '', message: 'Baris berisi 4 sel, sedangkan baris judul berisi 5 kolom; periksa pemisah kolom (, atau ;) dan tanda kutip.' },
    ]);
  });

  it('given a negative number of years and a formula inside a pengalaman item, when imported, then both are refused in that column', () => {
    const text = fileText('pegawai.csv').replace('Pengelolaan Media Sosial:4:SK 800/45/2020|Desain Grafis:2:Sertifikat BNSP 12/2022',
      'Pengelolaan Media Sosial:-4:SK 800/45/2020|Desain Grafis:2:=1+1');

    expect(problemsOf(replace('pegawai.csv', text))).toEqual([
      { file: 'pegawai.csv', row: 8, column: 'pengalaman', message: expect.stringMatching(/^Butir "Pengelolaan Media Sosial:-4:SK 800\/45\/2020" tidak sah; tulis bidang:tahun:bukti/) as unknown },
      { file: 'pegawai.csv', row: 8, column: 'pengalaman', message: expect.stringMatching(/^Butir "Desain Grafis:2:=1\+1": Sel diawali "="/) as unknown },
    ]);
  });

  it('given a PNS with a PPPK golongan and a NIP that Excel turned into a number, when imported, then both are explained', () => {
    const text = fileText('pegawai.csv').replace('AHLI_MUDA,III/c', 'AHLI_MUDA,IX').replace('199203102015032004,Nur', '1.99203E+17,Nur');

    expect(problemsOf(replace('pegawai.csv', text)).slice(0, 2)).toEqual([
      { file: 'pegawai.csv', row: 6, column: 'golongan', message: 'Golongan "IX" adalah golongan PPPK; PNS memakai golongan ruang seperti III/b.' },
      { file: 'pegawai.csv', row: 7, column: 'nip', message: expect.stringMatching(/^NIP "1\.99203E\+17" telah diubah spreadsheet menjadi angka/) as unknown },
    ]);
  });

  it('given an empty required cell, when imported, then it is reported as required', () => {
    const text = fileText('instansi.csv').replace('pemprov-banten,Pemerintah Provinsi Banten', 'pemprov-banten,');

    expect(problemsOf(replace('instansi.csv', text))).toEqual([{ file: 'instansi.csv', row: 2, column: 'nama', message: 'Wajib diisi.' }]);
  });

  it('given the valid set, when parsed with a progress callback, then it counts up to the total number of rows', () => {
    const calls: [number, number][] = [];

    parseDirektoriCsv(valid, (done, total) => calls.push([done, total]));

    const rows = valid.reduce((n, f) => n + f.text.trim().split('\n').length - 1, 0);
    expect(calls.at(-1)).toEqual([rows, rows]);
    expect(calls.every(([done, total], i) => total === rows && done >= (calls[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('names every file of the template with its columns in the snake case of the record fields', () => {
    expect(Object.fromEntries(DIREKTORI_FILES.map((f) => [f.name, f.columns.join(',')]))).toEqual({
      'instansi.csv': 'id,nama,jenis,profil',
      'unit.csv': 'id,instansi_id,nama,jenis,induk_id,pola',
      'pegawai.csv': 'nip,nama,instansi_id,status_kepegawaian,jabatan_nama,jabatan_kategori,jenjang,golongan,pendidikan,pengalaman,kompetensi,aktif',
      'kedudukan.csv': 'nip,unit_id,pejabat_penilai_kinerja_nip,mulai,selesai',
      'pimpinan.csv': 'unit_id,nip,status,mulai,selesai',
      'pejabat-berwenang.csv': 'instansi_id,nip,mulai,selesai',
      'delegasi.csv': 'pemberi_nip,penerima_nip,dasar,mulai,selesai',
    });
  });
});

describe('parseDirektoriCsv at the size of a large agency', () => {
  /** A well-formed NIP, distinct for n < 40,000. */
  const nipKe = (n: number) => `${1960 + Math.floor(n / 1000)}0101201503${n % 2 ? 1 : 2}${String(n % 1000).padStart(3, '0')}`;

  /** One Dinas with 100 bidang, each led by a kabid with 99 JF: 10,001 pegawai and as many kedudukan. */
  function besar(): CsvFile[] {
    const unit = ['id,instansi_id,nama,jenis,induk_id,pola', 'dinas,pemda,Dinas,UNIT_ORGANISASI,,'];
    const pegawai = [DIREKTORI_FILES[2].columns.join(','), `${nipKe(39_999)},Kepala Dinas,pemda,PNS,Kepala Dinas,PPT_PRATAMA,,IV/c,S2,,,ya`];
    const kedudukan = ['nip,unit_id,pejabat_penilai_kinerja_nip,mulai,selesai', `${nipKe(39_999)},dinas,,2024-01-02,`];
    const pimpinan = ['unit_id,nip,status,mulai,selesai', `dinas,${nipKe(39_999)},DEFINITIF,2024-01-02,`];
    for (let b = 0; b < 100; b++) {
      unit.push(`b${b},pemda,Bidang ${b},UNIT_KERJA,dinas,`);
      for (let i = 0; i < 100; i++) {
        const nip = nipKe(b * 100 + i);
        pegawai.push(i === 0
          ? `${nip},Kabid ${b},pemda,PNS,Kepala Bidang,ADMINISTRATOR,,IV/a,S2,,,ya`
          : `${nip},"Pegawai ${b}.${i}",pemda,PNS,Pranata Komputer Ahli Pertama,JF_KEAHLIAN,AHLI_PERTAMA,III/a,S1,Aplikasi:2:SK ${i},Pemrograman|Basis Data,ya`);
        kedudukan.push(`${nip},b${b},,2024-01-02,`);
        if (i === 0) pimpinan.push(`b${b},${nip},DEFINITIF,2024-01-02,`);
      }
    }
    const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
    return [
      { name: 'instansi.csv', text: 'id,nama,jenis,profil\npemda,Pemerintah Daerah,KABUPATEN,NAT\n' },
      { name: 'unit.csv', text: csv(unit) }, { name: 'pegawai.csv', text: csv(pegawai) },
      { name: 'kedudukan.csv', text: csv(kedudukan) }, { name: 'pimpinan.csv', text: csv(pimpinan) },
    ];
  }

  it('given 10,000 pegawai and their kedudukan in memory, when parsed, then every row is read and every JF has a PPK', () => {
    let last: [number, number] = [0, 0];

    const d = parseDirektoriCsv(besar(), (done, total) => { last = [done, total]; });

    expect([d.pegawai.length, d.kedudukan.length, d.unit.length, d.pimpinan.length]).toEqual([10_001, 10_001, 101, 101]);
    expect(d.pegawai[10_000]).toMatchObject({ nip: nipKe(9999), nama: 'Pegawai 99.99', kompetensi: ['Pemrograman', 'Basis Data'] });
    expect(pejabatPenilaiKinerjaPada(indexDirektori(d), nipKe(9999), '2024-06-01')).toBe(nipKe(9900));
    expect(last).toEqual([20_205, 20_205]);
  });

  it('given 10,000 pegawai with one duplicate NIP at the end, when imported, then it is reported at its spreadsheet row', () => {
    const files = besar();
    const pegawai = files[2]!;
    const withDuplicate = { ...pegawai, text: `${pegawai.text}${nipKe(5)},Kembar,pemda,PNS,Analis,JF_KEAHLIAN,AHLI_PERTAMA,III/a,S1,,,ya\r\n` };

    expect(problemsOf([...files.filter((f) => f !== pegawai), withDuplicate])).toEqual([
      { file: 'pegawai.csv', row: 10_003, column: 'nip', message: `NIP ${nipKe(5)} sudah tercantum sebelumnya. Lihat baris 8.` },
    ]);
  });
});
