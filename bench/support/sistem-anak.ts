import { loadConfig } from '../../src/config.js';
import { loadDemoIfEmpty, syncIdentities } from '../../src/cli/bootstrap.js';
import { opsiKataSandi, startSystem } from '../../src/cli/system.js';

/**
 * The system as its own process for the benchmark (so its resident memory is its own): SK_BENCH_PERAN=semua (API and
 * workers in one process, the default of npm start), api or workers. With SK_BENCH_SIAPKAN=1 it loads the demo
 * organisation and syncs it to the engine first. Prints "SIAP <api url>" when it serves.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const peran = process.env.SK_BENCH_PERAN ?? 'semua';
  const system = await startSystem({
    config, api: peran !== 'workers', workers: peran !== 'api',
    ...(config.store.kind === 'pglite' ? { store: { kind: 'pglite-memory' as const } } : {}),
  });
  if (process.env.SK_BENCH_SIAPKAN === '1') {
    await loadDemoIfEmpty(system.organisasi);
    await syncIdentities(system.engine, system.organisasi, opsiKataSandi(config));
  }
  console.log(`SIAP ${system.apiUrl ?? '-'}`);
  const stop = () => void system.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
