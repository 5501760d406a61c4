import { z } from 'zod';
import { tenantIdOf } from '../../application/sinkron-identitas.js';
import type { ProcessStarter } from '../../application/ports.js';
import type { CamundaRest } from './camunda-rest.js';
import { toCamundaVariables } from './variables.js';

const definisiSchema = z.object({
  id: z.string(), key: z.string(), name: z.string().nullable(), version: z.number(), tenantId: z.string().nullable(),
  deploymentId: z.string(), versionTag: z.string().nullable().optional(),
}).passthrough();
export type DefinisiProses = z.infer<typeof definisiSchema>;

/**
 * The latest version of every process definition an instansi runs: the national baseline (no tenant) and the
 * variants deployed into the instansi's tenant.
 */
export async function definisiTerbaru(rest: CamundaRest, instansiId: string): Promise<DefinisiProses[]> {
  return rest.request('GET', '/process-definition', {
    query: { latestVersion: 'true', tenantIdIn: tenantIdOf(instansiId), includeProcessDefinitionsWithoutTenantId: 'true', sortBy: 'key', sortOrder: 'asc', maxResults: 500 },
    schema: z.array(definisiSchema),
  });
}

export async function versiDefinisi(rest: CamundaRest, key: string, instansiId: string): Promise<DefinisiProses[]> {
  return rest.request('GET', '/process-definition', {
    query: { key, tenantIdIn: tenantIdOf(instansiId), includeProcessDefinitionsWithoutTenantId: 'true', sortBy: 'version', sortOrder: 'desc', maxResults: 200 },
    schema: z.array(definisiSchema),
  });
}

export async function definisi(rest: CamundaRest, id: string): Promise<DefinisiProses> {
  return rest.request('GET', `/process-definition/${encodeURIComponent(id)}`, { schema: definisiSchema });
}

export async function xmlDefinisi(rest: CamundaRest, id: string): Promise<string> {
  return (await rest.request('GET', `/process-definition/${encodeURIComponent(id)}/xml`, { schema: z.object({ bpmn20Xml: z.string() }).passthrough() })).bpmn20Xml;
}

/** Finished activity instances of a definition (history), for the duration overlay. */
export async function aktivitasSelesai(rest: CamundaRest, processDefinitionId: string) {
  return rest.request('GET', '/history/activity-instance', {
    query: { processDefinitionId, finished: 'true', sortBy: 'startTime', sortOrder: 'desc', maxResults: 2000 },
    schema: z.array(z.object({ activityId: z.string(), activityType: z.string(), durationInMillis: z.number().nullable() }).passthrough()),
  });
}

/**
 * Starts a process for an instansi: its own variant (the latest definition of the key in its tenant) when it has
 * published one, else the national baseline. Running cases keep the definition they started with (Camunda).
 */
export function pemulaUntukInstansi(rest: CamundaRest, instansiId: string | undefined): ProcessStarter {
  return {
    async startProcess(key, request) {
      const tenantId = instansiId ? tenantIdOf(instansiId) : undefined;
      const varian = tenantId ? await rest.request('GET', '/process-definition', {
        query: { key, tenantIdIn: tenantId, latestVersion: 'true', maxResults: 1 }, schema: z.array(definisiSchema),
      }) : [];
      if (!tenantId || varian.length === 0) return rest.startProcess(key, request);
      const hasil = await rest.request('POST', `/process-definition/key/${encodeURIComponent(key)}/tenant-id/${encodeURIComponent(tenantId)}/start`, {
        body: { businessKey: request.businessKey, variables: toCamundaVariables(request.variables) },
        schema: z.object({ id: z.string() }).passthrough(),
      });
      return { processInstanceId: hasil.id };
    },
  };
}
