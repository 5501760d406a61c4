import { describe, expect, it } from 'vitest';
import { hubunganInstans, parseKeputusanWajib, periksaKeputusanWajib, type KeputusanDicatat } from '../../../src/domain/rules/keputusan-wajib.js';

const PID = 'pi-1';
const peran = { puoPegawaiNip: 'puo', ppkDitujuNip: 'ppk', pimpinanDitujuNip: 'dituju', pejabatPenilaiNip: 'ppk2', pemohonNip: 'pemohon' };
let nextId = 1;
const k = (langkah: string, keputusan: string, aktorNip: string, processInstanceId = PID): KeputusanDicatat => ({ id: nextId++, processInstanceId, langkah, aktorNip, keputusan });

const F2 = parseKeputusanWajib('Tugas_BeriRekomendasi:DIREKOMENDASIKAN:puoPegawaiNip:kecuali=ppkDitujuNip,Tugas_PutuskanPermohonan:SETUJU:ppkDitujuNip');
const F5 = parseKeputusanWajib('Tugas_PutuskanPimpinanDituju:SETUJU:pimpinanDitujuNip, Tugas_TeruskanKePpk:TERUSKAN:pemohonNip, Tugas_PutuskanPpk:SETUJU:pejabatPenilaiNip');

describe('keputusanWajib: the decisions a letter, penugasan or membership requires (issue 8)', () => {
  it('parses entries in order, alternatives with |, and the kecuali= exception; empty means none', () => {
    expect(parseKeputusanWajib('')).toEqual([]);
    expect(parseKeputusanWajib(null)).toEqual([]);
    expect(parseKeputusanWajib('Tugas_A:SETUJU|TOLAK:pelakuNip')).toEqual([{ langkah: 'Tugas_A', verdik: ['SETUJU', 'TOLAK'], pelaku: 'pelakuNip' }]);
    expect(F2[0]).toEqual({ langkah: 'Tugas_BeriRekomendasi', verdik: ['DIREKOMENDASIKAN'], pelaku: 'puoPegawaiNip', kecualiSamaDengan: 'ppkDitujuNip' });
  });

  it.each(['Tugas_A', 'Tugas_A:SETUJU', 'Tugas_A:setuju:x', 'Tugas_A:SETUJU:x:y', 'Tugas_A:SETUJU:x:kecuali=y:z', ':SETUJU:x', 'Tugas_A:SETUJU:${x}'])(
    'refuses the malformed entry %j, naming it', (teks) => {
      expect(() => parseKeputusanWajib(teks)).toThrow(/keputusanWajib tidak valid/);
    });

  it('R-NAT-25: approval 1, forwarding and approval 2 by their role holders in this instance: nothing is missing', () => {
    const dicatat = [k('Tugas_PutuskanPimpinanDituju', 'SETUJU', 'dituju'), k('Tugas_TeruskanKePpk', 'TERUSKAN', 'pemohon'), k('Tugas_PutuskanPpk', 'SETUJU', 'ppk2')];
    expect(periksaKeputusanWajib(F5, dicatat, peran, PID)).toEqual([]);
  });

  it('R-SYS-02: no decision at all (the reproduction: a second instance started before the letter) names every missing decision', () => {
    const masalah = periksaKeputusanWajib(F5, [], peran, PID);
    expect(masalah).toHaveLength(3);
    expect(masalah[2]).toContain('keputusan setuju pada langkah Tugas_PutuskanPpk tidak tercatat pada instance proses pi-1');
  });

  it('R-SYS-02: decisions recorded in another process instance of the same case do not count', () => {
    const lain = [k('Tugas_PutuskanPimpinanDituju', 'SETUJU', 'dituju', 'pi-lain'), k('Tugas_TeruskanKePpk', 'TERUSKAN', 'pemohon', 'pi-lain'), k('Tugas_PutuskanPpk', 'SETUJU', 'ppk2', 'pi-lain')];
    expect(periksaKeputusanWajib(F5, lain, peran, PID)).toHaveLength(3);
  });

  it('R-SYS-02: a decision completed by someone other than the role holder does not count', () => {
    const dicatat = [k('Tugas_PutuskanPimpinanDituju', 'SETUJU', 'dituju'), k('Tugas_TeruskanKePpk', 'TERUSKAN', 'pemohon'), k('Tugas_PutuskanPpk', 'SETUJU', 'demo')];
    expect(periksaKeputusanWajib(F5, dicatat, peran, PID)).toEqual([expect.stringContaining('diambil oleh demo, bukan pemegang peran pejabatPenilaiNip (ppk2)')]);
  });

  it('R-NAT-25: approval 2 recorded before approval 1 is out of order', () => {
    const dicatat = [k('Tugas_PutuskanPpk', 'SETUJU', 'ppk2'), k('Tugas_PutuskanPimpinanDituju', 'SETUJU', 'dituju'), k('Tugas_TeruskanKePpk', 'TERUSKAN', 'pemohon')];
    expect(periksaKeputusanWajib(F5, dicatat, peran, PID)).toEqual([expect.stringMatching(/^\[R-NAT-12\/R-NAT-25\].*Tugas_PutuskanPpk.*sebelum.*Tugas_TeruskanKePpk/)]);
  });

  it('the latest decision of a step counts: a refusal later decided again as SETUJU is SETUJU, and the other way round', () => {
    const dicatat = [k('Tugas_PutuskanPimpinanDituju', 'TOLAK', 'dituju'), k('Tugas_PutuskanPimpinanDituju', 'SETUJU', 'dituju'), k('Tugas_TeruskanKePpk', 'TERUSKAN', 'pemohon'), k('Tugas_PutuskanPpk', 'SETUJU', 'ppk2')];
    expect(periksaKeputusanWajib(F5, dicatat, peran, PID)).toEqual([]);
    expect(periksaKeputusanWajib(F5, [...dicatat, k('Tugas_PutuskanPpk', 'TOLAK', 'ppk2')], peran, PID)).toEqual([expect.stringContaining('yang tercatat: tolak')]);
  });

  it('R-NAT-12: the PPK decision needs the PUO recommendation before it, unless one person holds both roles', () => {
    expect(periksaKeputusanWajib(F2, [k('Tugas_PutuskanPermohonan', 'SETUJU', 'ppk')], peran, PID)).toEqual([expect.stringContaining('Tugas_BeriRekomendasi tidak tercatat')]);
    expect(periksaKeputusanWajib(F2, [k('Tugas_PutuskanPermohonan', 'SETUJU', 'ppk'), k('Tugas_BeriRekomendasi', 'DIREKOMENDASIKAN', 'puo')], peran, PID))
      .toEqual([expect.stringMatching(/^\[R-NAT-12\/R-NAT-25\]/)]);
    expect(periksaKeputusanWajib(F2, [k('Tugas_BeriRekomendasi', 'TIDAK_DIREKOMENDASIKAN', 'puo'), k('Tugas_PutuskanPermohonan', 'SETUJU', 'ppk')], peran, PID))
      .toEqual([expect.stringContaining('yang tercatat: tidak direkomendasikan')]);
    const satuOrang = { ...peran, puoPegawaiNip: 'ppk' };
    expect(periksaKeputusanWajib(F2, [k('Tugas_PutuskanPermohonan', 'SETUJU', 'ppk')], satuOrang, PID)).toEqual([]);
  });

  it('R-SYS-02: a role never resolved in the case makes every decision for it invalid', () => {
    expect(periksaKeputusanWajib(parseKeputusanWajib('Tugas_A:SETUJU:tidakAda'), [k('Tugas_A', 'SETUJU', 'x')], peran, PID))
      .toEqual([expect.stringContaining('(belum ditentukan)')]);
  });
});

describe('hubunganInstans: the case key is tied to the instance that registered it (issue 8, R-SYS-02)', () => {
  it('the registering instance, an instance of an unregistered key equal to its own id, and linked instances act on the case', () => {
    expect(hubunganInstans({ kunci: 'A', pid: 'A', pendaftar: 'A', tautan: [] })).toBe('PENDAFTAR');
    expect(hubunganInstans({ kunci: 'A', pid: 'A', pendaftar: undefined, tautan: [] })).toBe('PENDAFTAR');
    expect(hubunganInstans({ kunci: 'PNJ-1', pid: 'B', pendaftar: 'B', tautan: [] })).toBe('PENDAFTAR');
    expect(hubunganInstans({ kunci: 'A', pid: 'T', pendaftar: 'A', tautan: [{ processInstanceId: 'T', proses: 'tujuan' }] })).toBe('TERTAUT');
  });

  it('R-SYS-02: a second instance whose business key is the first case (the reproduction), or any unregistered key, is refused', () => {
    expect(hubunganInstans({ kunci: 'A', pid: 'B', pendaftar: 'A', tautan: [] })).toBe('DITOLAK');
    expect(hubunganInstans({ kunci: 'X', pid: 'B', pendaftar: undefined, tautan: [] })).toBe('DITOLAK');
    expect(hubunganInstans({ kunci: 'A', pid: 'A', pendaftar: 'B', tautan: [] })).toBe('DITOLAK');
    expect(hubunganInstans({ kunci: 'A', pid: 'B', pendaftar: 'A', tautan: [{ processInstanceId: 'T', proses: 'tujuan' }], proses: 'tujuan' })).toBe('DITOLAK');
  });

  it('while our worker is starting the linked process, an instance of that process waits for its link', () => {
    const tautan = [{ processInstanceId: null, proses: 'tujuan' }];
    expect(hubunganInstans({ kunci: 'A', pid: 'T', pendaftar: 'A', tautan, proses: 'tujuan' })).toBe('TUNGGU_TAUTAN');
    expect(hubunganInstans({ kunci: 'A', pid: 'T', pendaftar: 'A', tautan, proses: 'lain' })).toBe('DITOLAK');
  });
});
