import { describe, expect, it } from 'vitest';
import { attemptsFileSchema } from './attempts-schema.ts';
import { authoredExerciseSchema, resolveCheckFiles } from './exercise-source.ts';

const base = { title: 'Tokens', goal: 'Take the three tokens at once.', hints: ['Use gather.'] };
const CHECK = 'def check(stdout, trace, globals):\n    return None\n';

describe('exercise.json with python checks in files', () => {
  it('replaces { type: "python", file } by the file as code, keeping its messages and order', () => {
    const spec = authoredExerciseSchema.parse({
      ...base,
      checks: [
        { type: 'elapsed', atMost: 1 },
        { type: 'python', file: 'check.py', message: 'Take all three.' },
      ],
    });
    const resolved = resolveCheckFiles(spec, (file) => (file === 'check.py' ? CHECK : undefined));
    expect(resolved).toEqual({
      ok: true,
      spec: expect.objectContaining({
        checks: [
          { type: 'elapsed', atMost: 1 },
          { type: 'python', code: CHECK, message: 'Take all three.' },
        ],
      }),
      checkFiles: [null, 'check.py'],
    });
  });

  it('keeps the inline form working', () => {
    const spec = authoredExerciseSchema.parse({ ...base, checks: [{ type: 'python', code: CHECK }] });
    const resolved = resolveCheckFiles(spec, () => undefined);
    expect(resolved.ok && resolved.spec.checks).toEqual([{ type: 'python', code: CHECK }]);
  });

  it('names a missing file and a file without def check(', () => {
    const spec = authoredExerciseSchema.parse({
      ...base,
      checks: [
        { type: 'python', file: 'check.py' },
        { type: 'python', file: 'order.py' },
      ],
    });
    const resolved = resolveCheckFiles(spec, (file) => (file === 'order.py' ? 'print(1)\n' : undefined));
    expect(resolved).toEqual({
      ok: false,
      problems: [
        'a python check names check.py, which does not exist',
        'order.py must define `def check(stdout, trace, globals):` at the start of a line',
      ],
    });
  });

  it("reports each check's problems at its own path, as the grading schema does", () => {
    const result = authoredExerciseSchema.safeParse({
      ...base,
      checks: [
        { type: 'python', file: 'check.txt' },
        { type: 'elapsed', atMots: 2 },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['checks.0.file', 'a .py file name beside exercise.json, like "check.py"'],
      ['checks.1', 'Unrecognized key: "atMots"'],
      ['checks.1.atMost', 'give atMost, atLeast or approximately'],
    ]);
  });
});

describe('attempts.json', () => {
  it('accepts the documented form', () => {
    const parsed = attemptsFileSchema.parse({
      attempts: [
        { file: 'attempts/taskgroup.py', expect: 'solved', style: 'TaskGroup' },
        { file: 'starter.py', expect: 'failed', ran: 'exception', firstFailure: 'ConnectionError' },
      ],
    });
    expect(parsed.attempts).toHaveLength(2);
  });

  it('rejects files outside the exercise folder, unknown keys and contradictions', () => {
    const result = attemptsFileSchema.safeParse({
      attempts: [
        { file: '../other/solution.py', expect: 'solved' },
        { file: 'a.py', expect: 'solved', ran: 'limit' },
        { file: 'b.py', expect: 'failed', frist: 'x' },
      ],
    });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'attempts.0.file: stay inside the exercise folder (no "..")',
      'attempts.1.ran: a solved attempt always ran to the end ("finished")',
      'attempts.2: Unrecognized key: "frist"',
    ]);
  });
});

describe('authored TypeScript exercises', () => {
  const ts = { ...base, language: 'typescript' };
  const resolve = (value: unknown) =>
    resolveCheckFiles(authoredExerciseSchema.parse(value), () => 'def check(s, t, g):\n  pass');
  it('keep the language rules: a python check file is refused, the files default to .ts', () => {
    const refused = resolve({ ...ts, checks: [{ type: 'python', file: 'check.py' }] });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.problems.join('\n')).toMatch(/cannot grade a TypeScript exercise/);
    const resolved = resolve({ ...ts, checks: [{ type: 'elapsed', atMost: 1 }] });
    expect(resolved.ok && [resolved.spec.starter, resolved.spec.solution]).toEqual(['starter.ts', 'solution.ts']);
  });
});
