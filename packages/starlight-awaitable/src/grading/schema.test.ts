import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSchema, exerciseSchema, needsTrace, pythonChecks, type Check } from './schema.ts';

const example = JSON.parse(
  readFileSync(new URL('./fixtures/concurrent-downloads.exercise.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const minimal = {
  title: 'Download both at once',
  goal: 'Make the two downloads run concurrently.',
  hints: ['Start both before awaiting either.'],
  checks: [{ type: 'elapsed', atMost: 2 }],
};

/** The paths ("checks.0.atMost") of every issue the schema reports. */
function issuePaths(value: unknown): string[] {
  const result = exerciseSchema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('exercise schema: valid specs', () => {
  it('accepts the complete example', () => {
    const spec = exerciseSchema.parse(example);
    expect(spec.checks).toHaveLength(9);
    expect(spec.checks.map((c) => c.type)).toContain('python');
  });

  it('fills in defaults: file names, loop-blocked atMost 0, exit code 0', () => {
    const spec = exerciseSchema.parse({
      ...minimal,
      checks: [{ type: 'loop-blocked' }, { type: 'exit-code' }],
    });
    expect(spec.starter).toBe('starter.py');
    expect(spec.solution).toBe('solution.py');
    expect(spec.checks).toEqual([
      { type: 'loop-blocked', atMost: 0 },
      { type: 'exit-code', is: 0 },
    ]);
    expect(spec.stdin).toBeUndefined();
  });

  it.each([
    [{ type: 'stdout', mode: 'exact', value: 'a\nb\n' }],
    [{ type: 'stdout', mode: 'contains', value: 'done', message: 'Print "done" at the end.' }],
    [{ type: 'stdout', mode: 'regex', pattern: '^took \\d+\\.\\d s$', flags: 'm' }],
    [{ type: 'stdout', mode: 'lines-in-order', lines: ['start', 'end'], passMessage: 'Right order!' }],
    [{ type: 'elapsed', atLeast: 1, atMost: 2 }],
    [{ type: 'elapsed', approximately: 2, tolerance: 0.5 }],
    [{ type: 'concurrency', atLeast: 3 }],
    [{ type: 'concurrency', atMost: 2 }],
    [{ type: 'loop-blocked', atMost: 0.5 }],
    [{ type: 'no-pending-tasks' }],
    [{ type: 'no-unawaited-coroutines' }],
    [{ type: 'exception', name: 'TimeoutError', expect: 'handled' }],
    [{ type: 'uses', name: 'asyncio.TaskGroup' }],
    [{ type: 'uses', name: 'except*' }],
    [{ type: 'avoids', name: 'async for' }],
    [{ type: 'python', code: 'def check(stdout, trace, globals):\n    return True\n' }],
    [{ type: 'exit-code', is: 3 }],
  ])('accepts the check %j', (check) => {
    expect(checkSchema.safeParse(check).success).toBe(true);
  });
});

describe('exercise schema: names the bad field', () => {
  it.each([
    ['missing title', { ...minimal, title: undefined }, 'title'],
    ['goal too short', { ...minimal, goal: 'Do it.' }, 'goal'],
    ['no hints', { ...minimal, hints: [] }, 'hints'],
    ['six hints', { ...minimal, hints: ['1', '2', '3', '4', '5', '6'] }, 'hints'],
    ['empty hint', { ...minimal, hints: ['ok', ''] }, 'hints.1'],
    ['no checks', { ...minimal, checks: [] }, 'checks'],
    ['starter not a .py file', { ...minimal, starter: 'starter.txt' }, 'starter'],
    ['misspelt top-level key', { ...minimal, hint: ['x'] }, ''],
    ['unknown check type', { ...minimal, checks: [{ type: 'speed' }] }, 'checks.0.type'],
    ['unknown stdout mode', { ...minimal, checks: [{ type: 'stdout', mode: 'fuzzy', value: 'x' }] }, 'checks.0.mode'],
    ['exact without value', { ...minimal, checks: [{ type: 'stdout', mode: 'exact' }] }, 'checks.0.value'],
    ['bad regex', { ...minimal, checks: [{ type: 'stdout', mode: 'regex', pattern: '(' }] }, 'checks.0.pattern'],
    [
      'bad regex flag',
      { ...minimal, checks: [{ type: 'stdout', mode: 'regex', pattern: 'a', flags: 'g' }] },
      'checks.0.flags',
    ],
    [
      'empty lines list',
      { ...minimal, checks: [{ type: 'stdout', mode: 'lines-in-order', lines: [] }] },
      'checks.0.lines',
    ],
    ['elapsed without a bound', { ...minimal, checks: [{ type: 'elapsed' }] }, 'checks.0.atMost'],
    ['negative time', { ...minimal, checks: [{ type: 'elapsed', atMost: -1 }] }, 'checks.0.atMost'],
    ['tolerance alone', { ...minimal, checks: [{ type: 'elapsed', atMost: 2, tolerance: 1 }] }, 'checks.0.tolerance'],
    [
      'approximately with atMost',
      { ...minimal, checks: [{ type: 'elapsed', atMost: 2, approximately: 2 }] },
      'checks.0.approximately',
    ],
    ['atLeast above atMost', { ...minimal, checks: [{ type: 'elapsed', atMost: 1, atLeast: 2 }] }, 'checks.0.atLeast'],
    ['misspelt atMost', { ...minimal, checks: [{ type: 'elapsed', atmost: 2 }] }, 'checks.0'],
    ['concurrency without a bound', { ...minimal, checks: [{ type: 'concurrency' }] }, 'checks.0.atLeast'],
    ['fractional concurrency', { ...minimal, checks: [{ type: 'concurrency', atLeast: 1.5 }] }, 'checks.0.atLeast'],
    [
      'bad expect',
      { ...minimal, checks: [{ type: 'exception', name: 'ValueError', expect: 'caught' }] },
      'checks.0.expect',
    ],
    [
      'exception name with spaces',
      { ...minimal, checks: [{ type: 'exception', name: 'Value Error', expect: 'handled' }] },
      'checks.0.name',
    ],
    ['uses a sentence', { ...minimal, checks: [{ type: 'uses', name: 'a task group' }] }, 'checks.0.name'],
    ['python without check()', { ...minimal, checks: [{ type: 'python', code: 'print(1)' }] }, 'checks.0.code'],
    ['negative exit code', { ...minimal, checks: [{ type: 'exit-code', is: -1 }] }, 'checks.0.is'],
    ['empty message', { ...minimal, checks: [{ type: 'no-pending-tasks', message: '' }] }, 'checks.0.message'],
    ['bad second check', { ...minimal, checks: [{ type: 'no-pending-tasks' }, { type: 'uses' }] }, 'checks.1.name'],
  ])('%s', (_label, spec, path) => {
    expect(issuePaths(spec)).toContain(path);
  });

  it('names the unknown key itself', () => {
    const result = exerciseSchema.safeParse({ ...minimal, checks: [{ type: 'elapsed', atMost: 2, atmost: 3 }] });
    expect(JSON.stringify(result.error?.issues)).toContain('atmost');
  });
});

describe('what the runtime must be asked for', () => {
  const checks = (...list: unknown[]) => list.map((c) => checkSchema.parse(c)) as Check[];

  it('needs a trace only for behaviour checks', () => {
    expect(needsTrace(checks({ type: 'elapsed', atMost: 1 }, { type: 'stdout', mode: 'contains', value: 'x' }))).toBe(
      false,
    );
    expect(needsTrace(checks({ type: 'elapsed', atMost: 1 }, { type: 'loop-blocked' }))).toBe(true);
  });

  it('lists python checks in spec order', () => {
    const list = checks(
      { type: 'python', code: 'def check(stdout, trace, globals):\n    return 1' },
      { type: 'exit-code' },
      { type: 'python', code: 'def check(stdout, trace, globals):\n    return 2' },
    );
    expect(pythonChecks(list).map((c) => c.code.at(-1))).toEqual(['1', '2']);
  });
});

describe('exercise schema: TypeScript exercises', () => {
  const ts = { ...minimal, language: 'typescript' };

  it('defaults to starter.ts and solution.ts', () => {
    const spec = exerciseSchema.parse(ts);
    expect([spec.language, spec.starter, spec.solution]).toEqual(['typescript', 'starter.ts', 'solution.ts']);
    expect(exerciseSchema.parse(minimal).language).toBe('python');
  });

  it('rejects python checks, with a message that says why and what to use', () => {
    const result = exerciseSchema.safeParse({
      ...ts,
      checks: [{ type: 'python', code: 'def check(s, t, g):\n  pass' }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['checks', 0, 'type']);
    expect(result.error!.issues[0]!.message).toMatch(/cannot grade a TypeScript exercise/);
  });

  it('rejects a file of the other language', () => {
    expect(issuePaths({ ...ts, starter: 'main.py' })).toEqual(['starter']);
    expect(issuePaths({ ...minimal, solution: 'answer.ts' })).toEqual(['solution']);
  });
});
