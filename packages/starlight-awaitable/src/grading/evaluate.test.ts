import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../runtime/protocol.ts';
import { loadFixture, loadSource, type FixtureName } from '../trace/fixtures/load.ts';
import { evaluateChecks, summarise, type GradingContext } from './evaluate.ts';
import { checkSchema, exerciseSchema, pythonChecks } from './schema.ts';

/** Grades one recorded fixture run against one check (given as an author would write it in exercise.json). */
function grade(fixture: FixtureName, check: unknown, extra: Partial<GradingContext> = {}) {
  const context: GradingContext = { result: loadFixture(fixture), source: loadSource(fixture), ...extra };
  return evaluateChecks([checkSchema.parse(check)], context)[0]!;
}

describe('stdout', () => {
  it('exact: passes despite trailing whitespace, fails naming the first wrong line', () => {
    expect(grade('concurrent', { type: 'stdout', mode: 'exact', value: 'a done  \nb done\na b\n\n\n' }).passed).toBe(
      true,
    );
    const result = grade('sequential', { type: 'stdout', mode: 'exact', value: 'b done\na done\na b\n' });
    expect(result.passed).toBe(false);
    expect(result.message).toBe('Line 1 of your output is "a done"; it should be "b done".');
  });

  it('exact: says when the output is too short or too long', () => {
    expect(
      grade('concurrent', { type: 'stdout', mode: 'exact', value: 'a done\nb done\na b\ntotal 2\n' }).message,
    ).toBe('Your output stops after 3 lines; line 4 should be "total 2".');
    expect(grade('concurrent', { type: 'stdout', mode: 'exact', value: 'a done\nb done\n' }).message).toBe(
      'Your output has an extra line 3, "a b"; 2 lines expected.',
    );
    expect(grade('deadlock', { type: 'stdout', mode: 'exact', value: 'ready\n' }).message).toBe(
      'Your program printed nothing; the first line should be "ready".',
    );
  });

  it('contains', () => {
    expect(grade('handled', { type: 'stdout', mode: 'contains', value: 'server 2 is down' }).passed).toBe(true);
    const result = grade('handled', { type: 'stdout', mode: 'contains', value: 'server 3' });
    expect(result).toMatchObject({ passed: false, message: 'Your output doesn\'t contain "server 3".' });
  });

  it('regex', () => {
    expect(grade('semaphore', { type: 'stdout', mode: 'regex', pattern: '^downloaded 4$', flags: 'm' }).passed).toBe(
      true,
    );
    const result = grade('semaphore', { type: 'stdout', mode: 'regex', pattern: '^downloaded 5$', flags: 'm' });
    expect(result).toMatchObject({
      passed: false,
      message: "Your output doesn't match the pattern /^downloaded 5$/m.",
    });
  });

  it('lines-in-order: other lines may come between; a wrong order is named as such', () => {
    expect(grade('concurrent', { type: 'stdout', mode: 'lines-in-order', lines: ['a done', 'a b'] }).passed).toBe(true);
    expect(grade('concurrent', { type: 'stdout', mode: 'lines-in-order', lines: ['b done', 'a done'] }).message).toBe(
      'Your output has "a done", but before "b done"; this exercise expects it after.',
    );
    expect(grade('concurrent', { type: 'stdout', mode: 'lines-in-order', lines: ['a done', 'c done'] }).message).toBe(
      'Your output is missing the line "c done" (after "a done").',
    );
  });
});

describe('elapsed', () => {
  const atMost2 = { type: 'elapsed', atMost: 2, reference: 'if the two downloads ran concurrently' };

  it('passes the concurrent version and explains why the sequential one is slow', () => {
    expect(grade('concurrent', atMost2)).toMatchObject({ passed: true, message: 'Finished in 2.0 s (at most 2.0 s).' });
    const result = grade('sequential', atMost2);
    expect(result.passed).toBe(false);
    expect(result.message).toBe(
      'Your program took 3.0 s; if the two downloads ran concurrently it would take 2.0 s. Only one thing was ' +
        'waiting at a time: start all the work before awaiting any of it (asyncio.gather, asyncio.create_task or ' +
        'an asyncio.TaskGroup).',
    );
    expect(result.detail).toBe('elapsed 3.0 s; expected at most 2.0 s');
  });

  it('points at the blocking line when time.sleep made the program slow', () => {
    const result = grade('blocking', { type: 'elapsed', atMost: 1 });
    expect(result.message).toMatch(
      /^Your program took 2\.0 s; it should take at most 1\.0 s\. Line 6 blocked the event loop for 1\.0 s with time\.sleep/,
    );
    expect(result.line).toBe(6);
  });

  it('atLeast: a program that crashed early is told why', () => {
    expect(grade('sequential', { type: 'elapsed', atLeast: 3 }).passed).toBe(true);
    const result = grade('uncaught', { type: 'elapsed', atLeast: 5 });
    expect(result.message).toBe(
      'Your program took 1.0 s; it should take at least 5.0 s. Your program stopped with an uncaught ' +
        'ConnectionError on line 6: server 1 is down.',
    );
    expect(result.line).toBe(6);
  });

  it('approximately, with three decimals when one would hide the difference', () => {
    expect(grade('errors', { type: 'elapsed', approximately: 3.7, tolerance: 0.1 })).toMatchObject({
      passed: true,
      message: 'Finished in 3.750 s (about 3.7 s, ± 0.1 s).',
    });
    const result = grade('errors', { type: 'elapsed', approximately: 3, tolerance: 0.5 });
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^Your program took 3\.750 s; it should take about 3\.0 s \(± 0\.5 s\)\./);
  });

  it('a range', () => {
    expect(grade('concurrent', { type: 'elapsed', atLeast: 1.5, atMost: 2.5 }).passed).toBe(true);
    expect(grade('sequential', { type: 'elapsed', atLeast: 1.5, atMost: 2.5 }).message).toMatch(
      /^Your program took 3\.0 s; it should take between 1\.5 s and 2\.5 s\./,
    );
  });
});

describe('concurrency', () => {
  it('atLeast: passes gather, fails sequential awaits with the actual peak', () => {
    expect(grade('concurrent', { type: 'concurrency', atLeast: 2 })).toMatchObject({
      passed: true,
      message: 'Up to 2 tasks ran at the same time (at least 2 wanted).',
    });
    const result = grade('sequential', { type: 'concurrency', atLeast: 3 });
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(
      /^At most 1 task ran at a time; this exercise needs at least 3 running concurrently\. Start them all/,
    );
    expect(result.detail).toBe('peak 1 at 0.0 s: main()');
  });

  it('atLeast: blames time.sleep when it serialised the tasks', () => {
    const result = grade('blocking', { type: 'concurrency', atLeast: 2 });
    expect(result.message).toContain('Line 6 blocked the event loop for 1.0 s with time.sleep');
    expect(result.line).toBe(6);
  });

  it('atLeast: says so when nothing waited at all', () => {
    expect(grade('deadlock', { type: 'concurrency', atLeast: 1 }).message).toMatch(
      /^Nothing in your program waited on anything/,
    );
  });

  it('counts threads, and says "tasks or threads"', () => {
    expect(grade('threads', { type: 'concurrency', atLeast: 3 })).toMatchObject({
      passed: true,
      message: 'Up to 3 tasks or threads ran at the same time (at least 3 wanted).',
    });
  });

  it('atMost: the semaphore keeps it at 2; a limit of 1 names who overlapped and suggests a Lock', () => {
    expect(grade('semaphore', { type: 'concurrency', atMost: 2 }).passed).toBe(true);
    const result = grade('semaphore', { type: 'concurrency', atMost: 1 });
    expect(result.message).toBe(
      '2 tasks ran at the same time (at 0.0 s: download(i=0), download(i=1)); this exercise allows at most 1. ' +
        'Let only one in at a time with an asyncio.Lock (async with lock: around the work).',
    );
    expect(result.line).toBe(8);
  });
});

describe('loop-blocked', () => {
  it('passes when nothing blocked', () => {
    expect(grade('concurrent', { type: 'loop-blocked' })).toMatchObject({
      passed: true,
      message: 'Nothing blocked the event loop.',
    });
  });

  it('names the line, the duration and the fix', () => {
    const result = grade('blocking', { type: 'loop-blocked' });
    expect(result).toMatchObject({ passed: false, line: 6 });
    expect(result.message).toBe(
      'Line 6 blocked the event loop for 1.0 s with time.sleep — nothing else could run meanwhile. In all, 2 calls ' +
        'blocked it for 2.0 s. Use await asyncio.sleep(...) instead.',
    );
  });

  it('allows blocks up to atMost', () => {
    expect(grade('blocking', { type: 'loop-blocked', atMost: 1 })).toMatchObject({
      passed: true,
      message: 'The longest block was 1.0 s on line 6 (at most 1.0 s allowed).',
    });
    expect(grade('blocking', { type: 'loop-blocked', atMost: 0.5 }).message).toContain('(at most 0.5 s is allowed)');
  });

  it('explains future.result() blocks differently', () => {
    const result = grade('plain_threads', { type: 'loop-blocked' });
    expect(result.message).toMatch(
      /^Line 11 blocked the event loop for 1\.0 s with future\.result\(\).*Await the work instead/,
    );
  });
});

describe('no-pending-tasks and no-unawaited-coroutines', () => {
  it('names the task left running, where it was created, and what it outlived', () => {
    const result = grade('pending', { type: 'no-pending-tasks' });
    expect(result).toMatchObject({ passed: false, line: 14 });
    expect(result.message).toMatch(
      /^heartbeat\(\) \(Task-2\), created on line 14, was still running when main\(\) finished, so asyncio\.run cancelled it\. /,
    );
    expect(grade('concurrent', { type: 'no-pending-tasks' }).passed).toBe(true);
  });

  it('names the coroutine never awaited and its line', () => {
    const result = grade('pending', { type: 'no-unawaited-coroutines' });
    expect(result).toMatchObject({ passed: false, line: 15 });
    expect(result.message).toMatch(
      /^Line 15 calls save\(\) but never awaits it, so its body never ran\. Write await save\(\)/,
    );
    expect(grade('concurrent', { type: 'no-unawaited-coroutines' }).passed).toBe(true);
  });

  it('handles a warning without a line (sys:1) and counts the others', () => {
    const result = loadFixture('concurrent');
    const stderr =
      "sys:1: RuntimeWarning: coroutine 'fetch' was never awaited\nmain.py:3: RuntimeWarning: coroutine 'x' was never awaited\n";
    const [graded] = evaluateChecks([checkSchema.parse({ type: 'no-unawaited-coroutines' })], {
      result: { ...result, stderr },
      source: '',
    });
    expect(graded!.message).toMatch(
      /^fetch\(\) was called but never awaited, so its body never ran \(1 other coroutine too\)\./,
    );
    expect(graded!.line).toBeUndefined();
  });
});

describe('exception', () => {
  it('handled: an exception returned by gather(return_exceptions=True) in a program that exits 0', () => {
    expect(grade('handled', { type: 'exception', name: 'ConnectionError', expect: 'handled' })).toMatchObject({
      passed: true,
      message: 'A ConnectionError happened in fetch(n=2) (Task-3) and your program handled it.',
    });
  });

  it('handled: fails an uncaught one, naming line and message', () => {
    const result = grade('uncaught', { type: 'exception', name: 'ConnectionError', expect: 'handled' });
    expect(result).toMatchObject({ passed: false, line: 6 });
    expect(result.message).toBe(
      'Your program stopped with an uncaught ConnectionError on line 6: server 1 is down. Catch it with try: … ' +
        'except ConnectionError: around the await that raises it.',
    );
  });

  it('handled: inside a TaskGroup the advice is except*', () => {
    const result = grade('errors', { type: 'exception', name: 'ValueError', expect: 'handled' });
    expect(result.passed).toBe(false);
    expect(result.message).toContain('catch it with except* ValueError:');
  });

  it('handled: an expired timeout counts as a TimeoutError; a cancelled task as CancelledError', () => {
    const errors = loadFixture('errors');
    const clean: RunResult = { ...errors, exitCode: 0, error: null, stderr: '' };
    const [timeout, cancelled] = evaluateChecks(
      [
        checkSchema.parse({ type: 'exception', name: 'TimeoutError', expect: 'handled' }),
        checkSchema.parse({ type: 'exception', name: 'CancelledError', expect: 'handled' }),
      ],
      { result: clean, source: '' },
    );
    expect(timeout).toMatchObject({
      passed: true,
      message: 'A TimeoutError happened in a timeout (asyncio.timeout or wait_for) and your program handled it.',
    });
    expect(cancelled!.passed).toBe(true);
    expect(grade('concurrent', { type: 'exception', name: 'TimeoutError', expect: 'handled' }).message).toBe(
      'No TimeoutError happened; this exercise expects one to be raised and handled.',
    );
  });

  it('handled: fails when the program then crashed with something else', () => {
    const result = grade('errors', { type: 'exception', name: 'TimeoutError', expect: 'handled' });
    expect(result.message).toBe(
      'Your program stopped with an uncaught ExceptionGroup on line 30: unhandled errors in a TaskGroup (1 sub-exception).',
    );
  });

  it('raised-uncaught: directly, or inside an ExceptionGroup', () => {
    expect(grade('uncaught', { type: 'exception', name: 'ConnectionError', expect: 'raised-uncaught' }).passed).toBe(
      true,
    );
    expect(grade('errors', { type: 'exception', name: 'ValueError', expect: 'raised-uncaught' }).passed).toBe(true);
    expect(grade('handled', { type: 'exception', name: 'ConnectionError', expect: 'raised-uncaught' }).message).toMatch(
      /^A ConnectionError happened in fetch\(n=2\) \(Task-3\), but your program caught it/,
    );
    expect(grade('concurrent', { type: 'exception', name: 'ValueError', expect: 'raised-uncaught' }).message).toMatch(
      /^Your program finished without raising ValueError/,
    );
  });

  it('not-raised', () => {
    expect(grade('concurrent', { type: 'exception', name: 'ValueError', expect: 'not-raised' })).toMatchObject({
      passed: true,
      message: 'No ValueError was raised.',
    });
    expect(grade('handled', { type: 'exception', name: 'ConnectionError', expect: 'not-raised' }).message).toBe(
      'A ConnectionError was raised in fetch(n=2) (Task-3); this exercise expects none.',
    );
  });
});

describe('uses and avoids', () => {
  it('uses, by text search: passes gather, fails the sequential version with how to use it', () => {
    expect(grade('concurrent', { type: 'uses', name: 'asyncio.gather' })).toMatchObject({ passed: true, line: 11 });
    const result = grade('sequential', { type: 'uses', name: 'asyncio.gather' });
    expect(result.message).toBe(
      "This exercise asks you to use asyncio.gather, and your program doesn't yet. Pass the coroutines to await " +
        'asyncio.gather(...) to run them concurrently.',
    );
    expect(result.detail).toBe('from a text search of the source');
  });

  it('avoids: names the line that uses it and why not', () => {
    const result = grade('blocking', { type: 'avoids', name: 'time.sleep' });
    expect(result).toMatchObject({ passed: false, line: 6 });
    expect(result.message).toBe(
      'Line 6 uses time.sleep, which this exercise asks you to avoid. It blocks the event loop; use await ' +
        'asyncio.sleep(...) instead.',
    );
    expect(grade('concurrent', { type: 'avoids', name: 'time.sleep' }).passed).toBe(true);
  });

  it('constructs', () => {
    expect(grade('semaphore', { type: 'uses', name: 'async with' })).toMatchObject({ passed: true, line: 7 });
    expect(grade('semaphore', { type: 'uses', name: 'async for' }).message).toMatch(
      /^This exercise asks you to use `async for`/,
    );
  });

  it('prefers AST facts when the runtime supplies them', () => {
    const astFacts = { names: ['asyncio.TaskGroup.create_task', 'asyncio.run'], constructs: ['async def', 'await'] };
    expect(grade('sequential', { type: 'uses', name: 'asyncio.TaskGroup' }, { astFacts })).toMatchObject({
      passed: true,
      detail: 'from the syntax tree',
    });
    // The text search would find asyncio.sleep; the syntax tree says otherwise, and wins.
    expect(grade('sequential', { type: 'avoids', name: 'asyncio.sleep' }, { astFacts }).passed).toBe(true);
    expect(grade('sequential', { type: 'uses', name: 'async with' }, { astFacts }).passed).toBe(false);
  });
});

describe('python', () => {
  const code = (n: number) => ({ type: 'python', code: `def check(stdout, trace, globals):\n    return ${n}` });

  it('takes results in spec order, preferring the message check() returned', () => {
    const checks = [code(1), { type: 'exit-code' }, { ...code(2), message: 'Keep download().' }, code(3)].map((c) =>
      checkSchema.parse(c),
    );
    expect(pythonChecks(checks)).toHaveLength(3);
    const results = evaluateChecks(checks, {
      result: loadFixture('concurrent'),
      source: '',
      pythonResults: [
        { passed: true, message: null },
        { passed: false, message: 'download() is gone.' },
        { passed: false, message: null },
      ],
    });
    expect(results.map((r) => [r.passed, r.message])).toEqual([
      [true, 'Does what the exercise asks.'],
      [true, 'Your program finished normally.'],
      [false, 'download() is gone.'],
      [false, "Your program doesn't do what this exercise asks yet. Re-read the goal and try the next hint."],
    ]);
  });

  it('fails loudly when the runtime returned no result', () => {
    expect(grade('concurrent', code(1))).toMatchObject({ passed: false, detail: 'no result from the runtime' });
  });
});

describe('exit-code', () => {
  it('passes 0 and fails an uncaught exception with its line', () => {
    expect(grade('concurrent', { type: 'exit-code' }).passed).toBe(true);
    expect(grade('uncaught', { type: 'exit-code' })).toMatchObject({
      passed: false,
      line: 6,
      message: 'Your program stopped with an uncaught ConnectionError on line 6: server 1 is down.',
    });
  });

  it('sys.exit(n)', () => {
    expect(grade('exit_code', { type: 'exit-code', is: 3 })).toMatchObject({
      passed: true,
      message: 'Exited with code 3.',
    });
    expect(grade('exit_code', { type: 'exit-code' }).message).toBe(
      'Your program exited with code 3 (sys.exit); this exercise expects it to finish normally.',
    );
    expect(grade('concurrent', { type: 'exit-code', is: 2 }).message).toBe(
      'Your program exited with code 0; this exercise expects exit code 2 (sys.exit(2)).',
    );
  });

  it("passes on the runtime's own explanation when it stopped the program", () => {
    expect(grade('deadlock', { type: 'exit-code' }).message).toBe(
      "Your program was stopped: Deadlock: no task can ever make progress. Task-1 'main' is waiting at " +
        'deadlock.py:6 for Event.wait() on ready (nothing will ever call .set()).',
    );
  });
});

describe('message overrides', () => {
  it('an author message replaces the failure text but keeps the facts in detail', () => {
    const result = grade('sequential', { type: 'elapsed', atMost: 2, message: 'Overlap the downloads.' });
    expect(result).toMatchObject({
      passed: false,
      message: 'Overlap the downloads.',
      detail: 'elapsed 3.0 s; expected at most 2.0 s',
    });
    expect(
      grade('concurrent', { type: 'elapsed', atMost: 2, message: 'x', passMessage: 'Both at once!' }).message,
    ).toBe('Both at once!');
  });
});

describe('a whole exercise', () => {
  const spec = exerciseSchema.parse(
    JSON.parse(readFileSync(new URL('./fixtures/concurrent-downloads.exercise.json', import.meta.url), 'utf8')),
  );
  const run = (fixture: FixtureName) =>
    evaluateChecks(spec.checks, {
      result: loadFixture(fixture),
      source: loadSource(fixture),
      pythonResults: [{ passed: true, message: null }],
    });

  it('the solution passes every check', () => {
    const results = run('concurrent');
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(summarise(results)).toEqual({ passed: 9, total: 9, allPassed: true });
  });

  it('the starter fails exactly the timing and concurrency checks', () => {
    const results = run('sequential');
    expect(results.filter((r) => !r.passed).map((r) => r.check.type)).toEqual(['elapsed', 'concurrency']);
    expect(summarise(results)).toEqual({ passed: 7, total: 9, allPassed: false });
  });
});

describe('concurrency wording details', () => {
  it('tells apart tasks running the same coroutine', () => {
    expect(grade('errors', { type: 'concurrency', atMost: 2 }).message).toMatch(
      /^3 tasks ran at the same time \(at 1\.0 s: slow\(\) \(Task-3\), main\(\), slow\(\) \(Task-4\)\)/,
    );
  });

  it('says "one at a time" and "nothing overlapped" when passing an upper limit', () => {
    expect(grade('sequential', { type: 'concurrency', atMost: 1 }).message).toBe(
      'One task ran at a time (at most 1 wanted).',
    );
    expect(grade('deadlock', { type: 'concurrency', atMost: 1 }).message).toBe(
      'Nothing overlapped (at most 1 wanted).',
    );
  });
});
