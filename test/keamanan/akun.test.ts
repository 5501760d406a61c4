import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kataSandiAcak } from '../../src/adapters/camunda/akun-teknis.js';
import { createPemeriksaKredensial } from '../../src/api/auth.js';
import { kredensialTeknis } from '../../src/cli/akun-teknis.js';
import { ConfigError, loadConfig, masalahKataSandi, periksaProduksi } from '../../src/config.js';

const cwd = path.resolve('/srv/sistem-kerja');
const KUAT = { ENGINE_ADMIN_PASSWORD: 'Adm1n-Rahasia-2027', SK_WORKER_PASSWORD: 'Wk-9fT2xQ7mLp4Z', SK_API_PASSWORD: 'Ap-4hN8vR2kWq6J' };

function penolakan(env: NodeJS.ProcessEnv): string {
  try {
    periksaProduksi(loadConfig(env, cwd));
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('demo versus production mode (issue 8 item 4)', () => {
  it.each([
    { env: {}, mode: 'demo' },
    { env: { SK_STORE_URL: 'postgres://db/sk' }, mode: 'produksi' },
    { env: { ENGINE_DB_URL: 'jdbc:postgresql://db/camunda' }, mode: 'produksi' },
    { env: { SK_MODE: 'produksi' }, mode: 'produksi' },
    { env: { SK_MODE: 'demo', SK_STORE_URL: 'postgres://db/sk' }, mode: 'demo' },
  ])('given $env, when loaded, then the mode is $mode', ({ env, mode }) => {
    expect(loadConfig(env, cwd).mode).toBe(mode);
  });

  it('given SK_MODE=uji, when loaded, then a ConfigError names SK_MODE', () => {
    expect(() => loadConfig({ SK_MODE: 'uji' }, cwd)).toThrow(/SK_MODE: harus demo atau produksi/);
  });

  it('given the demo defaults, when checked, then nothing is refused (admin-dev stays the demo password)', () => {
    expect(() => periksaProduksi(loadConfig({}, cwd))).not.toThrow();
  });

  it('given production with the default administrator password, when checked, then start-up is refused naming the variable', () => {
    const message = penolakan({ SK_MODE: 'produksi', SK_WORKER_PASSWORD: KUAT.SK_WORKER_PASSWORD, SK_API_PASSWORD: KUAT.SK_API_PASSWORD });

    expect(message).toMatch(/^Mode produksi \(SK_MODE=produksi\) menolak konfigurasi ini:/);
    expect(message).toMatch(/ENGINE_ADMIN_PASSWORD: kata sandi bawaan tidak boleh dipakai di mode produksi/);
  });

  it('given PostgreSQL and a short administrator password, when checked, then it is refused as shorter than 12 characters', () => {
    const message = penolakan({ ...KUAT, SK_STORE_URL: 'postgres://db/sk', ENGINE_ADMIN_PASSWORD: 'Pendek-1!' });

    expect(message).toMatch(/PostgreSQL dikonfigurasi/);
    expect(message).toMatch(/ENGINE_ADMIN_PASSWORD: paling sedikit 12 karakter \(sekarang 9\)/);
  });

  it('given production without the technical users\' passwords, when checked, then both are required', () => {
    const message = penolakan({ SK_MODE: 'produksi', ENGINE_ADMIN_PASSWORD: KUAT.ENGINE_ADMIN_PASSWORD });

    expect(message).toMatch(/SK_WORKER_PASSWORD: wajib diisi di mode produksi/);
    expect(message).toMatch(/SK_API_PASSWORD: wajib diisi di mode produksi/);
  });

  it('given production with strong passwords, when checked, then start-up goes on', () => {
    expect(() => periksaProduksi(loadConfig({ ...KUAT, SK_MODE: 'produksi' }, cwd))).not.toThrow();
  });

  it('a long password without the classes Camunda\'s policy wants is refused with each missing class', () => {
    expect(masalahKataSandi('X', 'hanyahurufkecilsaja', 'admin')).toEqual([
      'X: harus memuat huruf besar', 'X: harus memuat angka', 'X: harus memuat karakter khusus (mis. ! # - _)',
    ]);
    expect(masalahKataSandi('X', 'Admin-Rahasia-2027', 'admin')).toEqual(['X: tidak boleh memuat nama pengguna admin']);
  });

  it('generated passwords meet the production rules', () => {
    for (let i = 0; i < 200; i++) expect(masalahKataSandi('X', kataSandiAcak(16), 'skworker')).toEqual([]);
  });

  it('npm start --help names the mode and the technical users\' variables', async () => {
    const source = await fs.readFile(path.join(import.meta.dirname, '../../src/cli/start.ts'), 'utf8');
    for (const name of ['SK_MODE', 'SK_WORKER_PASSWORD', 'SK_API_PASSWORD', 'produksi']) expect(source).toContain(name);
  });
});

describe('technical users\' passwords in the demo', () => {
  it('are generated once under data/ with mode 0600 and read back; production requires them from the environment', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sk-akun-'));
    try {
      const config = loadConfig({ SK_DATA_DIR: dir }, cwd);
      await expect(kredensialTeknis(config, { buat: false })).rejects.toThrow(/belum ada: jalankan npm start/);

      const first = await kredensialTeknis(config, { buat: true });
      const second = await kredensialTeknis(config, { buat: false });

      expect(second).toEqual(first);
      expect(first.worker).not.toBe(first.api);
      expect((await fs.stat(path.join(dir, 'akun-teknis.json'))).mode & 0o777).toBe(0o600);
      await expect(kredensialTeknis(loadConfig({ SK_MODE: 'produksi', SK_DATA_DIR: dir }, cwd), { buat: true }))
        .rejects.toThrow(/Mode produksi: setel SK_WORKER_PASSWORD dan SK_API_PASSWORD/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('API credentials: cache and throttling', () => {
  const counting = (good: Record<string, string>) => {
    const calls: string[] = [];
    return { calls, verify: (u: string, p: string) => { calls.push(u); return Promise.resolve(good[u] === p); } };
  };

  it('N requests with the same good credentials ask the engine once within the TTL, and again after it', async () => {
    let t = 1_000_000;
    const engine = counting({ '198807222012122003': 'benar-123' });
    const pemeriksa = createPemeriksaKredensial({ verify: engine.verify, isTechnical: () => false, ttlMs: 60_000, now: () => t });

    for (let i = 0; i < 25; i++) expect(await pemeriksa.periksa('198807222012122003', 'benar-123', '10.0.0.1')).toEqual({ ok: true });
    expect(engine.calls).toHaveLength(1);

    expect(await pemeriksa.periksa('198807222012122003', 'salah', '10.0.0.1')).toEqual({ ok: false });
    expect(engine.calls).toHaveLength(2);
    t += 60_001;
    await pemeriksa.periksa('198807222012122003', 'benar-123', '10.0.0.1');
    expect(engine.calls).toHaveLength(3);
  });

  it('forgetting (after an import) and a deactivated user: cached credentials no longer let them in', async () => {
    const engine = counting({ a: 'pw-a' });
    let nonaktif = false;
    const pemeriksa = createPemeriksaKredensial({ verify: engine.verify, isTechnical: () => false, isNonaktif: () => Promise.resolve(nonaktif) });

    expect(await pemeriksa.periksa('a', 'pw-a', 'x')).toEqual({ ok: true });
    nonaktif = true;
    expect(await pemeriksa.periksa('a', 'pw-a', 'x')).toEqual({ ok: false });
    pemeriksa.lupakan();
    await pemeriksa.periksa('a', 'pw-a', 'x');
    expect(engine.calls).toHaveLength(2);
  });

  it('after 5 failures of one user, further attempts wait 1 s, 2 s, 4 s ... without asking the engine', async () => {
    let t = 0;
    const engine = counting({ u: 'benar' });
    const pemeriksa = createPemeriksaKredensial({ verify: engine.verify, isTechnical: () => false, now: () => t });

    for (let i = 0; i < 5; i++) expect(await pemeriksa.periksa('u', `salah-${i}`, `10.0.0.${i}`)).toEqual({ ok: false });
    expect(await pemeriksa.periksa('u', 'benar', '10.0.1.1')).toEqual({ ok: false, tungguDetik: 1 });
    expect(engine.calls).toHaveLength(5);
    t += 1000;
    expect(await pemeriksa.periksa('u', 'salah-lagi', '10.0.1.1')).toEqual({ ok: false });
    expect(await pemeriksa.periksa('u', 'benar', '10.0.1.1')).toEqual({ ok: false, tungguDetik: 2 });
    t += 2000;
    expect(await pemeriksa.periksa('u', 'benar', '10.0.1.1')).toEqual({ ok: true });
  });

  it('after 20 failures from one address, other users from it wait too; other addresses do not', async () => {
    const engine = counting({ lain: 'benar' });
    const pemeriksa = createPemeriksaKredensial({ verify: engine.verify, isTechnical: () => false });

    for (let i = 0; i < 20; i++) await pemeriksa.periksa(`u${i}`, 'salah', '203.0.113.9');
    expect(await pemeriksa.periksa('lain', 'benar', '203.0.113.9')).toMatchObject({ ok: false, tungguDetik: 1 });
    expect(await pemeriksa.periksa('lain', 'benar', '198.51.100.1')).toEqual({ ok: true });
  });

  it('technical users never log in to the API and are never verified with the engine', async () => {
    const engine = counting({ skworker: 'benar' });
    const pemeriksa = createPemeriksaKredensial({ verify: engine.verify, isTechnical: (u) => u === 'skworker' || u === 'skapi' });

    for (let i = 0; i < 30; i++) expect(await pemeriksa.periksa('skworker', i === 0 ? 'benar' : `salah-${i}`, 'x')).toEqual({ ok: false });
    expect(engine.calls).toEqual([]);
  });
});
