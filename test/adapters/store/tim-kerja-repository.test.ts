import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createOrganisasiRepository } from '../../../src/adapters/store/organisasi-repository.js';
import { createPenugasanRepository } from '../../../src/adapters/store/penugasan-repository.js';
import type { Database } from '../../../src/adapters/store/schema.js';
import { createTimKerjaRepository } from '../../../src/adapters/store/tim-kerja-repository.js';
import type { TimKerjaBaru } from '../../../src/application/ports.js';
import { NIP, snapshot } from '../../domain/fixtures/organisasi.js';
import { direktoriDari } from './store-for-test.js';

const usulan: TimKerjaBaru = {
  processInstanceId: 'pi-tim', kunciKasus: 'pi-tim', nama: 'Tim Dasbor', unitPemilikId: 'unit-a1', ruangLingkup: 'DALAM_UNIT', tahun: 2027,
  tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', ketuaNip: 'K', instrumen: 'SURAT_TUGAS', tujuan: null, rincianTugas: 'Dasbor kinerja',
};

describe('tim kerja repository on PGlite (migration 006)', () => {
  let db: Kysely<Database>;
  beforeAll(async () => {
    db = await openStore({ kind: 'pglite-memory' });
    await createOrganisasiRepository(db).loadDirektori(direktoriDari(snapshot));
  }, 60_000);
  afterAll(async () => { await db?.destroy(); });

  it('a proposal is registered once, replaced by a corrected resubmission, and established once with unique members', async () => {
    const repo = createTimKerjaRepository(db);
    const a = await repo.usulkan(usulan);
    const b = await repo.usulkan({ ...usulan, nama: 'Tim Dasbor Kinerja' });
    expect(b).toMatchObject({ id: a.id, nama: 'Tim Dasbor Kinerja', status: 'DIUSULKAN', anggota: [], tanggalMulai: '2027-01-04' });
    const anggota = [{ nip: 'K', peran: 'KETUA' as const }, { nip: 'A', peran: 'ANGGOTA' as const }, { nip: 'A', peran: 'ANGGOTA' as const }];
    const tim = await repo.tetapkan('pi-tim', { status: 'DITETAPKAN', suratNomor: '1/ST/pi-tim/2027', anggota });
    expect(tim).toMatchObject({ status: 'DITETAPKAN', suratNomor: '1/ST/pi-tim/2027', anggota: [{ nip: 'A', peran: 'ANGGOTA' }, { nip: 'K', peran: 'KETUA' }] });
    // redelivered: nothing changes, an ended team is not reopened by a late proposal
    expect(await repo.tetapkan('pi-tim', { status: 'DITOLAK', suratNomor: null, anggota: [] })).toEqual(tim);
    expect((await repo.usulkan({ ...usulan, nama: 'Lain' })).nama).toBe('Tim Dasbor Kinerja');
    expect((await repo.list({ nip: 'A', limit: 10, offset: 0 })).map((t) => t.id)).toEqual([tim.id]);
    expect(await repo.byId(tim.id)).toEqual(tim);
  });

  it('R-NAT-04: a penugasan in mode TIM must reference its team (constraint)', async () => {
    const penugasan = createPenugasanRepository(db);
    const p = {
      processInstanceId: 'pi-p', bentuk: 'PENUNJUKAN' as const, ruangLingkup: 'DALAM_UNIT' as const, status: 'DITETAPKAN' as const, pegawaiNip: NIP.jfA1,
      unitPemilikKinerjaId: 'unit-a1', pengusulNip: NIP.kepalaA1, penetapNip: NIP.kepalaA1, uraianTugas: 'x', targetKinerja: 'y', kompetensiDibutuhkan: [],
      tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', alasan: null,
    };
    await expect(penugasan.record({ ...p, mode: 'TIM' }, 'K')).rejects.toThrow();
    const tim = await createTimKerjaRepository(db).byProcessInstance('pi-tim');
    expect((await penugasan.record({ ...p, mode: 'TIM', timKerjaId: tim!.id }, 'K')).penugasan).toMatchObject({ mode: 'TIM', timKerjaId: tim!.id });
  });
});
