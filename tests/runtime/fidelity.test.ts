/**
 * The fidelity corpus (tests/runtime/fidelity/): programs written from the CPython asyncio documentation's examples
 * and classic patterns where several sleeps, timeouts or wake-ups land on the same instant. Their stdout was recorded
 * from native CPython 3.13 and must come out byte for byte in both time modes: pure virtual time (--no-cpu-time) and
 * with CPU time on (the default), where the programs' own code and millisecond wake-ups may add a few ms to the end
 * time. Two programs depend on the clock moving between statements; their pure-virtual-time output is pinned with
 * the reason (`pureVirtualTime` in their expected.json).
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
  /**
   * Only where pure virtual time knowingly differs from CPython (its tie rule: same virtual instant, first come first
   * served): the output it gives instead and why. CPU time on must still match CPython.
   */
  pureVirtualTime?: { stdout: string; why: string };
}

const dir = 'tests/runtime/fidelity';
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.py'))
  .map((file) => file.slice(0, -3))
  .sort();
const virtualRuns = new Map<string, JsonRun>();
const cpuRuns = new Map<string, JsonRun>();

function expectOutcome(run: JsonRun, expected: Expected, mode: string): void {
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

describe('runtime fidelity corpus', () => {
  it('has the programs and recordings it promises', () => {
    expect(names.length).toBeGreaterThanOrEqual(45);
    for (const name of names) {
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      expect(expected.native, `${name} is recorded from native CPython`).toBe(true);
    }
  });

  it('runs every program in one command, in pure virtual time and with CPU time', () => {
    const files = names.map((name) => join(dir, `${name}.py`));
    const virtual = pyrunJson(files, ['--no-cpu-time', '--trace']);
    const withCpu = pyrunJson(files, ['--trace']);
    expect(virtual).toHaveLength(names.length);
    expect(withCpu).toHaveLength(names.length);
    for (const [index, name] of names.entries()) {
      virtualRuns.set(name, virtual[index]!);
      cpuRuns.set(name, withCpu[index]!);
    }
  });

  it('records, with tracing on, only events that match the trace schema (packages/starlight-awaitable/src/trace/schema.ts)', () => {
    const all = [
      ...virtualRuns.entries(),
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
    describe(`${name}: ${expected.description}`, () => {
      it('pure virtual time (--no-cpu-time)', () => {
        const run = virtualRuns.get(name);
        expect(run, 'the corpus run above failed').toBeDefined();
        const pure = expected.pureVirtualTime;
        expectOutcome(
          run!,
          pure ? { ...expected, stdout: pure.stdout } : expected,
          `--no-cpu-time${pure ? ` (${pure.why})` : ''}`,
        );
        expect(run!.elapsed, 'exact virtual end time').toBeCloseTo(expected.elapsed, 9);
      });
      it('CPU time on (default)', () => {
        const run = cpuRuns.get(name);
        expect(run, 'the corpus run above failed').toBeDefined();
        expectOutcome(run!, expected, 'CPU time on');
        expect(run!.elapsed, 'CPU time only adds a little').toBeGreaterThanOrEqual(expected.elapsed - 1e-9);
        // As in corpus.test.ts: a sleep that a thread's wake-up interrupts waits for the next whole millisecond, as
        // under epoll natively, so a few ms may be added.
        expect(run!.elapsed - expected.elapsed, 'CPU time only adds a little').toBeLessThan(0.005);
      });
    });
  }
});
