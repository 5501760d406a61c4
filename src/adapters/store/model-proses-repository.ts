import type { Kysely, Selectable } from 'kysely';
import type { Database, PublikasiModelTable } from './schema.js';

export interface DrafModel {
  readonly instansiId: string;
  readonly prosesKey: string;
  readonly xml: string;
  readonly disimpanOleh: string;
  readonly disimpanPada: string;
}

export interface PublikasiModel {
  readonly id: number;
  readonly instansiId: string;
  readonly tenantId: string;
  readonly prosesKey: string;
  readonly versi: number;
  readonly processDefinitionId: string;
  readonly deploymentId: string;
  readonly oleh: string;
  readonly alasan: string;
  readonly perubahan: unknown;
  readonly dipublikasikanPada: string;
}

export interface ModelProsesRepository {
  simpanDraf(d: Omit<DrafModel, 'disimpanPada'>): Promise<DrafModel>;
  draf(instansiId: string, prosesKey: string): Promise<DrafModel | undefined>;
  daftarDraf(instansiId: string): Promise<DrafModel[]>;
  catatPublikasi(p: Omit<PublikasiModel, 'id' | 'dipublikasikanPada'>): Promise<PublikasiModel>;
  riwayatPublikasi(instansiId: string, prosesKey?: string): Promise<PublikasiModel[]>;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function createModelProsesRepository(db: Kysely<Database>): ModelProsesRepository {
  const drafDari = (r: { instansi_id: string; proses_key: string; xml: string; disimpan_oleh: string; disimpan_pada: Date }): DrafModel => ({
    instansiId: r.instansi_id, prosesKey: r.proses_key, xml: r.xml, disimpanOleh: r.disimpan_oleh, disimpanPada: iso(r.disimpan_pada),
  });
  return {
    async simpanDraf(d) {
      const row = await db.insertInto('draf_model')
        .values({ instansi_id: d.instansiId, proses_key: d.prosesKey, xml: d.xml, disimpan_oleh: d.disimpanOleh })
        .onConflict((oc) => oc.columns(['instansi_id', 'proses_key']).doUpdateSet((eb) => ({
          xml: eb.ref('excluded.xml'), disimpan_oleh: eb.ref('excluded.disimpan_oleh'), disimpan_pada: new Date(),
        })))
        .returningAll().executeTakeFirstOrThrow();
      return drafDari(row);
    },
    async draf(instansiId, prosesKey) {
      const r = await db.selectFrom('draf_model').selectAll().where('instansi_id', '=', instansiId).where('proses_key', '=', prosesKey).executeTakeFirst();
      return r ? drafDari(r) : undefined;
    },
    async daftarDraf(instansiId) {
      return (await db.selectFrom('draf_model').selectAll().where('instansi_id', '=', instansiId).orderBy('proses_key').execute()).map(drafDari);
    },
    async catatPublikasi(p) {
      const r = await db.insertInto('publikasi_model').values({
        instansi_id: p.instansiId, tenant_id: p.tenantId, proses_key: p.prosesKey, versi: p.versi, process_definition_id: p.processDefinitionId,
        deployment_id: p.deploymentId, oleh: p.oleh, alasan: p.alasan, perubahan: JSON.stringify(p.perubahan),
      }).returningAll().executeTakeFirstOrThrow();
      return publikasiDari(r);
    },
    async riwayatPublikasi(instansiId, prosesKey) {
      let q = db.selectFrom('publikasi_model').selectAll().where('instansi_id', '=', instansiId);
      if (prosesKey) q = q.where('proses_key', '=', prosesKey);
      return (await q.orderBy('id', 'desc').limit(200).execute()).map(publikasiDari);
    },
  };
}

function publikasiDari(r: Selectable<PublikasiModelTable>): PublikasiModel {
  return {
    id: r.id, instansiId: r.instansi_id, tenantId: r.tenant_id, prosesKey: r.proses_key, versi: r.versi, processDefinitionId: r.process_definition_id,
    deploymentId: r.deployment_id, oleh: r.oleh, alasan: r.alasan, perubahan: JSON.parse(r.perubahan) as unknown, dipublikasikanPada: iso(r.dipublikasikan_pada),
  };
}
