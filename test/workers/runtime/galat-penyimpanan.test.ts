import { describe, expect, it } from 'vitest';
import { galatPenyimpanan } from '../../../workers/runtime/galat-penyimpanan.js';

describe('galatPenyimpanan: a clear sentence for a store failure', () => {
  it.each([
    [{ code: '25006' }, 'Penyimpanan hanya-baca: penulisan ditolak'],
    [{ code: '53100' }, 'Penyimpanan penuh (ruang disk basis data habis)'],
    [{ code: '53400' }, 'Sumber daya basis data habis'],
    [{ code: '57P01' }, 'Koneksi ke penyimpanan diputus oleh server basis data'],
    [{ code: '08006' }, 'Koneksi ke penyimpanan terputus'],
    [{ code: 'ECONNREFUSED' }, 'Penyimpanan tidak dapat dihubungi'],
    [Object.assign(new Error('wrapped'), { cause: { code: 'ENOSPC' } }), 'Penyimpanan penuh (ruang disk habis)'],
  ])('given %o, when described, then it says what happened and that nothing was half-written', (error, kalimat) => {
    const teks = galatPenyimpanan(error);

    expect(teks).toContain(kalimat);
    expect(teks).toContain('tidak ada data yang setengah tersimpan');
  });

  it('given an error that is not the store\'s (a rule, a unique violation), when described, then nothing is said', () => {
    expect(galatPenyimpanan(new Error('boom'))).toBeUndefined();
    expect(galatPenyimpanan({ code: '23505' })).toBeUndefined();
    expect(galatPenyimpanan('teks')).toBeUndefined();
  });
});
