import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOrganisasiRepository } from '../../../src/adapters/store/organisasi-repository.js';
import type { OrganisasiRepository } from '../../../src/application/ports.js';
import type { Direktori } from '../../../src/domain/direktori.js';
import { NIP, snapshot as fixture } from '../../domain/fixtures/organisasi.js';
import { demoDirektori, direktoriDari, type StoreForTest } from './store-for-test.js';

const byNip = <T extends { nip: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.nip.localeCompare(b.nip));
const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** The organisasi repository against one backend; `store()` is the store opened by the caller's beforeAll. */
export function describeOrganisasiRepository(store: () => StoreForTest): void {
  describe('organisasi repository (dated directory)', () => {
    let repo: OrganisasiRepository;
    let demo: Direktori;
    const data = direktoriDari(fixture);
    const count = async (table: 'instansi' | 'unit_organisasi' | 'pegawai' | 'kedudukan' | 'pegawai_riwayat' | 'pimpinan_unit'): Promise<number> =>
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(store().db)).rows[0]?.n ?? -1;

    beforeEach(async () => {
      repo = createOrganisasiRepository(store().db);
      demo = await demoDirektori();
    });

    it('given an empty store, when the demo directory is loaded, then every record reads back as given', async () => {
      expect(await repo.isEmpty()).toBe(true);

      const summary = await repo.loadDirektori(demo);

      expect(summary).toMatchObject({ pegawaiBaru: demo.pegawai.length, pegawaiBerubah: 0 });
      expect(await repo.isEmpty()).toBe(false);
      expect(await repo.listInstansi()).toEqual(byId(demo.instansi));
      expect(await repo.listUnit({})).toEqual(byId(demo.unit));
      expect(await repo.listPegawai({ limit: 1000, offset: 0 })).toEqual(byNip(demo.pegawai));
      const siti = demo.kedudukan.find((k) => k.nip === '198807222012122003');
      expect(await repo.riwayatKedudukan('198807222012122003')).toEqual([siti]);
    });

    it('given the demo loaded, when it is loaded again, then nothing is duplicated and nothing counts as changed', async () => {
      await repo.loadDirektori(demo);
      const again = await repo.loadDirektori(demo);

      expect(again).toMatchObject({ pegawaiBaru: 0, pegawaiBerubah: 0, pegawaiTetap: demo.pegawai.length });
      expect([await count('instansi'), await count('unit_organisasi'), await count('pegawai'), await count('kedudukan'), await count('pegawai_riwayat')])
        .toEqual([demo.instansi.length, demo.unit.length, demo.pegawai.length, demo.kedudukan.length, 0]);
    });

    it('given the fixture loaded, when a pegawai changes jabatan and moves unit on a date, then the old version and the old kedudukan are kept', async () => {
      await repo.loadDirektori(data);
      const changed: Direktori = {
        ...data,
        pegawai: data.pegawai.map((p) => (p.nip === NIP.jfA1 ? { ...p, nama: 'JF A1 Baru', jabatanNama: 'Analis Kebijakan Ahli Muda' } : p)),
        kedudukan: [
          ...data.kedudukan.map((k) => (k.nip === NIP.jfA1 ? { ...k, selesai: '2026-06-30' } : k)),
          { nip: NIP.jfA1, unitId: 'unit-a2', pejabatPenilaiKinerjaNip: null, mulai: '2026-07-01', selesai: null },
        ],
      };

      const summary = await repo.loadDirektori(changed);

      expect(summary).toMatchObject({ pegawaiBerubah: 1, pegawaiBaru: 0 });
      const riwayat = await store().db.selectFrom('pegawai_riwayat').selectAll().where('nip', '=', NIP.jfA1).execute();
      expect(riwayat.map((r) => r.data.nama)).toEqual(['JF A1']);
      expect((await repo.riwayatKedudukan(NIP.jfA1)).map((k) => [k.unitId, k.mulai, k.selesai]))
        .toEqual([['unit-a1', '2024-01-02', '2026-06-30'], ['unit-a2', '2026-07-01', null]]);
      const before = await repo.viewAround({ pegawaiNip: [NIP.jfA1], unitId: [] }, '2026-06-30');
      const after = await repo.viewAround({ pegawaiNip: [NIP.jfA1], unitId: [] }, '2026-07-01');
      expect(before.pegawai(NIP.jfA1)?.unitId).toBe('unit-a1');
      expect(after.pegawai(NIP.jfA1)).toMatchObject({ unitId: 'unit-a2', pejabatPenilaiKinerjaNip: NIP.kepalaA2, nama: 'JF A1 Baru' });
    });

    it('given a directory with a kedudukan in an unknown unit, when loaded, then it fails and nothing is written (one transaction)', async () => {
      const broken: Direktori = { ...data, kedudukan: [...data.kedudukan, { nip: NIP.jfA1, unitId: 'unit-hilang', pejabatPenilaiKinerjaNip: null, mulai: '2030-01-01', selesai: null }] };

      await expect(repo.loadDirektori(broken)).rejects.toThrow();

      expect(await repo.isEmpty()).toBe(true);
      expect([await count('instansi'), await count('unit_organisasi'), await count('kedudukan')]).toEqual([0, 0, 0]);
    });

    it('given the fixture loaded, when pegawai are listed, then limit/offset page in NIP order and filters apply', async () => {
      await repo.loadDirektori(data);
      const all = byNip(data.pegawai).map((p) => p.nip);

      expect((await repo.listPegawai({ limit: 4, offset: 0 })).map((p) => p.nip)).toEqual(all.slice(0, 4));
      expect((await repo.listPegawai({ limit: 100, offset: 4 })).map((p) => p.nip)).toEqual(all.slice(4));
      expect(await repo.listPegawai({ limit: 5, offset: all.length })).toEqual([]);
      expect((await repo.listPegawai({ limit: 100, offset: 0, instansiId: 'instansi-b' })).every((p) => p.instansiId === 'instansi-b')).toBe(true);
      expect((await repo.listPegawai({ limit: 100, offset: 0, unitId: 'unit-a1' })).map((p) => p.nip)).toContain(NIP.jfA1);
      expect((await repo.listPegawai({ limit: 100, offset: 0, cari: 'JF A1' })).map((p) => p.nip)).toEqual([NIP.jfA1]);
    });

    describe('viewAround', () => {
      beforeEach(async () => {
        await repo.loadDirektori(data);
      });

      it('given a pegawai, when the view on a date is read, then it holds the pegawai, their PPK, their unit, its leader and the instansi', async () => {
        const view = await repo.viewAround({ pegawaiNip: [NIP.jfA1], unitId: [] }, '2026-01-01');

        expect(view.pegawai(NIP.jfA1)).toMatchObject({ nip: NIP.jfA1, unitId: 'unit-a1', kedudukanSejak: '2024-01-02' });
        expect(view.pegawai(NIP.jfA1)?.pejabatPenilaiKinerjaNip).toBe(fixture.pegawai.find((p) => p.nip === NIP.jfA1)?.pejabatPenilaiKinerjaNip);
        expect(view.unit('unit-a1')?.pimpinanNip).toBe(NIP.kepalaA1);
        expect(view.pegawai(NIP.kepalaA1)?.nama).toBe('Kepala A1');
        expect(view.instansi('instansi-a')).toMatchObject({ id: 'instansi-a', nama: 'Instansi A' });
      });

      it('given a pegawai in a unit whose PUO post is vacant, when read, then the unit has no leader', async () => {
        const view = await repo.viewAround({ pegawaiNip: [NIP.jfKosong], unitId: [] }, '2026-01-01');

        expect(view.unit('unit-kosong')).toMatchObject({ pimpinanNip: null, indukId: 'unit-a1' });
      });

      it('given unknown NIPs and units, when read, then the view is empty', async () => {
        const view = await repo.viewAround({ pegawaiNip: ['196001012000011999'], unitId: ['unit-hilang'] }, '2026-01-01');

        expect(view.pegawai('196001012000011999')).toBeUndefined();
        expect(view.unit('unit-hilang')).toBeUndefined();
        expect(view.instansi('instansi-a')).toBeUndefined();
      });
    });
  });
}
