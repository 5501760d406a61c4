import { penomoranUji } from '../../support/penomoran.js';
import { describe, expect, it } from 'vitest';
import { createKasusRepository } from '../../../src/adapters/store/kasus-repository.js';
import { createOrganisasiRepository } from '../../../src/adapters/store/organisasi-repository.js';
import { createPenugasanRepository } from '../../../src/adapters/store/penugasan-repository.js';
import { lingkupBaca, type Pemanggil } from '../../../src/domain/akses.js';
import { demoDirektori, type StoreForTest } from './store-for-test.js';

const SITI = '198807222012122003';
const BUDI = '199203102019031004';
const PUO = '197204151998031005';
const FAJAR = '199304072016121001';
const AISYAH = '198003102005012001';

const pegawai = (nip: string, instansiId: string, over: Partial<Pemanggil> = {}) =>
  lingkupBaca({ userId: nip, grup: ['pegawai'], pegawai: { nip, instansiId }, unitDipimpin: [], nipDinilai: [], ...over });

/** The SQL side of the access policy (src/adapters/store/saringan-akses.ts and the lookups it needs) on one backend. */
export function describeAksesRepository(store: () => StoreForTest): void {
  describe('access policy in the store (issue 8 item 3)', () => {
    it('who takes part in a case: roles, letter signer, recipients and tembusan, penugasan; two people share a case', async () => {
      const kasus = createKasusRepository(store().db);
      await kasus.tetapkanPeran('K1', 'PUO', '1');
      await kasus.terbitkanSurat({ kunci: 'S1', kunciKasus: 'K1', processInstanceId: 'K1', jenis: 'SURAT_PENUGASAN', perihal: 'P',
        penandatanganNip: '2', penerima: ['3'], tembusan: [{ peran: 'ppk', nip: '4' }], isi: {}, penomoran: penomoranUji() });
      expect((await kasus.pihak('K1')).sort()).toEqual(['1', '2', '3', '4']);
      expect(await kasus.kasusBersama('1', '4')).toBe(true);
      expect(await kasus.kasusBersama('1', '5')).toBe(false);
      expect(await kasus.pihak('K2')).toEqual([]);
    });

    it('the directory: a pegawai lists their instansi only; a leader and their subtree; positions and key owners', async () => {
      const repo = createOrganisasiRepository(store().db);
      await repo.loadDirektori(await demoDirektori());
      const siti = await repo.listPegawai({ limit: 1000, offset: 0, lingkup: pegawai(SITI, 'pemprov-banten') });
      expect(new Set(siti.map((p) => p.instansiId))).toEqual(new Set(['pemprov-banten']));
      expect(await repo.listPegawai({ limit: 10, offset: 0, instansiId: 'pemkab-meranti', lingkup: pegawai(SITI, 'pemprov-banten') })).toEqual([]);

      const wewenang = await repo.wewenangBaca(PUO, '2027-01-04');
      expect(wewenang.pegawai).toEqual({ nip: PUO, instansiId: 'pemprov-banten' });
      expect(wewenang.unitDipimpin).toContain('banten-diskominfo');
      expect((await repo.wewenangBaca(SITI, '2027-01-04')).unitDipimpin).toEqual([]);
      expect((await repo.wewenangBaca('admin', '2027-01-04')).pegawai).toBeNull();

      const posisi = await repo.posisi({ pegawaiNip: [SITI, FAJAR], unitId: ['banten-diskominfo'] }, '2027-01-04');
      expect(posisi.pegawai.get(SITI)).toEqual({ instansiId: 'pemprov-banten', unitId: 'banten-diskominfo' });
      expect(posisi.pegawai.get(FAJAR)?.instansiId).toBe('pemkab-meranti');
      expect(posisi.unit.get('banten-diskominfo')).toBe('pemprov-banten');
      const pemilik = await repo.pemilikKunci({ unitId: ['banten-diskominfo', 'tidak-ada'], pegawaiNip: [FAJAR] });
      expect([...pemilik.unit]).toEqual([['banten-diskominfo', 'pemprov-banten']]);
      expect(pemilik.pegawai.get(FAJAR)).toBe('pemkab-meranti');
    });

    it('an import never moves a unit id to another instansi, even past the use case', async () => {
      const repo = createOrganisasiRepository(store().db);
      const demo = await demoDirektori();
      await repo.loadDirektori(demo);
      const diskominfo = demo.unit.find((u) => u.id === 'banten-diskominfo')!;
      await repo.loadDirektori({ ...demo, unit: demo.unit.map((u) => (u.id === diskominfo.id ? { ...u, instansiId: 'pemkab-meranti', nama: 'Dipindah' } : u)) });
      expect((await repo.listUnit({ instansiId: 'pemprov-banten' })).find((u) => u.id === diskominfo.id)).toMatchObject({ nama: diskominfo.nama });
    });

    it('penugasan: a colleague sees none of another\'s, the leader of the unit and the pegawai do', async () => {
      await createOrganisasiRepository(store().db).loadDirektori(await demoDirektori());
      const repo = createPenugasanRepository(store().db);
      await repo.record({ processInstanceId: 'P1', bentuk: 'PENUNJUKAN', ruangLingkup: 'DALAM_UNIT', status: 'DITETAPKAN', pegawaiNip: SITI,
        unitPemilikKinerjaId: 'banten-diskominfo', pengusulNip: PUO, penetapNip: PUO, uraianTugas: 'u', targetKinerja: 't',
        kompetensiDibutuhkan: [], tanggalMulai: '2027-01-04', tanggalSelesai: '2027-03-31', alasan: null }, 'uji');
      const daftar = async (l: ReturnType<typeof pegawai>) => (await repo.list({ limit: 10, offset: 0, lingkup: l })).map((p) => p.processInstanceId);
      expect(await daftar(pegawai(SITI, 'pemprov-banten'))).toEqual(['P1']);
      expect(await daftar(pegawai(BUDI, 'pemprov-banten'))).toEqual([]);
      expect(await daftar(pegawai(BUDI, 'pemprov-banten', { nipDinilai: [SITI] }))).toEqual(['P1']);
      expect(await daftar(pegawai(AISYAH, 'pemkab-meranti', { unitDipimpin: ['meranti-dpmptsp'] }))).toEqual([]);
      expect(await daftar(pegawai(BUDI, 'pemprov-banten', { unitDipimpin: ['banten-diskominfo'] }))).toEqual(['P1']);
      expect(await daftar(pegawai(FAJAR, 'pemkab-meranti', { grup: ['adminorganisasi'] }))).toEqual([]);
      expect(await daftar(pegawai(BUDI, 'pemprov-banten', { grup: ['adminorganisasi'] }))).toEqual(['P1']);
    });
  });
}
