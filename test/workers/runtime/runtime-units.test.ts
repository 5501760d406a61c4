import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { truncate } from '../../../workers/runtime/execute-task.js';
import { describeError, formatLine } from '../../../workers/runtime/logger.js';
import { parseVariables, variableNamesOf } from '../../../workers/runtime/process-variables.js';
import { isOutcome } from '../../../workers/runtime/outcome.js';
import {
  bpmnError,
  complete,
  createConsoleLogger,
  defineTopic,
  DEFAULT_RETRY_POLICY,
  nextAttempt,
} from '../../../workers/runtime/index.js';

describe('nextAttempt', () => {
  const policy = { retries: 3, backoffMs: 2_000, maxBackoffMs: 5_000 };
  it.each([
    { given: null, retries: 2, retryTimeout: 2_000, when: 'first failure (task.retries still null)' },
    { given: 2, retries: 1, retryTimeout: 4_000, when: 'second failure' },
    { given: 1, retries: 0, retryTimeout: 0, when: 'last failure: incident' },
    { given: 0, retries: 0, retryTimeout: 0, when: 'retries already 0 (never below)' },
    { given: 10, retries: 9, retryTimeout: 2_000, when: 'an operator raised retries above the policy' },
  ])('given task.retries $given, when $when, then retries $retries after $retryTimeout ms', ({ given, retries, retryTimeout }) => {
    expect(nextAttempt(given, policy)).toEqual({ retries, retryTimeout });
  });

  it('given many retries, when the backoff doubles, then it stops at the cap', () => {
    expect(nextAttempt(2, { retries: 10, backoffMs: 1_000, maxBackoffMs: 5_000 })).toEqual({ retries: 1, retryTimeout: 5_000 });
  });

  it('given the defaults, then 3 retries starting at 2 s capped at 5 min', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({ retries: 3, backoffMs: 2_000, maxBackoffMs: 300_000 });
  });
});

describe('parseVariables', () => {
  const schema = z.object({ tanggalMulai: z.iso.date(), pegawai: z.object({ nip: z.string().length(18) }) });

  it('given valid variables, then the parsed value is returned', () => {
    const raw = { tanggalMulai: '2026-01-05', pegawai: { nip: '198001012005011001' } };
    expect(parseVariables(schema, () => raw)).toEqual({ ok: true, value: raw });
  });

  it('given bad fields, then the message names each field in Bahasa Indonesia', () => {
    const result = parseVariables(schema, () => ({ tanggalMulai: 5, pegawai: { nip: '1' } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Variabel proses tidak valid: tanggalMulai: .*diharapkan string.*; pegawai\.nip: /);
    expect(result.details).toContain('"path"');
  });

  it('given variables that cannot be read, then the message says so', () => {
    const result = parseVariables(schema, () => {
      throw new SyntaxError('Unexpected token');
    });
    expect(result).toMatchObject({ ok: false, message: 'Variabel proses tidak dapat dibaca: Unexpected token' });
  });

  it('given a z.object, then only its keys are fetched; given another schema, then all are', () => {
    expect(variableNamesOf(schema)).toEqual(['tanggalMulai', 'pegawai']);
    expect(variableNamesOf(z.looseObject({ a: z.string() }))).toEqual(['a']);
    expect(variableNamesOf(schema.transform((value) => value.pegawai))).toBeUndefined();
  });
});

describe('truncate', () => {
  it('given a long message, then it is cut below the engine limit of 666', () => {
    const cut = truncate('x'.repeat(2_000));
    expect(cut).toHaveLength(600);
    expect(cut.endsWith('…')).toBe(true);
    expect(truncate('pendek')).toBe('pendek');
  });
});

describe('console logger', () => {
  it('given format teks (npm start on a terminal), then one readable line per event: time, level, message, fields; colour only when asked', () => {
    const lines: string[] = [];
    const logger = createConsoleLogger({ format: 'teks', write: (_level, line) => lines.push(line), now: () => new Date(2026, 0, 5, 8, 15, 2) });
    logger.info('polling started', { workerId: 'w-1', topics: ['a', 'b', 'c', 'd', 'e', 'f'], baseUrl: 'http://x/engine-rest' });
    logger.warn('lambat sekali', { alasan: 'antrean penuh' });
    expect(lines).toEqual([
      '08:15:02 info  polling started  workerId=w-1 topics=6 butir baseUrl=http://x/engine-rest',
      '08:15:02 PERINGATAN lambat sekali  alasan="antrean penuh"',
    ]);
    expect(lines.join('')).not.toContain('\u001b[');

    const berwarna: string[] = [];
    createConsoleLogger({ format: 'teks', warna: true, write: (_l, line) => berwarna.push(line) }).error('gagal', { error: new Error('boom') });
    const esc = String.fromCharCode(27);
    expect(berwarna[0]?.slice(9)).toMatch(new RegExp(`^${esc}\\[31mGALAT${esc}\\[0m gagal {2}error="boom"\nError: boom`));
  });

  it('given an event with an error field, then one JSON line carries message, level, base fields and the error', () => {
    const lines: string[] = [];
    const logger = createConsoleLogger({
      base: { service: 'workers' },
      write: (_level, line) => lines.push(line),
      now: () => new Date('2026-01-05T00:00:00Z'),
    });

    logger.error('external task failed', { taskId: 't-1', error: new Error('boom'), absent: undefined });

    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({
      time: '2026-01-05T00:00:00.000Z',
      level: 'error',
      msg: 'external task failed',
      service: 'workers',
      taskId: 't-1',
      error: { name: 'Error', message: 'boom' },
    });
    expect(entry).not.toHaveProperty('absent');
  });

  it('given a circular field, then the event is still written', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const line = formatLine('warn', 'aneh', { circular }, new Date(0));
    expect(JSON.parse(line)).toMatchObject({ msg: 'aneh', fieldsUnserializable: true });
  });

  it('given an engine error, then its status code is kept', () => {
    const error = Object.assign(new Error('Response code 404'), { httpStatusCode: 404 });
    expect(describeError(error)).toMatchObject({ message: 'Response code 404', httpStatusCode: 404 });
  });
});

describe('defineTopic', () => {
  const handle = () => complete();
  it.each([
    { when: 'a topic name with a space', definition: { topic: 'hitung a', variables: z.object({}), handle }, error: /topic name/ },
    { when: 'negative retries', definition: { topic: 'hitung-a', variables: z.object({}), retries: -1, handle }, error: /retries must be/ },
    { when: 'a zero lock duration', definition: { topic: 'hitung-a', variables: z.object({}), lockDurationMs: 0, handle }, error: /lockDurationMs/ },
  ])('given $when, then it throws', ({ definition, error }) => {
    expect(() => defineTopic(definition)).toThrow(error);
  });

  it('given a z.object schema and retries, then the topic carries its variable names and retry policy', () => {
    const topic = defineTopic({ topic: 'hitung-a', variables: z.object({ nip: z.string() }), retries: 5, retryBackoffMs: 100, handle });
    expect(topic).toMatchObject({ topic: 'hitung-a', variableNames: ['nip'], retryPolicy: { retries: 5, backoffMs: 100, maxBackoffMs: 300_000 } });
  });
});

describe('isOutcome', () => {
  it.each([
    [complete(), true],
    [bpmnError('ATURAN_DILANGGAR', 'pesan'), true],
    [{ kind: 'bpmnError', errorCode: '', message: 'x' }, false],
    [undefined, false],
    [{ kind: 'selesai' }, false],
  ])('given %j, then %s', (value, expected) => {
    expect(isOutcome(value)).toBe(expected);
  });
});
