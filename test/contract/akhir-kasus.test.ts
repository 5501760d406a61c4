import { describe, expect, it } from 'vitest';
import { STATUS_AKHIR } from '../../src/domain/status-kasus.js';
import { attr, is, label, muatProses, properti, type ModelProses, type Simpul } from './bpmn-model.js';

// Issue 9 (every case finishes): each end event of a flow records the case's final status in the store. It is a
// message end event implemented by the external task `tutup-kasus` with its `status` as an input parameter. Only
// two things are exempt, and say so in the diagram with `<camunda:property name="akhirKasus" value="tidak" />`: an
// end event closing a branch of a non-interrupting event (the case goes on), and a process linked to the case of
// another (a called subprocess, the F3 tujuan side), whose caller records the status. No engine is started.

const proses = await muatProses();

const tutupKasus = (el: Simpul) => el.eventDefinitions?.find((d) => is(d, 'bpmn:MessageEventDefinition')
  && attr(d, 'camunda:type') === 'external' && attr(d, 'camunda:topic') === 'tutup-kasus');

function statusDari(el: Simpul): string | undefined {
  for (const ext of el.extensionElements?.values ?? []) {
    if (!is(ext, 'camunda:InputOutput')) continue;
    for (const p of (ext.get('inputParameters') as readonly { get(n: string): unknown }[] | undefined) ?? []) {
      if (p.get('name') === 'status') return typeof p.get('value') === 'string' ? String(p.get('value')).trim() : undefined;
    }
  }
  return undefined;
}

/**
 * Whether an end event can only be reached from a non-interrupting boundary or event sub-process start: walking back,
 * an interrupting boundary leads on to the activity it is attached to, and no walk reaches the process's start.
 */
function cabangTidakMenyela(el: Simpul): boolean {
  const dilihat = new Set<string>();
  const antrian: Simpul[] = [el];
  let cabang = false;
  while (antrian.length > 0) {
    const s = antrian.pop()!;
    if (dilihat.has(s.id)) continue;
    dilihat.add(s.id);
    const tidakMenyela = (is(s, 'bpmn:BoundaryEvent') && s.get('cancelActivity') === false) || (is(s, 'bpmn:StartEvent') && s.get('isInterrupting') === false);
    if (tidakMenyela) {
      cabang = true;
      continue;
    }
    if (is(s, 'bpmn:BoundaryEvent') && s.attachedToRef) antrian.push(s.attachedToRef);
    else if ((s.incoming ?? []).length === 0) return false;
    antrian.push(...(s.incoming ?? []).map((a) => a.sourceRef));
  }
  return cabang;
}

describe.each(proses.map((m) => [`${m.file} › ${m.proses.id}`, m] as const))('%s', (_judul, m: ModelProses) => {
  const tertaut = properti(m.proses).get('akhirKasus') === 'tidak';
  const akhir = m.simpul.filter((el) => is(el, 'bpmn:EndEvent'));

  it('every end event records a final status of the case through tutup-kasus, or says why it does not (issue 9)', () => {
    const masalah = akhir.flatMap((el) => {
      const dikecualikan = tertaut || properti(el).get('akhirKasus') === 'tidak';
      if (dikecualikan) return tutupKasus(el) ? [`${label(el)}: ditandai akhirKasus=tidak tetapi menutup kasus`] : [];
      if (!tutupKasus(el)) return [`${label(el)}: bukan message end event tutup-kasus (camunda:type="external")`];
      const status = statusDari(el);
      return status && (STATUS_AKHIR as readonly string[]).includes(status) ? [] : [`${label(el)}: status '${status ?? ''}' bukan status akhir (${STATUS_AKHIR.join(', ')})`];
    });
    expect(masalah).toEqual([]);
  });

  it('an end event exempted inside a flow closes only a branch of a non-interrupting event', () => {
    const salah = akhir.filter((el) => !tertaut && properti(el).get('akhirKasus') === 'tidak' && !cabangTidakMenyela(el)).map(label);
    expect(salah).toEqual([]);
  });
});
