import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKegiatanRepository } from '../../../src/adapters/store/kegiatan-repository.js';
import type { KegiatanRepository } from '../../../src/application/ports.js';
import { checkTransisiTahap, type TahapKegiatan } from '../../../src/domain/rules/tahap-kegiatan.js';
import { openPgliteMemory, type StoreForTest } from './store-for-test.js';

const periksa = (ke: TahapKegiatan) => (dari: string | null) => checkTransisiTahap(dari as TahapKegiatan | null, ke).violations[0]?.message;

describe('kegiatan repository (PGlite)', () => {
  let store: StoreForTest;
  let repo: KegiatanRepository;
  beforeAll(async () => {
    store = await openPgliteMemory();
    repo = createKegiatanRepository(store.db);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('R-NAT-44: given a registered kegiatan, stages are recorded in order, once per activity instance, and a skip is refused', async () => {
    await repo.daftarkan({ kunciKasus: 'pi-1', penugasanId: 7, pegawaiNip: 'p', unitPemilikKinerjaId: 'u' });
    await repo.daftarkan({ kunciKasus: 'pi-1', penugasanId: 7, pegawaiNip: 'p', unitPemilikKinerjaId: 'u' });
    expect(await repo.ambil('pi-1')).toMatchObject({ penugasanId: 7, tahap: null });
    await repo.pindahTahap({ kunci: 'a1', kunciKasus: 'pi-1', ke: 'PERENCANAAN', aktorNip: 'sistem' }, periksa('PERENCANAAN'));
    // a redelivered task changes nothing
    await repo.pindahTahap({ kunci: 'a1', kunciKasus: 'pi-1', ke: 'PERENCANAAN', aktorNip: 'sistem' }, periksa('PERENCANAAN'));
    await expect(repo.pindahTahap({ kunci: 'a2', kunciKasus: 'pi-1', ke: 'EVALUASI', aktorNip: 'sistem' }, periksa('EVALUASI'))).rejects.toThrow(/perencanaan tidak dapat berpindah ke evaluasi/);
    await repo.pindahTahap({ kunci: 'a3', kunciKasus: 'pi-1', ke: 'PELAKSANAAN', aktorNip: 'sistem' }, periksa('PELAKSANAAN'));
    expect((await repo.riwayatTahap('pi-1')).map((t) => [t.dari, t.ke])).toEqual([[null, 'PERENCANAAN'], ['PERENCANAAN', 'PELAKSANAAN']]);
    expect((await repo.byPenugasan(7))?.tahap).toBe('PELAKSANAAN');
    expect(await repo.byPenugasan(8)).toBeUndefined();
  });
});
