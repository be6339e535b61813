// After `astro build`: writes dist/sw.js (our service worker, scripts/sw-template.js) with this build's version
// and file lists. The version is a hash of every file in dist/ (names and contents), so any change to the site
// is a new version: readers get "A new version is available — reload", and old caches are replaced.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.argv[2] ?? 'dist';
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.prerender') walk(path);
    } else files.push('/' + relative(root, path).split(sep).join('/'));
  }
};
walk(root);
files.sort();

const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
const hash = createHash('sha256');
hash.update(template); // a change to the service worker itself is a new version too
for (const file of files) {
  if (file === '/sw.js') continue;
  hash.update(file + '\0');
  // Versioned folders change name when their content changes; hashing names is enough there (and fast).
  if (!/^\/(_astro|pyodide|esbuild)\//.test(file)) hash.update(readFileSync(join(root, file)));
}
const version = hash.digest('hex').slice(0, 16);

const assets = files.filter((f) => /^\/(_astro|pyodide|esbuild)\//.test(f) && !f.endsWith('.map'));
const build = {
  version,
  // The app shell: small, fetched in full on install. The Playground is in it, so it opens offline even before
  // a first visit (a page is otherwise cached when it is visited).
  shell: ['/', '/playground/', '/404.html', '/favicon.svg'].filter(
    (f) => f === '/' || files.includes(f) || (f.endsWith('/') && files.includes(`${f}index.html`)),
  ),
  // Everything a lesson needs to run offline, except the snapshot (the Python worker caches that itself, after a
  // first visit that started with a plain load).
  // Nor esbuild.wasm (14 MB): only a reader who runs JavaScript needs it, and it is cached on that first run.
  precacheAssets: assets.filter((f) => !/\/snapshot-[^/]*$/.test(f) && !f.startsWith('/esbuild/')),
  // Every versioned asset of this build: cached ones not listed here are deleted when this version activates.
  // The Python worker keeps the snapshot as pages, .gz → .pages (src/runtime/snapshot-store.ts).
  assets: [...assets, ...assets.filter((f) => /\/snapshot-[^/]*\.gz$/.test(f)).map((f) => f.slice(0, -3) + '.pages')],
};
const sw = template.replace('self.__AWAITABLE_BUILD__', JSON.stringify(build));
if (sw === template) throw new Error('sw-template.js lost its self.__AWAITABLE_BUILD__ placeholder');
writeFileSync(join(root, 'sw.js'), `// Awaitable build ${version}\n${sw}`);
const bytes = build.precacheAssets.reduce((sum, f) => sum + statSync(join(root, f)).size, 0);
console.log(
  `Service worker ${version}: precaches ${build.shell.length} shell files and ${build.precacheAssets.length} assets ` +
    `(${(bytes / 1e6).toFixed(1)} MB uncompressed)`,
);
