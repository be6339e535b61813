/**
 * The trace fixtures (packages/starlight-awaitable/src/trace/fixtures/NAME.json, read by the unit tests of the timeline, steps, facts and
 * grading) check themselves: every NAME.py is run again here, exactly as recorded (pyrun --json --trace, with
 * --no-cpu-time except for the lesson_* programs), and the fresh run must equal the recording. After a runtime change that alters traces on purpose,
 * rewrite them: `sh packages/starlight-awaitable/src/trace/fixtures/record.sh` (which runs this test with UPDATE_TRACE_FIXTURES=1), and review
 * the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyrunJson, type JsonRun } from './pyrun';

const dir = 'packages/starlight-awaitable/src/trace/fixtures';
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.py'))
  .map((file) => file.slice(0, -3))
  .sort();
const update = Boolean(process.env.UPDATE_TRACE_FIXTURES);
/** lesson_NAME.py (a copy of a lesson's program) is recorded as learners run it, with CPU time on; the others in pure
 * virtual time, whose round instants keep the tests that read them exact. */
const isLesson = (name: string) => name.startsWith('lesson_');

/** One key per line and one event per line: small, reviewable diffs when the runtime changes. */
function fixtureText({ file: _file, events = [], ...rest }: JsonRun): string {
  const head = Object.entries(rest).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const body = events.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  return `{\n${head.join(',\n')},\n  "events": [\n${body}\n  ]\n}\n`;
}

describe('trace fixtures', () => {
  const fresh = new Map<string, JsonRun>();

  it('re-records every fixture program (one command per time mode)', () => {
    for (const [group, extra] of [
      [names.filter((name) => !isLesson(name)), ['--trace', '--no-cpu-time']],
      [names.filter(isLesson), ['--trace']],
    ] as const) {
      const runs = pyrunJson(
        group.map((name) => join(dir, `${name}.py`)),
        [...extra],
      );
      expect(runs).toHaveLength(group.length);
      for (const [index, name] of group.entries()) fresh.set(name, runs[index]!);
    }
    if (update) {
      for (const name of names) writeFileSync(join(dir, `${name}.json`), fixtureText(fresh.get(name)!));
      // The project's Prettier style, so `npm run lint` stays clean.
      const prettier = spawnSync('npx', ['prettier', '--log-level', 'warn', '--write', `${dir}/*.json`], {
        encoding: 'utf8',
        shell: true,
      });
      expect(prettier.status, prettier.stderr).toBe(0);
    }
  });

  for (const name of names) {
    it(`${name}: the fresh run equals ${name}.json`, () => {
      const run = fresh.get(name);
      expect(run, 'the recording run above failed').toBeDefined();
      const { file: _file, ...recorded } = run!;
      const saved: unknown = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
      expect(saved, `run \`sh ${dir}/record.sh\` if the change is intended`).toEqual(recorded);
    });
  }
});
