// A small static file server for dist/ that behaves like production hosting (gzip, long-lived caching of
// versioned assets), so benchmarks measure what readers would get. `astro preview` compresses nothing.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.xml': 'application/xml',
  '.pf_meta': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.xml']);

/** The `/*` headers of dist/_headers (the file we ship for static hosts), so we serve what production would. */
function globalHeaders(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let inGlobalBlock = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) inGlobalBlock = line.trim() === '/*';
    else if (inGlobalBlock) {
      const [name, ...value] = line.trim().split(':');
      headers[name] = value.join(':').trim();
    }
  }
  return headers;
}

export function startStaticServer(root = 'dist', port = 0) {
  const extraHeaders = globalHeaders(root);
  // Each file is compressed once (a host or CDN would cache it too); keyed by path and modification time.
  const compressed = new Map();
  const gzipped = (path) => {
    const key = `${path}:${statSync(path).mtimeMs}`;
    if (!compressed.has(key)) compressed.set(key, gzipSync(readFileSync(path), { level: 6 }));
    return compressed.get(key);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    let status = 200;
    if (!existsSync(path)) {
      status = 404;
      path = join(root, '404.html');
    }
    const ext = extname(path);
    const immutable = /^\/(_astro|pyodide|esbuild)\//.test(url.pathname);
    const headers = {
      ...extraHeaders,
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (gzip) res.end(gzipped(path));
    else createReadStream(path).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startStaticServer('dist', Number(process.env.PORT ?? 4330));
  console.log(`Serving dist/ at ${url}/`);
}
