import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny round-robin load balancer (for the cluster run; in production use nginx or HAProxy): each request goes to the
 * next upstream; when an upstream cannot be reached or drops the connection before answering, the request is sent to
 * the next one and the failed upstream is skipped for 2 s. Counts the requests each upstream answered.
 */
export interface Penyeimbang {
  readonly url: string;
  readonly dilayani: Map<string, number>;
  tutup(): Promise<void>;
}

export async function mulaiPenyeimbang(upstreams: readonly string[]): Promise<Penyeimbang> {
  const turun = new Map<string, number>();
  const dilayani = new Map(upstreams.map((u) => [u, 0]));
  let giliran = 0;
  const kirim = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, percobaan: number): void => {
    const hidup = upstreams.filter((u) => (turun.get(u) ?? 0) < Date.now());
    const pilihan = hidup.length > 0 ? hidup : upstreams;
    const upstream = pilihan[giliran++ % pilihan.length]!;
    const target = new URL(req.url ?? '/', upstream);
    const keluar = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (jawab) => {
      dilayani.set(upstream, (dilayani.get(upstream) ?? 0) + 1);
      res.writeHead(jawab.statusCode ?? 502, jawab.headers);
      jawab.pipe(res);
    });
    keluar.on('error', (error) => {
      if (res.headersSent) return void res.destroy(error);
      turun.set(upstream, Date.now() + 2000);
      if (percobaan < upstreams.length * 3) setTimeout(() => kirim(req, body, res, percobaan + 1), 100);
      else res.writeHead(502).end(`penyeimbang: tidak ada upstream yang menjawab (${error.message})`);
    });
    keluar.end(body);
  };
  const server = http.createServer((req, res) => {
    const potongan: Buffer[] = [];
    req.on('data', (c: Buffer) => potongan.push(c));
    req.on('end', () => kirim(req, Buffer.concat(potongan), res, 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dilayani,
    tutup: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
