import { sql } from 'kysely';
import { penomoranUji } from '../../support/penomoran.js';
import { describe, expect, it } from 'vitest';
import { createKasusRepository } from '../../../src/adapters/store/kasus-repository.js';
import type { StoreForTest } from './store-for-test.js';

const keputusan = (taskId: string, keputusanValue = 'SETUJU') => ({
  taskId, kunciKasus: 'K1', processInstanceId: 'P1', langkah: 'Tugas_Putuskan', aktorNip: '1', keputusan: keputusanValue, alasan: null, data: { catatan: 'ok' },
});
const surat = (kunci: string) => ({
  kunci, kunciKasus: 'K1', processInstanceId: 'P1', jenis: 'SURAT_PENUGASAN' as const, perihal: 'Penugasan', penandatanganNip: '1',
  penerima: ['2'], tembusan: [{ peran: 'ppk', nip: '3' }], isi: { a: 1 }, penomoran: penomoranUji(),
});

/** The case store (roles, decisions, letters) against one backend. */
export function describeKasusRepository(store: () => StoreForTest): void {
  describe('kasus repository', () => {
    it('a role resolved again replaces the snapshot (R-SYS-02)', async () => {
      const repo = createKasusRepository(store().db);
      await repo.tetapkanPeran('K1', 'ppkNip', '1');
      await repo.tetapkanPeran('K1', 'ppkNip', '2');
      await repo.tetapkanPeran('K1', 'puoNip', '3');
      expect(await repo.peran('K1')).toEqual({ ppkNip: '2', puoNip: '3' });
    });

    it('a decision is recorded once per completed task, with an audit entry (redelivery changes nothing)', async () => {
      const repo = createKasusRepository(store().db);
      const first = await repo.catatKeputusan(keputusan('T1'));
      const again = await repo.catatKeputusan(keputusan('T1', 'TOLAK'));
      expect(again).toEqual(first);
      expect((await repo.keputusan('K1')).map((k) => k.keputusan)).toEqual(['SETUJU']);
      const audit = await store().db.selectFrom('audit_log').select('aksi').execute();
      expect(audit).toEqual([{ aksi: 'KEPUTUSAN_Tugas_Putuskan' }]);
    });

    it('a letter is issued once per issuing activity and numbered in sequence', async () => {
      const repo = createKasusRepository(store().db);
      const a = await repo.terbitkanSurat(surat('A1'));
      const again = await repo.terbitkanSurat(surat('A1'));
      const b = await repo.terbitkanSurat(surat('A2'));
      expect(a.created).toBe(true);
      expect(again).toEqual({ created: false, surat: a.surat });
      // Issue 12: the instansi's pattern and sequence, no case key or process instance id in the number.
      expect(a.surat.nomor).toBe('800/1/unit-uji/2027');
      expect(b.surat.nomor).toBe('800/2/unit-uji/2027');
      expect(await repo.suratByNomor(b.surat.nomor)).toEqual(b.surat);
      expect((await repo.surat('K1')).map((s) => s.kunci)).toEqual(['A1', 'A2']);
    });

    it('letters and decisions cannot be changed or deleted, even with SQL (R-SYS-04)', async () => {
      const repo = createKasusRepository(store().db);
      await repo.terbitkanSurat(surat('A1'));
      await repo.catatKeputusan(keputusan('T1'));
      const db = store().db;
      await expect(sql`update surat set perihal = 'lain'`.execute(db)).rejects.toThrow(/R-SYS-04/);
      await expect(sql`delete from surat`.execute(db)).rejects.toThrow(/R-SYS-04/);
      await expect(sql`update keputusan_kasus set keputusan = 'TOLAK'`.execute(db)).rejects.toThrow(/R-SYS-04/);
      await expect(sql`delete from keputusan_kasus`.execute(db)).rejects.toThrow(/R-SYS-04/);
      expect((await repo.surat('K1'))[0]!.perihal).toBe('Penugasan');
    });
  });
}
