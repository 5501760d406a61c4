import { createHmac, randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { lingkupBaca, type LingkupBaca, type Pemanggil } from '../domain/akses.js';
import { HttpError } from './errors.js';
import { cookieSesi, type VerifySesi } from './sesi-tasklist.js';

/** Checks a user's password against the engine's identity service (the same logins as Tasklist). */
export type VerifyUser = (username: string, password: string) => Promise<boolean>;

export interface KredensialOptions {
  readonly verify: VerifyUser;
  /** Technical users (skworker, skapi) never log in to our API, whatever their password. */
  readonly isTechnical: (username: string) => boolean;
  /** A user who can do nothing any more (a deactivated pegawai): refused even with credentials verified before. */
  readonly isNonaktif?: (username: string) => Promise<boolean>;
  /** How long a verified credential is believed without asking the engine again (default 60 s). */
  readonly ttlMs?: number;
  /** Failures of one user before their attempts are delayed (default 5). */
  readonly batasPengguna?: number;
  /** Failures from one address before its attempts are delayed (default 20: many pegawai may share an address). */
  readonly batasAlamat?: number;
  /** Failures are forgotten after this long without another failure (default 15 min). */
  readonly jendelaMs?: number;
  readonly now?: () => number;
}

export type HasilPeriksa = { readonly ok: true } | { readonly ok: false; readonly tungguDetik?: number };

export interface PemeriksaKredensial {
  periksa(username: string, password: string, alamat: string): Promise<HasilPeriksa>;
  /** Forgets every verified credential (after an import or identity sync: someone may have been deactivated). */
  lupakan(): void;
}

const MAKS_TUNDA_MS = 15 * 60_000;

/**
 * Credentials without hammering the engine: a verified user+password is believed for `ttlMs`, keyed by an HMAC of
 * both under a per-process random key (no password is kept); failures are counted per user and per address, and
 * beyond the limit each further attempt must wait 1 s, 2 s, 4 s, ... (at most 15 min) and gets 429 before the
 * engine is asked, so a storm neither reaches the engine's lockout quickly nor loads it.
 */
export function createPemeriksaKredensial(options: KredensialOptions): PemeriksaKredensial {
  const ttlMs = options.ttlMs ?? 60_000;
  const batasPengguna = options.batasPengguna ?? 5;
  const batasAlamat = options.batasAlamat ?? 20;
  const jendelaMs = options.jendelaMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const kunciHmac = randomBytes(32);
  const cache = new Map<string, number>();
  const gagal = new Map<string, { jumlah: number; terakhir: number }>();

  const kunci = (username: string, password: string) =>
    createHmac('sha256', kunciHmac).update(username).update('\0').update(password).digest('base64');
  const tunggu = (key: string, batas: number): number => {
    const g = gagal.get(key);
    if (!g) return 0;
    const t = now();
    if (t - g.terakhir > jendelaMs) {
      gagal.delete(key);
      return 0;
    }
    if (g.jumlah < batas) return 0;
    const sampai = g.terakhir + Math.min(1000 * 2 ** (g.jumlah - batas), MAKS_TUNDA_MS);
    return sampai > t ? Math.ceil((sampai - t) / 1000) : 0;
  };
  const catatGagal = (key: string) => {
    const t = now();
    const g = gagal.get(key);
    gagal.set(key, { jumlah: g && t - g.terakhir <= jendelaMs ? g.jumlah + 1 : 1, terakhir: t });
    if (gagal.size > 100_000) for (const [k, v] of gagal) if (t - v.terakhir > jendelaMs) gagal.delete(k);
  };
  const aktif = async (username: string) => !(await options.isNonaktif?.(username));

  return {
    async periksa(username, password, alamat) {
      if (options.isTechnical(username)) return { ok: false };
      const kUser = `u:${username}`;
      const kAlamat = `a:${alamat}`;
      const key = kunci(username, password);
      const berlaku = cache.get(key);
      if (berlaku !== undefined && berlaku > now()) return (await aktif(username)) ? { ok: true } : { ok: false };
      const tungguDetik = Math.max(tunggu(kUser, batasPengguna), tunggu(kAlamat, batasAlamat));
      if (tungguDetik > 0) return { ok: false, tungguDetik };
      if (!(await options.verify(username, password))) {
        catatGagal(kUser);
        catatGagal(kAlamat);
        return { ok: false };
      }
      gagal.delete(kUser);
      if (cache.size > 10_000) for (const [k, until] of cache) if (until <= now()) cache.delete(k);
      cache.set(key, now() + ttlMs);
      return (await aktif(username)) ? { ok: true } : { ok: false };
    },
    lupakan() {
      cache.clear();
    },
  };
}

/**
 * HTTP Basic for /api: the caller acts as themselves (res.locals.userId), as in Tasklist. Without an Authorization
 * header, a read (GET/HEAD) may come with the browser's Tasklist session instead (`sesi`, src/api/sesi-tasklist.ts).
 */
export function basicAuth(pemeriksa: PemeriksaKredensial, sesi?: { verify: VerifySesi; isTechnical: (u: string) => boolean }): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const cookie = cookieSesi(req.headers.cookie);
    if (!header && cookie && sesi && (req.method === 'GET' || req.method === 'HEAD')) {
      sesi.verify(cookie).then((userId) => {
        if (userId && !sesi.isTechnical(userId)) {
          res.locals.userId = userId;
          next();
        } else {
          res.setHeader('WWW-Authenticate', 'Basic realm="sistem-kerja", charset="UTF-8"');
          next(new HttpError(401, { kode: 'TIDAK_TERAUTENTIKASI', pesan: 'Sesi Tasklist berakhir: masuk lagi dengan NIP dan kata sandi Anda.' }));
        }
      }, next);
      return;
    }
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
    pemeriksa.periksa(username, decoded.slice(split + 1), req.socket.remoteAddress ?? '').then((hasil) => {
      if (hasil.ok) {
        res.locals.userId = username;
        next();
      } else if (hasil.tungguDetik !== undefined) {
        res.setHeader('Retry-After', String(hasil.tungguDetik));
        next(new HttpError(429, {
          kode: 'TERLALU_BANYAK_PERCOBAAN',
          pesan: `Terlalu banyak percobaan masuk yang gagal untuk pengguna atau alamat ini; coba lagi dalam ${hasil.tungguDetik} detik.`,
        }));
      } else {
        deny();
      }
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
