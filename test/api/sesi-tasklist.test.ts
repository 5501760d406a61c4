import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, createPemeriksaKredensial } from '../../src/api/auth.js';
import { errorMapper } from '../../src/api/errors.js';
import { cookieSesi, corsTasklist, createPemeriksaSesi } from '../../src/api/sesi-tasklist.js';

/** Issue 9: our API accepts the browser's Tasklist session for reads, and lets only Tasklist's scripts read the answers. */
describe('the Tasklist session at our API', () => {
  const sesiHidup = new Map([['JSESSIONID=AAAABBBBCCCC', '198108192009121002'], ['JSESSIONID=TEKNIS000000', 'skapi']]);
  let ditanya = 0;
  let base = '';
  let server: ReturnType<express.Express['listen']>;

  beforeAll(async () => {
    const app = express();
    const pemeriksa = createPemeriksaKredensial({ verify: () => Promise.resolve(false), isTechnical: (u) => u === 'skapi' });
    const verify = createPemeriksaSesi((cookie) => {
      ditanya += 1;
      return Promise.resolve(sesiHidup.get(cookie) ?? null);
    });
    app.use(corsTasklist(['http://127.0.0.1:8080']));
    app.use(basicAuth(pemeriksa, { verify, isTechnical: (u) => u === 'skapi' }));
    app.all('/saya', (_req, res) => void res.json({ userId: res.locals.userId as string }));
    app.use(errorMapper(() => undefined));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('given a live session cookie, when reading, then the caller is its user; the engine is asked once for repeated reads', async () => {
    const headers = { cookie: 'XSRF-TOKEN=x; JSESSIONID=AAAABBBBCCCC', origin: 'http://127.0.0.1:8080' };
    const res = await fetch(`${base}/saya`, { headers });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ userId: '198108192009121002' });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    await fetch(`${base}/saya`, { headers });
    expect(ditanya).toBe(1);
  });

  it('given the session, when writing (POST), then it is not enough: HTTP Basic is required', async () => {
    const res = await fetch(`${base}/saya`, { method: 'POST', headers: { cookie: 'JSESSIONID=AAAABBBBCCCC' } });
    expect(res.status).toBe(401);
  });

  it('given an unknown session or a technical user\'s, then 401 in Bahasa Indonesia; another origin gets no CORS header', async () => {
    const mati = await fetch(`${base}/saya`, { headers: { cookie: 'JSESSIONID=ZZZZZZZZZZZZ', origin: 'http://jahat.example' } });
    expect(mati.status).toBe(401);
    expect(((await mati.json()) as { pesan: string }).pesan).toContain('Sesi Tasklist berakhir');
    expect(mati.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${base}/saya`, { headers: { cookie: 'JSESSIONID=TEKNIS000000' } })).status).toBe(401);
  });

  it('reads only the session cookie from a cookie header', () => {
    expect(cookieSesi('a=1; JSESSIONID=ABCDEF123456; b=2')).toBe('JSESSIONID=ABCDEF123456');
    expect(cookieSesi('JSESSIONID=x')).toBeNull();
    expect(cookieSesi(undefined)).toBeNull();
  });
});
