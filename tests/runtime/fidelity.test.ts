/**
 * The fidelity corpus (tests/runtime/fidelity/): programs written from the CPython asyncio documentation's examples
 * and classic patterns where several sleeps, timeouts or wake-ups land on the same instant. Their stdout was recorded
 * from native CPython 3.13 and must come out byte for byte in both time modes: pure virtual time (--no-cpu-time) and
 * with CPU time on (the default), where the programs' own code and millisecond wake-ups may add a few ms to the end
 * time. Two programs depend on the clock moving between statements; their pure-virtual-time output is pinned with
 * the reason (`pureVirtualTime` in their expected.json).
 */
import { describe, expect, it } from 'vitest';
import {
  expectCpuTimeAddsLittle,
  expectExactEnd,
  expectOutcome,
  expectTracesMatchSchema,
  programNames,
  readExpected,
  runCorpus,
  type CorpusRuns,
  type ExpectedRun,
} from './corpus-runs';

interface Expected extends ExpectedRun {
  /**
   * Only where pure virtual time knowingly differs from CPython (its tie rule: same virtual instant, first come first
   * served): the output it gives instead and why. CPU time on must still match CPython.
   */
  pureVirtualTime?: { stdout: string; why: string };
}

const dir = 'tests/runtime/fidelity';
const names = programNames(dir);
const runs: CorpusRuns = { virtual: new Map(), cpu: new Map() };

describe('runtime fidelity corpus', () => {
  it('has the programs and recordings it promises', () => {
    expect(names.length).toBeGreaterThanOrEqual(45);
    for (const name of names) {
      expect(readExpected(dir, name).native, `${name} is recorded from native CPython`).toBe(true);
    }
  });

  it('runs every program in one command, in pure virtual time and with CPU time', () => {
    runCorpus(dir, names, runs);
  });

  it('records, with tracing on, only events that match the trace schema (src/trace/schema.ts)', () => {
    expectTracesMatchSchema(runs, names.length);
  });

  for (const name of names) {
    const expected = readExpected<Expected>(dir, name);
    describe(`${name}: ${expected.description}`, () => {
      it('pure virtual time (--no-cpu-time)', () => {
        const run = runs.virtual.get(name);
        expect(run, 'the corpus run above failed').toBeDefined();
        const pure = expected.pureVirtualTime;
        expectOutcome(
          run!,
          pure ? { ...expected, stdout: pure.stdout } : expected,
          `--no-cpu-time${pure ? ` (${pure.why})` : ''}`,
        );
        expectExactEnd(run!, expected);
      });
      it('CPU time on (default)', () => {
        const run = runs.cpu.get(name);
        expect(run, 'the corpus run above failed').toBeDefined();
        expectOutcome(run!, expected, 'CPU time on');
        expectCpuTimeAddsLittle(run!, expected);
      });
    });
  }
});
