// npm run bench:runtime — how fast the runtime is in Node: Pyodide load, runtime install, warm run time per
// corpus program (median of several runs), virtual vs wall time, a stress program, and what CPU time costs:
// accounting on vs off over the corpus and on the CPU calibration programs, whose virtual times are also compared
// with native CPython's (tests/calibration/native-times.json). Prints figures only.
//
// BENCH_AGAINST=/path/to/other/checkout also loads that checkout's Python package into a second Pyodide and times
// both on the corpus and the stress program, alternating runs, so the ratio (this / other) comes from one run on
// the same machine (e.g. `git worktree add /tmp/base <commit>` for the code before a change).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPyodide } from 'pyodide';
import { installPackage, ProgramRunner } from '../packages/starlight-awaitable/src/runtime/host.ts';
import { readPackageFiles } from '../packages/starlight-awaitable/src/runtime/node/package-files.ts';

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
const offMedians: number[] = [];
for (const file of programs) {
  const source = readFileSync(join(dir, file), 'utf8');
  runner.run({ source }); // warm-up: first-import costs are not what a learner's second Run pays
  const walls: number[] = [];
  const offWalls: number[] = [];
  let elapsed = 0;
  for (let i = 0; i < REPEATS; i++) {
    const [result, ms] = time(() => runner.run({ source, trace: true }));
    walls.push(ms);
    elapsed = result.elapsed;
    offWalls.push(time(() => runner.run({ source, trace: true, cpuTime: false }))[1]);
  }
  const ms = median(walls);
  medians.push(ms);
  offMedians.push(median(offWalls));
  totalVirtual += elapsed;
  totalWall += ms / 1000;
  rows.push(`  ${file.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms   virtual ${elapsed.toFixed(3)} s`);
}
console.log(`warm run per corpus program (median of ${REPEATS}, with trace):`);
console.log(rows.join('\n'));
console.log(`median over the corpus  ${median(medians).toFixed(1)} ms; slowest ${Math.max(...medians).toFixed(1)} ms`);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
console.log(
  `CPU time accounting     corpus total ${sum(medians).toFixed(0)} ms on vs ${sum(offMedians).toFixed(0)} ms off ` +
    `(${(sum(medians) / sum(offMedians)).toFixed(2)}×)`,
);
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

// CPU-heavy programs: accounting overhead (wall, on vs off) and virtual time vs native CPython.
const calibration = 'packages/starlight-awaitable/src/runtime/python/tests/calibration';
const native = (
  JSON.parse(readFileSync(join(calibration, 'native-times.json'), 'utf8')) as { seconds: Record<string, number> }
).seconds;
console.log('CPU-heavy programs (median of 3; wall on/off = accounting overhead; virtual/native = calibration):');
for (const [name, nativeSeconds] of Object.entries(native)) {
  const source = readFileSync(join(calibration, `${name}.py`), 'utf8');
  const on: number[] = [];
  const off: number[] = [];
  let virtual = 0;
  for (let i = 0; i < 3; i++) {
    const [result, ms] = time(() => runner.run({ source }));
    on.push(ms);
    virtual = result.elapsed;
    off.push(time(() => runner.run({ source, cpuTime: false }))[1]);
  }
  console.log(
    `  ${name.padEnd(14)} wall ${median(on).toFixed(0).padStart(5)} ms on / ${median(off).toFixed(0).padStart(5)} ms off ` +
      `(${(median(on) / median(off)).toFixed(2)}×)   virtual ${virtual.toFixed(3)} s / native ${nativeSeconds.toFixed(3)} s ` +
      `(${(virtual / nativeSeconds).toFixed(2)}×)`,
  );
}

const against = process.env.BENCH_AGAINST;
if (against) {
  const basePy = await loadPyodide({ stdout: () => {} });
  installPackage(basePy, readPackageFiles(join(against, 'packages/starlight-awaitable/src/runtime/python/')));
  const baseRunner = new ProgramRunner(basePy);
  const pair = (source: string, trace: boolean, repeats: number): [number, number] => {
    runner.run({ source, trace });
    baseRunner.run({ source, trace });
    const here: number[] = [];
    const there: number[] = [];
    for (let i = 0; i < repeats; i++) {
      there.push(time(() => baseRunner.run({ source, trace }))[1]);
      here.push(time(() => runner.run({ source, trace }))[1]);
    }
    return [median(here), median(there)];
  };
  const hereMedians: number[] = [];
  const thereMedians: number[] = [];
  for (const file of programs) {
    const [here, there] = pair(readFileSync(join(dir, file), 'utf8'), true, REPEATS);
    hereMedians.push(here);
    thereMedians.push(there);
  }
  const [hereCorpus, thereCorpus] = [median(hereMedians), median(thereMedians)];
  const [hereStress, thereStress] = pair(stress, false, 5);
  const ratios = hereMedians.map((here, i) => here / thereMedians[i]!);
  console.log(`against ${against} (alternating runs; ratio = this checkout / that one):`);
  console.log(
    `  corpus median   ${hereCorpus.toFixed(1)} ms vs ${thereCorpus.toFixed(1)} ms  (${(hereCorpus / thereCorpus).toFixed(2)}×); ` +
      `corpus total ${sum(hereMedians).toFixed(0)} ms vs ${sum(thereMedians).toFixed(0)} ms ` +
      `(${(sum(hereMedians) / sum(thereMedians)).toFixed(2)}×); median of per-program ratios ${median(ratios).toFixed(2)}×`,
  );
  console.log(
    `  stress          ${hereStress.toFixed(0)} ms vs ${thereStress.toFixed(0)} ms  (${(hereStress / thereStress).toFixed(2)}×, median of 5)`,
  );
}
