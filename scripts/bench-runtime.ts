// npm run bench:runtime — how fast the runtime is in Node: Pyodide load, runtime install, warm run time per
// corpus program (median of several runs), virtual vs wall time, and a stress program. Prints figures only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPyodide } from 'pyodide';
import { installPackage, ProgramRunner } from '../src/runtime/host.ts';
import { readPackageFiles } from '../src/runtime/node/package-files.ts';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};

let start = performance.now();
const py = await loadPyodide({ stdout: () => {} });
const loadMs = performance.now() - start;
const [runner, installMs] = time(() => {
  installPackage(py, readPackageFiles());
  return new ProgramRunner(py);
});
console.log(`Pyodide load           ${loadMs.toFixed(0)} ms`);
console.log(`runtime install        ${installMs.toFixed(0)} ms (write package, import it, prepare entry point)`);

const dir = 'tests/runtime/corpus';
const programs = readdirSync(dir)
  .filter((file) => file.endsWith('.py'))
  .sort();
let totalVirtual = 0;
let totalWall = 0;
const rows: string[] = [];
const medians: number[] = [];
for (const file of programs) {
  const source = readFileSync(join(dir, file), 'utf8');
  runner.run({ source }); // warm-up: first-import costs are not what a learner's second Run pays
  const walls: number[] = [];
  let elapsed = 0;
  for (let i = 0; i < REPEATS; i++) {
    const [result, ms] = time(() => runner.run({ source, trace: true }));
    walls.push(ms);
    elapsed = result.elapsed;
  }
  const ms = median(walls);
  medians.push(ms);
  totalVirtual += elapsed;
  totalWall += ms / 1000;
  rows.push(`  ${file.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms   virtual ${elapsed.toFixed(3)} s`);
}
console.log(`warm run per corpus program (median of ${REPEATS}, with trace):`);
console.log(rows.join('\n'));
console.log(`median over the corpus  ${median(medians).toFixed(1)} ms; slowest ${Math.max(...medians).toFixed(1)} ms`);
console.log(
  `virtual vs wall         ${totalVirtual.toFixed(1)} s of virtual time in ${totalWall.toFixed(2)} s of wall time ` +
    `(${(totalVirtual / totalWall).toFixed(0)}× faster than real time)`,
);

const stress = readFileSync('scripts/bench/stress.py', 'utf8');
const stressRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  start = performance.now();
  const result = runner.run({ source: stress });
  stressRuns.push(performance.now() - start);
  if (result.stdout !== 'done\n') throw new Error(`stress program failed: ${result.stderr}`);
}
console.log(`stress 2,000 tasks × 10 sleeps  ${median(stressRuns).toFixed(0)} ms (median of 3, no trace)`);
