import { describe, expect, it } from 'vitest';
import { kirimJawabanKePemohon, kirimPermohonanKeTujuan, terimaJawaban, type LintasInstansiDeps } from '../../src/application/penunjukan-lintas-instansi.js';
import type { KeputusanTercatat, PesanProses, StatusPermohonan, TautanInstans } from '../../src/application/ports.js';

const letak = { kunciKasus: 'kasus-1', processInstanceId: 'kasus-1' };

/** Fakes of the ports these steps use; the rest of the deps is never touched by them. */
function fakeDeps(opts: { dimulai?: boolean; selesai?: boolean; keputusan?: Partial<KeputusanTercatat>[] } = {}) {
  const pesan: Parameters<PesanProses['kirimPesan']>[0][] = [];
  const status: StatusPermohonan[] = [];
  const tautan: TautanInstans[] = [];
  const deps = {
    pesan: {
      kirimPesan: (p) => { pesan.push(p); return Promise.resolve(); },
      mulaiDenganPesan: (p) => { pesan.push(p); return Promise.resolve('tujuan-1'); },
      instansDenganKunci: () => Promise.resolve(['tujuan-1']),
      prosesAda: () => Promise.resolve(opts.dimulai ?? false),
      aktivitasSelesai: () => Promise.resolve(opts.selesai ?? false),
      correlateMessage: () => Promise.reject(new Error('not used by F3')),
    } satisfies PesanProses,
    permohonan: {
      ambil: () => Promise.resolve({ businessKey: 'kasus-1', processInstanceId: 'kasus-1', pengusulNip: 'p', pejabatNip: null,
        data: { instansiTujuanId: 'pemkab-meranti', unitTujuanId: 'u', tampilan: { unitTujuanNama: 'Unit U' }, maksudTujuan: 'm', ekspektasiTarget: 'e', jumlahPegawai: 1, calonPegawai: '', justifikasi: '' } }),
      ubahStatus: (_k: string, s: StatusPermohonan) => { status.push(s); return Promise.resolve(); },
    },
    kasus: {
      keputusan: () => Promise.resolve((opts.keputusan ?? []).map((k, i) => ({ id: i, taskId: `t${i}`, kunciKasus: 'kasus-1', processInstanceId: 'x', aktorNip: 'a', alasan: null, data: {}, waktu: '', langkah: '', keputusan: '', ...k }))),
      surat: () => Promise.resolve([]),
      peran: () => Promise.resolve({}),
      tautan: () => Promise.resolve(tautan),
      siapkanTautan: (kunciKasus: string, proses: string) => { tautan.push({ kunciKasus, proses, processInstanceId: null, asal: 'PESAN' }); return Promise.resolve(); },
      tautkanInstans: (t: TautanInstans) => { tautan.splice(0, tautan.length, t); return Promise.resolve(); },
    },
    organisasi: { viewAround: () => Promise.resolve({ pegawai: () => undefined, unit: () => undefined, instansi: () => undefined }) },
    hariIni: () => '2027-01-04',
  } as unknown as LintasInstansiDeps;
  return { deps, pesan, status };
}

describe('pesan antar tenant (F3)', () => {
  it('R-NAT-17: the request starts the tujuan side in the target instansi\'s tenant with the case key as business key, once', async () => {
    const { deps, pesan } = fakeDeps();
    await kirimPermohonanKeTujuan(deps, letak, { keputusanWajib: null });
    expect(pesan).toEqual([expect.objectContaining({ messageName: 'PermohonanPelibatanLintasInstansi', tenantId: 'pemkabmeranti', businessKey: 'kasus-1' })]);
    // the started instance is linked to the case (issue 8), so its steps may act on it
    expect(await deps.kasus.tautan('kasus-1')).toEqual([expect.objectContaining({ proses: 'penunjukan-lintas-instansi-tujuan', processInstanceId: 'tujuan-1' })]);
    await kirimPermohonanKeTujuan(deps, letak, { keputusanWajib: null });
    expect(pesan).toHaveLength(1);
    const again = fakeDeps({ dimulai: true });
    await kirimPermohonanKeTujuan(again.deps, letak, { keputusanWajib: null });
    expect(again.pesan).toEqual([]);
  });

  it('R-BTN-13: the reply wakes the waiting pemohon process by its id (no tenant: the engine refuses both), and a redelivery sends nothing', async () => {
    const { deps, pesan } = fakeDeps();
    await kirimJawabanKePemohon(deps, letak, { hasil: 'TIDAK_TERSEDIA' });
    expect(pesan).toEqual([{ messageName: 'JawabanPelibatanLintasInstansi', processInstanceId: 'kasus-1', variables: { hasilJawabanTujuan: 'TIDAK_TERSEDIA', galatTujuan: null } }]);
    const again = fakeDeps({ selesai: true });
    await kirimJawabanKePemohon(again.deps, letak, { hasil: 'TIDAK_TERSEDIA' });
    expect(again.pesan).toEqual([]);
  });

  it.each([
    [[{ langkah: 'Tugas_PutuskanPybPemohon', keputusan: 'TOLAK', alasan: 'Anggaran tidak tersedia' }], 'DITOLAK_PYB_PEMOHON', 'DITOLAK'],
    [[{ langkah: 'Tugas_PutuskanPybPemohon', keputusan: 'SETUJU' }, { langkah: 'Tugas_PutuskanPybTujuan', keputusan: 'TOLAK', alasan: 'Pegawai sibuk' }], 'DITOLAK_INSTANSI_TUJUAN', 'DITOLAK'],
    [[{ langkah: 'Tugas_JawabKetersediaan', keputusan: 'TERSEDIA' }, { langkah: 'Tugas_JawabKetersediaan', keputusan: 'TIDAK_TERSEDIA', alasan: 'Tidak ada' }], 'TIDAK_TERSEDIA', 'DITOLAK'],
    [[{ langkah: 'Tugas_JawabKetersediaan', keputusan: 'TERSEDIA', data: { pegawaiDitugaskan: '1' } }], 'PEGAWAI_DITUGASKAN', 'DITETAPKAN'],
    [[], 'DITOLAK_INSTANSI_TUJUAN', 'DITOLAK'],
  ] as const)('R-NAT-17, R-NAT-19, A-04: the outcome comes from the recorded decisions (latest per step): %#', async (keputusan, hasil, status) => {
    const fake = fakeDeps({ keputusan: keputusan as unknown as Partial<KeputusanTercatat>[] });
    const result = await terimaJawaban(fake.deps, letak, { hasilJawabanTujuan: 'PEJABAT_KOSONG', galatTujuan: null });
    expect(result).toMatchObject({ kind: 'complete', variables: { hasilLintasInstansi: hasil } });
    expect(fake.status).toEqual([status]);
  });
});
