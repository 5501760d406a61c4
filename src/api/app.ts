import { randomUUID } from 'node:crypto';
import express, { type Express, type Request } from 'express';
import { ajukanPenunjukan } from '../application/ajukan-penunjukan.js';
import type { PenunjukanDeps } from '../application/penunjukan-dalam-unit.js';
import type { ProcessStarter } from '../application/ports.js';
import { kenaliPemanggil, type PemanggilDeps } from '../application/pemanggil.js';
import { bolehBacaPenugasan } from '../application/akses-baca.js';
import { basicAuth, createPemeriksaKredensial, lingkupDari, type VerifyUser } from './auth.js';
import { batasBadan, BATAS_BADAN_API } from './batas-ukuran.js';
import { aturanDilanggar, errorMapper, HttpError, inputTidakValid } from './errors.js';
import { kasusRouter, type KasusApiDeps } from './kasus-router.js';
import { organisasiRouter, type OrganisasiApiDeps } from './organisasi-router.js';
import { penugasanQuery, permohonanPenunjukanBody } from './schemas.js';
import { timKerjaRouter, type TimKerjaApiDeps } from './tim-kerja-router.js';
import { suratRouter, type SuratApiDeps } from './surat-router.js';
import { pilihanRouter } from './pilihan-router.js';
import { kasusSayaRouter, type KasusSayaDeps } from './kasus-saya.js';
import { corsTasklist, createPemeriksaSesi, type VerifySesi } from './sesi-tasklist.js';
import { modelerRouter, type ModelerApiDeps } from './modeler-router.js';
import type { z } from 'zod';
import type { Pemanggil } from '../domain/akses.js';

export interface ApiDeps extends PenunjukanDeps, OrganisasiApiDeps, KasusApiDeps, TimKerjaApiDeps, SuratApiDeps {
  readonly engine: ProcessStarter;
  /** The caller's Camunda groups (the access policy reads camunda-admin and adminorganisasi). */
  readonly grupDari: PemanggilDeps['grupDari'];
  readonly verifyUser: VerifyUser;
  /** Technical users (skworker, skapi): refused by our API whatever their password. */
  readonly isTechnical: (userId: string) => boolean;
  /** A deactivated pegawai: refused from the moment of deactivation, even with credentials verified before. */
  readonly isNonaktif?: (userId: string) => Promise<boolean>;
  /** How long verified credentials are believed (default 60 s). */
  readonly kredensialTtlMs?: number;
  /** A Tasklist session cookie's user (src/api/sesi-tasklist.ts); without it only HTTP Basic is accepted. */
  readonly verifySesi?: VerifySesi;
  /** Origins (Tasklist's) whose scripts may read our GET answers with the session cookie. */
  readonly asalTasklist?: readonly string[];
  /** The open user tasks of a process instance, for "Kasus saya" (none known without it). */
  readonly tugasBerjalan?: KasusSayaDeps['tugasBerjalan'];
  /** Each named dependency answers true when it is reachable. */
  readonly health: Record<string, () => Promise<boolean>>;
  readonly log: (message: string, fields: Record<string, unknown>) => void;
  /** Issue 10: the modeler's API (/api/modeler) and page (/modeler, the built bundle in this directory). */
  readonly modeler?: ModelerApiDeps & { readonly halamanDir: string };
  /** Issue 10: starts a process for the caller's instansi (its published variant, else the baseline). */
  readonly pemulaUntuk?: (instansiId: string | undefined) => ProcessStarter;
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw inputTidakValid(parsed.error);
  return parsed.data;
}

const userOf = (res: express.Response): string => String(res.locals.userId);

export function createApiApp(deps: ApiDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  const json = batasBadan(BATAS_BADAN_API);

  app.get('/health', async (_req, res) => {
    const checks = Object.fromEntries(await Promise.all(Object.entries(deps.health).map(async ([name, check]) =>
      [name, await check().then((ok) => (ok ? 'ok' : 'tidak tersedia'), () => 'tidak tersedia')] as const)));
    const ok = Object.values(checks).every((c) => c === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'terganggu', ...checks });
  });

  const pemeriksa = createPemeriksaKredensial({
    verify: deps.verifyUser, isTechnical: deps.isTechnical,
    ...(deps.isNonaktif ? { isNonaktif: deps.isNonaktif } : {}),
    ...(deps.kredensialTtlMs !== undefined ? { ttlMs: deps.kredensialTtlMs } : {}),
  });
  const api = express.Router();
  api.use(corsTasklist(deps.asalTasklist ?? []));
  // Who asks is known before any body is read; the import route reads its own (larger) body after its check.
  api.use(basicAuth(pemeriksa, deps.verifySesi ? { verify: createPemeriksaSesi(deps.verifySesi), isTechnical: deps.isTechnical } : undefined));
  api.use((_req, res, next) => {
    kenaliPemanggil(deps, String(res.locals.userId)).then((pemanggil) => {
      res.locals.pemanggil = pemanggil;
      next();
    }, next);
  });
  api.use((req, res, next) => (req.path === '/organisasi/impor' ? next() : json(req, res, next)));

  api.post('/penunjukan', async (req: Request, res) => {
    const body = parse(permohonanPenunjukanBody, req.body);
    const engine = deps.pemulaUntuk?.((res.locals.pemanggil as Pemanggil).pegawai?.instansiId) ?? deps.engine;
    const result = await ajukanPenunjukan({ ...deps, engine, newId: () => randomUUID().slice(0, 8).toUpperCase() },
      { ...body, pengusulNip: userOf(res) });
    if (!result.ok) throw aturanDilanggar(result.violations);
    res.status(201).location(`/api/penugasan/${result.processInstanceId}`).json(result);
  });

  api.get('/penugasan', async (req, res) => {
    const q = parse(penugasanQuery, req.query);
    res.json({ data: await deps.penugasan.list({ ...q, lingkup: lingkupDari(res) }), limit: q.limit, offset: q.offset });
  });

  api.get('/penugasan/:processInstanceId', async (req, res) => {
    const found = await deps.penugasan.byProcessInstance(req.params.processInstanceId ?? '');
    // Not recorded and not theirs look the same (UU 27/2022: existence is not disclosed).
    if (!found || !(await bolehBacaPenugasan(deps, lingkupDari(res), found))) {
      throw new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: 'Penugasan belum tercatat (proses mungkin masih berjalan).' });
    }
    res.json(found);
  });

  api.use('/organisasi', organisasiRouter({
    ...deps,
    identitasBerubah: () => {
      pemeriksa.lupakan();
      deps.identitasBerubah?.();
    },
  }));
  api.use(kasusRouter(deps));
  api.use(suratRouter(deps));
  api.use('/tim-kerja', timKerjaRouter(deps));
  api.use(pilihanRouter(deps));
  api.use(kasusSayaRouter({ ...deps, tugasBerjalan: deps.tugasBerjalan ?? (() => Promise.resolve([])) }));
  if (deps.modeler) api.use('/modeler', modelerRouter(deps.modeler));

  app.use('/api', api);
  if (deps.modeler) app.use('/modeler', express.static(deps.modeler.halamanDir, { index: 'index.html' }));
  app.use((_req, _res, next) => next(new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: 'Alamat tidak dikenal.' })));
  app.use(errorMapper(deps.log));
  return app;
}
