/** A tiny client for our API, acting as one user (HTTP Basic, like Tasklist logins). */
export function apiAs(baseUrl: string, user?: { id: string; password: string }) {
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> => {
    const headers: Record<string, string> = {};
    if (user) headers.authorization = `Basic ${Buffer.from(`${user.id}:${user.password}`).toString('base64')}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
}
