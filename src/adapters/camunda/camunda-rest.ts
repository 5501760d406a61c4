import { z } from 'zod';
import { fromCamundaVariables, toCamundaVariables, type CamundaVariable } from './variables.js';

/** One problem of a refused deployment, per resource (the engine's ParseException `details`). */
export interface EngineProblem {
  readonly resource: string;
  readonly message: string;
  readonly line?: number;
  readonly elementId?: string;
}

/** An error answered by the engine REST API, with its HTTP status and the engine's own message. */
export class CamundaRestError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly engineType: string | undefined,
    readonly engineMessage: string,
    /** For a ParseException: every error, per resource, as the engine reported it. */
    readonly problems: readonly EngineProblem[] = [],
  ) {
    super(`Camunda REST ${method} ${path} → ${status}${engineType ? ` ${engineType}` : ''}: ${engineMessage}`);
  }
}

export interface CamundaCredentials {
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
}

const problemSchema = z.object({ message: z.string(), line: z.number().optional(), mainElementId: z.string().nullable().optional() }).passthrough();
const engineErrorSchema = z.object({
  type: z.string().optional(),
  message: z.string().optional(),
  details: z.record(z.string(), z.object({ errors: z.array(problemSchema).optional() }).passthrough()).optional().catch(undefined),
}).passthrough();

function problemsOf(details: z.infer<typeof engineErrorSchema>['details']): EngineProblem[] {
  return Object.entries(details ?? {}).flatMap(([resource, report]) => (report.errors ?? []).map((e) => ({
    resource, message: e.message, ...(e.line ? { line: e.line } : {}), ...(e.mainElementId ? { elementId: e.mainElementId } : {}),
  })));
}
type Query = Record<string, string | number | boolean | undefined>;

/**
 * The engine REST API as typed calls, authenticated as one user. Every list query carries maxResults:
 * the engine refuses unbounded ones (query-max-results-limit).
 */
export class CamundaRest {
  private readonly authorization: string;

  constructor(readonly credentials: CamundaCredentials) {
    this.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  }

  /** The same engine, as another user (for example the pejabat who completes a task). */
  as(username: string, password: string): CamundaRest {
    return new CamundaRest({ baseUrl: this.credentials.baseUrl, username, password });
  }

  async request<T>(method: string, path: string, options: { query?: Query; body?: unknown; form?: FormData; schema: z.ZodType<T> }): Promise<T>;
  async request(method: string, path: string, options?: { query?: Query; body?: unknown; form?: FormData }): Promise<unknown>;
  async request(method: string, path: string, options: { query?: Query; body?: unknown; form?: FormData; schema?: z.ZodType } = {}): Promise<unknown> {
    const url = new URL(this.credentials.baseUrl + path);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { authorization: this.authorization, accept: 'application/json' };
    let body: string | FormData | undefined;
    if (options.form) body = options.form;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    const json: unknown = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const parsed = engineErrorSchema.safeParse(json);
      throw new CamundaRestError(response.status, method, path, parsed.data?.type, parsed.data?.message ?? (text.slice(0, 300) || response.statusText), problemsOf(parsed.data?.details));
    }
    return options.schema ? options.schema.parse(json) : json;
  }

  // --- deployment and processes -------------------------------------------------------------

  /**
   * One deployment of all resources. With duplicateFiltering, an unchanged set is not deployed again; a
   * changed one is deployed whole, so forms bound with formRefBinding="deployment" always travel with it.
   */
  async deploy(name: string, resources: readonly { name: string; content: string }[], options: { duplicateFiltering: boolean; tenantId?: string }) {
    const form = new FormData();
    form.set('deployment-name', name);
    form.set('deployment-source', 'sistem-kerja');
    form.set('enable-duplicate-filtering', String(options.duplicateFiltering));
    if (options.tenantId) form.set('tenant-id', options.tenantId);
    for (const r of resources) form.append(r.name, new Blob([r.content], { type: 'application/octet-stream' }), r.name);
    return this.request('POST', '/deployment/create', { form, schema: deploymentSchema });
  }

  async startProcess(key: string, request: { businessKey: string; variables: Record<string, unknown> }) {
    const result = await this.request('POST', `/process-definition/key/${encodeURIComponent(key)}/start`, {
      body: { businessKey: request.businessKey, variables: toCamundaVariables(request.variables) },
      schema: z.object({ id: z.string() }).passthrough(),
    });
    return { processInstanceId: result.id };
  }

  /** Starts a process as Tasklist's start form does (the caller becomes the initiator). */
  async submitStartForm(key: string, variables: Record<string, unknown>, businessKey?: string) {
    const result = await this.request('POST', `/process-definition/key/${encodeURIComponent(key)}/submit-form`, {
      body: { variables: toCamundaVariables(variables), ...(businessKey ? { businessKey } : {}) },
      schema: z.object({ id: z.string() }).passthrough(),
    });
    return { processInstanceId: result.id };
  }

  /** POST /message: tenantId and processInstanceId exclude each other (engine rule). */
  async kirimPesan(pesan: { messageName: string; tenantId?: string; businessKey?: string; processInstanceId?: string; variables: Record<string, unknown> }): Promise<void> {
    await this.request('POST', '/message', {
      body: {
        messageName: pesan.messageName,
        ...(pesan.tenantId ? { tenantId: pesan.tenantId } : {}),
        ...(pesan.businessKey ? { businessKey: pesan.businessKey } : {}),
        ...(pesan.processInstanceId ? { processInstanceId: pesan.processInstanceId } : {}),
        processVariables: toCamundaVariables(pesan.variables),
      },
    });
  }

  /** POST /message with resultEnabled: the id of the instance the message start event created. */
  async mulaiDenganPesan(pesan: { messageName: string; tenantId?: string; businessKey: string; variables: Record<string, unknown> }): Promise<string> {
    const hasil = await this.request('POST', '/message', {
      body: {
        messageName: pesan.messageName, businessKey: pesan.businessKey, resultEnabled: true,
        ...(pesan.tenantId ? { tenantId: pesan.tenantId } : {}),
        processVariables: toCamundaVariables(pesan.variables),
      },
      schema: z.array(z.object({ resultType: z.string(), processInstance: z.object({ id: z.string() }).passthrough().nullish() }).passthrough()),
    });
    const id = hasil.find((h) => h.resultType === 'ProcessDefinition')?.processInstance?.id;
    if (!id) throw new Error(`Pesan ${pesan.messageName} tidak memulai proses (hasil: ${JSON.stringify(hasil)}).`);
    return id;
  }

  async instansDenganKunci(processDefinitionKey: string, businessKey: string): Promise<string[]> {
    const rows = await this.request('GET', '/history/process-instance', {
      query: { processDefinitionKey, processInstanceBusinessKey: businessKey, maxResults: 50 },
      schema: z.array(z.object({ id: z.string() }).passthrough()),
    });
    return rows.map((r) => r.id);
  }

  /** The engine's record of where an instance came from (definition, calling instance). */
  async asalInstans(processInstanceId: string): Promise<{ proses: string; superProcessInstanceId: string | null } | undefined> {
    try {
      const p = await this.request('GET', `/history/process-instance/${encodeURIComponent(processInstanceId)}`, {
        schema: z.object({ processDefinitionKey: z.string(), superProcessInstanceId: z.string().nullish() }).passthrough(),
      });
      return { proses: p.processDefinitionKey, superProcessInstanceId: p.superProcessInstanceId ?? null };
    } catch (error) {
      if (error instanceof CamundaRestError && error.status === 404) return undefined;
      throw error;
    }
  }

  async prosesAda(processDefinitionKey: string, businessKey: string): Promise<boolean> {
    const rows = await this.request('GET', '/history/process-instance', {
      query: { processDefinitionKey, processInstanceBusinessKey: businessKey, maxResults: 1 },
      schema: z.array(z.object({ id: z.string() }).passthrough()),
    });
    return rows.length > 0;
  }

  async aktivitasSelesai(processInstanceId: string, activityId: string): Promise<boolean> {
    const rows = await this.request('GET', '/history/activity-instance', {
      query: { processInstanceId, activityId, finished: true, maxResults: 1 },
      schema: z.array(z.object({ id: z.string() }).passthrough()),
    });
    return rows.length > 0;
  }

  /** Tenant ids of the engine (one per instansi, made by the identity sync). */
  async tenantIds(): Promise<string[]> {
    const rows = await this.request('GET', '/tenant', { query: { sortBy: 'id', sortOrder: 'asc', maxResults: 1000 }, schema: z.array(z.object({ id: z.string() }).passthrough()) });
    return rows.map((r) => r.id);
  }

  /**
   * Delivers a message to one waiting process instance (a message event subscribed there). Answers false when
   * nothing there waits for it (the engine's 400 "Cannot correlate message"), so callers can tell the user.
   */
  async correlateMessage(messageName: string, processInstanceId: string, processVariables: Record<string, unknown>): Promise<boolean> {
    try {
      await this.request('POST', '/message', { body: { messageName, processInstanceId, processVariables: toCamundaVariables(processVariables) } });
      return true;
    } catch (error) {
      if (error instanceof CamundaRestError && error.status === 400 && /correlat/i.test(error.engineMessage)) return false;
      throw error;
    }
  }

  async historicProcessInstance(id: string) {
    return this.request('GET', `/history/process-instance/${encodeURIComponent(id)}`, { schema: historicProcessInstanceSchema });
  }

  async historicVariables(processInstanceId: string): Promise<Record<string, unknown>> {
    const rows = await this.request('GET', '/history/variable-instance', {
      query: { processInstanceId, deserializeValues: false, maxResults: 500 },
      schema: z.array(z.object({ name: z.string(), type: z.string().nullable(), value: z.unknown() })),
    });
    return fromCamundaVariables(Object.fromEntries(rows.map((r) => [r.name, { type: r.type ?? 'Null', value: r.value } satisfies CamundaVariable])));
  }

  async historicActivities(processInstanceId: string) {
    return this.request('GET', '/history/activity-instance', {
      query: { processInstanceId, sortBy: 'startTime', sortOrder: 'asc', maxResults: 500 },
      schema: z.array(z.object({ activityId: z.string(), activityName: z.string().nullable(), activityType: z.string(), endTime: z.string().nullable() }).passthrough()),
    });
  }

  /** Who completed the latest instance of a user task (user operation log; written for authenticated calls). */
  async penyelesaiTugas(processInstanceId: string, taskDefinitionKey: string): Promise<string | undefined> {
    return (await this.tugasSelesai(processInstanceId, taskDefinitionKey))?.penyelesai;
  }

  async tugasSelesai(processInstanceId: string, taskDefinitionKey: string): Promise<{ taskId: string; penyelesai: string | undefined } | undefined> {
    const tasks = await this.request('GET', '/history/task', {
      query: { processInstanceId, taskDefinitionKey, finished: true, sortBy: 'endTime', sortOrder: 'desc', maxResults: 1 },
      schema: z.array(z.object({ id: z.string() }).passthrough()),
    });
    const taskId = tasks[0]?.id;
    if (!taskId) return undefined;
    const ops = await this.request('GET', '/history/user-operation', {
      query: { taskId, operationType: 'Complete', sortBy: 'timestamp', sortOrder: 'desc', maxResults: 1 },
      schema: z.array(z.object({ userId: z.string().nullable() }).passthrough()),
    });
    return { taskId, penyelesai: ops[0]?.userId ?? undefined };
  }

  /** The user tasks still open in a process instance, oldest first: name and assignee ("Kasus saya"). */
  async tugasBerjalan(processInstanceId: string): Promise<{ nama: string; pemegangNip: string | null }[]> {
    const tasks = await this.request('GET', '/history/task', {
      query: { processInstanceId, unfinished: true, sortBy: 'startTime', sortOrder: 'asc', maxResults: 50 },
      schema: z.array(z.object({ name: z.string().nullable(), assignee: z.string().nullable() }).passthrough()),
    });
    return tasks.map((t) => ({ nama: t.name ?? 'Tugas', pemegangNip: t.assignee }));
  }

  async pemulaProses(processInstanceId: string): Promise<string | undefined> {
    const p = await this.request('GET', `/history/process-instance/${encodeURIComponent(processInstanceId)}`, {
      schema: z.object({ startUserId: z.string().nullable().optional() }).passthrough(),
    });
    return p.startUserId ?? undefined;
  }

  // --- tasks -----------------------------------------------------------------------------------

  async tasks(filter: { processInstanceId?: string; assignee?: string; taskDefinitionKey?: string }) {
    return this.request('GET', '/task', { query: { ...filter, maxResults: 200 }, schema: z.array(taskSchema) });
  }

  async taskVariables(taskId: string): Promise<Record<string, unknown>> {
    const vars = await this.request('GET', `/task/${encodeURIComponent(taskId)}/form-variables`, {
      query: { deserializeValues: false },
      schema: z.record(z.string(), z.object({ value: z.unknown(), type: z.string() }).passthrough()),
    });
    return fromCamundaVariables(vars);
  }

  async completeTask(taskId: string, variables: Record<string, unknown>): Promise<void> {
    await this.request('POST', `/task/${encodeURIComponent(taskId)}/complete`, { body: { variables: toCamundaVariables(variables) } });
  }

  // --- identity and authorization ----------------------------------------------------------

  async verifyUser(username: string, password: string): Promise<boolean> {
    const result = await this.request('POST', '/identity/verify', {
      body: { username, password }, schema: z.object({ authenticated: z.boolean() }).passthrough(),
    });
    return result.authenticated;
  }

  async userExists(id: string): Promise<boolean> {
    const rows = await this.request('GET', '/user', { query: { id, maxResults: 1 }, schema: z.array(z.object({ id: z.string() }).passthrough()) });
    return rows.length > 0;
  }

  async createUser(profile: { id: string; firstName: string; lastName: string; email?: string }, password: string) {
    await this.request('POST', '/user/create', { body: { profile, credentials: { password } } });
  }

  /**
   * Sets a user's password. The engine asks for the password of the caller (authenticatedUserPassword) and, with
   * the password policy on, refuses a password that does not meet it.
   */
  async updatePassword(userId: string, password: string) {
    await this.request('PUT', `/user/${encodeURIComponent(userId)}/credentials`, {
      body: { password, authenticatedUserPassword: this.credentials.password },
    });
  }

  /** Clears the login lockout of a user (engine administrators only). */
  async unlockUser(userId: string) {
    await this.request('POST', `/user/${encodeURIComponent(userId)}/unlock`);
  }

  async updateUserProfile(profile: { id: string; firstName: string; lastName: string; email?: string }) {
    await this.request('PUT', `/user/${encodeURIComponent(profile.id)}/profile`, { body: profile });
  }

  async groupExists(id: string): Promise<boolean> {
    const rows = await this.request('GET', '/group', { query: { id, maxResults: 1 }, schema: z.array(z.object({ id: z.string() }).passthrough()) });
    return rows.length > 0;
  }

  async createGroup(group: { id: string; name: string; type: string }) {
    await this.request('POST', '/group/create', { body: group });
  }

  /** Every user matching the filter, in pages of 1000 (the engine refuses unbounded queries). */
  async allUsers(filter: { memberOfGroup?: string; memberOfTenant?: string }) {
    const schema = z.array(z.object({ id: z.string(), firstName: z.string().nullish(), lastName: z.string().nullish() }).passthrough());
    const all: z.infer<typeof schema> = [];
    for (let firstResult = 0; ; firstResult += 1000) {
      const page = await this.request('GET', '/user', { query: { ...filter, sortBy: 'userId', sortOrder: 'asc', firstResult, maxResults: 1000 }, schema });
      all.push(...page);
      if (page.length < 1000) return all;
    }
  }

  /** Whether the user belongs to at least one of the groups. */
  async isMemberOfAny(userId: string, groupIds: readonly string[]): Promise<boolean> {
    const rows = await this.request('GET', '/group', { query: { member: userId, idIn: groupIds.join(','), maxResults: 1 }, schema: z.array(z.object({ id: z.string() }).passthrough()) });
    return rows.length > 0;
  }

  /** The ids of the groups the user belongs to. */
  async groupsOf(userId: string): Promise<string[]> {
    const rows = await this.request('GET', '/group', { query: { member: userId, maxResults: 200 }, schema: z.array(z.object({ id: z.string() }).passthrough()) });
    return rows.map((r) => r.id);
  }

  async tenantExists(id: string): Promise<boolean> {
    const rows = await this.request('GET', '/tenant', { query: { id, maxResults: 1 }, schema: z.array(z.object({ id: z.string() }).passthrough()) });
    return rows.length > 0;
  }

  async createTenant(tenant: { id: string; name: string }) {
    await this.request('POST', '/tenant/create', { body: tenant });
  }

  async addTenantMember(tenantId: string, userId: string) {
    await this.request('PUT', `/tenant/${encodeURIComponent(tenantId)}/user-members/${encodeURIComponent(userId)}`);
  }

  /** Tenant ids the group is a member of. */
  async tenantsOfGroup(groupId: string): Promise<string[]> {
    const rows = await this.request('GET', '/tenant', { query: { groupMember: groupId, maxResults: 1000 }, schema: z.array(z.object({ id: z.string() }).passthrough()) });
    return rows.map((r) => r.id);
  }

  async addTenantGroupMember(tenantId: string, groupId: string) {
    await this.request('PUT', `/tenant/${encodeURIComponent(tenantId)}/group-members/${encodeURIComponent(groupId)}`);
  }

  async removeTenantMember(tenantId: string, userId: string) {
    await this.request('DELETE', `/tenant/${encodeURIComponent(tenantId)}/user-members/${encodeURIComponent(userId)}`);
  }

  async addGroupMember(groupId: string, userId: string) {
    await this.request('PUT', `/group/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`);
  }

  async removeGroupMember(groupId: string, userId: string) {
    await this.request('DELETE', `/group/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`);
  }

  async authorizations(filter: { resourceType?: number; resourceId?: string; groupIdIn?: string; userIdIn?: string }) {
    return this.request('GET', '/authorization', {
      query: { ...filter, maxResults: 1000 },
      schema: z.array(z.object({ id: z.string(), type: z.number(), permissions: z.array(z.string()), resourceType: z.number(), resourceId: z.string().nullable(), userId: z.string().nullable(), groupId: z.string().nullable() }).passthrough()),
    });
  }

  /** type 1 = GRANT, 2 = REVOKE; for one user or one group. */
  async createAuthorization(auth: { type: 1 | 2; permissions: string[]; groupId?: string; userId?: string; resourceType: number; resourceId: string }) {
    await this.request('POST', '/authorization/create', { body: { userId: null, groupId: null, ...auth } });
  }

  async updateAuthorization(id: string, auth: { permissions: string[]; groupId?: string; userId?: string; resourceType: number; resourceId: string }) {
    await this.request('PUT', `/authorization/${encodeURIComponent(id)}`, { body: { userId: null, groupId: null, ...auth } });
  }

  async deleteAuthorization(id: string) {
    await this.request('DELETE', `/authorization/${encodeURIComponent(id)}`);
  }

  async filters(name: string) {
    return this.request('GET', '/filter', { query: { name, resourceType: 'Task', maxResults: 10 }, schema: z.array(z.object({ id: z.string(), name: z.string() }).passthrough()) });
  }

  async createFilter(filter: { name: string; query: Record<string, unknown>; properties: Record<string, unknown> }) {
    return this.request('POST', '/filter/create', { body: { resourceType: 'Task', owner: null, ...filter }, schema: z.object({ id: z.string() }).passthrough() });
  }
}

const deploymentSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  deployedProcessDefinitions: z.record(z.string(), z.object({ key: z.string(), version: z.number() }).passthrough()).nullable(),
}).passthrough();

const historicProcessInstanceSchema = z.object({
  id: z.string(),
  businessKey: z.string().nullish(),
  state: z.string(),
  endTime: z.string().nullish(),
}).passthrough();

const taskSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  assignee: z.string().nullable(),
  taskDefinitionKey: z.string(),
  processInstanceId: z.string().nullable(),
  formKey: z.string().nullable().optional(),
}).passthrough();

export type CamundaTask = z.infer<typeof taskSchema>;
