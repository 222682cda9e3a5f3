// What the benchmarks serve: the CDN bundle (a built file when given, else built in memory
// from the sources, so a benchmark always measures the code as it is) and their pages, from a
// local server with no caching.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

/** The bundle's code: `file` when given, else a fresh in-memory build. */
export async function bundleCode(file, log = () => {}) {
  if (file) return readFileSync(file, 'utf8');
  log('Building the CDN bundle in memory (vite --mode cdn)…');
  const result = await build({
    configFile: resolve('vite.config.ts'),
    mode: 'cdn',
    logLevel: 'silent',
    build: { write: false, sourcemap: false },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (chunks.length !== 1 || !entry) throw new Error('Expected one chunk from the CDN build.');
  return entry.code;
}

/**
 * Serves `routes` (path -> [content type, body]) on a free local port; resolves to the
 * server and its origin.
 */
export async function serve(routes) {
  const server = createServer((request, response) => {
    const route = routes.get(new URL(request.url, 'http://localhost').pathname);
    if (!route) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': route[0], 'cache-control': 'no-store' });
    response.end(route[1]);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** JSON inside an inline <script>: "</script>" in the text must not end the element. */
export const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The `q` quantile (0 to 1) of `values`, interpolating between neighbours. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}
