import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemo, DEMO_FILE, DEMO_NIP } from '../../demo/build-demo.js';
import { parseDirektoriJson } from '../../src/adapters/import/direktori-json.js';
import {
  berlaku, indexDirektori, kedudukanPada, pejabatBerwenangPada, pejabatPenilaiKinerjaPada, pimpinanPada, viewOn, type Direktori, type DirektoriIndex,
} from '../../src/domain/direktori.js';
import type { IsoDate, JabatanKategori } from '../../src/domain/organisasi.js';
import { banten } from '../../src/domain/profiles/banten.js';
import { profileOf } from '../../src/domain/profiles/index.js';
import { validateDirektori } from '../../src/domain/direktori-validation.js';
import { pimpinanUnitOrganisasi } from '../../src/domain/roles.js';
import { checkPejabatPenilaiKinerja } from '../../src/domain/rules/pejabat-penilai-kinerja.js';

/**
 * demo/organisasi-demo.json: three instansi (one per agency profile) built from the patterns of RULES.md §4.
 * The engine tests rely on it (test/support/system-for-test.ts); these specs keep it valid and complete.
 */
const TANGGAL: IsoDate = '2027-01-04';
const demo: Direktori = parseDirektoriJson(readFileSync(DEMO_FILE, 'utf8'), 'demo/organisasi-demo.json');
const idx: DirektoriIndex = indexDirektori(demo);
const BUTUH_PPK: readonly JabatanKategori[] = ['JF_KEAHLIAN', 'JF_KETERAMPILAN', 'PELAKSANA'];
const aktifJfPelaksana = demo.pegawai.filter((p) => p.aktif && BUTUH_PPK.includes(p.jabatanKategori));
const profilOf = (nip: string) => profileOf(idx.instansi.get(idx.pegawai.get(nip)?.instansiId ?? '')?.profil);

/** The units of a subtree, the root included. */
const subtree = (rootId: string): Set<string> => {
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of demo.unit) if (u.indukId && ids.has(u.indukId) && !ids.has(u.id)) { ids.add(u.id); grew = true; }
  }
  return ids;
};
const kategoriPimpinan = (unitId: string) => {
  const nip = pimpinanPada(idx, unitId, TANGGAL)?.nip;
  return nip ? idx.pegawai.get(nip)?.jabatanKategori : undefined;
};
const anak = (unitId: string) => demo.unit.filter((u) => u.indukId === unitId);
/** The unit carrying a pola, the pegawai placed in it, and the pola governing each placement (the nearest one up). */
const polaDari = (unitId: string): string | null => {
  for (let u = idx.unit.get(unitId); u; u = u.indukId ? idx.unit.get(u.indukId) : undefined) if (u.pola) return u.pola;
  return null;
};
const unitBerpola = (pola: string) => demo.unit.filter((u) => u.pola === pola);

describe('demo directory: file and size', () => {
  it('given the committed file, when parsed with parseDirektoriJson, then it is exactly what demo/build-demo.ts writes (deterministic)', () => {
    expect(demo).toEqual(buildDemo());
  });

  it('given the demo, when validated as an import is (validateDirektori), then there is no problem: keys, references, tree, periods, R-NAT-07', () => {
    expect(validateDirektori(demo)).toEqual([]);
  });

  it('given the demo, when counted, then about 300 pegawai sit in three instansi, one per agency profile, with unique NIPs', () => {
    expect(demo.pegawai.length).toBeGreaterThanOrEqual(280);
    expect(demo.pegawai.length).toBeLessThanOrEqual(330);
    expect(demo.instansi.map((i) => [i.id, i.jenis, i.profil])).toEqual([
      ['pemprov-banten', 'PROVINSI', 'BTN'], ['pemkab-meranti', 'KABUPATEN', 'MRT'], ['kemenperin', 'KEMENTERIAN', 'KIN'],
    ]);
    expect(new Set(demo.pegawai.map((p) => p.nip)).size).toBe(demo.pegawai.length);
    for (const i of demo.instansi) expect(demo.pegawai.filter((p) => p.instansiId === i.id).length, i.id).toBeGreaterThan(70);
  });

  it('given the demo, when read, then pegawai carry golongan, pendidikan and kompetensi, and some pengalaman with evidence', () => {
    for (const p of demo.pegawai) {
      expect(p.golongan, p.nip).not.toBeNull();
      expect(p.pendidikan, p.nip).not.toBeNull();
      expect(p.kompetensi.length, p.nip).toBeGreaterThan(0);
      for (const x of p.pengalaman) expect(x.bukti, p.nip).toMatch(/\S/);
    }
    expect(demo.pegawai.filter((p) => p.pengalaman.length > 0).length).toBeGreaterThan(60);
    expect(demo.pegawai.some((p) => p.statusKepegawaian === 'PPPK')).toBe(true);
  });
});

describe('demo directory R-NAT-07 R-NAT-41 R-KIN-27: every active JF and pelaksana has a kedudukan and an accepted PPK', () => {
  it(`given every active JF and pelaksana, when resolved on ${TANGGAL}, then each has a kedudukan and a PPK, and checkPejabatPenilaiKinerja passes under their instansi's profile`, () => {
    expect(aktifJfPelaksana.length).toBeGreaterThan(200);
    const problems = aktifJfPelaksana.flatMap((p) => {
      const ppk = pejabatPenilaiKinerjaPada(idx, p.nip, TANGGAL);
      const report = checkPejabatPenilaiKinerja(idx, p.nip, TANGGAL, profilOf(p.nip));
      return ppk && kedudukanPada(idx, p.nip, TANGGAL) && report.violations.length === 0 ? [] : [{ nip: p.nip, ppk, violations: report.violations }];
    });
    expect(problems).toEqual([]);
  });

  it('given each current kedudukan of an active JF or pelaksana, when the PPK is resolved on its first day, then it exists and is active (R-NAT-07 before any penugasan)', () => {
    const problems = demo.kedudukan.filter((k) => k.selesai === null && aktifJfPelaksana.some((p) => p.nip === k.nip)).flatMap((k) => {
      const ppk = pejabatPenilaiKinerjaPada(idx, k.nip, k.mulai);
      return ppk && idx.pegawai.get(ppk)?.aktif ? [] : [{ nip: k.nip, mulai: k.mulai, ppk }];
    });
    expect(problems).toEqual([]);
  });

  it('given every active official below the head of a Perangkat Daerah or Eselon I unit, when checked, then their PPK is accepted too (R-KIN-27 on Kemenperin pangkat)', () => {
    const pejabat = demo.pegawai.filter((p) => p.aktif && !BUTUH_PPK.includes(p.jabatanKategori));
    const puncak = pejabat.filter((p) => pejabatPenilaiKinerjaPada(idx, p.nip, TANGGAL) === undefined);
    expect(puncak.every((p) => demo.unit.some((u) => u.indukId === null && pimpinanPada(idx, u.id, TANGGAL)?.nip === p.nip))).toBe(true);
    const problems = pejabat.filter((p) => !puncak.includes(p))
      .flatMap((p) => checkPejabatPenilaiKinerja(idx, p.nip, TANGGAL, profilOf(p.nip)).violations.map((v) => ({ nip: p.nip, ...v })));
    expect(problems).toEqual([]);
  });
});

describe('demo directory: the people the engine tests rely on (test/support/system-for-test.ts)', () => {
  const view = viewOn(idx, TANGGAL);

  it('given the Kepala Dinas Diskominfo Banten, when resolved, then they are a PPT Pratama leading banten-diskominfo, an unit organisasi of pemprov-banten (profil BTN)', () => {
    expect(idx.pegawai.get(DEMO_NIP.kadisDiskominfo)).toMatchObject({ jabatanKategori: 'PPT_PRATAMA', instansiId: 'pemprov-banten', aktif: true });
    expect(idx.unit.get('banten-diskominfo')).toMatchObject({ instansiId: 'pemprov-banten', jenis: 'UNIT_ORGANISASI', pola: 'BTN_A' });
    expect(idx.instansi.get('pemprov-banten')?.profil).toBe('BTN');
    for (const tanggal of ['2026-11-23', TANGGAL]) expect(pimpinanPada(idx, 'banten-diskominfo', tanggal)?.nip).toBe(DEMO_NIP.kadisDiskominfo);
  });

  it.each([
    { who: 'Siti', nip: DEMO_NIP.siti },
    { who: 'Budi', nip: DEMO_NIP.budi },
  ])('given $who, when resolved, then a JF placed in banten-diskominfo or a sub-unit, whose PUO and PPK is the Kepala Dinas', ({ nip }) => {
    const p = view.pegawai(nip);
    expect(p?.jabatanKategori).toBe('JF_KEAHLIAN');
    expect(subtree('banten-diskominfo').has(p?.unitId ?? '')).toBe(true);
    expect(pimpinanUnitOrganisasi(view, p!.unitId, banten.unitOrganisasiJenis)?.nip).toBe(DEMO_NIP.kadisDiskominfo);
    expect(p?.pejabatPenilaiKinerjaNip).toBe(DEMO_NIP.kadisDiskominfo);
    expect(checkPejabatPenilaiKinerja(idx, nip, TANGGAL, banten).violations).toEqual([]);
  });

  it('given Siti and Budi, when read, then the facts the engine tests assert hold (name, a competence, one kedudukan for Siti, Budi is not Siti\'s PPK)', () => {
    expect(idx.pegawai.get(DEMO_NIP.siti)).toMatchObject({ nama: 'Siti Rahmawati, S.Kom.', kompetensi: expect.arrayContaining(['Analisis data']) as unknown });
    expect(demo.kedudukan.filter((k) => k.nip === DEMO_NIP.siti)).toHaveLength(1);
    expect(pejabatPenilaiKinerjaPada(idx, DEMO_NIP.siti, TANGGAL)).not.toBe(DEMO_NIP.budi);
  });
});

describe('demo directory RULES.md §4: each organisation pattern appears, built as the table says', () => {
  const POLA: Record<string, { instansi: string; pimpinan: JabatanKategori }> = {
    BTN_A: { instansi: 'pemprov-banten', pimpinan: 'PPT_PRATAMA' },
    BTN_B: { instansi: 'pemprov-banten', pimpinan: 'ADMINISTRATOR' },
    BTN_C: { instansi: 'pemprov-banten', pimpinan: 'PENGAWAS' },
    BTN_D: { instansi: 'pemprov-banten', pimpinan: 'JF_KEAHLIAN' },
    BTN_E: { instansi: 'pemprov-banten', pimpinan: 'PPT_MADYA' },
    MRT_2LEVEL: { instansi: 'pemkab-meranti', pimpinan: 'PPT_PRATAMA' },
    MRT_1LEVEL_DPMPTSP: { instansi: 'pemkab-meranti', pimpinan: 'PPT_PRATAMA' },
    MRT_KECAMATAN: { instansi: 'pemkab-meranti', pimpinan: 'ADMINISTRATOR' },
    MRT_KELURAHAN: { instansi: 'pemkab-meranti', pimpinan: 'PENGAWAS' },
    MRT_UPT_PENGAWAS: { instansi: 'pemkab-meranti', pimpinan: 'PENGAWAS' },
    MRT_PUSKESMAS: { instansi: 'pemkab-meranti', pimpinan: 'JF_KEAHLIAN' },
    MRT_3LEVEL: { instansi: 'pemkab-meranti', pimpinan: 'PPT_PRATAMA' },
    KIN_POLA_1: { instansi: 'kemenperin', pimpinan: 'PPT_PRATAMA' },
    KIN_POLA_2: { instansi: 'kemenperin', pimpinan: 'PPT_PRATAMA' },
    KIN_POLA_3: { instansi: 'kemenperin', pimpinan: 'PPT_PRATAMA' },
    KIN_POLA_4: { instansi: 'kemenperin', pimpinan: 'PPT_PRATAMA' },
    KIN_POLA_5: { instansi: 'kemenperin', pimpinan: 'PPT_PRATAMA' },
    KIN_POLA_6: { instansi: 'kemenperin', pimpinan: 'ADMINISTRATOR' },
  };

  it.each(Object.entries(POLA))('%s: given the units with this pola, when read, then at least one exists in the right instansi, led as the pattern says, with JF or pelaksana under it', (pola, expected) => {
    const units = unitBerpola(pola);
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      expect(u.instansiId).toBe(expected.instansi);
      expect(kategoriPimpinan(u.id)).toBe(expected.pimpinan);
      const placed = aktifJfPelaksana.filter((p) => subtree(u.id).has(kedudukanPada(idx, p.nip, TANGGAL)?.unitId ?? ''));
      expect(placed.length, u.id).toBeGreaterThan(0);
    }
  });

  it('KIN_POLA_1..6: given the Kemenperin units, when their Administrator- and Pengawas-led sub-units are counted, then they match §4.4 (Pola 3: 3 and 5)', () => {
    const tally = (root: string) => {
      const below = [...subtree(root)].filter((id) => id !== root);
      return [below.filter((id) => kategoriPimpinan(id) === 'ADMINISTRATOR').length, below.filter((id) => kategoriPimpinan(id) === 'PENGAWAS').length];
    };
    const expected: Record<string, [number, number]> = { KIN_POLA_1: [1, 1], KIN_POLA_2: [0, 1], KIN_POLA_3: [3, 5], KIN_POLA_4: [2, 0], KIN_POLA_5: [1, 0], KIN_POLA_6: [0, 1] };
    for (const [pola, counts] of Object.entries(expected)) for (const u of unitBerpola(pola)) expect(tally(u.id), u.id).toEqual(counts);
    expect(idx.unit.get(unitBerpola('KIN_POLA_6')[0]!.id)?.jenis).toBe('UPT');
    const eselonI = unitBerpola('KIN_POLA_1')[0]!.indukId!;
    expect(kategoriPimpinan(eselonI)).toBe('PPT_MADYA');
    for (let p = 1; p <= 5; p++) expect(unitBerpola(`KIN_POLA_${p}`).some((u) => u.indukId === eselonI), `KIN_POLA_${p}`).toBe(true);
  });

  it('BTN_E R-BTN-21: given the Setda, when PPKs are resolved, then JF sit under the Sekda, an Asisten, a Kepala Biro, a Kepala Bagian and a Kepala Subbagian', () => {
    const setda = subtree(unitBerpola('BTN_E')[0]!.id);
    const ppkKategori = new Set(aktifJfPelaksana.filter((p) => setda.has(kedudukanPada(idx, p.nip, TANGGAL)?.unitId ?? ''))
      .map((p) => idx.pegawai.get(pejabatPenilaiKinerjaPada(idx, p.nip, TANGGAL)!)?.jabatanNama.split(' ').slice(0, 2).join(' ')));
    for (const j of ['Sekretaris Daerah', 'Asisten Pemerintahan', 'Kepala Biro', 'Kepala Bagian', 'Kepala Subbagian']) expect([...ppkKategori], j).toContain(j);
  });

  it('MRT_2LEVEL MRT_3LEVEL MRT_KECAMATAN R-MRT-11 R-MRT-13 R-MRT-17: given JF and pelaksana under these patterns, when resolved, then no Level 3 coordinator (Pengawas) is their PPK', () => {
    const level3 = aktifJfPelaksana.filter((p) => ['MRT_2LEVEL', 'MRT_3LEVEL', 'MRT_KECAMATAN'].includes(polaDari(kedudukanPada(idx, p.nip, TANGGAL)!.unitId) ?? ''))
      .filter((p) => idx.pegawai.get(pejabatPenilaiKinerjaPada(idx, p.nip, TANGGAL)!)?.jabatanKategori === 'PENGAWAS');
    expect(level3.map((p) => p.nip)).toEqual([]);
  });

  it('MRT_UPT_PENGAWAS R-MRT-15: given the UPT, when resolved, then it has a Kasubbag TU whose PPK is the Kepala UPT', () => {
    const upt = unitBerpola('MRT_UPT_PENGAWAS')[0]!;
    const tu = anak(upt.id).find((u) => u.nama.includes('Tata Usaha'));
    const kasubbag = tu && pimpinanPada(idx, tu.id, TANGGAL)?.nip;
    expect(kasubbag && pejabatPenilaiKinerjaPada(idx, kasubbag, TANGGAL)).toBe(pimpinanPada(idx, upt.id, TANGGAL)?.nip);
  });

  it('MRT_KELURAHAN R-MRT-14: given the Kelurahan, when placed, then it sits under a Kecamatan', () => {
    for (const kel of unitBerpola('MRT_KELURAHAN')) expect(idx.unit.get(kel.indukId ?? '')?.pola).toBe('MRT_KECAMATAN');
  });
});

describe('demo directory: leaders, delegation, Pejabat yang Berwenang and history', () => {
  it(`R-NAT-09: given a Bidang whose Kabid retired, when resolved on ${TANGGAL}, then a Plt leads it and is the PPK of its JF`, () => {
    const plt = demo.pimpinan.filter((p) => p.status === 'PLT' && berlaku(p, TANGGAL));
    expect(plt.length).toBeGreaterThan(0);
    for (const p of plt) {
      expect(pimpinanPada(idx, p.unitId, TANGGAL)).toEqual(p);
      const members = aktifJfPelaksana.filter((x) => kedudukanPada(idx, x.nip, TANGGAL)?.unitId === p.unitId);
      expect(members.length).toBeGreaterThan(0);
      for (const m of members) expect(pejabatPenilaiKinerjaPada(idx, m.nip, TANGGAL)).toBe(p.nip);
    }
    expect(demo.pegawai.filter((p) => !p.aktif).length).toBeGreaterThan(0);
  });

  it(`R-BTN-16 R-NAT-41: given a Kabid in Banten delegated the PPK authority to a JF, when the Bidang's other JF are resolved on ${TANGGAL}, then the delegate is their PPK and Banten accepts it`, () => {
    const aktif = demo.delegasi.filter((x) => berlaku(x, TANGGAL));
    expect(aktif.length).toBeGreaterThan(0);
    for (const x of aktif) {
      expect(idx.pegawai.get(x.penerimaNip)?.jabatanKategori).toMatch(/^JF_/);
      expect(idx.pegawai.get(x.pemberiNip)?.instansiId).toBe('pemprov-banten');
      const bawahan = aktifJfPelaksana.filter((p) => p.nip !== x.penerimaNip
        && kedudukanPada(idx, p.nip, TANGGAL)?.pejabatPenilaiKinerjaNip === null
        && pimpinanPada(idx, kedudukanPada(idx, p.nip, TANGGAL)!.unitId, TANGGAL)?.nip === x.pemberiNip);
      expect(bawahan.length).toBeGreaterThan(0);
      for (const p of bawahan) {
        expect(pejabatPenilaiKinerjaPada(idx, p.nip, TANGGAL)).toBe(x.penerimaNip);
        expect(checkPejabatPenilaiKinerja(idx, p.nip, TANGGAL, banten).violations).toEqual([]);
      }
      expect(pejabatPenilaiKinerjaPada(idx, x.penerimaNip, TANGGAL)).toBe(x.pemberiNip);
    }
  });

  it(`R-NAT-16 A-28: given each instansi, when its Pejabat yang Berwenang is resolved on ${TANGGAL}, then it is an active pegawai of that instansi`, () => {
    for (const i of demo.instansi) {
      const pyb = pejabatBerwenangPada(idx, i.id, TANGGAL);
      expect(pyb && idx.pegawai.get(pyb), i.id).toMatchObject({ instansiId: i.id, aktif: true });
    }
  });

  it('given the kedudukan history, when read, then some pegawai moved between units (closed then reopened) and explicit PPKs are named (Banten a.2)', () => {
    const moved = demo.pegawai.filter((p) => new Set(demo.kedudukan.filter((k) => k.nip === p.nip).map((k) => k.unitId)).size > 1);
    expect(moved.length).toBeGreaterThanOrEqual(3);
    expect(demo.kedudukan.some((k) => k.pejabatPenilaiKinerjaNip !== null && k.selesai === null)).toBe(true);
  });
});
