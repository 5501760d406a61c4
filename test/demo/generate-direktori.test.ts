import { describe, expect, it } from 'vitest';
import { direktoriToJson } from '../../bench/direktori-kit.js';
import { generateDirektori } from '../../bench/generate-direktori.js';
import { parseDirektoriJson } from '../../src/adapters/import/direktori-json.js';
import { indexDirektori, kedudukanPada, pejabatPenilaiKinerjaPada, type Direktori } from '../../src/domain/direktori.js';
import { validateDirektori } from '../../src/domain/direktori-validation.js';
import { nipProblem } from '../../src/domain/nip.js';
import type { IsoDate, JabatanKategori } from '../../src/domain/organisasi.js';
import { profileOf } from '../../src/domain/profiles/index.js';
import { checkPejabatPenilaiKinerja } from '../../src/domain/rules/pejabat-penilai-kinerja.js';

/** bench/generate-direktori.ts: a seeded generator of large directories for the benchmark and load tests. */
const TANGGAL: IsoDate = '2027-01-04';
const BUTUH_PPK: readonly JabatanKategori[] = ['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA'];
const OPTIONS = { pegawai: 1_000, instansi: 10, seed: 7 };
const d: Direktori = generateDirektori(OPTIONS);

describe('generateDirektori', () => {
  it('given N pegawai across M instansi, when generated, then exactly N pegawai in M instansi, covering the four agency profiles', () => {
    expect(d.pegawai).toHaveLength(OPTIONS.pegawai);
    expect(d.instansi).toHaveLength(OPTIONS.instansi);
    expect(new Set(d.instansi.map((i) => i.id)).size).toBe(OPTIONS.instansi);
    expect(new Set(d.instansi.map((i) => i.profil))).toEqual(new Set(['BTN', 'MRT', 'KIN', 'NAT']));
    for (const i of d.instansi) expect(d.pegawai.filter((p) => p.instansiId === i.id)).toHaveLength(OPTIONS.pegawai / OPTIONS.instansi);
  });

  it('given the generated NIPs, when checked, then they are unique and well formed (src/domain/nip.ts)', () => {
    expect(new Set(d.pegawai.map((p) => p.nip)).size).toBe(d.pegawai.length);
    expect(d.pegawai.flatMap((p) => (nipProblem(p.nip) ? [[p.nip, nipProblem(p.nip)]] : []))).toEqual([]);
  });

  it('given the same options, when generated again, then the directory is the same (seeded); another seed gives another one', () => {
    expect(generateDirektori(OPTIONS)).toEqual(d);
    expect(generateDirektori({ ...OPTIONS, seed: 8 }).pegawai[0]?.nip).not.toBe(d.pegawai[0]?.nip);
  });

  it('given the directory, when written as JSON and parsed with parseDirektoriJson, then it round-trips unchanged', () => {
    expect(parseDirektoriJson(direktoriToJson(d), 'generated.json')).toEqual(d);
    expect(parseDirektoriJson(JSON.stringify(d), 'generated.json')).toEqual(d);
  });

  it('given the directory, when validated as an import is (validateDirektori), then there is no problem: keys, references, tree, periods, R-NAT-07', () => {
    expect(validateDirektori(d)).toEqual([]);
  });

  it(`R-NAT-07 R-NAT-41 R-KIN-27: given every active JF and pelaksana, when resolved on ${TANGGAL} and on the first day of their current kedudukan, then a PPK exists and checkPejabatPenilaiKinerja passes under the instansi's profile`, () => {
    const idx = indexDirektori(d);
    const aktif = d.pegawai.filter((p) => p.aktif && BUTUH_PPK.includes(p.jabatanKategori));
    expect(aktif.length).toBeGreaterThan(OPTIONS.pegawai * 0.6);
    const problems = aktif.flatMap((p) => {
      const profil = profileOf(idx.instansi.get(p.instansiId)?.profil);
      const k = kedudukanPada(idx, p.nip, TANGGAL);
      const report = checkPejabatPenilaiKinerja(idx, p.nip, TANGGAL, profil);
      const ppkAwal = k ? pejabatPenilaiKinerjaPada(idx, p.nip, k.mulai) : undefined;
      const ok = k && pejabatPenilaiKinerjaPada(idx, p.nip, TANGGAL) && report.violations.length === 0 && ppkAwal && idx.pegawai.get(ppkAwal)?.aktif;
      return ok ? [] : [{ nip: p.nip, unit: k?.unitId, violations: report.violations }];
    });
    expect(problems).toEqual([]);
  });

  it('given the directory, when read, then it mixes the patterns and carries history: moves, retirements, Plt/Plh, delegations, a Pejabat yang Berwenang per instansi', () => {
    const pola = new Set(d.unit.map((u) => u.pola));
    for (const p of ['BTN_A', 'BTN_E', 'MRT_2LEVEL', 'MRT_3LEVEL', 'KIN_POLA_3', 'KIN_POLA_6', 'NAT_B', 'NAT_D']) expect(pola, p).toContain(p);
    expect(d.kedudukan.length).toBeGreaterThan(d.pegawai.length);
    expect(d.pegawai.some((p) => !p.aktif)).toBe(true);
    expect(d.pimpinan.some((p) => p.status !== 'DEFINITIF')).toBe(true);
    expect(d.delegasi.length).toBeGreaterThan(0);
    expect(new Set(d.pejabatBerwenang.filter((p) => p.selesai === null).map((p) => p.instansiId)).size).toBe(OPTIONS.instansi);
  });

  it.each([11, 12, 13, 14])('given seed %i (400 pegawai, 5 instansi), when generated, then it validates and every active JF and pelaksana has an accepted PPK', (seed) => {
    const other = generateDirektori({ pegawai: 400, instansi: 5, seed });
    const idx = indexDirektori(other);
    expect(validateDirektori(other)).toEqual([]);
    const problems = other.pegawai.filter((p) => p.aktif && BUTUH_PPK.includes(p.jabatanKategori))
      .flatMap((p) => checkPejabatPenilaiKinerja(idx, p.nip, TANGGAL, profileOf(idx.instansi.get(p.instansiId)?.profil)).violations.map((v) => ({ nip: p.nip, ...v })));
    expect(problems).toEqual([]);
  });

  it('given too few pegawai per instansi for the patterns, when asked, then it refuses with the minimum', () => {
    expect(() => generateDirektori({ pegawai: 50, instansi: 5 })).toThrow(/at least 40 per instansi/);
  });
});
