import { describe, expect, it } from 'vitest';
import type { Finding } from './analysis.ts';
import { evaluateChecks } from './evaluate.ts';
import { diagnose } from './misconceptions.ts';
import type { Ran } from './report.ts';
import type { RunResult, TraceEvent } from '../runtime/protocol.ts';
import { run, spec } from './runs.testdata.ts';

const slowSpec = spec([
  { type: 'elapsed', atMost: 2 },
  { type: 'concurrency', atLeast: 2 },
]);

function messages(findings: Finding[], result: RunResult, ran: Ran = 'finished', checks = slowSpec.checks) {
  const results = evaluateChecks(checks, { result, source: '' });
  return diagnose({ analysis: { parsed: true, findings }, result, results, ran }).map((item) => item.message);
}

const TIMEOUT_FIRED: TraceEvent[] = [
  { seq: 1, t: 0, kind: 'timer_scheduled', timer: 1, when: 1, purpose: 'timeout', task: 'Task-1' },
  { seq: 2, t: 1, kind: 'timer_fired', timer: 1 },
];

describe('misconception messages name the line and the fix', () => {
  it('await missing before gather, with and without the RuntimeError it causes', () => {
    const finding: Finding = { kind: 'missing-await', line: 8, call: 'asyncio.gather', use: 'unpacked' };
    const crashed = run({
      exitCode: 1,
      error: { type: 'RuntimeError', message: "await wasn't used with future", line: 8 },
    });
    expect(messages([finding], crashed, 'exception')).toEqual([
      'Line 8 calls asyncio.gather(...) without await. Without await, asyncio.gather only hands back a future (a ' +
        'promise of the results), and unpacking that future is what raised "RuntimeError: await wasn\'t used with ' +
        'future". Write await before it: … = await asyncio.gather(...).',
    ]);
    expect(messages([{ ...finding, use: 'dropped' }], run({ elapsed: 0 }))[0]).toMatch(
      /^Line 8 calls asyncio\.gather\(\.\.\.\) without await, so nothing waits for it.*Write await asyncio\.gather/,
    );
  });

  it('await missing before wait_for, sleep and an own coroutine', () => {
    const m = (call: string) => messages([{ kind: 'missing-await', line: 5, call, use: 'dropped' }], run())[0];
    expect(m('asyncio.wait_for')).toMatch(
      /^Line 5 calls asyncio\.wait_for\(\.\.\.\) without await\. wait_for is a coroutine/,
    );
    expect(m('asyncio.sleep')).toMatch(/doesn't wait at all.*Write await asyncio\.sleep\(\.\.\.\)\.$/);
    expect(m('download')).toMatch(/its body never runs.*await download\(\.\.\.\), or asyncio\.create_task\(download/);
  });

  it('a task never kept, or kept but never awaited', () => {
    const dropped = messages([{ kind: 'task-not-kept', line: 12, call: 'asyncio.create_task', use: 'dropped' }], run());
    expect(dropped[0]).toMatch(/^Line 12 starts a task with asyncio\.create_task\(\.\.\.\) and throws the task away\./);
    expect(dropped[0]).toContain('weak reference');
    const unused = messages([{ kind: 'task-not-kept', line: 12, call: 'asyncio.create_task', use: 'unused' }], run());
    expect(unused[0]).toContain('stores it, but nothing ever awaits it');
  });

  it('time.sleep in async def, and a Lock made per call', () => {
    expect(messages([{ kind: 'time-sleep-in-async', line: 7, function: 'download' }], run())[0]).toBe(
      'Line 7 calls time.sleep inside async def download(): time.sleep stops the whole event loop, so no other ' +
        'task can run while it sleeps. Use await asyncio.sleep(...) instead.',
    );
    const lock = messages(
      [{ kind: 'lock-per-call', line: 6, primitive: 'asyncio.Semaphore', function: 'fetch' }],
      run(),
    );
    expect(lock[0]).toMatch(
      /^Line 6 creates a new asyncio\.Semaphore every time fetch\(\) runs.*Create one Semaphore outside/,
    );
  });

  it('sequential awaits and awaits in a loop only when the run was too slow or too sequential', () => {
    const sequential: Finding[] = [
      { kind: 'sequential-awaits', line: 14, endLine: 15, calls: ['download', 'download'] },
      { kind: 'await-in-loop', line: 20, call: 'fetch' },
    ];
    const slow = messages(sequential, run({ elapsed: 3 }));
    expect(slow[0]).toBe(
      'Lines 14–15 await download(...) and then download(...) one after the other: each starts only when the one ' +
        'before has finished, so their waits add up. Start them together: await asyncio.gather(download(...), ' +
        'download(...)), or create a task for each before awaiting any.',
    );
    expect(slow[1]).toMatch(/^Line 20 awaits fetch\(\.\.\.\) inside a for loop/);
    // Fast enough and concurrent enough (the elapsed check passes; no concurrency check): nothing to blame.
    expect(
      messages(sequential, run({ elapsed: 1.5 }), 'finished', spec([{ type: 'elapsed', atMost: 2 }]).checks),
    ).toEqual([]);
    // A crash is not explained by sequential awaits.
    expect(
      messages(
        sequential,
        run({ elapsed: 3, exitCode: 1, error: { type: 'ValueError', message: 'x', line: 1 } }),
        'exception',
      ),
    ).toEqual([]);
  });

  it('a timeout caught inside async with asyncio.timeout: only once a timeout fired', () => {
    const finding: Finding = { kind: 'timeout-caught-inside', line: 11, timeoutLine: 10, catches: 'TimeoutError' };
    expect(messages([finding], run())).toEqual([]);
    const fired = messages([finding], run({ events: TIMEOUT_FIRED }));
    expect(fired[0]).toMatch(/^Line 11's try\/except is inside async with asyncio\.timeout\(\.\.\.\) \(line 10\): /);
    expect(fired[0]).toContain('after your except TimeoutError, which never sees it');
    expect(fired[0]).toContain('Put the try: around the async with block instead');
    const swallowed = messages([{ ...finding, catches: 'CancelledError' }], run({ events: TIMEOUT_FIRED }));
    expect(swallowed[0]).toContain('it catches the cancellation');
  });

  it('shows each kind once (its first place), at most three', () => {
    const many: Finding[] = [
      { kind: 'time-sleep-in-async', line: 3, function: 'a' },
      { kind: 'time-sleep-in-async', line: 9, function: 'b' },
      { kind: 'missing-await', line: 4, call: 'asyncio.sleep', use: 'dropped' },
      { kind: 'task-not-kept', line: 5, call: 'asyncio.create_task', use: 'dropped' },
      { kind: 'lock-per-call', line: 6, primitive: 'asyncio.Lock', function: 'c' },
    ];
    const shown = messages(many, run());
    expect(shown).toHaveLength(3);
    expect(shown[0]).toMatch(/^Line 3 /);
    expect(shown.filter((m) => m.includes('time.sleep inside'))).toHaveLength(1);
  });

  it('no analysis (the runtime stopped before it ran): nothing', () => {
    const result = run();
    expect(diagnose({ analysis: null, result, results: [], ran: 'limit' })).toEqual([]);
  });
});
