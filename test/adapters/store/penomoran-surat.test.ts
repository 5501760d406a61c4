import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKasusRepository } from '../../../src/adapters/store/kasus-repository.js';
import { formatNomor } from '../../../src/domain/surat/format-surat.js';
import { penomoranUji } from '../../support/penomoran.js';
import { openPgliteMemory, openPostgresThrowaway, type OpenStoreForTest, type StoreForTest } from './store-for-test.js';

const surat = (kunci: string, instansi = 'pemprov-banten') => ({
  kunci, kunciKasus: `K-${kunci}`, processInstanceId: `P-${kunci}`, jenis: 'SURAT_TUGAS' as const, perihal: 'Penugasan', penandatanganNip: '1',
  penerima: ['2'], tembusan: [{ peran: 'ppk', nip: '3' }, { peran: 'puo', nip: '3' }], isi: {}, penomoran: penomoranUji(instansi, 'SURAT_TUGAS', '2027-03-01', 'banten-diskominfo'),
});

function describeNumbering(nama: string, open: OpenStoreForTest): void {
  describe(`letter numbers on ${nama} (issue 12 item 2)`, { timeout: 120_000 }, () => {
    let store: StoreForTest;
    beforeAll(async () => { store = await open(); }, 120_000);
    afterAll(async () => { await store.close(); });

    it('fifty letters issued in parallel get fifty distinct consecutive numbers, no case key in them', async () => {
      const repo = createKasusRepository(store.db);
      const hasil = await Promise.all(Array.from({ length: 50 }, (_, i) => repo.terbitkanSurat(surat(`par-${i}`))));
      const nomor = hasil.map((h) => h.surat.nomor);
      expect(new Set(nomor).size).toBe(50);
      const p = penomoranUji('pemprov-banten', 'SURAT_TUGAS', '2027-03-01', 'banten-diskominfo');
      expect([...nomor].sort()).toEqual(Array.from({ length: 50 }, (_, i) => formatNomor(p, i + 1)).sort());
      expect(nomor.every((n) => /^800\/\d+\/banten-diskominfo\/2027$/.test(n))).toBe(true);
    });

    it('a redelivered issuance (same activity instance, even concurrently) gets the same number and takes no new one', async () => {
      const repo = createKasusRepository(store.db);
      const [a, b] = await Promise.allSettled([repo.terbitkanSurat(surat('ulang')), repo.terbitkanSurat(surat('ulang'))]);
      const again = await repo.terbitkanSurat(surat('ulang'));
      const firstOk = [a, b].find((r) => r.status === 'fulfilled');
      expect(firstOk?.status === 'fulfilled' && firstOk.value.surat.nomor).toBe(again.surat.nomor);
      expect(again.created).toBe(false);
      const next = await repo.terbitkanSurat(surat('sesudah'));
      // 50 before, one for "ulang", so "sesudah" is 52: nothing skipped, nothing reused.
      expect(next.surat.nomor).toBe('800/52/banten-diskominfo/2027');
    });

    it('each instansi and year has its own sequence; every copy lands once in the inbox (R-SYS-05)', async () => {
      const repo = createKasusRepository(store.db);
      const lain = await repo.terbitkanSurat(surat('lain', 'pemkab-meranti'));
      expect(lain.surat.nomor).toBe('800/1/banten-diskominfo/2027');
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from kotak_masuk where surat_id = ${lain.surat.id}`.execute(store.db);
      expect(rows[0]!.n).toBe(2);
    });
  });
}

describeNumbering('PGlite', openPgliteMemory);
describeNumbering('PostgreSQL (throwaway database)', openPostgresThrowaway);
