/**
 * The corpus of teaching programs (tests/runtime/corpus/) run through the command-line runner in one go:
 * stdout identical to native CPython's, virtual times exact, exit codes and errors as expected — in pure virtual
 * time (--no-cpu-time), and again with CPU time on (the default), where the programs' own code and the selector's
 * millisecond wake-ups (as on Linux, a timer armed before a thread's result woke the loop then waits for the next
 * whole millisecond: up to 1 ms per such wake-up) may add a few ms, and must not change a single byte of output.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pyrunJson, type JsonRun } from './pyrun';
import { parseTrace } from '../../packages/starlight-awaitable/src/trace/schema.ts';

interface Expected {
  description: string;
  stdout: string;
  stderrIncludes: string[];
  exitCode: number;
  elapsed: number;
  error: { type: string; line?: number } | null;
  native: boolean;
}

const dir = 'tests/runtime/corpus';
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.py'))
  .map((file) => file.slice(0, -3))
  .sort();
const runs = new Map<string, JsonRun>();
const cpuRuns = new Map<string, JsonRun>();

describe('runtime corpus', () => {
  it('runs every program in one command, in pure virtual time and with CPU time', () => {
    const files = names.map((name) => join(dir, `${name}.py`));
    const results = pyrunJson(files, ['--no-cpu-time', '--trace']);
    const withCpu = pyrunJson(files, ['--trace']);
    expect(results).toHaveLength(names.length);
    expect(withCpu).toHaveLength(names.length);
    for (const [index, name] of names.entries()) {
      runs.set(name, results[index]!);
      cpuRuns.set(name, withCpu[index]!);
    }
  });

  it('records, with tracing on, only events that match the trace schema (packages/starlight-awaitable/src/trace/schema.ts)', () => {
    const all = [
      ...runs.entries(),
      ...[...cpuRuns.entries()].map(([name, run]) => [`${name} (CPU time)`, run] as const),
    ];
    expect(all.length).toBe(2 * names.length);
    const events = all.reduce((sum, [, run]) => sum + (run.events?.length ?? 0), 0);
    expect(events, 'the runs were traced').toBeGreaterThan(100 * names.length);
    for (const [name, run] of all) {
      const trace = parseTrace(run.events);
      expect(trace.ok ? null : trace.error, name).toBeNull();
    }
  });

  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    it(`${name}: ${expected.description}`, () => {
      const run = runs.get(name);
      expect(run, 'the corpus run above failed').toBeDefined();
      expect(run!.stdout).toBe(expected.stdout);
      expect(run!.exitCode, run!.stderr).toBe(expected.exitCode);
      expect(run!.elapsed).toBeCloseTo(expected.elapsed, 9);
      for (const fragment of expected.stderrIncludes) expect(run!.stderr).toContain(fragment);
      if (expected.exitCode === 0 && expected.stderrIncludes.length === 0) expect(run!.stderr).toBe('');
      if (expected.error === null) expect(run!.error).toBeNull();
      else {
        expect(run!.error?.type).toBe(expected.error.type);
        if (expected.error.line !== undefined) expect(run!.error?.line).toBe(expected.error.line);
      }
      const cpu = cpuRuns.get(name)!;
      expect(cpu.stdout, 'with CPU time on').toBe(expected.stdout);
      expect(cpu.exitCode, 'with CPU time on').toBe(expected.exitCode);
      expect(cpu.elapsed, 'CPU time only adds a little').toBeGreaterThanOrEqual(expected.elapsed - 1e-9);
      expect(cpu.elapsed - expected.elapsed, 'CPU time only adds a little').toBeLessThan(0.005);
    });
  }
});
