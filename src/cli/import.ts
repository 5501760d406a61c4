import fs from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { createIdentityDirectory } from '../adapters/camunda/identity-directory.js';
import { ImportError } from '../adapters/import/csv/index.js';
import { readDirektori } from '../adapters/import/read-direktori.js';
import { imporOrganisasi } from '../application/impor-organisasi.js';
import { ConfigError, loadConfig } from '../config.js';
import { opsiKataSandi, startSystem } from './system.js';
import { createKataSandiAwalRepository } from '../adapters/store/kata-sandi-awal-repository.js';

const HELP = `Pemakaian: npm run import -- <folder-CSV | berkas.json>

Mengimpor organisasi (instansi, unit, pegawai, kedudukan, pimpinan, pejabat yang berwenang, delegasi) dari
satu berkas CSV per entitas (instansi.csv, unit.csv, pegawai.csv, kedudukan.csv, pimpinan.csv,
pejabat-berwenang.csv, delegasi.csv) atau satu berkas JSON. Semua masalah dicantumkan per berkas, baris dan
kolom; bila ada satu masalah, tidak ada yang disimpan. Impor ulang memperbarui data menurut NIP/ID dan
menyimpan riwayatnya. Setelah tersimpan, setiap pegawai disinkronkan ke pengguna Camunda (login = NIP).

Dengan store bawaan (PGlite) hentikan npm start dahulu, atau kirim lewat API: POST /api/organisasi/impor.
`;

async function main(): Promise<void> {
  const target = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (!target || process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(HELP);
    if (!target) process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const files = await readInputs(target);
  const bar = new cliProgress.SingleBar({ format: 'Memeriksa  [{bar}] {percentage}% | {value}/{total} baris', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(1, 0);
  let direktori;
  try {
    direktori = readDirektori(files, (done, total) => { bar.setTotal(Math.max(total, 1)); bar.update(done); });
  } finally {
    bar.stop();
  }
  if (config.store.kind === 'pglite' && (await apiRunning(config.api.host, config.api.port))) {
    throw new ConfigError(`npm start sedang berjalan dan memegang store PGlite; kirim impor lewat API (POST /api/organisasi/impor) atau hentikan npm start.`);
  }
  const system = await startSystem({ config, workers: false, api: false });
  try {
    const started = Date.now();
    process.stdout.write(`Menyimpan ${direktori.pegawai.length} pegawai dalam satu transaksi ...\n`);
    const hasil = await imporOrganisasi({
      organisasi: system.organisasi, identity: createIdentityDirectory(system.engine), kataSandi: opsiKataSandi(config),
      ...(config.mode === 'produksi' ? { kataSandiAwal: createKataSandiAwalRepository(system.db) } : {}),
    }, direktori, 'SEMUA');
    const r = hasil.ringkasan;
    process.stdout.write(`Selesai dalam ${((Date.now() - started) / 1000).toFixed(1)} detik: ${r.instansi} instansi, ${r.unit} unit; pegawai ${r.pegawaiBaru} baru, ` +
      `${r.pegawaiBerubah} berubah (versi lama disimpan), ${r.pegawaiTetap} tetap; ${r.kedudukan} kedudukan, ${r.pimpinan} pimpinan.\n` +
      `Pengguna Camunda: ${hasil.identitas.dibuat} dibuat, ${hasil.identitas.diperbarui} diperbarui, ${hasil.identitas.dicabut} dicabut aksesnya.\n`);
  } finally {
    await system.stop();
  }
}

async function readInputs(target: string): Promise<{ name: string; text: string }[]> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) throw new ConfigError(`${target} tidak ditemukan.`);
  const paths = stat.isDirectory()
    ? (await fs.readdir(target)).filter((f) => /\.(csv|json)$/i.test(f)).map((f) => path.join(target, f))
    : [target];
  if (paths.length === 0) throw new ConfigError(`${target} tidak berisi berkas .csv atau .json.`);
  return Promise.all(paths.map(async (p) => ({ name: path.basename(p), text: await fs.readFile(p, 'utf8') })));
}

async function apiRunning(host: string, port: number): Promise<boolean> {
  return fetch(`http://${host}:${port}/health`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
}

main().catch((e: unknown) => {
  if (e instanceof ImportError) {
    process.stderr.write(`Impor ditolak: ${e.problems.length} masalah, tidak ada yang disimpan.\n${e.message}\n`);
  } else {
    process.stderr.write(`Impor gagal: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exit(1);
});
