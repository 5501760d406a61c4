import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createPermohonanRepository } from '../../../src/adapters/store/permohonan-repository.js';
import type { Database } from '../../../src/adapters/store/schema.js';
import { throwawayDatabase } from '../../support/postgres.js';

/* A real PostgreSQL server (SK_TEST_PG_URL, default 127.0.0.1:5432); fails, never skips, without one. */
describe('R-SYS-01 under concurrency on PostgreSQL: racing duplicate requests from two store connections (two worker processes)', () => {
  let dbs: Kysely<Database>[] = [];
  let drop: () => Promise<void> = () => Promise.resolve();

  beforeAll(async () => {
    const t = await throwawayDatabase('sk_dup');
    drop = t.drop;
    dbs = [await openStore({ kind: 'postgres', url: t.url }), await openStore({ kind: 'postgres', url: t.url })];
  });
  afterAll(async () => {
    for (const db of dbs) await db.destroy();
    await drop();
  });

  it('R-SYS-01: given 12 requests with the same duplicate key started in parallel, when registered, then exactly one is not a duplicate and every other names another registered request', async () => {
    const repos = dbs.map((db) => createPermohonanRepository(db));
    const hasil = await Promise.all(Array.from({ length: 12 }, (_, i) => repos[i % 2]!.daftarkan({
      businessKey: `uji-dup-${i}`, processInstanceId: `pid-dup-${i}`, jenis: 'pembentukan-tim-kerja', pengusulNip: '198003102005012001',
      data: { i }, kunciDuplikat: 'TIM|unit-x|2027|tim uji',
    })));
    const asli = hasil.filter((h) => h.duplikatDari === undefined);
    expect(asli).toHaveLength(1);
    hasil.forEach((h, i) => {
      if (h.duplikatDari !== undefined) expect(h.duplikatDari).toMatch(new RegExp(`^uji-dup-(?!${i}$)\\d+$`));
    });
  });
});
