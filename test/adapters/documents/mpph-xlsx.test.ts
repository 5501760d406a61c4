import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mpphXlsx } from '../../../src/adapters/documents/mpph-xlsx.js';
import { bacaMpph } from '../../../src/adapters/store/mpph-repository.js';
import { createOrganisasiRepository } from '../../../src/adapters/store/organisasi-repository.js';
import { createPenugasanRepository } from '../../../src/adapters/store/penugasan-repository.js';
import { createTimKerjaRepository } from '../../../src/adapters/store/tim-kerja-repository.js';
import { demoDirektori, openPgliteMemory, type StoreForTest } from '../store/store-for-test.js';

const UNIT = 'banten-diskominfo';
const KETUA = '198711042009011005';
const ANGGOTA = '198807222012122003';
const INDIVIDU = '199203102019031004';

describe('MPPH of a unit as .xlsx for e-Kinerja (issue 12 item 5)', { timeout: 60_000 }, () => {
  let store: StoreForTest;
  beforeAll(async () => {
    store = await openPgliteMemory();
    await createOrganisasiRepository(store.db).loadDirektori(await demoDirektori());
    const tim = createTimKerjaRepository(store.db);
    await tim.usulkan({ processInstanceId: 'pi-tim', kunciKasus: 'T1', nama: 'Satu Data Banten', unitPemilikId: UNIT, ruangLingkup: 'DALAM_UNIT', tahun: 2027,
      tanggalMulai: '2027-01-04', tanggalSelesai: '2027-12-31', ketuaNip: KETUA, instrumen: 'SURAT_KEPUTUSAN', tujuan: null, rincianTugas: 'Katalog data sektoral' });
    const t = await tim.tetapkan('pi-tim', { status: 'DITETAPKAN', suratNomor: '800.1.11.2/6/Diskominfo/2027', anggota: [{ nip: KETUA, peran: 'KETUA' }, { nip: ANGGOTA, peran: 'ANGGOTA' }] });
    const penugasan = createPenugasanRepository(store.db);
    const dasar = { bentuk: 'PENUNJUKAN' as const, ruangLingkup: 'DALAM_UNIT' as const, status: 'DITETAPKAN' as const, unitPemilikKinerjaId: UNIT, pengusulNip: KETUA, penetapNip: KETUA,
      kompetensiDibutuhkan: [], tanggalMulai: '2027-01-04', tanggalSelesai: '2027-06-30', alasan: null };
    await penugasan.record({ ...dasar, processInstanceId: 'pi-tim', pegawaiNip: ANGGOTA, uraianTugas: 'Katalog', targetKinerja: 'Katalog data sektoral terbit', suratNomor: '800.1.11.2/6/Diskominfo/2027', mode: 'TIM', timKerjaId: t.id }, 'uji');
    await penugasan.record({ ...dasar, processInstanceId: 'pi-ind', pegawaiNip: INDIVIDU, uraianTugas: 'Dasbor', targetKinerja: 'Dasbor terbit', suratNomor: '800.1.11.1/9/Diskominfo/2027' }, 'uji');
  }, 120_000);
  afterAll(async () => { await store.close(); });

  it('lists each member with their role and result, and the individual penugasan, with the letter behind each; NIPs stay text', async () => {
    const xlsx = await mpphXlsx({ unit: 'Dinas Kominfo', instansi: 'Pemerintah Provinsi Banten', tahun: 2027 }, await bacaMpph(store.db, UNIT, 2027));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('MPPH')!;
    const rows = ws.getSheetValues().slice(5).map((r) => (r as (string | number | null)[]).slice(1).map((c) => (c === null || c === undefined ? '' : String(c))));
    expect(ws.getCell('A1').text).toContain('MATRIKS PERAN DAN HASIL (MPPH) DINAS KOMINFO TAHUN 2027');
    expect(rows.map((r) => [r[2], r[4], r[5], r[6], r[9]])).toEqual([
      [KETUA, 'Tim Kerja Satu Data Banten', 'Ketua Tim', 'Katalog data sektoral', '800.1.11.2/6/Diskominfo/2027'],
      [ANGGOTA, 'Tim Kerja Satu Data Banten', 'Anggota Tim', 'Katalog data sektoral terbit', '800.1.11.2/6/Diskominfo/2027'],
      [INDIVIDU, 'Penugasan individu: Dasbor', 'Pelaksana', 'Dasbor terbit', '800.1.11.1/9/Diskominfo/2027'],
    ]);
  });
});
