import type { ErrorRequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { RuleViolation } from '../domain/rule-violation.js';

/** Every API error has this shape: a stable code, a message in Bahasa Indonesia, and the fields at fault. */
export interface ApiError {
  kode: string;
  pesan: string;
  galat?: { field: string; ruleId?: string; pesan: string; berkas?: string; baris?: number; kolom?: string }[];
}

export class HttpError extends Error {
  constructor(readonly status: number, readonly body: ApiError) {
    super(body.pesan);
  }
}

export function inputTidakValid(error: z.ZodError): HttpError {
  return new HttpError(400, {
    kode: 'INPUT_TIDAK_VALID',
    pesan: 'Data yang dikirim tidak valid.',
    galat: error.issues.map((i) => ({ field: i.path.join('.') || '(badan permintaan)', pesan: i.message })),
  });
}

export function aturanDilanggar(violations: readonly RuleViolation[]): HttpError {
  return new HttpError(422, {
    kode: 'ATURAN_DILANGGAR',
    pesan: 'Permohonan tidak memenuhi ketentuan Sistem Kerja.',
    galat: violations.map((v) => ({ field: v.field, ruleId: v.ruleId, pesan: v.message })),
  });
}

export function send(res: Response, error: HttpError): void {
  res.status(error.status).json(error.body);
}

/** The one place errors become HTTP responses (STYLE.md 6). Unknown errors are logged, not leaked. */
export function errorMapper(log: (message: string, fields: Record<string, unknown>) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof HttpError) {
      send(res, err);
      return;
    }
    if (err instanceof SyntaxError && 'body' in err) {
      send(res, new HttpError(400, { kode: 'JSON_TIDAK_VALID', pesan: 'Badan permintaan bukan JSON yang sah.' }));
      return;
    }
    // Other refusals of the body parser (too large without a known limit, unsupported charset or encoding).
    const status = galatBadan(err);
    if (status !== undefined) {
      send(res, new HttpError(status, status === 413
        ? { kode: 'BADAN_TERLALU_BESAR', pesan: 'Badan permintaan terlalu besar. Permintaan tidak diproses.' }
        : { kode: 'BADAN_TIDAK_DAPAT_DIBACA', pesan: 'Badan permintaan tidak dapat dibaca (periksa Content-Type, charset dan encoding).' }));
      return;
    }
    log('api error', { error: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) });
    send(res, new HttpError(500, { kode: 'KESALAHAN_SISTEM', pesan: 'Terjadi kesalahan pada sistem. Silakan coba lagi.' }));
  };
}

/** The 4xx status of an error thrown by express's body parser (it sets `type` and `status`), if it is one. */
function galatBadan(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { type, status } = err as { type?: unknown; status?: unknown };
  return typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
