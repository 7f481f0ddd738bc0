/**
 * A tiny static server for `npm run bench`: serves a built directory with the production
 * Content-Security-Policy header (the same as `vite preview`), gzip for text files (cached in
 * memory, as a static host would serve them) and no caching headers.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

export type StaticServer = { url: string; close: () => Promise<void> };

/** Serves `root` on 127.0.0.1:`port` (0 = any free port) with the given CSP header. */
export async function serveStatic(root: string, csp: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let path = normalize(join(base, pathname));
      if (path !== base && !path.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
        const body = await readFile(path);
        const type = TYPES[extname(path)] ?? 'application/octet-stream';
        const headers: Record<string, string> = {
          'Content-Type': type,
          'Content-Security-Policy': csp,
          'Cache-Control': 'no-cache',
        };
        let payload: Buffer = body;
        if (
          COMPRESSIBLE.has(extname(path)) &&
          /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
        ) {
          const key = `${path}:${body.length}`;
          payload = gzipped.get(key) ?? gzipSync(body, { level: 6 });
          gzipped.set(key, payload);
          headers['Content-Encoding'] = 'gzip';
          headers.Vary = 'Accept-Encoding';
        }
        headers['Content-Length'] = String(payload.length);
        response.writeHead(200, headers);
        response.end(request.method === 'HEAD' ? undefined : payload);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
