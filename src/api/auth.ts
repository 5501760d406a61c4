import type { RequestHandler, Response } from 'express';
import { lingkupBaca, type LingkupBaca, type Pemanggil } from '../domain/akses.js';
import { HttpError } from './errors.js';

/** Checks a user's password against the engine's identity service (the same logins as Tasklist). */
export type VerifyUser = (username: string, password: string) => Promise<boolean>;

/** HTTP Basic for /api: the caller acts as themselves (res.locals.userId), as in Tasklist. */
export function basicAuth(verify: VerifyUser): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
    const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
    const split = decoded.indexOf(':');
    const deny = () => {
      res.setHeader('WWW-Authenticate', 'Basic realm="sistem-kerja", charset="UTF-8"');
      next(new HttpError(401, { kode: 'TIDAK_TERAUTENTIKASI', pesan: 'Masuk dengan NIP dan kata sandi Tasklist Anda.' }));
    };
    if (split <= 0) {
      deny();
      return;
    }
    const username = decoded.slice(0, split);
    verify(username, decoded.slice(split + 1)).then((ok) => {
      if (!ok) {
        deny();
        return;
      }
      res.locals.userId = username;
      next();
    }, next);
  };
}

/** The caller resolved for this request (set after basicAuth, before any body is read). */
export function pemanggilDari(res: Response): Pemanggil {
  const pemanggil = res.locals.pemanggil as Pemanggil | undefined;
  if (!pemanggil) throw new Error('pemanggil belum dikenali: basicAuth dan kenaliPemanggil harus mendahului rute ini');
  return pemanggil;
}

/** What the caller may read (src/domain/akses.ts). */
export const lingkupDari = (res: Response): LingkupBaca => lingkupBaca(pemanggilDari(res));
