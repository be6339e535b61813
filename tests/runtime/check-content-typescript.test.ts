/**
 * The content checker on TypeScript (issue 21): programs beside a lesson run in the JavaScript runtime against
 * their .out, TypeScript exercises are graded with their attempts, and authoring mistakes particular to
 * TypeScript (an <Example> of a .ts file without language="typescript", a python check) are named.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const LESSON = 'tests/runtime/fixtures/typescript-course/promises';

describe('check-content on a lesson with TypeScript programs and exercises', () => {
  const run = spawnSync(process.execPath, ['packages/starlight-awaitable/scripts/check-content.ts', LESSON], {
    encoding: 'utf8',
    timeout: 120_000,
  });

  it('runs each .ts program and compares it with its .out', () => {
    expect(run.stdout).toContain('ok   promises/queues.ts prints queues.out');
    expect(run.stdout).toContain('FAIL promises/late.ts prints late.out');
    expect(run.stdout).toContain('the runtime printed: "after 1500 ms"');
  });

  it('grades a TypeScript exercise: solution, starter and attempts (a syntax error among them)', () => {
    expect(run.stdout).toContain('ok   promises/all-at-once: the solution (solution.ts) is solved');
    expect(run.stdout).toContain('ok   promises/all-at-once: the starter (starter.ts) fails for what it does');
    expect(run.stdout).toContain('Your program took 2.0 s; it should take at most 1.1 s.');
    expect(run.stdout).toContain('ok   promises/all-at-once: attempts/started-early.ts');
    expect(run.stdout).toContain(
      'ok   promises/all-at-once: attempts/typo.ts (a missing bracket) is failed, ran syntax-error',
    );
  });

  it('names the TypeScript authoring mistakes', () => {
    expect(run.stdout).toContain(
      'line 18: <Example>: late.ts is TypeScript: add language="typescript" so the page runs it in the JavaScript runtime',
    );
    expect(run.stdout).toMatch(
      /python-check: exercise\.json\n\s+checks\.0\.type: a python check .* cannot grade a TypeScript exercise/,
    );
  });

  it('counts them and fails', () => {
    expect(run.stdout).toMatch(/^7 passed, 3 failed$/m);
    expect(run.status).toBe(1);
  });
});
