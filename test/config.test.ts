import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const cwd = path.resolve('/srv/sistem-kerja');

/** The ConfigError thrown for an environment, or a failure if it loads. */
function configErrorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env, cwd);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('given an empty environment, when loaded, then the defaults are PGlite under data/store, API on 3000, engine on 8080', () => {
    expect(loadConfig({}, cwd)).toEqual({
      mode: 'demo',
      dataDir: path.join(cwd, 'data'),
      api: { host: '127.0.0.1', port: 3000 },
      store: { kind: 'pglite', dir: path.join(cwd, 'data', 'store') },
      engine: {
        port: 8080,
        restUrl: 'http://127.0.0.1:8080/engine-rest',
        webappUrl: 'http://127.0.0.1:8080/camunda',
        adminUser: 'admin',
        adminPassword: 'admin-dev',
        externalDatabase: false,
      },
      demoPassword: 'demo1234',
      teknis: { workerPassword: undefined, apiPassword: undefined },
      workerId: undefined,
      worker: { lockDurationMs: undefined, longPollMs: undefined, maxTasks: undefined },
      log: 'teks',
      zonaWaktu: 'Asia/Jakarta',
    });
  });

  it.each([
    { dir: 'var/sk', expected: path.join(cwd, 'var/sk') },
    { dir: '/data/sk', expected: path.resolve('/data/sk') },
  ])('given SK_DATA_DIR=$dir, when loaded, then the data and PGlite store live under $expected', ({ dir, expected }) => {
    const config = loadConfig({ SK_DATA_DIR: dir }, cwd);

    expect(config.dataDir).toBe(expected);
    expect(config.store).toEqual({ kind: 'pglite', dir: path.join(expected, 'store') });
  });

  it.each(['postgres://sk:rahasia@db:5432/sk', 'postgresql://db/sk'])(
    'given SK_STORE_URL=%s, when loaded, then the store is that PostgreSQL database',
    (url) => {
      expect(loadConfig({ SK_STORE_URL: url }, cwd).store).toEqual({ kind: 'postgres', url });
    },
  );

  it.each([
    { env: { ENGINE_PORT: '18080' }, restUrl: 'http://127.0.0.1:18080/engine-rest', port: 18080 },
    { env: { ENGINE_URL: 'https://engine.example.go.id' }, restUrl: 'https://engine.example.go.id/engine-rest', port: 8080 },
    { env: { ENGINE_URL: 'https://engine.example.go.id/' }, restUrl: 'https://engine.example.go.id/engine-rest', port: 8080 },
    { env: { ENGINE_URL: 'http://10.0.0.5:8080/engine-rest/' }, restUrl: 'http://10.0.0.5:8080/engine-rest', port: 8080 },
  ])('given $env, when loaded, then the engine REST API is at $restUrl', ({ env, restUrl, port }) => {
    const { engine } = loadConfig(env, cwd);

    expect(engine.restUrl).toBe(restUrl);
    expect(engine.webappUrl).toBe(restUrl.replace(/engine-rest$/, 'camunda'));
    expect(engine.port).toBe(port);
  });

  it('given every variable set, when loaded, then each one is used', () => {
    const config = loadConfig({
      SK_API_HOST: '0.0.0.0', SK_API_PORT: '0', SK_DEMO_PASSWORD: 'rahasia', ENGINE_ADMIN_USER: 'root',
      ENGINE_ADMIN_PASSWORD: 'x', ENGINE_DB_URL: 'jdbc:postgresql://db/engine', SK_WORKER_ID: 'w-1', SK_LOG: 'silent',
    }, cwd);

    expect(config).toMatchObject({
      api: { host: '0.0.0.0', port: 0 },
      engine: { adminUser: 'root', adminPassword: 'x', externalDatabase: true },
      demoPassword: 'rahasia',
      workerId: 'w-1',
      log: 'silent',
    });
  });

  it('given the worker tuning variables, when loaded, then the worker settings hold them; a bad one names the variable', () => {
    const config = loadConfig({ SK_WORKER_LOCK_MS: '2000', SK_WORKER_LONG_POLL_MS: '0', SK_WORKER_MAX_TASKS: '50' }, cwd);

    expect(config.worker).toEqual({ lockDurationMs: 2000, longPollMs: 0, maxTasks: 50 });
    expect(configErrorOf({ SK_WORKER_LOCK_MS: '100' }).message).toMatch(/^ {2}SK_WORKER_LOCK_MS: paling sedikit 500 ms$/m);
    expect(configErrorOf({ SK_WORKER_MAX_TASKS: 'banyak' }).message).toMatch(/^ {2}SK_WORKER_MAX_TASKS: harus berupa bilangan bulat$/m);
  });

  it.each([
    ...['abc', '70000', '-1', '3.5', '', '0x50', '1e3'].map((value) => ({ name: 'SK_API_PORT', value })),
    ...['http', '65536'].map((value) => ({ name: 'ENGINE_PORT', value })),
  ])('given $name=$value, when loaded, then a ConfigError names $name', ({ name, value }) => {
    const error = configErrorOf({ [name]: value });

    expect(error.message).toMatch(/^Konfigurasi lingkungan tidak valid:\n/);
    expect(error.message).toMatch(new RegExp(`^ {2}${name}: harus berupa nomor port 0-65535$`, 'm'));
  });

  it.each([
    { name: 'SK_STORE_URL', value: 'mysql://db/sk', message: 'harus berupa URL postgres://...' },
    { name: 'SK_STORE_URL', value: 'db.example:5432/sk', message: 'harus berupa URL postgres://...' },
    { name: 'ENGINE_DB_URL', value: 'postgres://db/engine', message: 'harus berupa URL JDBC (jdbc:postgresql://...)' },
    { name: 'ENGINE_URL', value: 'bukan url', message: undefined },
    { name: 'SK_LOG', value: 'verbose', message: undefined },
    { name: 'SK_DEMO_PASSWORD', value: 'abc', message: undefined },
  ])('given $name=$value, when loaded, then a ConfigError names $name', ({ name, value, message }) => {
    const error = configErrorOf({ [name]: value });

    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(new RegExp(`^ {2}${name}: ${message ? message.replace(/[.()/]/g, '\\$&') : ''}`, 'm'));
  });

  it('given two bad variables, when loaded, then the ConfigError names both', () => {
    const error = configErrorOf({ SK_API_PORT: 'x', SK_STORE_URL: 'mysql://db' });

    expect(error.message.split('\n').slice(1).map((line) => line.trim().split(':')[0])).toEqual(['SK_API_PORT', 'SK_STORE_URL']);
  });
});
