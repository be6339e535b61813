/**
 * The corpus of teaching programs (tests/runtime/corpus/) run through the command-line runner in one go:
 * stdout identical to native CPython's, virtual times exact, exit codes and errors as expected — in pure virtual
 * time (--no-cpu-time), and again with CPU time on (the default), where the programs' own code and the selector's
 * millisecond wake-ups (as on Linux, a timer armed before a thread's result woke the loop then waits for the next
 * whole millisecond: up to 1 ms per such wake-up) may add a few ms, and must not change a single byte of output.
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
} from './corpus-runs';

const dir = 'tests/runtime/corpus';
const names = programNames(dir);
const runs: CorpusRuns = { virtual: new Map(), cpu: new Map() };

describe('runtime corpus', () => {
  it('runs every program in one command, in pure virtual time and with CPU time', () => {
    runCorpus(dir, names, runs);
  });

  it('records, with tracing on, only events that match the trace schema (src/trace/schema.ts)', () => {
    expectTracesMatchSchema(runs, names.length);
  });

  for (const name of names) {
    const expected = readExpected(dir, name);
    it(`${name}: ${expected.description}`, () => {
      const run = runs.virtual.get(name);
      expect(run, 'the corpus run above failed').toBeDefined();
      expectOutcome(run!, expected, '--no-cpu-time');
      expectExactEnd(run!, expected);
      const cpu = runs.cpu.get(name)!;
      expect(cpu.stdout, 'with CPU time on').toBe(expected.stdout);
      expect(cpu.exitCode, 'with CPU time on').toBe(expected.exitCode);
      expectCpuTimeAddsLittle(cpu, expected);
    });
  }
});
