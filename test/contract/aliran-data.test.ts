import { describe, expect, it } from 'vitest';
import { kunciForm } from './aliran-data.js';
import { variabelDibaca } from './juel.js';

describe('variabelDibaca: the process variables a JUEL condition reads', () => {
  it.each([
    ["${keputusan == 'SETUJU'}", ['keputusan']],
    ['${not empty alasan and jumlah gt 3}', ['alasan', 'jumlah']],
    ['${permohonan.pegawai.nip != null && permohonan.size() > 1e5}', ['permohonan']],
    ["${execution.getVariable('x') eq task.id or currentUser() == pengusulNip}", ['pengusulNip']],
    ["${fn:contains(daftar, 'and or') ? a : b}", ['daftar', 'a', 'b']],
    ['${peta[kunci] == "R-NAT-13"} #{lain}', ['peta', 'kunci', 'lain']],
    ['tanpa ekspresi', []],
  ])('given %j, then it reads %j', (ekspresi, variabel) => {
    expect(variabelDibaca(ekspresi)).toEqual(variabel);
  });
});

describe('kunciForm: the variables a form-js form submits', () => {
  it('given fields, a group without path, a group with path and disabled fields, then only what is submitted is listed', () => {
    expect(kunciForm([
      { type: 'text', text: 'judul' },
      { type: 'radio', key: 'keputusan' },
      { type: 'textfield', key: 'pegawaiNama', disabled: true },
      { type: 'group', components: [{ type: 'textarea', key: 'alasan' }, { type: 'group', components: [{ type: 'number', key: 'nilai.angka' }] }] },
      { type: 'group', path: 'surat.isi', components: [{ type: 'textfield', key: 'perihal' }] },
      { type: 'dynamiclist', path: 'anggota', components: [{ type: 'textfield', key: 'nip' }] },
    ])).toEqual(['keputusan', 'alasan', 'nilai', 'surat', 'anggota']);
  });
});
