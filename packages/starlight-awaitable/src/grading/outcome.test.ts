import { describe, expect, it } from 'vitest';
import { groupMembers, runOutcome, syntaxExcerpt } from './outcome.ts';
import { run, spec } from './runs.testdata.ts';

const SYNTAX_STDERR =
  '  File "main.py", line 3\n    async def main()\n                    ^\nSyntaxError: expected \':\'\n';

describe('how the program ended', () => {
  it('finished: no explanation', () => {
    expect(runOutcome(run(), undefined, [])).toEqual({ ran: 'finished', error: null, expected: false, item: null });
  });

  it('a syntax error: the line, the caret under it, the usual cause', () => {
    const result = run({
      exitCode: 1,
      stderr: SYNTAX_STDERR,
      error: { type: 'SyntaxError', message: "expected ':'", line: 3 },
      inspection: { names: [], constructs: [], syntaxError: "expected ':' (line 3)" },
    });
    const outcome = runOutcome(result, result.inspection, []);
    expect(outcome.ran).toBe('syntax-error');
    expect(outcome.error).toEqual({ type: 'SyntaxError', message: "expected ':'", line: 3 });
    expect(outcome.item).toMatchObject({ kind: 'outcome', passed: false, line: 3 });
    expect(outcome.item!.excerpt).toBe('async def main()\n                ^');
    expect(outcome.item!.message).toBe(
      "Line 3 has a syntax error: expected ':'. Python could not read the program, so none of it ran and its " +
        "behaviour wasn't checked. A line that starts a block — def, async def, if, for, while, with, try, " +
        'except, class — must end with a colon.',
    );
  });

  it('a syntax error known only from the inspection still counts (and reads its line)', () => {
    const result = run({ inspection: { names: [], constructs: [], syntaxError: "'await' outside function (line 4)" } });
    const outcome = runOutcome(result, result.inspection, []);
    expect(outcome.ran).toBe('syntax-error');
    expect(outcome.item!.message).toMatch(/^Line 4 has a syntax error: 'await' outside function\. .*async def main/);
  });

  it('a SyntaxError the program raised itself at run time (compile()) is an exception, not a parse failure', () => {
    const result = run({ exitCode: 1, error: { type: 'SyntaxError', message: 'bad', line: 2 } });
    expect(runOutcome(result, result.inspection, []).ran).toBe('exception');
  });

  it('indentation errors have their own cause', () => {
    const result = run({
      exitCode: 1,
      error: { type: 'IndentationError', message: 'unexpected indent', line: 5 },
      inspection: { names: [], constructs: [], syntaxError: 'unexpected indent (line 5)' },
    });
    expect(runOutcome(result, result.inspection, []).item!.message).toContain('indented more than the code around');
  });

  it('an uncaught exception: type, line and message first; known asyncio causes explained', () => {
    const crash = runOutcome(
      run({ exitCode: 1, error: { type: 'ValueError', message: 'bad\nmore', line: 9 } }),
      undefined,
      [],
    );
    expect(crash).toMatchObject({ ran: 'exception', error: { type: 'ValueError', line: 9 }, expected: false });
    expect(crash.item!.message).toBe(
      "Your program stopped with ValueError on line 9: bad. Its behaviour wasn't checked, since it didn't get to the end.",
    );
    const run2 = run({
      exitCode: 1,
      error: { type: 'TypeError', message: 'a coroutine was expected, got <function main>', line: 7 },
    });
    expect(runOutcome(run2, undefined, []).item!.message).toContain('asyncio.run(main())');
  });

  it('an ExceptionGroup names what is inside it', () => {
    const stderr =
      '  + Exception Group Traceback (most recent call last):\n  | ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)\n' +
      '  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File "main.py", line 5, in f\n' +
      '    | ValueError: bad\n    +---------------- 2 ----------------\n    | asyncio.exceptions.CancelledError\n';
    expect(groupMembers(stderr)).toEqual(['ValueError: bad', 'CancelledError']);
    const result = run({
      exitCode: 1,
      stderr,
      error: { type: 'ExceptionGroup', message: 'unhandled errors in a TaskGroup (2 sub-exceptions)', line: 12 },
    });
    expect(runOutcome(result, undefined, []).item!.message).toMatch(
      /^Your program stopped with ExceptionGroup on line 12: .*Inside it: ValueError: bad \(and 1 more\)\. .*except\*/,
    );
  });

  it('runtime limits: "never finished", with what the limit means', () => {
    const limit = (type: string, message: string) =>
      runOutcome(run({ exitCode: 1, error: { type, message, line: null } }), undefined, []);
    expect(limit('TimeLimitExceeded', 'Your program ran for 10 s …')).toMatchObject({ ran: 'limit' });
    expect(limit('TimeLimitExceeded', '…').item!.message).toMatch(/^Your program never finished: .*infinite loop/);
    expect(limit('VirtualTimeLimitExceeded', '…').item!.message).toContain('virtual clock passed one hour');
    // A CPU spin carries no line: the first while loop (not one in a comment or a string) is named.
    const spin = runOutcome(
      run({ exitCode: 1, error: { type: 'TimeLimitExceeded', message: '…', line: null } }),
      undefined,
      [],
      '# while we wait\nx = "while"\nasync def main():\n    while x:\n        pass\n',
    );
    expect(spin.item).toMatchObject({ line: 4 });
    expect(spin.item!.message).toMatch(
      /Look at the while loop on line 4: does anything inside it await, or ever make it stop\?$/,
    );
    const deadlock = limit(
      'DeadlockError',
      "Deadlock: no task can ever make progress.\n  Task-2 'worker' is waiting at main.py:7 for Lock.acquire() on lock_b",
    );
    expect(deadlock.item!.message).toBe(
      'Your program never finished: it got stuck, with every task waiting for something that can never happen (a ' +
        "deadlock). Task-2 'worker' is waiting at main.py:7 for Lock.acquire() on lock_b.",
    );
  });

  it('a non-zero sys.exit is an exception ending', () => {
    const outcome = runOutcome(run({ exitCode: 3 }), undefined, []);
    expect(outcome).toMatchObject({ ran: 'exception', error: { type: 'SystemExit', message: 'exit code 3' } });
    expect(outcome.item!.message).toContain('sys.exit');
  });

  it('an ending the exercise asks for is expected', () => {
    const result = run({ exitCode: 1, error: { type: 'KeyError', message: "'x'", line: 4 } });
    expect(
      runOutcome(result, undefined, spec([{ type: 'exception', name: 'KeyError', expect: 'raised-uncaught' }]).checks)
        .expected,
    ).toBe(true);
    expect(
      runOutcome(result, undefined, spec([{ type: 'exception', name: 'ValueError', expect: 'raised-uncaught' }]).checks)
        .expected,
    ).toBe(false);
    expect(runOutcome(run({ exitCode: 2 }), undefined, spec([{ type: 'exit-code', is: 2 }]).checks).expected).toBe(
      true,
    );
  });

  it('syntaxExcerpt: none without a SyntaxError block', () => {
    expect(syntaxExcerpt('Traceback…\nValueError: x\n')).toBeNull();
    expect(syntaxExcerpt(SYNTAX_STDERR)).toBe('async def main()\n                ^');
  });
});
