// Copies Pyodide's runtime files from node_modules into public/pyodide/<version>/ so the site self-hosts them
// (no CDN). The folder is versioned so hosts can cache it for ever. Runs before `build` and `dev`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
// The installed Pyodide, found as Node finds it from this package; the site's public folder (argument, or public/).
const source = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
const root = join(process.argv[2] ?? 'public', 'pyodide');
const target = join(root, version);

// Old versions would otherwise pile up in public/ (and in every build).
if (existsSync(root))
  for (const old of readdirSync(root)) if (old !== version) rmSync(join(root, old), { recursive: true });
mkdirSync(target, { recursive: true });
let bytes = 0;
for (const file of FILES) {
  const from = join(source, file);
  const to = join(target, file);
  if (!existsSync(to) || statSync(to).size !== statSync(from).size) copyFileSync(from, to);
  bytes += statSync(to).size;
}
console.log(`Pyodide ${version}: ${FILES.length} files (${(bytes / 1e6).toFixed(1)} MB) in ${target}/`);
