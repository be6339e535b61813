/** The content checker catches each kind of mistake, naming the lesson, the file and the difference. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('check-content', () => {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', 'tests/runtime/fixtures/broken-course'], {
    encoding: 'utf8',
    timeout: 120_000,
  });

  it('fails with exit status 1', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^\d+ passed, 4 failed$/m);
  });

  it('names bad frontmatter fields', () => {
    expect(run.stdout).toMatch(/FAIL bad-lesson: frontmatter\s+order: .*\n?.*concepts: /);
  });

  it('shows where a program prints something other than the lesson says', () => {
    expect(run.stdout).toContain('FAIL bad-lesson/says_wrong.py prints says_wrong.out');
    expect(run.stdout).toContain('the lesson says: "hi"');
    expect(run.stdout).toContain('the runtime printed: "hello"');
  });

  it('reports a program that crashes unexpectedly', () => {
    expect(run.stdout).toContain('FAIL bad-lesson/crashes.py runs');
    expect(run.stdout).toContain('it ended with an unexpected ValueError: boom');
  });

  it('rejects an exercise whose starter already passes', () => {
    expect(run.stdout).toContain('ok   bad-lesson/too-easy: the solution passes all 1 checks');
    expect(run.stdout).toContain('FAIL bad-lesson/too-easy: the starter fails at least one check');
  });
});
