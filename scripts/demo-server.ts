// A small static HTTP server on 127.0.0.1 for the demo news pages and the browser-test pages.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * Serves `root` on 127.0.0.1. `headers(path)` may add response headers per page (e.g. a strict CSP).
 * Resolves to { origin, requests, close } where requests lists every path asked for.
 */
export interface DemoServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

export function startServer({
  root,
  port = 0,
  headers = () => ({}),
}: {
  root: string;
  port?: number;
  headers?: (path: string) => Record<string, string>;
}): Promise<DemoServer> {
  const base = resolve(root);
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise<DemoServer>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      done({ origin: `http://127.0.0.1:${actual}`, requests, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}
