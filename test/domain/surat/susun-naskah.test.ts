import { describe, expect, it } from 'vitest';
import { checkPolaNomor, formatNomor, penomoranSurat } from '../../../src/domain/surat/format-surat.js';
import { susunNaskahDinas } from '../../../src/domain/surat/susun-naskah.js';
import { bolehUnduhSurat } from '../../../src/domain/surat/akses-surat.js';
import { bahan, FORMAT_BANTEN, KABAN, KABID, KADIS, PEGAWAI } from './bahan-contoh.js';

describe('letter content (pure, src/domain/surat)', () => {
  it('R-NAT-11: a surat permohonan pelibatan missing any of the four contents is incomplete, each item named', () => {
    const { report } = susunNaskahDinas(bahan('SURAT_PERMOHONAN_PELIBATAN', { permohonan: { pegawaiNip: PEGAWAI.nip, maksudTujuan: '', kompetensiDibutuhkan: [], ekspektasiTarget: '  ' } }));
    expect(report.violations.map((v) => [v.ruleId, v.field])).toEqual([
      ['R-NAT-11', 'maksudTujuan'], ['R-NAT-11', 'kompetensiDibutuhkan'], ['R-NAT-11', 'ekspektasiTarget'], ['R-NAT-11', 'durasi'],
    ]);
  });

  it('R-NAT-13: a surat jawaban refusing without reasons is incomplete', () => {
    const tolak = { langkah: 'Tugas_Putuskan', aktor: KABID, keputusan: 'TOLAK', alasan: ' ', waktu: '2027-01-05' };
    expect(susunNaskahDinas(bahan('SURAT_JAWABAN', { keputusan: [tolak] })).report.violations.map((v) => v.ruleId)).toEqual(['R-NAT-13']);
  });

  it('R-NAT-34: a surat penugasan names the pegawai; without one it is incomplete', () => {
    expect(susunNaskahDinas(bahan('SURAT_PENUGASAN', { daftarPegawai: [] })).report.violations.map((v) => v.ruleId)).toContain('R-NAT-34');
  });

  it('R-SYS-05: two tembusan roles held by one person give one line; two people of one jabatan are told apart by name', () => {
    const { naskah } = susunNaskahDinas(bahan('SURAT_PERMOHONAN_PELIBATAN', { tembusan: [
      { peran: 'a', orang: KADIS }, { peran: 'b', orang: KADIS }, { peran: 'c', orang: { ...KABAN, jabatan: KADIS.jabatan } },
    ] }));
    expect(naskah.tembusan).toEqual([`${KADIS.jabatan} (${KADIS.nama})`, `${KADIS.jabatan} (${KABAN.nama})`]);
  });

  it('numbers follow the instansi pattern with its classification code, e.g. 800.1.11.1/123/Diskominfo/2027', () => {
    const p = penomoranSurat(FORMAT_BANTEN, { instansiId: 'banten', unitOrganisasiId: 'banten-diskominfo', jenis: 'SURAT_TUGAS', tanggal: '2027-05-02' });
    expect(formatNomor(p, 123)).toBe('800.1.11.1/123/Diskominfo/2027');
    expect(formatNomor({ ...p, pola: '{jenis}-{urut}/{instansi}/{bulan}/{tahun}' }, 7)).toBe('ST-7/BANTEN/V/2027');
    expect(p.lingkup).toBe('');
    expect(penomoranSurat({ ...FORMAT_BANTEN, nomorPerUnit: true }, { instansiId: 'banten', unitOrganisasiId: 'banten-diskominfo', jenis: 'SURAT_TUGAS', tanggal: '2027-05-02' }).lingkup).toBe('banten-diskominfo');
    expect(checkPolaNomor('{klasifikasi}/{urut}/{unit}/{tahun}')).toEqual([]);
    expect(checkPolaNomor('{klasifikasi}/{nomor}/{unit}')).toEqual([expect.stringContaining('{nomor}'), expect.stringContaining('{urut}'), expect.stringContaining('{tahun}')]);
  });

  it('download: signer, addressees, tembusan, the pegawai concerned and the instansi admins; nobody else', () => {
    const s = { penandatanganNip: 'S', penerima: ['P'], tembusan: ['T'], pegawaiTerkait: ['G'], instansiId: 'banten' };
    const l = (diri: string, instansi: string[] = [], semua = false) => ({ semua, diri, nipDinilai: [], unit: [], instansi, instansiSendiri: 'banten' });
    for (const nip of ['S', 'P', 'T', 'G']) expect(bolehUnduhSurat(l(nip), s)).toBe(true);
    expect(bolehUnduhSurat(l('X', ['banten']), s)).toBe(true);
    expect(bolehUnduhSurat(l('X', ['meranti']), s)).toBe(false);
    expect(bolehUnduhSurat(l('X'), s)).toBe(false);
    expect(bolehUnduhSurat(l('X', [], true), s)).toBe(true);
  });
});
