import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { validate } from '@bpmn-io/element-templates-validator';
import { describe, expect, it } from 'vitest';
import { namaBerkas, semuaTemplate } from '../../modeler-plugin/element-templates/buat.js';
import { JENIS_SURAT, PERAN } from '../../src/domain/kasus.js';
import { KATALOG_TOPIK } from '../../src/domain/modeler/katalog-topik.js';

const DIR = path.join(import.meta.dirname, '../../modeler-plugin/element-templates');
const berkas = (await readdir(DIR)).filter((f) => f.endsWith('.json')).sort();
const templates = await Promise.all(berkas.map(async (f) => [f, JSON.parse(await readFile(path.join(DIR, f), 'utf8')) as Record<string, unknown>] as const));
type Properti = { label?: string; type: string; value?: string; choices?: { value: string }[]; binding: { type: string; name: string } };
const properti = (t: Record<string, unknown>) => t.properties as Properti[];

it('the committed templates are what npm run modeler:templates writes', () => {
  const dibuat = semuaTemplate();
  expect(berkas).toEqual(dibuat.map(namaBerkas).sort());
  for (const t of dibuat) expect(templates.find(([f]) => f === namaBerkas(t))?.[1]).toEqual(JSON.parse(JSON.stringify(t)));
});

it('there is a template for every worker topic and for the decision step', () => {
  const topik = templates.flatMap(([, t]) => properti(t).filter((p) => p.binding.name === 'camunda:topic').map((p) => p.value));
  expect(topik.sort()).toEqual(KATALOG_TOPIK.map((t) => t.topik).sort());
  expect(templates.some(([, t]) => (t.appliesTo as string[]).includes('bpmn:UserTask'))).toBe(true);
});

describe.each(templates.map(([f, t]) => [f, t] as const))('%s', (_f, t) => {
  it('is valid against the Camunda 7 element-templates JSON schema', () => {
    const hasil = validate(t);
    expect(hasil.errors ?? []).toEqual([]);
    expect(hasil.valid).toBe(true);
  });
});

it('roles and letter types are dropdowns of the domain lists, not free text', () => {
  const peran = properti(templates.find(([f]) => f === 'tentukan-peran.json')![1]).find((p) => p.binding.name === 'peran')!;
  expect(peran.type).toBe('Dropdown');
  expect(peran.choices?.map((c) => c.value)).toEqual([...PERAN]);
  const jenis = properti(templates.find(([f]) => f === 'terbitkan-surat.json')![1]).find((p) => p.binding.name === 'jenisSurat')!;
  expect(jenis.type).toBe('Dropdown');
  expect(jenis.choices?.map((c) => c.value)).toEqual([...JENIS_SURAT]);
  const keputusan = properti(templates.find(([f]) => f === 'keputusan.json')![1]);
  expect(keputusan.find((p) => p.binding.name === 'camunda:assignee')?.type).toBe('Dropdown');
  expect(keputusan.find((p) => p.binding.name === 'camunda:formRef')?.choices?.length).toBeGreaterThan(5);
});

it('every topic template sets every setting of its topic as an input parameter (as the contract test demands)', () => {
  for (const t of KATALOG_TOPIK) {
    const tpl = templates.find(([f]) => f === `${t.topik}.json`)![1];
    expect(properti(tpl).filter((p) => p.binding.type === 'camunda:inputParameter').map((p) => p.binding.name)).toEqual(t.pengaturan);
  }
});
