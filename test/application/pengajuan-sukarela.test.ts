import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKasusRepository } from '../../src/adapters/store/kasus-repository.js';
import { createOrganisasiRepository } from '../../src/adapters/store/organisasi-repository.js';
import { createPenugasanRepository } from '../../src/adapters/store/penugasan-repository.js';
import { createPermohonanRepository } from '../../src/adapters/store/permohonan-repository.js';
import type { Database } from '../../src/adapters/store/schema.js';
import type { KasusDeps } from '../../src/application/kasus/langkah.js';
import { validasiPengajuanSukarela, type FormPengajuanSukarela } from '../../src/application/pengajuan-sukarela.js';
import { direktoriDari, openPgliteMemory, type StoreForTest } from '../adapters/store/store-for-test.js';
import { NIP, snapshot } from '../domain/fixtures/organisasi.js';

/** The use case on a real (in-memory) store with the fixture organisation; the engine's history is faked. */
describe('validasi-pengajuan-sukarela (application)', () => {
  let store: StoreForTest;
  let db: Kysely<Database>;
  const pemula = new Map<string, string>();
  let deps: KasusDeps;

  beforeAll(async () => {
    store = await openPgliteMemory();
    db = store.db;
    const organisasi = createOrganisasiRepository(db);
    await organisasi.loadDirektori(direktoriDari(snapshot));
    deps = {
      organisasi, penugasan: createPenugasanRepository(db), permohonan: createPermohonanRepository(db), kasus: createKasusRepository(db),
      history: { pemulaProses: (pid) => Promise.resolve(pemula.get(pid)), penyelesaiTugas: () => Promise.resolve(undefined), tugasSelesai: () => Promise.resolve(undefined), asalInstans: () => Promise.resolve(undefined) },
      hariIni: () => '2026-01-20',
    };
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  const surat = (changes: Partial<FormPengajuanSukarela> = {}): FormPengajuanSukarela => ({
    saluran: 'SURAT', unitDitujuId: 'unit-a2', uraianTugas: 'Membantu survei', targetKinerja: 'Survei kepuasan 2026',
    kompetensiTeks: 'Analisis Data', tanggalMulai: '2026-02-02', tanggalSelesai: '2026-04-30', maksudTujuan: 'Mendukung unit A2',
    ekspektasiTarget: 'Laporan survei', ...changes,
  });
  const validasi = (pid: string, form: FormPengajuanSukarela, starter: string = NIP.jfA1) => {
    pemula.set(pid, starter);
    return validasiPengajuanSukarela(deps, { kunciKasus: pid, processInstanceId: pid }, form);
  };
  const status = async (pid: string) => (await db.selectFrom('permohonan').select('status').where('business_key', '=', pid).executeTakeFirst())?.status;

  it('R-NAT-24: given a valid letter, when validated, then it is registered and the starter is the applicant, whatever the form says', async () => {
    const result = await validasi('p-1', surat({ pegawaiNip: NIP.jfA2 }));

    expect(result).toMatchObject({ kind: 'complete', variables: { pemohonNip: NIP.jfA1, pengusulNip: NIP.jfA1, unitPemilikKinerjaId: 'unit-a2', ruangLingkup: 'LINTAS_UNIT', peringatan: [] } });
    expect(await status('p-1')).toBe('BERJALAN');
    expect(await deps.kasus.peran('p-1')).toEqual({ pengusulNip: NIP.jfA1, pemohonNip: NIP.jfA1 });
  });

  it('R-SYS-01: given a redelivered validation of the same case, when validated again, then it is not its own duplicate', async () => {
    expect(await validasi('p-1', surat())).toMatchObject({ kind: 'complete' });
  });

  it('R-SYS-01: given the same application in a second case, when validated, then it is a duplicate; corrected, it is registered', async () => {
    const dup = await validasi('p-2', surat({ targetKinerja: '  SURVEI kepuasan 2026 ' }));

    expect(dup).toMatchObject({ kind: 'bpmnError', errorCode: 'PERMOHONAN_TIDAK_VALID' });
    expect(dup.kind === 'bpmnError' && dup.message).toContain('[R-SYS-01] DUPLIKAT');
    expect(dup.kind === 'bpmnError' && dup.message).toContain('p-1');
    expect(await status('p-2')).toBe('TIDAK_VALID');
    // when corrected to another target, it is registered and open
    expect(await validasi('p-2', surat({ targetKinerja: 'Survei kebutuhan pelatihan 2026' }))).toMatchObject({ kind: 'complete' });
    expect(await status('p-2')).toBe('BERJALAN');
    // and the first case still blocks a third copy of itself
    expect(await validasi('p-3', surat())).toMatchObject({ kind: 'bpmnError' });
  });

  it('R-NAT-23: given an oral request recorded by the PUO, when validated, then the applicant is the one named in the form', async () => {
    const result = await validasi('p-4', { saluran: 'LISAN', pegawaiNip: NIP.jfA1, uraianTugas: 'Membantu dasbor', targetKinerja: 'Dasbor unit A1',
      tanggalMulai: '2026-02-02', tanggalSelesai: '2026-03-31', tanggalPermohonanLisan: '2026-01-19' }, NIP.kepalaA1);

    expect(result).toMatchObject({ kind: 'complete', variables: { pemohonNip: NIP.jfA1, pengusulNip: NIP.kepalaA1, ruangLingkup: 'DALAM_UNIT', unitPemilikKinerjaId: 'unit-a1' } });
  });

  it('R-NAT-21: given a letter to another instansi, when validated, then nothing is registered and the starter gets it back', async () => {
    const result = await validasi('p-5', surat({ unitDitujuId: 'unit-b1' }));

    expect(result).toMatchObject({ kind: 'bpmnError', variables: { pengusulNip: NIP.jfA1 } });
    expect(result.kind === 'bpmnError' && result.message).toContain('[R-NAT-21] unitDitujuId');
    expect(await status('p-5')).toBeUndefined();
  });

  it('R-SYS-02: given a process nobody known started, when validated, then it is a technical failure (no snapshot from variables)', async () => {
    await expect(validasiPengajuanSukarela(deps, { kunciKasus: 'p-6', processInstanceId: 'p-6' }, surat())).rejects.toThrow('tidak dimulai oleh pengguna');
  });
});
