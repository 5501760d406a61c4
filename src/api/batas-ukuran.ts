import express, { type RequestHandler } from 'express';
import { HttpError } from './errors.js';

/** The largest JSON body of an ordinary API route, and of the organisation import. */
export const BATAS_BADAN_API = 200 * 1024;
export const BATAS_BADAN_IMPOR = 60 * 1024 * 1024;

const ukuran = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`);

/** 413 in our error shape: the body is larger than the route accepts (issue 8 item 6). */
export function badanTerlaluBesar(batas: number): HttpError {
  return new HttpError(413, {
    kode: 'BADAN_TERLALU_BESAR',
    pesan: `Badan permintaan terlalu besar: paling banyak ${ukuran(batas)}. Permintaan tidak diproses.`,
    galat: [{ field: '(badan permintaan)', pesan: `ukuran melebihi ${ukuran(batas)}` }],
  });
}

/**
 * Reads a JSON body of at most `batas` bytes. A declared Content-Length above the limit is refused before a
 * byte is read; a longer chunked body is cut off by the parser's own limit (also answered 413).
 */
export function batasBadan(batas: number): RequestHandler {
  const json = express.json({ limit: batas });
  return (req, res, next) => {
    const panjang = Number(req.headers['content-length'] ?? 0);
    if (panjang > batas) {
      next(badanTerlaluBesar(batas));
      return;
    }
    json(req, res, (err?: unknown) => next(ukuranSalah(err) ? badanTerlaluBesar(batas) : err));
  };
}

/** body-parser's error for a body over its limit. */
const ukuranSalah = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { type?: unknown }).type === 'entity.too.large';

/** The same reading as a promise, for a route that checks its caller first (the import). */
export function bacaBadan(batas: number, req: express.Request, res: express.Response): Promise<void> {
  const baca = batasBadan(batas);
  return new Promise((resolve, reject) => {
    baca(req, res, (err?: unknown) => {
      if (err) reject(err instanceof Error ? err : new Error('Badan permintaan tidak dapat dibaca.'));
      else resolve();
    });
  });
}
