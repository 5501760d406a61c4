import { ConfigError, loadConfig } from '../src/config.js';
import { startSystem } from '../src/cli/system.js';

/**
 * npm run workers [-- topic ...]: a worker process alone (one unique workerId), for scaling out with
 * PostgreSQL (SK_STORE_URL). Topic names limit the subscriptions; none means every topic.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.store.kind !== 'postgres') {
    throw new ConfigError('npm run workers membutuhkan SK_STORE_URL (PostgreSQL); dengan store bawaan (PGlite) gunakan npm start.');
  }
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const system = await startSystem({ config, api: false, workers: only.length > 0 ? only : true });
  console.log(`Worker ${system.workerClient?.workerId} berjalan: ${system.workerClient?.topics.join(', ')}`);
  const stop = () => void system.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
