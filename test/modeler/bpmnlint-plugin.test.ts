import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDiagram } from '../../src/adapters/bpmn/lint.js';
import { ATURAN_MODEL } from '../../src/domain/modeler/aturan-model.js';
import { rules } from '../../modeler-plugin/bpmnlint-plugin-sistem-kerja/index.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const BPMN = path.join(import.meta.dirname, '../../bpmn');
const baca = (f: string) => readFile(path.join(FIXTURES, f), 'utf8');

it('the plugin has one rule file per domain rule, and no other', async () => {
  const berkas = (await readdir(path.join(import.meta.dirname, '../../modeler-plugin/bpmnlint-plugin-sistem-kerja/rules'))).map((f) => f.replace(/\.ts$/, '')).sort();
  expect(berkas).toEqual(ATURAN_MODEL.map((a) => a.id).sort());
  expect(Object.keys(rules).sort()).toEqual(berkas);
});

describe.each(ATURAN_MODEL.map((a) => [`${a.id} (${a.ruleIds.join(', ') || 'pemeriksaan penerapan engine'})`, a] as const))('%s', (_j, aturan) => {
  it('passes its valid fixture with no finding of any rule', async () => {
    expect(await lintDiagram(await baca(`${aturan.id}.valid.bpmn`))).toEqual([]);
  });
  it('reports its invalid fixture, on the element, in Bahasa Indonesia', async () => {
    const hasil = (await lintDiagram(await baca(`${aturan.id}.invalid.bpmn`))).filter((h) => h.aturan === aturan.id);
    expect(hasil.length).toBeGreaterThan(0);
    for (const h of hasil) {
      expect(h.kategori).toBe('error');
      expect(h.elemenId).not.toBe('');
      expect(h.pesan).toMatch(/tidak|harus|tanpa|belum|bukan/i);
    }
  });
});

it('R-NAT-13 names the decision step whose TOLAK collects no alasan', async () => {
  const [h] = await lintDiagram(await baca('penolakan-beralasan.invalid.bpmn'));
  expect(h).toMatchObject({ aturan: 'penolakan-beralasan', elemenId: 'Layanan_Periksa' });
  expect(h?.pesan).toContain('R-NAT-13');
});

it('R-NAT-21: a sukarela flow recording a LINTAS_INSTANSI penugasan is reported', async () => {
  const hasil = (await lintDiagram(await baca('sukarela-dalam-instansi.invalid.bpmn'))).filter((h) => h.aturan === 'sukarela-dalam-instansi');
  expect(hasil.map((h) => [h.elemenId, h.pesan.includes('R-NAT-21')])).toEqual([['Layanan_Catat', true]]);
});

it('R-NAT-16, R-NAT-17, R-NAT-18: a lintas instansi request sent without a PyB decision is reported', async () => {
  const hasil = (await lintDiagram(await baca('lintas-instansi-pyb.invalid.bpmn'))).filter((h) => h.aturan === 'lintas-instansi-pyb');
  expect(hasil.map((h) => h.elemenId).sort()).toEqual(['Layanan_Kirim', 'contoh']);
});

it('R-NAT-34: a penugasan recorded before its surat penugasan is reported', async () => {
  const hasil = await lintDiagram(await baca('penugasan-didahului-surat.invalid.bpmn'));
  expect(hasil).toEqual([expect.objectContaining({ aturan: 'penugasan-didahului-surat', elemenId: 'Layanan_Catat' })]);
});

it('R-SYS-02: a decision by a literal person or an unresolved role is reported, each', async () => {
  const hasil = await lintDiagram(await baca('peran-terselesaikan.invalid.bpmn'));
  expect(hasil.map((h) => h.elemenId).sort()).toEqual(['Tugas_Lain', 'Tugas_Putus']);
});

it('the safety rules say what the engine refuses: script, Java class, method-call expression', async () => {
  expect((await lintDiagram(await baca('tanpa-skrip.invalid.bpmn'))).map((h) => h.pesan).join('\n')).toMatch(/tugas skrip/);
  expect((await lintDiagram(await baca('tanpa-kode-java.invalid.bpmn'))).map((h) => h.pesan).join('\n')).toMatch(/camunda:class[\s\S]*camunda:delegateExpression/);
  expect((await lintDiagram(await baca('ekspresi-aman.invalid.bpmn'))).map((h) => h.pesan).join('\n')).toMatch(/objek engine 'execution'|memanggil fungsi/);
});

it('the national baseline in bpmn/ breaks no rule', async () => {
  const hasil = [];
  for (const f of (await readdir(BPMN)).filter((x) => x.endsWith('.bpmn')).sort()) {
    for (const h of await lintDiagram(await readFile(path.join(BPMN, f), 'utf8'))) hasil.push(`${f} ${h.aturan} ${h.elemenId}`);
  }
  expect(hasil).toEqual([]);
});
