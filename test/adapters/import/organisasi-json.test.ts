import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OrganisasiFileError, parseOrganisasiJson } from '../../../src/adapters/import/organisasi-json.js';

const DEMO = 'demo/organisasi-demo.json';
const demoText = await readFile(new URL('../../../demo/organisasi-demo.json', import.meta.url), 'utf8');

interface OrganisasiJson {
  instansi: Record<string, unknown>[];
  unit: Record<string, unknown>[];
  pegawai: Record<string, unknown>[];
}

/** The demo file with one change, as text. */
function demoWith(change: (org: OrganisasiJson) => void): string {
  const org = JSON.parse(demoText) as OrganisasiJson;
  change(org);
  return JSON.stringify(org);
}

/** The problems reported for a file, or a failure if it parses. */
function problemsOf(text: string): readonly string[] {
  try {
    parseOrganisasiJson(text, 'organisasi.json');
  } catch (e) {
    if (e instanceof OrganisasiFileError) return e.problems;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

const NIP_SITI = '198807222012122003';
const NIP_TAK_DIKENAL = '199001012015031006';

describe('organisasi JSON import (the organisation R-NAT-03, R-NAT-07, R-NAT-41 read)', () => {
  it('given the demo file, when parsed, then it yields the organisation with defaults filled in', () => {
    const org = parseOrganisasiJson(demoText, DEMO);

    expect(org.instansi).toEqual([{ id: 'pemprov-banten', nama: 'Pemerintah Provinsi Banten' }]);
    expect(org.unit).toEqual([expect.objectContaining({ id: 'banten-diskominfo', indukId: null, pimpinanNip: '197204151998031005' })]);
    expect(org.pegawai.map((p) => p.nip)).toEqual(['197204151998031005', NIP_SITI, '199203102019031004']);
    expect(org.pegawai[0]).toMatchObject({ pejabatPenilaiKinerjaNip: null, aktif: true, kedudukanSejak: '2023-01-02' });
    expect(org.pegawai[1]).toMatchObject({ jabatanKategori: 'JF_KEAHLIAN', pejabatPenilaiKinerjaNip: '197204151998031005' });
  });

  it.each([
    { what: 'a NIP of 5 digits', change: (o: OrganisasiJson) => { o.pegawai[1]!.nip = '12345'; },
      problem: 'pegawai.1.nip: NIP harus terdiri atas 18 angka.' },
    { what: 'a NIP with an impossible birth date', change: (o: OrganisasiJson) => { o.pegawai[1]!.nip = '198702302012122003'; },
      problem: 'pegawai.1.nip: 8 angka pertama NIP (19870230) bukan tanggal lahir yang sah.' },
    { what: 'an unknown unit', change: (o: OrganisasiJson) => { o.pegawai[2]!.unitOrganisasiId = 'unit-hilang'; },
      problem: 'pegawai.2.unitOrganisasiId: unit unit-hilang tidak ada' },
    { what: 'an unknown PPK', change: (o: OrganisasiJson) => { o.pegawai[2]!.pejabatPenilaiKinerjaNip = NIP_TAK_DIKENAL; },
      problem: `pegawai.2.pejabatPenilaiKinerjaNip: pegawai ${NIP_TAK_DIKENAL} tidak ada` },
    { what: 'a duplicate NIP', change: (o: OrganisasiJson) => { o.pegawai[2]!.nip = NIP_SITI; },
      problem: `pegawai.2.nip: NIP ${NIP_SITI} ganda` },
    { what: 'an impossible kedudukan date', change: (o: OrganisasiJson) => { o.pegawai[1]!.kedudukanSejak = '2023-02-30'; },
      problem: 'pegawai.1.kedudukanSejak: harus tanggal yang sah dengan format TTTT-BB-HH' },
    { what: 'a kedudukan date in another format', change: (o: OrganisasiJson) => { o.pegawai[1]!.kedudukanSejak = '02-01-2023'; },
      problem: 'pegawai.1.kedudukanSejak: harus tanggal yang sah dengan format TTTT-BB-HH' },
    { what: 'a unit of an unknown instansi', change: (o: OrganisasiJson) => { o.unit[0]!.instansiId = 'instansi-hilang'; },
      problem: 'unit.0.instansiId: instansi instansi-hilang tidak ada' },
    { what: 'an unknown unit leader', change: (o: OrganisasiJson) => { o.unit[0]!.pimpinanNip = NIP_TAK_DIKENAL; },
      problem: `unit.0.pimpinanNip: pegawai ${NIP_TAK_DIKENAL} tidak ada` },
    { what: 'an unknown induk unit', change: (o: OrganisasiJson) => { o.unit[0]!.indukId = 'unit-hilang'; },
      problem: 'unit.0.indukId: unit induk unit-hilang tidak ada' },
    { what: 'a pegawai of an unknown instansi', change: (o: OrganisasiJson) => { o.pegawai[1]!.instansiId = 'instansi-hilang'; },
      problem: 'pegawai.1.instansiId: instansi instansi-hilang tidak ada' },
    { what: 'a blank nama', change: (o: OrganisasiJson) => { o.pegawai[1]!.nama = '   '; },
      problem: 'pegawai.1.nama: wajib diisi' },
  ])('given $what, when parsed, then the problem names its path in Bahasa Indonesia', ({ change, problem }) => {
    expect(problemsOf(demoWith(change))).toEqual([problem]);
  });

  it('given a pegawai whose instansi is not that of their unit, when parsed, then it is refused (R-NAT-03 compares the two)', () => {
    const text = demoWith((o) => {
      o.instansi.push({ id: 'kemenperin', nama: 'Kementerian Perindustrian' });
      o.pegawai[1]!.instansiId = 'kemenperin';
    });

    expect(problemsOf(text)).toEqual([
      'pegawai.1.instansiId: instansi kemenperin tidak sama dengan instansi unit banten-diskominfo (pemprov-banten)',
    ]);
  });

  it.each([
    { what: 'an unknown jabatanKategori', change: (o: OrganisasiJson) => { o.pegawai[1]!.jabatanKategori = 'KEPALA'; }, path: 'pegawai.1.jabatanKategori' },
    { what: 'a missing nama', change: (o: OrganisasiJson) => { delete o.pegawai[1]!.nama; }, path: 'pegawai.1.nama' },
    { what: 'aktif as text', change: (o: OrganisasiJson) => { o.pegawai[1]!.aktif = 'ya'; }, path: 'pegawai.1.aktif' },
    { what: 'an unknown key', change: (o: OrganisasiJson) => { o.pegawai[1]!.golongan = 'III/a'; }, path: 'pegawai.1' },
  ])('given $what, when parsed, then the zod message names $path and is in Bahasa Indonesia too', ({ change, path }) => {
    const problems = problemsOf(demoWith(change));

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}: `));
    expect(problems[0]).not.toMatch(/Invalid|expected|Unrecognized|received/);
  });

  it('given several problems, when parsed, then all of them are reported at once', () => {
    const text = demoWith((o) => {
      o.pegawai[1]!.nip = '12345';
      o.pegawai[2]!.unitOrganisasiId = 'unit-hilang';
    });

    expect(problemsOf(text)).toEqual([
      'pegawai.1.nip: NIP harus terdiri atas 18 angka.',
      'pegawai.2.unitOrganisasiId: unit unit-hilang tidak ada',
    ]);
  });

  it('given text that is not JSON, when parsed, then the error names the file and says it is not valid JSON', () => {
    const parse = () => parseOrganisasiJson('{"instansi": [', 'organisasi.json');

    expect(parse).toThrow(OrganisasiFileError);
    expect(parse).toThrow(/^Berkas organisasi organisasi\.json tidak valid:\n {2}- bukan JSON yang sah: /);
  });

  it('given JSON that is not an object, when parsed, then the problem is on the whole file', () => {
    expect(problemsOf('[]')).toEqual([expect.stringMatching(/^\(berkas\): /)]);
  });

  it('given no instansi, when parsed, then it asks for at least one', () => {
    expect(problemsOf(demoWith((o) => { o.instansi = []; }))).toContain('instansi: paling sedikit satu instansi');
  });

  it('given a refused file, when the error is shown, then its message lists every problem under the file name', () => {
    const error = (() => {
      try {
        parseOrganisasiJson(demoWith((o) => { o.pegawai[2]!.nip = NIP_SITI; }), 'unggahan.json');
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();

    expect(error?.message).toBe(`Berkas organisasi unggahan.json tidak valid:\n  - pegawai.2.nip: NIP ${NIP_SITI} ganda`);
  });
});
