import { createHmac, randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * "Same accounts as Tasklist" without a second login (issue 9 items 1 and 3): a browser that is logged in to
 * Tasklist sends the engine's session cookie to our API as well (cookies are per host, not per port), and the
 * engine says whose session it is. Only reads (GET/HEAD) are accepted this way: a write needs HTTP Basic.
 */

/** The engine's answer for a session cookie: the user id when it is a live Tasklist session, else null. */
export type VerifySesi = (cookie: string) => Promise<string | null>;

/** The engine webapp's session cookie (Spring Boot's default name). */
const COOKIE_SESI = /(?:^|;\s*)(JSESSIONID=[A-Za-z0-9._-]{8,200})(?:;|$)/;

export const cookieSesi = (header: string | undefined): string | null => COOKIE_SESI.exec(header ?? '')?.[1] ?? null;

/** Asks the engine (Camunda's webapp auth endpoint) and believes the answer for `ttlMs` (default 10 s). */
export function createPemeriksaSesi(verify: VerifySesi, options: { ttlMs?: number; now?: () => number } = {}): VerifySesi {
  const ttlMs = options.ttlMs ?? 10_000;
  const now = options.now ?? Date.now;
  const kunciHmac = randomBytes(32);
  const cache = new Map<string, { userId: string | null; sampai: number }>();
  return async (cookie) => {
    const kunci = createHmac('sha256', kunciHmac).update(cookie).digest('base64');
    const ada = cache.get(kunci);
    if (ada && ada.sampai > now()) return ada.userId;
    const userId = await verify(cookie);
    if (cache.size > 10_000) for (const [k, v] of cache) if (v.sampai <= now()) cache.delete(k);
    cache.set(kunci, { userId, sampai: now() + ttlMs });
    return userId;
  };
}

/** The engine side: GET /camunda/api/admin/auth/user/default with the cookie; a session that may use Tasklist. */
export function verifySesiEngine(webappUrl: string): VerifySesi {
  return async (cookie) => {
    const res = await fetch(`${webappUrl}/api/admin/auth/user/default`, {
      headers: { cookie, accept: 'application/json' }, signal: AbortSignal.timeout(5000), redirect: 'manual',
    });
    if (res.status !== 200) return null;
    const body = (await res.json().catch(() => null)) as { userId?: unknown; authorizedApps?: unknown } | null;
    const apps = Array.isArray(body?.authorizedApps) ? body.authorizedApps : [];
    return typeof body?.userId === 'string' && apps.includes('tasklist') ? body.userId : null;
  };
}

/**
 * CORS for Tasklist's custom script: the Tasklist origin may read our GET answers with its cookie (credentials);
 * every other origin gets no CORS header, so its scripts cannot read them.
 */
export function corsTasklist(asalDiizinkan: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const asal = req.headers.origin;
    if (asal && asalDiizinkan.includes(asal) && (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS')) {
      res.setHeader('Access-Control-Allow-Origin', asal);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Methods', 'GET');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
