/**
 * Test helper shared by the program corpora (tests/runtime/corpus/, tests/runtime/fidelity/): every NAME.py is run
 * through the pyrun CLI in one command per time mode, and each run is held to its NAME.expected.json (format:
 * tests/runtime/corpus/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { pyrunJson, type JsonRun } from './pyrun';
import { parseTrace } from '../../packages/starlight-awaitable/src/trace/schema.ts';

/** NAME.expected.json: what running NAME.py must produce. */
export interface ExpectedRun {
  description: string;
  stdout: string;
  stderrIncludes: string[];
  exitCode: number;
  elapsed: number;
  error: { type: string; line?: number } | null;
  native: boolean;
}

/** The runs of one corpus, by program name, in pure virtual time (--no-cpu-time) and with CPU time on. */
export interface CorpusRuns {
  virtual: Map<string, JsonRun>;
  cpu: Map<string, JsonRun>;
}

/** The programs of a corpus directory (NAME for every NAME.py), sorted. */
export function programNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.py'))
    .map((file) => file.slice(0, -3))
    .sort();
}

export function readExpected<T extends ExpectedRun = ExpectedRun>(dir: string, name: string): T {
  return JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as T;
}

/** Runs every program, traced, in one command per time mode, and files the runs into `runs`. */
export function runCorpus(dir: string, names: readonly string[], runs: CorpusRuns): void {
  const files = names.map((name) => join(dir, `${name}.py`));
  const virtual = pyrunJson(files, ['--no-cpu-time', '--trace']);
  const withCpu = pyrunJson(files, ['--trace']);
  expect(virtual).toHaveLength(names.length);
  expect(withCpu).toHaveLength(names.length);
  for (const [index, name] of names.entries()) {
    runs.virtual.set(name, virtual[index]!);
    runs.cpu.set(name, withCpu[index]!);
  }
}

/** Every run of both modes was traced, and every event it recorded matches the trace schema (src/trace/schema.ts). */
export function expectTracesMatchSchema(runs: CorpusRuns, programCount: number): void {
  const all = [
    ...runs.virtual.entries(),
    ...[...runs.cpu.entries()].map(([name, run]) => [`${name} (CPU time)`, run] as const),
  ];
  expect(all.length).toBe(2 * programCount);
  const events = all.reduce((sum, [, run]) => sum + (run.events?.length ?? 0), 0);
  expect(events, 'the runs were traced').toBeGreaterThan(100 * programCount);
  for (const [name, run] of all) {
    const trace = parseTrace(run.events);
    expect(trace.ok ? null : trace.error, name).toBeNull();
  }
}

/** stdout byte for byte, the exit code, the required stderr fragments (or no stderr at all) and the error. */
export function expectOutcome(run: JsonRun, expected: ExpectedRun, mode: string): void {
  expect(run.stdout, mode).toBe(expected.stdout);
  expect(run.exitCode, `${mode}\n${run.stderr}`).toBe(expected.exitCode);
  for (const fragment of expected.stderrIncludes) expect(run.stderr, mode).toContain(fragment);
  if (expected.exitCode === 0 && expected.stderrIncludes.length === 0) expect(run.stderr, mode).toBe('');
  if (expected.error === null) expect(run.error, mode).toBeNull();
  else {
    expect(run.error?.type, mode).toBe(expected.error.type);
    if (expected.error.line !== undefined) expect(run.error?.line, mode).toBe(expected.error.line);
  }
}

/** Pure virtual time ends exactly at the expected instant (to the nanosecond). */
export function expectExactEnd(run: JsonRun, expected: ExpectedRun): void {
  expect(run.elapsed, 'exact virtual end time').toBeCloseTo(expected.elapsed, 9);
}

/**
 * With CPU time on, the programs' own code and the selector's millisecond wake-ups (as under epoll natively, a sleep
 * that a thread's wake-up interrupts waits for the next whole millisecond) may add a few ms to the end time, never
 * take any away.
 */
export function expectCpuTimeAddsLittle(run: JsonRun, expected: ExpectedRun): void {
  expect(run.elapsed, 'CPU time only adds a little').toBeGreaterThanOrEqual(expected.elapsed - 1e-9);
  expect(run.elapsed - expected.elapsed, 'CPU time only adds a little').toBeLessThan(0.005);
}
