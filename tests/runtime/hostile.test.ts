/**
 * Hostile programs (tests/runtime/hostile/NAME.py + NAME.expected.json) against the Node runtime, all in one
 * RuntimeSession: each ends with the expected error within its wall-clock bound, and the next normal run in the
 * same session works (even when the run forced the worker to be replaced).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeRuntime } from '../../packages/starlight-awaitable/src/runtime/node/node-runtime.ts';
import type { RunRequest, RunResult } from '../../packages/starlight-awaitable/src/runtime/protocol.ts';
import type { RuntimeStatus } from '../../packages/starlight-awaitable/src/runtime/session.ts';

interface Expected {
  description: string;
  errorType: string | null;
  messageIncludes: string[];
  exitCode: number;
  /** Wall-clock bound for the run, in seconds. */
  maxWallSeconds: number;
  stdoutIncludes?: string[];
  stderrIncludes?: string[];
}

const dir = 'tests/runtime/hostile';
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.py'))
  .map((file) => file.slice(0, -3))
  .sort();

/** The CPU spin gets a short wall-clock limit; everything else must end by itself well before the generous one. */
const TIME_LIMITS: Record<string, number> = { cpu_spin: 3 };
const DEFAULT_TIME_LIMIT = 60;

const NORMAL = `import asyncio


async def main():
    await asyncio.sleep(1.5)
    print("still fine")


asyncio.run(main())
`;

const session = createNodeRuntime(DEFAULT_TIME_LIMIT);
const statuses: RuntimeStatus['state'][] = [];
session.onStatus((status) => statuses.push(status.state));
const table: string[] = [];

async function timed(request: RunRequest, timeLimit = DEFAULT_TIME_LIMIT): Promise<[RunResult, number]> {
  const started = performance.now();
  const result = await session.run(request, { timeLimit });
  return [result, (performance.now() - started) / 1000];
}

async function expectNormalRunWorks() {
  const [result] = await timed({ source: NORMAL });
  expect(result.error, result.stderr).toBeNull();
  expect(result.stdout).toBe('still fine\n');
  expect(result.elapsed).toBeCloseTo(1.5, 3); // plus the program's microseconds of CPU time
}

afterAll(() => {
  session.dispose();
  console.log(`hostile programs (error type | first line of message | wall s):\n${table.join('\n')}`);
});

describe('hostile programs', () => {
  it('the session starts', async () => {
    await session.start();
    await expectNormalRunWorks();
  });

  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    it(`${name}: ${expected.description}`, async () => {
      const source = readFileSync(join(dir, `${name}.py`), 'utf8');
      statuses.length = 0;
      const [result, wall] = await timed({ source, filename: 'main.py' }, TIME_LIMITS[name] ?? DEFAULT_TIME_LIMIT);
      table.push(
        `${name} | ${result.error?.type ?? `exit ${result.exitCode}`} | ${firstLine(result)} | ${wall.toFixed(1)}`,
      );
      expect(result.error?.type ?? null, result.stderr.slice(0, 2000)).toBe(expected.errorType);
      expect(result.exitCode).toBe(expected.exitCode);
      for (const fragment of expected.messageIncludes) expect(result.error?.message).toContain(fragment);
      for (const fragment of expected.stdoutIncludes ?? []) expect(result.stdout).toContain(fragment);
      for (const fragment of expected.stderrIncludes ?? []) expect(result.stderr).toContain(fragment);
      if (expected.errorType) expect(result.stderr).toMatch(new RegExp(`^${expected.errorType}\\b`, 'm'));
      // Never an internal frame: only the learner's file.
      expect(result.stderr).not.toMatch(/awaitable_runtime|File "(?!main\.py")/);
      expect(wall, `${name} took ${wall.toFixed(1)} s`).toBeLessThan(expected.maxWallSeconds);
      if (expected.errorType === 'MemoryError') expect(statuses, 'the worker is replaced').toContain('loading');
      await expectNormalRunWorks();
    });
  }

  it('a 5 MB source file is refused at once, clearly', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `value_${i} = ${i} * 2 + 1  # generated line ${i}`);
    const source = lines.join('\n') + '\nprint(value_99999)\n';
    expect(source.length).toBeGreaterThan(4_000_000);
    const [result, wall] = await timed({ source });
    table.push(`5 MB source | ${result.error?.type} | ${firstLine(result)} | ${wall.toFixed(1)}`);
    expect(result.error?.type).toBe('ProgramTooLarge');
    expect(result.error?.message).toMatch(/characters long; programs here can be at most 1,000,000/);
    expect(wall).toBeLessThan(15);
    await expectNormalRunWorks();
  });

  it('a large program under the limit (10,000 lines) runs', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `value_${i} = ${i} * 2 + 1`);
    const [result, wall] = await timed({ source: lines.join('\n') + '\nprint(value_9999)\n' });
    table.push(`10,000-line source | ${result.error?.type ?? 'ok'} | ${result.stdout.trim()} | ${wall.toFixed(1)}`);
    expect(result.error, result.stderr).toBeNull();
    expect(result.stdout).toBe('19999\n');
    expect(wall).toBeLessThan(30);
  });

  it('the host modules are back after a run (our own code still needs them)', async () => {
    const [result] = await timed({ source: 'print("ok")' });
    expect(result.stdout).toBe('ok\n');
    // Streaming output crosses into JavaScript during the run: it must keep working inside the sandbox.
    const chunks: string[] = [];
    const streamed = await session.run(
      {
        source:
          'import asyncio\nasync def main():\n    for i in range(3):\n        print(i)\n        await asyncio.sleep(1)\nasyncio.run(main())\n',
      },
      { onOutput: (batch) => chunks.push(...batch.map((chunk) => chunk.text)) },
    );
    expect(streamed.stdout).toBe('0\n1\n2\n');
    expect(chunks.join('')).toBe('0\n1\n2\n');
  });
});

function firstLine(result: RunResult): string {
  return (result.error?.message ?? result.stdout).split('\n')[0]!.slice(0, 110);
}
