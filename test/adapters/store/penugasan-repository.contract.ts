import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOrganisasiRepository } from '../../../src/adapters/store/organisasi-repository.js';
import { createPenugasanRepository } from '../../../src/adapters/store/penugasan-repository.js';
import type { PenugasanBaru, PenugasanRepository } from '../../../src/application/ports.js';
import { NIP, snapshot as fixture } from '../../domain/fixtures/organisasi.js';
import { direktoriDari, type StoreForTest } from './store-for-test.js';

const ditetapkan = (processInstanceId: string, changes: Partial<PenugasanBaru> = {}): PenugasanBaru => ({
  processInstanceId,
  bentuk: 'PENUNJUKAN',
  ruangLingkup: 'DALAM_UNIT',
  status: 'DITETAPKAN',
  pegawaiNip: NIP.jfA1,
  unitPemilikKinerjaId: 'unit-a1',
  pengusulNip: NIP.pengawasA1,
  penetapNip: NIP.kepalaA1,
  uraianTugas: 'Menyusun dasbor kinerja unit',
  targetKinerja: 'Dasbor kinerja triwulan I tersedia',
  kompetensiDibutuhkan: ['Analisis Data'],
  tanggalMulai: '2026-01-01',
  tanggalSelesai: '2026-12-31',
  alasan: null,
  ...changes,
});

const ditolak = (processInstanceId: string, alasan: string | null): PenugasanBaru =>
  ditetapkan(processInstanceId, { status: 'DITOLAK', alasan });

/** The penugasan repository against one backend; `store()` is the store opened by the caller's beforeAll. */
export function describePenugasanRepository(store: () => StoreForTest): void {
  describe('penugasan repository', () => {
    let repo: PenugasanRepository;
    const rows = async (table: 'penugasan' | 'audit_log'): Promise<number> =>
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(store().db)).rows[0]?.n ?? -1;

    beforeEach(async () => {
      await createOrganisasiRepository(store().db).loadDirektori(direktoriDari(fixture));
      repo = createPenugasanRepository(store().db);
    });

    it('given a new penugasan, when recorded, then it reads back as given, dates as YYYY-MM-DD strings', async () => {
      const baru = ditetapkan('pi-1');

      const { created, penugasan } = await repo.record(baru, 'demo.kepala');

      expect(created).toBe(true);
      expect(penugasan).toEqual({ ...baru, suratNomor: null, mode: 'INDIVIDU', timKerjaId: null, id: expect.any(Number) as unknown, dicatatPada: expect.any(String) as unknown });
      expect(penugasan.tanggalMulai).toBe('2026-01-01');
      expect(penugasan.tanggalSelesai).toBe('2026-12-31');
      expect(new Date(penugasan.dicatatPada).toISOString()).toBe(penugasan.dicatatPada);
      expect(await repo.byProcessInstance('pi-1')).toEqual(penugasan);
    });

    it('R-SYS-04: given a recorded penugasan, when the same process instance records again, then created is false, one row, one audit row', async () => {
      const first = await repo.record(ditetapkan('pi-1'), 'demo.kepala');

      const again = await repo.record(ditetapkan('pi-1', { uraianTugas: 'Redelivered with other content' }), 'worker-2');

      expect(again).toEqual({ created: false, penugasan: first.penugasan });
      expect([await rows('penugasan'), await rows('audit_log')]).toEqual([1, 1]);
      const audit = await store().db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ aktor: 'demo.kepala', aksi: 'PENUGASAN_DITETAPKAN', process_instance_id: 'pi-1' });
      expect(audit.data).toMatchObject({ processInstanceId: 'pi-1', uraianTugas: 'Menyusun dasbor kinerja unit' });
    });

    it('R-NAT-13: given a DITOLAK with a reason, when recorded, then it is stored with a PENUGASAN_DITOLAK audit row', async () => {
      const { created, penugasan } = await repo.record(ditolak('pi-tolak', 'Pegawai sedang menyelesaikan audit internal.'), 'demo.kepala');

      expect(created).toBe(true);
      expect(penugasan).toMatchObject({ status: 'DITOLAK', alasan: 'Pegawai sedang menyelesaikan audit internal.' });
      expect(await store().db.selectFrom('audit_log').select('aksi').execute()).toEqual([{ aksi: 'PENUGASAN_DITOLAK' }]);
    });

    it.each([
      { alasan: null, what: 'no alasan (null)' },
      { alasan: '', what: 'an empty alasan' },
      { alasan: '   ', what: 'a blank alasan' },
    ])('R-NAT-13: given a DITOLAK with $what, when recorded, then the check constraint refuses it and nothing is half-written', async ({ alasan }) => {
      await expect(repo.record(ditolak('pi-tolak', alasan), 'demo.kepala')).rejects.toThrow(/penugasan_alasan_tolak/);

      expect([await rows('penugasan'), await rows('audit_log')]).toEqual([0, 0]);
    });

    it('R-SYS-03: given an end date before the start date, when recorded, then the check constraint refuses it and nothing is written', async () => {
      const mundur = ditetapkan('pi-mundur', { tanggalMulai: '2026-03-31', tanggalSelesai: '2026-01-05' });

      await expect(repo.record(mundur, 'demo.kepala')).rejects.toThrow(/penugasan_periode/);

      expect([await rows('penugasan'), await rows('audit_log')]).toEqual([0, 0]);
    });

    it('R-NAT-01: given a form other than penunjukan or pengajuan sukarela, when recorded, then the check constraint refuses it', async () => {
      const mutasi = { ...ditetapkan('pi-mutasi'), bentuk: 'MUTASI' } as unknown as PenugasanBaru;

      await expect(repo.record(mutasi, 'demo.kepala')).rejects.toThrow(/penugasan_bentuk_check/);

      expect([await rows('penugasan'), await rows('audit_log')]).toEqual([0, 0]);
    });

    it('given an unknown process instance, when read, then there is none', async () => {
      expect(await repo.byProcessInstance('pi-tidak-ada')).toBeUndefined();
    });

    describe('list', () => {
      beforeEach(async () => {
        await repo.record(ditetapkan('pi-1'), 'a');
        await repo.record(ditolak('pi-2', 'Pegawai sedang cuti besar sampai Juni.'), 'a');
        await repo.record(ditetapkan('pi-3', { pegawaiNip: NIP.pelaksanaA1 }), 'a');
        await repo.record(ditetapkan('pi-4'), 'a');
        await repo.record(ditolak('pi-5', 'Beban kerja pegawai sudah penuh tahun ini.'), 'a');
      });

      const ids = (list: readonly { processInstanceId: string }[]): string[] => list.map((p) => p.processInstanceId);

      it.each([
        { filter: {}, expected: ['pi-5', 'pi-4', 'pi-3', 'pi-2', 'pi-1'], when: 'no filter (newest first)' },
        { filter: { pegawaiNip: NIP.pelaksanaA1 }, expected: ['pi-3'], when: 'the Pelaksana' },
        { filter: { pegawaiNip: NIP.jfA1 }, expected: ['pi-5', 'pi-4', 'pi-2', 'pi-1'], when: 'the JF' },
        { filter: { status: 'DITOLAK' as const }, expected: ['pi-5', 'pi-2'], when: 'status DITOLAK' },
        { filter: { pegawaiNip: NIP.jfA1, status: 'DITETAPKAN' as const }, expected: ['pi-4', 'pi-1'], when: 'the JF and DITETAPKAN' },
        { filter: { pegawaiNip: NIP.jfA2 }, expected: [], when: 'a pegawai without penugasan' },
      ])('given five records, when listed for $when, then $expected', async ({ filter, expected }) => {
        expect(ids(await repo.list({ ...filter, limit: 50, offset: 0 }))).toEqual(expected);
      });

      it.each([
        { limit: 2, offset: 0, expected: ['pi-5', 'pi-4'] },
        { limit: 2, offset: 2, expected: ['pi-3', 'pi-2'] },
        { limit: 2, offset: 4, expected: ['pi-1'] },
        { limit: 2, offset: 6, expected: [] },
      ])('given five records, when listed with limit $limit offset $offset, then $expected', async ({ limit, offset, expected }) => {
        expect(ids(await repo.list({ limit, offset }))).toEqual(expected);
      });

      it('given a filter and a page, when listed, then the page is taken after filtering', async () => {
        expect(ids(await repo.list({ pegawaiNip: NIP.jfA1, limit: 1, offset: 1 }))).toEqual(['pi-4']);
      });
    });
  });
}
