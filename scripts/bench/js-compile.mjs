// Compile times of the lessons' TypeScript programs, in Node with the same esbuild-wasm and the same preparation
// (type stripping, source map, instrumentation) the browser's compiler worker does: esbuild's initialize, the first
// program's compile, and every further program's (warm) compile. Used by bench-js.mjs; asserts nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild-wasm';
import { prepareProgram } from '../../packages/starlight-awaitable/src/jsrun/prepare.ts';

function programs(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return programs(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

export async function compileTimes(lessons = 'content/lessons') {
  const files = programs(lessons);
  let started = performance.now();
  await esbuild.initialize({});
  const initialize = performance.now() - started;
  const times = [];
  for (const file of files) {
    started = performance.now();
    const prepared = await prepareProgram(esbuild, readFileSync(file, 'utf8'), 'main.ts');
    times.push(performance.now() - started);
    if (!prepared.ok) throw new Error(`${file}: ${prepared.error.message}`);
  }
  await esbuild.stop();
  const warm = times.slice(1).sort((a, b) => a - b);
  return { files: files.length, initialize, first: times[0], warmMedian: warm[warm.length >> 1], warmMax: warm.at(-1) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await compileTimes());
