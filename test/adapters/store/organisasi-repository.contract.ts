import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOrganisasiRepository } from '../../../src/adapters/store/organisasi-repository.js';
import type { OrganisasiRepository } from '../../../src/application/ports.js';
import type { OrganisasiSnapshot } from '../../../src/domain/organisasi.js';
import { NIP, snapshot as fixture } from '../../domain/fixtures/organisasi.js';
import { demoOrganisasi, type StoreForTest } from './store-for-test.js';

const byNip = <T extends { nip: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.nip.localeCompare(b.nip));
const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** The organisasi repository against one backend; `store()` is the store opened by the caller's beforeAll. */
export function describeOrganisasiRepository(store: () => StoreForTest): void {
  describe('organisasi repository', () => {
    let repo: OrganisasiRepository;
    let demo: OrganisasiSnapshot;
    const count = async (table: 'instansi' | 'unit_organisasi' | 'pegawai'): Promise<number> =>
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(store().db)).rows[0]?.n ?? -1;

    beforeEach(async () => {
      repo = createOrganisasiRepository(store().db);
      demo = await demoOrganisasi();
    });

    it('given an empty store, when the demo organisation is loaded, then every instansi, unit and pegawai reads back as given', async () => {
      expect(await repo.isEmpty()).toBe(true);

      await repo.load(demo);

      expect(await repo.isEmpty()).toBe(false);
      expect(await repo.listInstansi()).toEqual(byId(demo.instansi));
      expect(await repo.listUnit()).toEqual(byId(demo.unit));
      expect(await repo.listPegawai({ limit: 100, offset: 0 })).toEqual(byNip(demo.pegawai));
    });

    it('given the demo loaded, when it is loaded again, then nothing is duplicated', async () => {
      await repo.load(demo);
      await repo.load(demo);

      expect([await count('instansi'), await count('unit_organisasi'), await count('pegawai')])
        .toEqual([demo.instansi.length, demo.unit.length, demo.pegawai.length]);
      expect(await repo.listPegawai({ limit: 100, offset: 0 })).toEqual(byNip(demo.pegawai));
    });

    it('given the fixture loaded, when a changed organisation is loaded, then rows are updated by key (names, PPK, leaders, kedudukan)', async () => {
      await repo.load(fixture);
      const changed: OrganisasiSnapshot = {
        instansi: fixture.instansi.map((i) => (i.id === 'instansi-a' ? { ...i, nama: 'Instansi A (baru)' } : i)),
        unit: fixture.unit.map((u) => (u.id === 'unit-kosong' ? { ...u, nama: 'UPT Terisi', pimpinanNip: NIP.pengawasA1 } : u)),
        pegawai: fixture.pegawai.map((p) => (p.nip === NIP.jfA1
          ? { ...p, nama: 'JF A1 Baru', pejabatPenilaiKinerjaNip: NIP.kepalaA1, kompetensi: ['Statistik'], kedudukanSejak: '2025-07-01', aktif: false }
          : p)),
      };

      await repo.load(changed);

      expect(await count('pegawai')).toBe(fixture.pegawai.length);
      expect(await repo.listInstansi()).toEqual(byId(changed.instansi));
      expect(await repo.listUnit()).toEqual(byId(changed.unit));
      expect(await repo.listPegawai({ limit: 100, offset: 0 })).toEqual(byNip(changed.pegawai));
    });

    it('given a snapshot with a pegawai in an unknown unit, when loaded, then it fails and nothing is written (one transaction)', async () => {
      const broken: OrganisasiSnapshot = {
        ...fixture,
        pegawai: [...fixture.pegawai, { ...fixture.pegawai[0]!, nip: '199912312024121001', unitOrganisasiId: 'unit-hilang' }],
      };

      await expect(repo.load(broken)).rejects.toThrow();

      expect(await repo.isEmpty()).toBe(true);
      expect([await count('instansi'), await count('unit_organisasi')]).toEqual([0, 0]);
    });

    it('given the fixture loaded, when pegawai are listed page by page, then limit and offset page through them in NIP order', async () => {
      await repo.load(fixture);
      const all = byNip(fixture.pegawai).map((p) => p.nip);

      const first = await repo.listPegawai({ limit: 4, offset: 0 });
      const rest = await repo.listPegawai({ limit: 100, offset: 4 });

      expect(first.map((p) => p.nip)).toEqual(all.slice(0, 4));
      expect(rest.map((p) => p.nip)).toEqual(all.slice(4));
      expect(await repo.listPegawai({ limit: 5, offset: all.length })).toEqual([]);
    });

    describe('viewAround', () => {
      beforeEach(async () => {
        await repo.load(fixture);
      });

      it('given a pegawai, when the view around them is read, then it holds the pegawai, their PPK, their unit, its leader and the instansi', async () => {
        const view = await repo.viewAround({ pegawaiNip: [NIP.jfA1], unitId: [] });

        expect(view.pegawai(NIP.jfA1)).toEqual(fixture.pegawai.find((p) => p.nip === NIP.jfA1));
        expect(view.pegawai(NIP.pengawasA1)?.jabatanKategori).toBe('PENGAWAS');
        expect(view.unit('unit-a1')?.pimpinanNip).toBe(NIP.kepalaA1);
        expect(view.pegawai(NIP.kepalaA1)?.nama).toBe('Kepala A1');
        expect(view.instansi('instansi-a')).toEqual({ id: 'instansi-a', nama: 'Instansi A' });
      });

      it('given a pegawai and another unit, when read, then that unit and its leader are there, and unrelated pegawai are not', async () => {
        const view = await repo.viewAround({ pegawaiNip: [NIP.jfA1], unitId: ['unit-a2'] });

        expect(view.unit('unit-a2')?.pimpinanNip).toBe(NIP.kepalaA2);
        expect(view.pegawai(NIP.kepalaA2)?.nip).toBe(NIP.kepalaA2);
        expect(view.pegawai(NIP.jfA2)).toBeUndefined();
        expect(view.pegawai(NIP.pelaksanaA1)).toBeUndefined();
        expect(view.unit('unit-b1')).toBeUndefined();
      });

      it('given a pegawai in a unit whose PUO post is vacant, when read, then the unit has no leader', async () => {
        const view = await repo.viewAround({ pegawaiNip: [NIP.jfKosong], unitId: [] });

        expect(view.unit('unit-kosong')).toMatchObject({ pimpinanNip: null, indukId: 'unit-a1' });
        expect(view.pegawai(NIP.pengawasA1)?.nip).toBe(NIP.pengawasA1);
      });

      it('given unknown NIPs and units, when read, then the view is empty', async () => {
        const view = await repo.viewAround({ pegawaiNip: ['196001012000011999'], unitId: ['unit-hilang'] });

        expect(view.pegawai('196001012000011999')).toBeUndefined();
        expect(view.unit('unit-hilang')).toBeUndefined();
        expect(view.instansi('instansi-a')).toBeUndefined();
      });
    });
  });
}
