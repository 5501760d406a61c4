import path from 'node:path';
import express, { type Response } from 'express';
import { z } from 'zod';
import { bacaDiagram } from '../adapters/bpmn/baca-model.js';
import { ringkasPerubahan } from '../adapters/bpmn/beda.js';
import type { CamundaRest } from '../adapters/camunda/camunda-rest.js';
import { aktivitasSelesai, definisi, definisiTerbaru, versiDefinisi, xmlDefinisi, type DefinisiProses } from '../adapters/camunda/model-proses-engine.js';
import { sopKePdf, sopKeXlsx } from '../adapters/dokumen/sop.js';
import type { ModelProsesRepository } from '../adapters/store/model-proses-repository.js';
import { periksaDiagram, PublikasiDitolak, terbitkanModel } from '../application/modeler/terbitkan-model.js';
import { tenantIdOf } from '../application/sinkron-identitas.js';
import { instansiAnalis, type Pemanggil } from '../domain/akses.js';
import { metrikProses, statistikDurasi, tabelSop } from '../domain/modeler/tinjauan.js';
import { HttpError, inputTidakValid } from './errors.js';

export interface ModelerApiDeps {
  /** The API's technical user towards the engine (skapi). */
  readonly modelerEngine: CamundaRest;
  readonly modelProses: ModelProsesRepository;
  readonly bpmnDir: string;
}

const xmlBody = z.object({ xml: z.string().min(1, 'xml wajib diisi').max(190_000, 'xml terlalu besar') });
const terbitBody = z.object({
  prosesKey: z.string().regex(/^[A-Za-z][\w-]*$/, 'prosesKey tidak valid'),
  xml: z.string().min(1, 'xml wajib diisi'),
  alasan: z.string().trim().min(10, 'alasan perubahan wajib diisi (paling sedikit 10 karakter)').max(2000),
});

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw inputTidakValid(r.error);
  return r.data;
}

/** The caller's instansi as an analyst; everyone else gets 403 (group analisproses, issue 10). */
function analis(res: Response): { instansiId: string; nip: string } {
  const p = res.locals.pemanggil as Pemanggil;
  const instansiId = instansiAnalis(p);
  if (!instansiId) throw new HttpError(403, { kode: 'BUKAN_ANALIS', pesan: 'Hanya analis proses bisnis (grup analisproses) yang dapat memakai modeler.' });
  return { instansiId, nip: p.userId };
}

/** A definition the analyst may read: the baseline or their own tenant's (else 404, as if it did not exist). */
async function definisiTerlihat(deps: ModelerApiDeps, instansiId: string, id: string): Promise<DefinisiProses> {
  const d = await definisi(deps.modelerEngine, id).catch(() => undefined);
  if (!d || (d.tenantId !== null && d.tenantId !== tenantIdOf(instansiId))) throw new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: 'Definisi proses tidak ditemukan.' });
  return d;
}

async function tinjauan(deps: ModelerApiDeps, d: DefinisiProses) {
  const { proses } = await bacaDiagram(await xmlDefinisi(deps.modelerEngine, d.id));
  const model = proses.find((p) => p.id === d.key) ?? proses[0];
  if (!model) throw new HttpError(422, { kode: 'DIAGRAM_KOSONG', pesan: 'Diagram tidak memuat proses.' });
  const durasi = statistikDurasi(await aktivitasSelesai(deps.modelerEngine, d.id));
  return { definisi: d, metrik: metrikProses(model), sop: tabelSop(model, durasi), durasi };
}

export function modelerRouter(deps: ModelerApiDeps): express.Router {
  const r = express.Router();

  r.get('/saya', (_req, res) => {
    const a = analis(res);
    res.json({ ...a, tenantId: tenantIdOf(a.instansiId) });
  });

  r.get('/proses', async (_req, res) => {
    const { instansiId } = analis(res);
    const [definisiList, draf] = await Promise.all([definisiTerbaru(deps.modelerEngine, instansiId), deps.modelProses.daftarDraf(instansiId)]);
    res.json({
      data: definisiList.map((d) => ({ ...d, asal: d.tenantId === null ? 'BASELINE_NASIONAL' : 'VARIAN_INSTANSI' })),
      draf: draf.map(({ xml: _xml, ...d }) => d),
    });
  });

  r.get('/proses/:key/versi', async (req, res) => {
    const { instansiId } = analis(res);
    res.json({ data: await versiDefinisi(deps.modelerEngine, req.params.key, instansiId) });
  });

  r.get('/definisi/:id/xml', async (req, res) => {
    const { instansiId } = analis(res);
    const d = await definisiTerlihat(deps, instansiId, req.params.id);
    res.json({ definisi: d, xml: await xmlDefinisi(deps.modelerEngine, d.id) });
  });

  r.get('/definisi/:id/tinjauan', async (req, res) => {
    const { instansiId } = analis(res);
    res.json(await tinjauan(deps, await definisiTerlihat(deps, instansiId, req.params.id)));
  });

  r.get('/definisi/:id/sop.:format', async (req, res) => {
    const { instansiId } = analis(res);
    const format = req.params.format;
    if (format !== 'xlsx' && format !== 'pdf') throw new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: 'Format SOP: xlsx atau pdf.' });
    const t = await tinjauan(deps, await definisiTerlihat(deps, instansiId, req.params.id));
    const isi = format === 'xlsx' ? await sopKeXlsx(t.sop) : await sopKePdf(t.sop);
    res.type(format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf')
      .attachment(`sop-${t.definisi.key}-v${t.definisi.version}.${format}`).send(isi);
  });

  r.get('/beda', async (req, res) => {
    const { instansiId } = analis(res);
    const q = parse(z.object({ dari: z.string().min(1), ke: z.string().min(1) }), req.query);
    const [a, b] = await Promise.all([definisiTerlihat(deps, instansiId, q.dari), definisiTerlihat(deps, instansiId, q.ke)]);
    const [xa, xb] = await Promise.all([xmlDefinisi(deps.modelerEngine, a.id), xmlDefinisi(deps.modelerEngine, b.id)]);
    res.json({ dari: a, ke: b, perubahan: await ringkasPerubahan(xa, xb), xmlDari: xa, xmlKe: xb });
  });

  r.get('/draf/:key', async (req, res) => {
    const { instansiId } = analis(res);
    const d = await deps.modelProses.draf(instansiId, req.params.key);
    if (!d) throw new HttpError(404, { kode: 'TIDAK_DITEMUKAN', pesan: 'Belum ada draf untuk proses ini.' });
    res.json(d);
  });

  r.put('/draf/:key', async (req, res) => {
    const { instansiId, nip } = analis(res);
    const { xml } = parse(xmlBody, req.body);
    await bacaDiagram(xml).catch((e: Error) => { throw new HttpError(400, { kode: 'INPUT_TIDAK_VALID', pesan: e.message, galat: [{ field: 'xml', pesan: e.message }] }); });
    res.json(await deps.modelProses.simpanDraf({ instansiId, prosesKey: req.params.key, xml, disimpanOleh: nip }));
  });

  r.post('/periksa', async (req, res) => {
    analis(res);
    const { xml } = parse(xmlBody, req.body);
    res.json({ temuan: await periksaDiagram(xml).catch((e: Error) => { throw new HttpError(400, { kode: 'INPUT_TIDAK_VALID', pesan: e.message, galat: [{ field: 'xml', pesan: e.message }] }); }) });
  });

  r.post('/terbitkan', async (req, res) => {
    const { instansiId, nip } = analis(res);
    const body = parse(terbitBody, req.body);
    try {
      const hasil = await terbitkanModel({ engine: deps.modelerEngine, model: deps.modelProses, bpmnDir: deps.bpmnDir }, { instansiId, oleh: nip, ...body });
      res.status(201).json(hasil);
    } catch (e) {
      if (e instanceof PublikasiDitolak) {
        throw new HttpError(e.kode === 'DIAGRAM_TIDAK_SESUAI' ? 400 : 422, { kode: e.kode, pesan: e.message, galat: [...e.rincian] });
      }
      throw e;
    }
  });

  r.get('/publikasi', async (_req, res) => {
    const { instansiId } = analis(res);
    res.json({ data: await deps.modelProses.riwayatPublikasi(instansiId) });
  });

  return r;
}

export const BPMN_DIR_BAWAAN = path.resolve(import.meta.dirname, '../../bpmn');
