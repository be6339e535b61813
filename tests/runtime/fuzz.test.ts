/**
 * Fuzzing the runtime with broken versions of the lesson examples (content/lessons/**\/*.py): awaits deleted,
 * asyncio.sleep swapped for time.sleep, raises inserted, lines truncated, dropped or duplicated — with a fixed
 * seed, in one Node session. Every run must end within its bounds with output or a clear error: never a hang, a
 * crash of the worker, or a traceback showing the runtime's own frames.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeRuntime } from '../../packages/starlight-awaitable/src/runtime/node/node-runtime.ts';
import { CRASH_ERROR } from '../../packages/starlight-awaitable/src/runtime/protocol.ts';
import { makePrograms } from './fuzz-mutations.ts';

const SEED = 20260101;
const COUNT = 300;
const TIME_LIMIT = 3; // seconds of real time per program (a mutation can easily make a CPU spin)
const SLACK = 30; // on top of the time limit: restarting Python after a spin, a busy machine

function lessonFiles(dir = 'content/lessons'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...lessonFiles(path));
    else if (entry.name.endsWith('.py')) out.push(path);
  }
  return out.sort();
}

const session = createNodeRuntime(TIME_LIMIT);
afterAll(() => session.dispose());

describe('fuzzing the runtime with mutated lesson examples', () => {
  it(`${COUNT} programs (seed ${SEED}) end in bounds, with output or a clear error`, async () => {
    const sources = lessonFiles().map((path) => ({ path, source: readFileSync(path, 'utf8') }));
    expect(sources.length).toBeGreaterThan(10);
    const programs = makePrograms(sources, COUNT, SEED);
    await session.start();
    const started = performance.now();
    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    let slowest = { wall: 0, label: '' };
    for (const program of programs) {
      const t0 = performance.now();
      const result = await session.run({ source: program.source, filename: 'main.py' });
      const wall = (performance.now() - t0) / 1000;
      if (wall > slowest.wall) slowest = { wall, label: program.label };
      const kind = result.error?.type ?? (result.exitCode === 0 ? 'ok' : `exit ${result.exitCode}`);
      outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
      const problem = (what: string) =>
        problems.push(
          `${program.label}: ${what}\n--- stderr ---\n${result.stderr.slice(0, 1500)}\n--- source ---\n${program.source}`,
        );
      if (wall > TIME_LIMIT + SLACK) problem(`took ${wall.toFixed(1)} s`);
      if (result.error?.type === CRASH_ERROR) problem('the worker crashed');
      if (result.error && !result.error.message && !result.stderr.trim()) problem('an error without a message');
      if (result.error && !result.stderr.includes(result.error.type)) problem('the error is not on stderr');
      const frames = [...result.stderr.matchAll(/^ {2}File "([^"]*)"/gm)].map((match) => match[1]);
      if (frames.some((file) => file !== 'main.py')) problem(`internal frames in the traceback: ${frames.join(', ')}`);
      if (/awaitable_runtime|pyodide/.test(result.stderr)) problem('the runtime shows through in stderr');
    }
    const total = (performance.now() - started) / 1000;
    const summary = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
    console.log(
      `fuzz: ${programs.length} programs from ${sources.length} lesson files (seed ${SEED}) in ${total.toFixed(1)} s ` +
        `wall; slowest ${slowest.wall.toFixed(1)} s (${slowest.label})\noutcomes: ${summary.join(', ')}`,
    );
    if (process.env.FUZZ_DUMP) writeFileSync(process.env.FUZZ_DUMP, problems.join('\n\n======\n\n'));
    expect(problems, problems.slice(0, 3).join('\n\n')).toEqual([]);
  });
});
