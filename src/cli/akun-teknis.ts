import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { kataSandiAcak, type KredensialTeknis } from '../adapters/camunda/akun-teknis.js';
import { ConfigError, type Config } from '../config.js';

/** Demo mode: the technical users' generated passwords, readable by the owner only (0600). */
export const BERKAS_AKUN_TEKNIS = 'akun-teknis.json';

const berkasSchema = z.object({ skworker: z.string().min(12), skapi: z.string().min(12) });

/**
 * The passwords of skworker and skapi: from SK_WORKER_PASSWORD / SK_API_PASSWORD when set (required in production);
 * in the demo otherwise from data/akun-teknis.json, generated on first use (`buat`: only npm start creates it;
 * `npm run api` / `npm run workers` read what npm start made).
 */
export async function kredensialTeknis(config: Config, options: { buat: boolean }): Promise<KredensialTeknis> {
  const { workerPassword, apiPassword } = config.teknis;
  if (workerPassword !== undefined && apiPassword !== undefined) return { worker: workerPassword, api: apiPassword };
  if (config.mode === 'produksi') {
    throw new ConfigError('Mode produksi: setel SK_WORKER_PASSWORD dan SK_API_PASSWORD (kata sandi pengguna teknis skworker dan skapi).');
  }
  const file = path.join(config.dataDir, BERKAS_AKUN_TEKNIS);
  let stored: KredensialTeknis | undefined;
  try {
    const parsed = berkasSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    stored = { worker: parsed.skworker, api: parsed.skapi };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError(`${file} tidak dapat dibaca (${e instanceof Error ? e.message : String(e)}); hapus berkas itu agar dibuat ulang.`);
    if (!options.buat) throw new ConfigError(`${file} belum ada: jalankan npm start sekali, atau setel SK_WORKER_PASSWORD dan SK_API_PASSWORD.`);
  }
  if (!stored) {
    stored = { worker: kataSandiAcak(24), api: kataSandiAcak(24) };
    await fs.mkdir(config.dataDir, { recursive: true });
    await fs.writeFile(file, `${JSON.stringify({ skworker: stored.worker, skapi: stored.api }, null, 2)}\n`, { mode: 0o600 });
  }
  await fs.chmod(file, 0o600);
  return { worker: workerPassword ?? stored.worker, api: apiPassword ?? stored.api };
}
