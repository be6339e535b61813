/**
 * The JavaScript fidelity corpus (tests/runtime/js-fidelity/): small programs about exactly what the JavaScript
 * comparisons teach — microtasks before timers, await interleaving, eager promises, the extra ticks of `return
 * promise` and thenables, Promise.all/allSettled/race/any, same-deadline timers, intervals, the clock, Node's console
 * formatting, an unhandled rejection. Their stdout and exit code were recorded from the real Node 22
 * (`sh tests/runtime/js-fidelity/record.sh`) and must come out byte for byte under the virtual clock, every program
 * traced, every trace valid in the one trace schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeJsRuntime, stopCompiler } from '../../packages/starlight-awaitable/src/jsrun/node/js-runtime.ts';
import { parseTrace } from '../../packages/starlight-awaitable/src/trace/schema.ts';

const dir = 'tests/runtime/js-fidelity';
const programs = readdirSync(dir).filter((file) => file.endsWith('.ts'));
const runtime = createNodeJsRuntime(30);
afterAll(() => {
  runtime.dispose();
  stopCompiler();
});

describe('JavaScript programs print what the real Node prints', () => {
  it('has a corpus of about fifteen programs', () => expect(programs.length).toBeGreaterThanOrEqual(15));

  for (const file of programs) {
    it(file, async () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const recorded = readFileSync(join(dir, file.replace(/\.ts$/, '.out')), 'utf8');
      const exit = Number(/exit (\d+)\n$/.exec(recorded)![1]);
      const stdout = recorded.replace(/exit \d+\n$/, '');
      const result = await runtime.run({ source, filename: file, trace: true });
      expect(result.stdout).toBe(stdout);
      expect(result.exitCode, result.stderr).toBe(exit);
      const trace = parseTrace(result.events);
      expect(trace.ok, trace.ok ? '' : trace.error).toBe(true);
    });
  }
});
