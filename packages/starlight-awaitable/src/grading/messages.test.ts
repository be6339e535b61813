import { describe, expect, it } from 'vitest';
import { loadFixture, loadSource, type FixtureName } from '../trace/fixtures/load.ts';
import { evaluateChecks } from './evaluate.ts';
import {
  blockedLoop,
  concurrencyTooHigh,
  concurrencyTooLow,
  slownessAdvice,
  describeCheck,
  elapsedFailed,
  formatSeconds,
  neverAwaited,
  quote,
  tasksLeftPending,
  usedButShouldNot,
} from './messages.ts';
import { checkSchema, type Check } from './schema.ts';
import { containsText, exactMismatch, linesInOrderMismatch, outputLines } from './stdout.ts';
import { unawaitedCoroutines } from './warnings.ts';

describe('formatting', () => {
  it.each([
    [2, '2.0 s'],
    [0, '0.0 s'],
    [3.5, '3.5 s'],
    [2.04, '2.040 s'],
    [1.75, '1.750 s'],
    [0.3 + 0.6, '0.9 s'],
    [0.0005, '0.001 s'],
  ])('formatSeconds(%s) = %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  it('quotes and shortens', () => {
    expect(quote('a "b"')).toBe('"a \\"b\\""');
    expect(quote('x'.repeat(100), 10)).toBe(`"${'x'.repeat(9)}…"`);
  });
});

describe('message builders', () => {
  it('elapsed without a reference states the limit', () => {
    expect(elapsedFailed(3, { kind: 'atMost', seconds: 2 })).toBe(
      'Your program took 3.0 s; it should take at most 2.0 s.',
    );
    expect(elapsedFailed(0.5, { kind: 'atLeast', seconds: 1 }, 'if every step ran in turn')).toBe(
      'Your program took 0.5 s; if every step ran in turn it would take at least 1.0 s.',
    );
  });

  it('a block without a line, and other blocking calls', () => {
    expect(blockedLoop({ duration: 0.25, line: null, reason: 'concurrent.futures.wait' }, 0)).toMatch(
      /^Your program blocked the event loop for 0\.250 s with concurrent\.futures\.wait — nothing else could run meanwhile\. Await/,
    );
  });

  it('concurrency with a semaphore-sized limit and many tasks', () => {
    const facts = { peak: 5, at: 1, labels: ['a()', 'b()', 'c()', 'd()', 'e()'], withJobs: false };
    expect(concurrencyTooHigh(facts, 2)).toBe(
      '5 tasks ran at the same time (at 1.0 s: a(), b(), c() and 2 more); this exercise allows at most 2. ' +
        'Limit them with sem = asyncio.Semaphore(2) and async with sem: around the work.',
    );
    expect(concurrencyTooLow({ ...facts, peak: 1, withJobs: true }, 4)).toMatch(
      /^At most 1 task or thread ran at a time; this exercise needs at least 4 running concurrently\./,
    );
  });

  it('a task that never finished, and several pending', () => {
    expect(
      tasksLeftPending([
        { task: 'worker() (Task-2)', line: null, outlived: null },
        { task: 'worker() (Task-3)', line: null, outlived: null },
      ]),
    ).toMatch(/^worker\(\) \(Task-2\) never finished \(1 other task too\)\. /);
  });

  it('an un-awaited coroutine without a line', () => {
    expect(neverAwaited('Client.fetch', null, 0)).toBe(
      'Client.fetch() was called but never awaited, so its body never ran. Write await Client.fetch(), or ' +
        'asyncio.create_task(Client.fetch()) to run it in the background.',
    );
  });

  it('a construct to avoid is shown as code', () => {
    expect(usedButShouldNot('await', 3)).toBe('Line 3 uses `await`, which this exercise asks you to avoid.');
  });
});

describe('describeCheck (checklist labels)', () => {
  it.each([
    [{ type: 'stdout', mode: 'exact', value: 'x' }, 'Prints exactly the expected output'],
    [{ type: 'stdout', mode: 'contains', value: 'done' }, 'Prints "done"'],
    [{ type: 'stdout', mode: 'lines-in-order', lines: ['a', 'b'] }, 'Prints the expected lines in order'],
    [{ type: 'elapsed', atMost: 2 }, 'Takes at most 2.0 s'],
    [{ type: 'elapsed', approximately: 2 }, 'Takes about 2.0 s (± 0.1 s)'],
    [{ type: 'concurrency', atLeast: 3 }, 'Runs at least 3 at the same time'],
    [{ type: 'concurrency', atMost: 2 }, 'Runs at most 2 at the same time'],
    [{ type: 'loop-blocked' }, 'Never blocks the event loop'],
    [{ type: 'loop-blocked', atMost: 0.1 }, 'Never blocks the event loop for more than 0.1 s'],
    [{ type: 'exception', name: 'TimeoutError', expect: 'handled' }, 'Handles a TimeoutError'],
    [{ type: 'uses', name: 'async with' }, 'Uses `async with`'],
    [{ type: 'avoids', name: 'time.sleep' }, "Doesn't use time.sleep"],
    [{ type: 'exit-code', is: 2 }, 'Exits with code 2'],
  ])('%j → %s', (check, label) => {
    expect(describeCheck(checkSchema.parse(check))).toBe(label);
  });
});

describe('output comparison', () => {
  it('normalises line endings and trailing whitespace', () => {
    expect(outputLines('a  \r\nb\t\n\n\n')).toEqual(['a', 'b']);
    expect(outputLines('')).toEqual([]);
    expect(exactMismatch('a\r\nb \n', 'a\nb')).toBeNull();
    // Leading whitespace matters: indentation is part of the output.
    expect(exactMismatch('  a\n', 'a\n')).toMatchObject({ line: 1, actual: '  a', expected: 'a' });
  });

  it('finds lines in order with others between, and tells a wrong order from a missing line', () => {
    expect(linesInOrderMismatch('x\na\ny\nb\n', ['a', 'b'])).toBeNull();
    expect(linesInOrderMismatch('b\na\n', ['a', 'b'])).toEqual({ missing: 'b', after: 'a', appearsEarlier: true });
    expect(linesInOrderMismatch('a\n', ['a', 'a'])).toEqual({ missing: 'a', after: 'a', appearsEarlier: true });
    expect(linesInOrderMismatch('ab\n', ['a'])).toEqual({ missing: 'a', after: null, appearsEarlier: false });
  });

  it('contains ignores line-ending style only', () => {
    expect(containsText('a\r\nb', 'a\nb')).toBe(true);
    expect(containsText('a b', 'a  b')).toBe(false);
  });
});

describe('unawaited coroutine warnings', () => {
  it('reads the name and line from CPython-style warnings', () => {
    const stderr =
      "main.py:15: RuntimeWarning: coroutine 'save' was never awaited\n  save()\n" +
      'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n' +
      "sys:1: RuntimeWarning: coroutine 'Client.fetch' was never awaited\n";
    expect(unawaitedCoroutines(stderr)).toEqual([
      { name: 'save', line: 15 },
      { name: 'Client.fetch', line: null },
    ]);
    expect(unawaitedCoroutines('Traceback …\nValueError: was never awaited\n')).toEqual([]);
  });
});

describe('every message, on every recorded run', () => {
  const fixtures: FixtureName[] = [
    'blocking',
    'concurrent',
    'deadlock',
    'errors',
    'exit_code',
    'handled',
    'pending',
    'plain_threads',
    'semaphore',
    'sequential',
    'task_and_direct_await',
    'threads',
    'uncaught',
  ];
  const checks: Check[] = [
    { type: 'stdout', mode: 'exact', value: 'nothing like it\n' },
    { type: 'stdout', mode: 'lines-in-order', lines: ['a done', 'zzz'] },
    { type: 'elapsed', atMost: 0.5 },
    { type: 'elapsed', atLeast: 100 },
    { type: 'concurrency', atLeast: 10 },
    { type: 'concurrency', atMost: 1 },
    { type: 'loop-blocked' },
    { type: 'no-pending-tasks' },
    { type: 'no-unawaited-coroutines' },
    { type: 'exception', name: 'ValueError', expect: 'handled' },
    { type: 'exception', name: 'CancelledError', expect: 'not-raised' },
    { type: 'exception', name: 'KeyError', expect: 'raised-uncaught' },
    { type: 'uses', name: 'asyncio.TaskGroup' },
    { type: 'avoids', name: 'asyncio.run' },
    { type: 'exit-code', is: 0 },
  ].map((check) => checkSchema.parse(check));

  it.each(fixtures)('%s: specific, complete sentences', (fixture) => {
    const results = evaluateChecks(checks, { result: loadFixture(fixture), source: loadSource(fixture) });
    for (const result of results) {
      expect(result.message, result.check.type).toMatch(/^[A-Z0-9`"]|^[a-z_]+\(/); // a sentence, a count or a call
      expect(result.message).toMatch(/[.!)]$/);
      expect(result.message).not.toMatch(/undefined|null|NaN|\[object|Infinity|Test failed/);
      expect(result.detail ?? '').not.toMatch(/undefined|NaN|\[object|Infinity/);
    }
  });
});

describe('advice for a TypeScript exercise', () => {
  it('names Promise.all, never asyncio, when nothing overlapped', () => {
    const slow = slownessAdvice(null, 1, 0, 'typescript');
    const low = concurrencyTooLow({ peak: 1, at: 0, labels: ['script'], withJobs: false }, 3, undefined, 'typescript');
    for (const text of [slow, low]) {
      expect(text).toContain('Promise.all');
      expect(text).not.toContain('asyncio');
    }
    expect(slownessAdvice(null, 1)).toContain('asyncio.gather');
  });
});
