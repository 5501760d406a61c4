/**
 * Publishing an analyst's flow for their instansi (issue 10 item 6): parse, lint gate (the same bpmnlint rules the
 * modeler shows, src/domain/modeler), diff against the deployed version, deploy into the instansi's Camunda tenant
 * (the engine's own deploy check is the last gate), audit entry. New cases of that instansi then start the variant
 * (pemulaUntukInstansi); running cases keep their definition; other instansi keep the baseline.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { bacaDiagram } from '../../adapters/bpmn/baca-model.js';
import { ringkasPerubahan, type Perubahan } from '../../adapters/bpmn/beda.js';
import { lintDiagram } from '../../adapters/bpmn/lint.js';
import type { CamundaRest } from '../../adapters/camunda/camunda-rest.js';
import { DeploymentRefused, penolakanDari } from '../../adapters/camunda/deploy.js';
import { definisi, versiDefinisi, xmlDefinisi, type DefinisiProses } from '../../adapters/camunda/model-proses-engine.js';
import type { ModelProsesRepository, PublikasiModel } from '../../adapters/store/model-proses-repository.js';
import { ATURAN_MODEL, type TemuanAturan } from '../../domain/modeler/aturan-model.js';
import { gerbangTerbit } from '../../domain/modeler/gerbang-terbit.js';
import { tenantIdOf } from '../sinkron-identitas.js';

export interface ModelerDeps {
  readonly engine: CamundaRest;
  readonly model: ModelProsesRepository;
  /** Where the forms live (deployed with the variant: formRefBinding="deployment"). */
  readonly bpmnDir: string;
}

/** Lint as the modeler shows it, with each finding's kind (regulation or safety). */
export async function periksaDiagram(xml: string): Promise<TemuanAturan[]> {
  return (await lintDiagram(xml)).map((h) => ({
    aturan: h.aturan, elemenId: h.elemenId, pesan: h.pesan, jenis: ATURAN_MODEL.find((a) => a.id === h.aturan)?.jenis ?? 'keamanan',
  }));
}

export class PublikasiDitolak extends Error {
  constructor(readonly kode: 'LINT_GAGAL' | 'ENGINE_MENOLAK' | 'DIAGRAM_TIDAK_SESUAI', pesan: string, readonly rincian: readonly { field: string; pesan: string; ruleId?: string }[]) {
    super(pesan);
  }
}

export interface HasilTerbit {
  readonly publikasi: PublikasiModel;
  readonly definisi: DefinisiProses;
  readonly perubahan: Perubahan;
  readonly peringatan: readonly TemuanAturan[];
}

/** The definition an instansi runs today for a key: its own latest variant, else the baseline's latest. */
export async function definisiBerlaku(engine: CamundaRest, key: string, instansiId: string): Promise<DefinisiProses | undefined> {
  const semua = await versiDefinisi(engine, key, instansiId);
  return semua.find((d) => d.tenantId === tenantIdOf(instansiId)) ?? semua.find((d) => d.tenantId === null);
}

export async function terbitkanModel(deps: ModelerDeps, input: { instansiId: string; oleh: string; prosesKey: string; xml: string; alasan: string }): Promise<HasilTerbit> {
  const { proses } = await bacaDiagram(input.xml);
  const utama = proses.filter((p) => p.id === input.prosesKey);
  if (proses.length !== 1 || utama.length !== 1) {
    throw new PublikasiDitolak('DIAGRAM_TIDAK_SESUAI', `Diagram harus memuat tepat satu proses dengan id '${input.prosesKey}'.`, [{ field: 'xml', pesan: `proses dalam diagram: ${proses.map((p) => p.id).join(', ') || '(tidak ada)'}` }]);
  }
  const berlaku = await definisiBerlaku(deps.engine, input.prosesKey, input.instansiId);
  if (!berlaku) {
    throw new PublikasiDitolak('DIAGRAM_TIDAK_SESUAI', `Proses '${input.prosesKey}' tidak ada di baseline nasional maupun di instansi ini; hanya alur yang sudah ada yang dapat disesuaikan.`, [{ field: 'prosesKey', pesan: 'tidak dikenal' }]);
  }
  const xmlLama = await xmlDefinisi(deps.engine, berlaku.id);
  const gerbang = gerbangTerbit(await periksaDiagram(input.xml), await periksaDiagram(xmlLama));
  if (!gerbang.boleh) {
    throw new PublikasiDitolak('LINT_GAGAL', 'Diagram belum memenuhi aturan; perbaiki temuan berikut lalu terbitkan lagi.',
      gerbang.menolak.map((t) => ({ field: t.elemenId, pesan: t.pesan, ruleId: t.aturan })));
  }
  const perubahan = await ringkasPerubahan(xmlLama, input.xml);
  const forms = (await fs.readdir(deps.bpmnDir)).filter((f) => f.endsWith('.form')).sort();
  const resources = [
    { name: `${input.prosesKey}.bpmn`, content: input.xml },
    ...await Promise.all(forms.map(async (f) => ({ name: f, content: await fs.readFile(path.join(deps.bpmnDir, f), 'utf8') }))),
  ];
  const tenantId = tenantIdOf(input.instansiId);
  let deployment;
  try {
    deployment = await deps.engine.deploy(`modeler-${input.prosesKey}`, resources, { duplicateFiltering: false, tenantId });
  } catch (e) {
    const tolak = penolakanDari(e);
    if (tolak instanceof DeploymentRefused) {
      throw new PublikasiDitolak('ENGINE_MENOLAK', 'Engine menolak penerapan diagram ini.', tolak.alasan.map((a) => ({ field: 'xml', pesan: a })));
    }
    throw e;
  }
  // deployedProcessDefinitions is keyed by definition id.
  const baru = Object.entries(deployment.deployedProcessDefinitions ?? {}).find(([, d]) => d.key === input.prosesKey);
  if (!baru) throw new Error(`Penerapan ${deployment.id} tidak memuat definisi ${input.prosesKey}`);
  const def = await definisi(deps.engine, baru[0]);
  const publikasi = await deps.model.catatPublikasi({
    instansiId: input.instansiId, tenantId, prosesKey: input.prosesKey, versi: def.version, processDefinitionId: def.id,
    deploymentId: deployment.id, oleh: input.oleh, alasan: input.alasan, perubahan,
  });
  return { publikasi, definisi: def, perubahan, peringatan: gerbang.peringatan };
}
