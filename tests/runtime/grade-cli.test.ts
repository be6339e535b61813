/** The `npm run grade` contract (README → Grading), exercised as an instructor would run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeReportSchema } from '../../packages/starlight-awaitable/src/grading/report.ts';

const EXERCISE = 'content/lessons/why-asyncio/concurrent-downloads';

function grade(args: string[]) {
  const result = spawnSync(process.execPath, ['packages/starlight-awaitable/scripts/grade.ts', ...args], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function attempt(code: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'grade-')), 'attempt.py');
  writeFileSync(file, code);
  return file;
}

describe('npm run grade', () => {
  it('a solved attempt: the verdict and the Passed lines, exit 0; --json is the documented object', () => {
    const plain = grade([EXERCISE, `${EXERCISE}/solution.py`]);
    expect(plain.status).toBe(0);
    const lines = plain.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^All \d+ checks passed — exercise solved!$/);
    expect(lines.slice(1).every((line) => line.startsWith('Passed: '))).toBe(true);

    const json = grade([EXERCISE, `${EXERCISE}/solution.py`, '--json']);
    expect(json.status).toBe(0);
    const report = gradeReportSchema.parse(JSON.parse(json.stdout));
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(['solved', 'ran', 'error', 'checks']);
    expect(report).toMatchObject({ solved: true, ran: 'finished', error: null });
  });

  it('a syntax error: exit 1, one failed line with the caret; --json says ran "syntax-error"', () => {
    const file = attempt('import asyncio\n\nasync def main()\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n');
    const plain = grade([EXERCISE, file]);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toBe(
      "Your program has a syntax error, so it didn't run.\n" +
        "Failed: Line 3 has a syntax error: expected ':'. Python could not read the program, so none of it ran and " +
        "its behaviour wasn't checked. A line that starts a block — def, async def, if, for, while, with, try, " +
        'except, class — must end with a colon.\n' +
        '    async def main()\n' +
        '                    ^\n',
    );
    const report = gradeReportSchema.parse(JSON.parse(grade([EXERCISE, file, '--json']).stdout));
    expect(report).toMatchObject({
      solved: false,
      ran: 'syntax-error',
      error: { type: 'SyntaxError', message: "expected ':'", line: 3 },
    });
    expect(report.checks).toHaveLength(1);
  });

  it('bad arguments: exit 2 with a clear message and the usage; --help exits 0', () => {
    const none = grade([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^grade: expected an exercise folder and a \.py file, got 0 argument\(s\)\.\n\nUsage:/);
    const notFolder = grade([`${EXERCISE}/exercise.json`, `${EXERCISE}/solution.py`]);
    expect(notFolder.status).toBe(2);
    expect(notFolder.stderr).toContain('is not a folder (give the exercise folder, not exercise.json)');
    const missing = grade([EXERCISE, 'no-such-file.py']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read no-such-file.py: ENOENT');
    const broken = mkdtempSync(join(tmpdir(), 'grade-ex-'));
    writeFileSync(
      join(broken, 'exercise.json'),
      '{"title": "t", "goal": "A goal sentence here.", "hints": ["h"], "checks": [{"type": "elapsed"}]}',
    );
    const invalid = grade([broken, `${EXERCISE}/solution.py`]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('is not a valid exercise: checks.0.atMost: give atMost, atLeast or approximately');
    const unknown = grade([EXERCISE, `${EXERCISE}/solution.py`, '--jsn']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--jsn'");
    const help = grade(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent grade -- EXERCISE_FOLDER FILE\.py/);
  });
});
