// The run's shared engine (test/support/engine-global-setup.ts) with a small admin REST helper.
import { inject } from 'vitest';

export interface RestInit {
  method?: string;
  json?: unknown;
  body?: FormData;
  accept?: string;
}

export interface TestEngine {
  /** e.g. http://127.0.0.1:41234/engine-rest */
  baseUrl: string;
  username: string;
  password: string;
  /** Calls the REST API as admin; JSON answers are parsed, others returned as text; rejects on non-2xx. */
  rest<T = unknown>(path: string, init?: RestInit): Promise<T>;
}

export function sharedEngine(): TestEngine {
  const { restUrl: baseUrl, adminUser: username, adminPassword: password } = inject('engine');
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const rest = async <T>(path: string, init: RestInit = {}): Promise<T> => {
    const headers: Record<string, string> = { authorization, accept: init.accept ?? 'application/json' };
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const method = init.method ?? (init.json === undefined && init.body === undefined ? 'GET' : 'POST');
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: init.body ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    return (isJson && text !== '' ? JSON.parse(text) : text) as T;
  };
  return { baseUrl, username, password, rest };
}
