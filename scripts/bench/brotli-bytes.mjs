import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, gunzipSync, brotliCompressSync, constants } from 'node:zlib';
const dir = 'public/pyodide/' + readdirSync('public/pyodide')[0] + '/';
const files = readdirSync(dir);
const only = process.argv.slice(2);
const pick = [
  'pyodide.asm.wasm',
  'pyodide.asm.js',
  'python_stdlib.zip',
  'pyodide-lock.json',
  'pyodide.mjs',
  files.find((f) => f.startsWith('snapshot-')),
].filter(
  (f) =>
    f &&
    files.includes(f) &&
    (!only.length || only.includes(f) || (only.includes('snapshot') && f.startsWith('snapshot-'))),
);
let tg = 0,
  tb = 0;
for (const f of pick) {
  let raw = readFileSync(dir + f);
  const isSnap = f.startsWith('snapshot-');
  const gz = isSnap ? raw.length : gzipSync(raw, { level: 6 }).length;
  if (isSnap) raw = gunzipSync(raw);
  const q = isSnap ? 9 : 11;
  const t = performance.now();
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: q,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  }).length;
  tg += gz;
  tb += br;
  console.log(
    `${f.padEnd(48)} raw ${(raw.length / 1e6).toFixed(2)} MB  gzip ${(gz / 1e6).toFixed(2)} MB${isSnap ? ' (gzip -9, as shipped)' : ' (level 6, static-server)'}  brotli q${q} ${(br / 1e6).toFixed(2)} MB  (${((performance.now() - t) / 1000).toFixed(0)} s)`,
  );
}
console.log(`total gzip ${(tg / 1e6).toFixed(2)} MB, brotli ${(tb / 1e6).toFixed(2)} MB (${(tb / tg).toFixed(2)}x)`);
