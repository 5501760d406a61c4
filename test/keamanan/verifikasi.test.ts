import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { verifikasiLetak } from '../../src/application/kasus/instans.js';
import type { KasusRepository, PermohonanRepository, ProcessHistory, TautanInstans } from '../../src/application/ports.js';
import { PrasyaratTidakTerpenuhi } from '../../src/application/task-result.js';
import { tanpaUlang } from '../../workers/runtime/execute-task.js';
import { parseVariables } from '../../workers/runtime/process-variables.js';
import { defineTopic } from '../../workers/runtime/topic.js';

// Issue 8 item 2 without an engine: the runtime refuses a step whose settings the BPMN does not set, a missing
// prerequisite is an incident without retries, and the case key is tied to the instances of the case.

describe('settings come from the BPMN step (R-SYS-02)', () => {
  const schema = z.object({ jenisSurat: z.string().nullish(), tembusan: z.string().nullish() });

  it('a setting absent from the task (no camunda:inputParameter) is refused, never defaulted', () => {
    const parsed = parseVariables(schema, () => ({ jenisSurat: 'SURAT_PENUGASAN' }), ['jenisSurat', 'tembusan']);
    expect(parsed).toMatchObject({ ok: false, message: expect.stringContaining('tidak diset oleh BPMN (camunda:inputParameter): tembusan') as unknown });
  });

  it('an empty input parameter (null) is a set setting', () => {
    expect(parseVariables(schema, () => ({ jenisSurat: 'SURAT_PENUGASAN', tembusan: null }), ['jenisSurat', 'tembusan'])).toMatchObject({ ok: true });
  });

  it('a topic must fetch the settings it declares', () => {
    expect(() => defineTopic({ topic: 'x', variables: z.object({ a: z.string() }), pengaturan: ['b'], handle: () => ({ kind: 'complete' }) }))
      .toThrow(/pengaturan not among the fetched variables: b/);
  });

  it('a missing prerequisite is reported without retries; an ordinary error keeps its retries', () => {
    expect(tanpaUlang(new PrasyaratTidakTerpenuhi('x'))).toBe(true);
    expect(tanpaUlang(new Error('x'))).toBe(false);
  });
});

describe('the case key is tied to the instance that registered it (R-SYS-02)', () => {
  function deps(opts: { pendaftar?: string | null; tautan?: TautanInstans[]; asal?: { proses: string; superProcessInstanceId: string | null } }) {
    const tautan = [...(opts.tautan ?? [])];
    const d = {
      permohonan: {
        ambil: () => Promise.resolve(opts.pendaftar === undefined ? undefined : { businessKey: 'K', processInstanceId: opts.pendaftar, pengusulNip: 'p', pejabatNip: null, data: {} }),
        klaimInstans: (_k: string, pid: string) => Promise.resolve(opts.pendaftar ?? pid),
      } as unknown as PermohonanRepository,
      kasus: {
        tautan: () => Promise.resolve(tautan),
        tautkanInstans: (t: TautanInstans) => { tautan.push(t); return Promise.resolve(); },
      } as unknown as KasusRepository,
      history: { asalInstans: () => Promise.resolve(opts.asal) } as unknown as ProcessHistory,
    };
    return { d, tautan };
  }

  it('the registering instance and its call activity\'s subprocess act on the case; the subprocess is then linked', async () => {
    expect(await verifikasiLetak(deps({ pendaftar: 'K' }).d, 'K', 'K')).toEqual({ kunciKasus: 'K', processInstanceId: 'K' });
    const { d, tautan } = deps({ pendaftar: 'K', asal: { proses: 'tindak-lanjut-masalah-lintas', superProcessInstanceId: 'K' } });
    await verifikasiLetak(d, 'K', 'SUB');
    expect(tautan).toEqual([expect.objectContaining({ processInstanceId: 'SUB', asal: 'PANGGILAN', indukProcessInstanceId: 'K' })]);
  });

  it('R-SYS-01: before its case is registered an instance runs only the registering step', async () => {
    await expect(verifikasiLetak(deps({}).d, 'A', 'A')).rejects.toThrow(/belum terdaftar/);
    await expect(verifikasiLetak(deps({}).d, 'A', 'A', { pendaftaran: true })).resolves.toMatchObject({ kunciKasus: 'A' });
  });

  it('an API-stored permohonan (F1) belongs to the instance that claims it first', async () => {
    await expect(verifikasiLetak(deps({ pendaftar: null }).d, 'PNJ-1', 'A')).resolves.toMatchObject({ kunciKasus: 'PNJ-1' });
    await expect(verifikasiLetak(deps({ pendaftar: 'A' }).d, 'PNJ-1', 'B')).rejects.toBeInstanceOf(PrasyaratTidakTerpenuhi);
  });

  it('a second instance with another case\'s key, or a subprocess of a forged instance, is refused without retries', async () => {
    await expect(verifikasiLetak(deps({ pendaftar: 'K', asal: { proses: 'p', superProcessInstanceId: null } }).d, 'K', 'B')).rejects.toThrow(/tidak berhak atas kasus K/);
    await expect(verifikasiLetak(deps({ pendaftar: 'K', asal: { proses: 'p', superProcessInstanceId: 'PALSU' } }).d, 'K', 'B')).rejects.toBeInstanceOf(PrasyaratTidakTerpenuhi);
    await expect(verifikasiLetak(deps({ asal: { proses: 'p', superProcessInstanceId: null } }).d, 'X', 'B')).rejects.toThrow(/tidak terdaftar/);
  });

  it('the tujuan side started by our worker waits (a retried error) until its link is recorded', async () => {
    const menunggu = deps({ pendaftar: 'K', tautan: [{ kunciKasus: 'K', proses: 'tujuan', processInstanceId: null, asal: 'PESAN' }], asal: { proses: 'tujuan', superProcessInstanceId: null } });
    const error = await verifikasiLetak(menunggu.d, 'K', 'T').then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(tanpaUlang(error)).toBe(false);
    const tertaut = deps({ pendaftar: 'K', tautan: [{ kunciKasus: 'K', proses: 'tujuan', processInstanceId: 'T', asal: 'PESAN' }] });
    await expect(verifikasiLetak(tertaut.d, 'K', 'T')).resolves.toMatchObject({ processInstanceId: 'T' });
  });
});
