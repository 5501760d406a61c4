import { TableNode, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import pg from 'pg';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { loadConfig } from '../../../src/config.js';
import { startSystem } from '../../../src/cli/system.js';

/**
 * A worker process as `npm run workers` runs it (every topic, PostgreSQL store, its own workerId), with one fault
 * injected at a store write, for the fault suite (test/faults/). Writes counted are inserts and updates of the
 * tables that hold side effects. The fault happens after the write ran, so it may sit inside an open transaction
 * (the commit never comes) or after a committed one (the engine never hears the outcome):
 * - SK_UJI_MATI_PADA=n   the process kills itself (SIGKILL) right after its n-th write;
 * - SK_UJI_HANGAT=1       wait (modules loaded) for SIGUSR2 before connecting: a warm spare;
 * - SK_UJI_PUTUS_SETIAP=n after every n-th write the PostgreSQL server ends every connection of the store
 *   (pg_terminate_backend), as a database restart or a network cut would.
 */
const TABEL_EFEK = new Set(['surat', 'penugasan', 'audit_log', 'keputusan_kasus', 'tim_kerja', 'anggota_tim', 'peran_kasus', 'permohonan', 'instans_kasus']);

function tabelTulis(node: RootOperationNode): string | undefined {
  if (node.kind === 'InsertQueryNode') return node.into?.table.identifier.name;
  if (node.kind === 'UpdateQueryNode' && node.table && TableNode.is(node.table)) return node.table.table.identifier.name;
  return undefined;
}

class FaultDiTulis implements KyselyPlugin {
  private tulis = 0;
  private readonly sasaran = new WeakMap<object, number>();

  constructor(private readonly aksi: (ke: number) => Promise<void> | undefined) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const tabel = tabelTulis(args.node);
    if (tabel !== undefined && TABEL_EFEK.has(tabel)) this.sasaran.set(args.queryId, ++this.tulis);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const ke = this.sasaran.get(args.queryId);
    if (ke !== undefined) await this.aksi(ke);
    return args.result;
  }
}

async function main(): Promise<void> {
  // SK_UJI_HANGAT=1: loaded and waiting; SIGUSR2 starts it (a spare that takes over at once when one is killed)
  if (process.env.SK_UJI_HANGAT === '1') {
    console.log('HANGAT');
    await new Promise<void>((resolve) => process.once('SIGUSR2', () => resolve()));
  }
  const config = loadConfig();
  if (config.store.kind !== 'postgres') throw new Error('pekerja-uji membutuhkan SK_STORE_URL');
  const storeUrl = config.store.url;
  const matiPada = Number(process.env.SK_UJI_MATI_PADA ?? 0);
  const putusSetiap = Number(process.env.SK_UJI_PUTUS_SETIAP ?? 0);
  const aksi = (ke: number): Promise<void> | undefined => {
    if (matiPada > 0 && ke === matiPada) {
      console.log(`MATI setelah tulis ke-${ke}`);
      process.kill(process.pid, 'SIGKILL');
      return new Promise<void>(() => undefined);
    }
    if (putusSetiap > 0 && ke % putusSetiap === 0) return putuskan(storeUrl, ke);
    return undefined;
  };
  const db = (await openStore(config.store)).withPlugin(new FaultDiTulis(aksi));
  const system = await startSystem({ config, api: false, db });
  console.log(`SIAP ${system.workerClient?.workerId}`);
  const stop = () => void system.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function putuskan(url: string, ke: number): Promise<void> {
  // Two cuts may overlap: each spares the cutters (application_name) and listens for its own end.
  const admin = new pg.Client({ connectionString: url, application_name: 'sk-uji-putus' });
  admin.on('error', () => undefined);
  await admin.connect();
  const { rows } = await admin.query<{ n: string }>(
    "select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = current_database() and application_name <> 'sk-uji-putus'");
  await admin.end();
  console.log(`PUTUS setelah tulis ke-${ke}: ${rows[0]?.n} koneksi diakhiri`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
