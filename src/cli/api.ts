import { ConfigError, loadConfig } from '../config.js';
import { startSystem } from './system.js';

/**
 * npm run api: the API alone, for scaling out with PostgreSQL (SK_STORE_URL). The embedded PGlite store
 * is one connection in one process, so without PostgreSQL use npm start (DESIGN.md §2).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.store.kind !== 'postgres') {
    throw new ConfigError('npm run api membutuhkan SK_STORE_URL (PostgreSQL); dengan store bawaan (PGlite) gunakan npm start.');
  }
  const system = await startSystem({ config, workers: false });
  console.log(`API siap di ${system.apiUrl}`);
  const stop = () => void system.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
