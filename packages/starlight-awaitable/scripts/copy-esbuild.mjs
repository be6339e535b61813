// Copies esbuild-wasm's compiler (esbuild.wasm) into public/esbuild/<version>/ so the site self-hosts it (no CDN),
// in a versioned folder hosts can cache for ever. The page loads it only on a reader's first JavaScript run
// (src/jsrun/browser/compiler-worker.ts). Runs before `build` and `dev`, beside copy-pyodide.mjs.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const source = dirname(createRequire(import.meta.url).resolve('esbuild-wasm/package.json'));
const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
const root = join(process.argv[2] ?? 'public', 'esbuild');
const target = join(root, version);

if (existsSync(root))
  for (const old of readdirSync(root)) if (old !== version) rmSync(join(root, old), { recursive: true });
mkdirSync(target, { recursive: true });
const from = join(source, 'esbuild.wasm');
const to = join(target, 'esbuild.wasm');
if (!existsSync(to) || statSync(to).size !== statSync(from).size) copyFileSync(from, to);
console.log(`esbuild-wasm ${version}: esbuild.wasm (${(statSync(to).size / 1e6).toFixed(1)} MB) in ${target}/`);
