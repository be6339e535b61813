import { describe, expect, it } from 'vitest';
import { traceOf } from './testing.ts';
import {
  blockingSpans,
  exceptions,
  longestBlock,
  mainTask,
  pendingAtExit,
  taskCount,
  timeoutsFired,
  totalTime,
  traceFacts,
} from './facts.ts';
import { loadEvents, loadFixture } from './fixtures/load.ts';

const trace = traceOf;

describe('time and tasks', () => {
  it('agrees with the elapsed time the runtime reports', () => {
    for (const name of ['sequential', 'concurrent', 'errors', 'plain_threads', 'threads'] as const) {
      const result = loadFixture(name);
      expect(totalTime(result.events), name).toBe(result.elapsed);
    }
  });

  it("counts the learner's tasks, not asyncio's shutdown helpers", () => {
    expect(taskCount(loadEvents('sequential'))).toBe(1);
    expect(taskCount(loadEvents('concurrent'))).toBe(3);
    // gather wraps each to_thread call in an internal task: only main() is the learner's.
    expect(taskCount(loadEvents('threads'))).toBe(1);
    expect(taskCount(loadEvents('plain_threads'))).toBe(0);
  });

  it('finds the main task', () => {
    expect(mainTask(loadEvents('concurrent'))).toMatchObject({ name: 'Task-1', coro: 'main()', line: 15 });
    expect(mainTask(loadEvents('plain_threads'))).toBeNull();
  });
});

describe('blocking', () => {
  it('lists each time.sleep that held the loop, with its line and task', () => {
    expect(blockingSpans(loadEvents('blocking'))).toEqual([
      { start: 0, duration: 1, end: 1, line: 6, reason: 'time.sleep', task: 'Task-2' },
      { start: 1, duration: 1, end: 2, line: 6, reason: 'time.sleep', task: 'Task-3' },
    ]);
  });

  it('picks the longest block, the first on a tie', () => {
    expect(longestBlock(loadEvents('blocking'))).toMatchObject({ start: 0, task: 'Task-2' });
    expect(longestBlock(loadEvents('plain_threads'))).toMatchObject({ duration: 1, reason: 'future.result', line: 11 });
    expect(longestBlock(loadEvents('concurrent'))).toBeNull();
  });
});

describe('pendingAtExit', () => {
  it('reports a task still running when main() returned', () => {
    const pending = pendingAtExit(loadEvents('pending'));
    expect(pending.map((p) => [p.task.coro, p.task.line, p.reason])).toEqual([['heartbeat()', 14, 'outlived-main']]);
  });

  it('reports the sibling gather left running after the first exception', () => {
    expect(pendingAtExit(loadEvents('errors')).map((p) => [p.task.name, p.task.coro])).toEqual([['Task-3', 'slow()']]);
  });

  it('in JavaScript, an async call that finishes after the script is not pending (nothing cancels it)', () => {
    const events = trace(
      { t: 0, kind: 'task_created', task: 'script', coro: '', parent: null, line: null, internal: false },
      { t: 0, kind: 'turn', queue: 'script', task: 'script', timer: null },
      { t: 0, kind: 'task_created', task: 'async-1', coro: 'steps()', parent: 'script', line: 12, internal: false },
      { t: 0, kind: 'task_done', task: 'script', state: 'ok', exception: null },
      { t: 0, kind: 'turn', queue: 'microtask', task: 'async-1', timer: null },
      { t: 0, kind: 'task_done', task: 'async-1', state: 'ok', exception: null },
    );
    expect(pendingAtExit(events)).toEqual([]);
  });

  it('reports nothing when every task finished in time', () => {
    for (const name of ['concurrent', 'semaphore', 'threads', 'deadlock'] as const) {
      expect(pendingAtExit(loadEvents(name)), name).toEqual([]);
    }
  });

  it('reports a task that never finished at all, and survives a parent cycle', () => {
    const events = trace(
      { t: 0, kind: 'task_created', task: 'Task-1', coro: 'main()', parent: null, line: 9, internal: false },
      { t: 0, kind: 'task_created', task: 'Task-2', coro: 'a()', parent: 'Task-3', line: 3, internal: false },
      { t: 0, kind: 'task_created', task: 'Task-3', coro: 'b()', parent: 'Task-2', line: 4, internal: false },
      { t: 1, kind: 'task_done', task: 'Task-2', state: 'ok', exception: null },
      { t: 1, kind: 'task_done', task: 'Task-3', state: 'ok', exception: null },
    );
    expect(pendingAtExit(events).map((p) => [p.task.name, p.reason])).toEqual([['Task-1', 'never-finished']]);
  });
});

describe('exceptions', () => {
  it('lists errors and cancellations in time order', () => {
    const failures = exceptions(loadEvents('errors')).map((f) => [f.id, f.label, f.state, f.exception, f.t]);
    expect(failures).toEqual([
      ['Task-2', 'fail(n=1)', 'error', 'ValueError', 1],
      ['Task-4', 'slow()', 'cancelled', null, 1.5],
      ['Task-5', 'fail(n=2)', 'error', 'ValueError', 3.75],
      ['Task-6', 'slow()', 'cancelled', null, 3.75],
      ['Task-1', 'main()', 'error', 'ExceptionGroup', 3.75],
      ['Task-3', 'slow()', 'cancelled', null, 3.75],
    ]);
  });

  it('sees an exception returned by gather(return_exceptions=True) though the program exits 0', () => {
    const result = loadFixture('handled');
    expect(result.exitCode).toBe(0);
    expect(exceptions(result.events)).toMatchObject([
      { source: 'task', label: 'fetch(n=2)', exception: 'ConnectionError', line: 12, internal: false },
    ]);
  });

  it('includes jobs that raised', () => {
    const events = trace(
      {
        t: 0,
        kind: 'job_submitted',
        job: 1,
        mode: 'thread',
        function: 'load',
        worker: 'w0',
        task: null,
        line: 7,
        start: 0,
      },
      { t: 0, kind: 'job_started', job: 1, worker: 'w0' },
      { t: 2, kind: 'job_ended', job: 1, worker: 'w0', state: 'error', exception: 'OSError' },
    );
    expect(exceptions(events)).toEqual([
      {
        source: 'job',
        id: 'job 1',
        label: 'load() in thread w0',
        line: 7,
        state: 'error',
        exception: 'OSError',
        t: 2,
        internal: false,
      },
    ]);
  });

  it('counts expired timeouts', () => {
    expect(timeoutsFired(loadEvents('errors'))).toBe(1);
    expect(timeoutsFired(loadEvents('concurrent'))).toBe(0);
  });
});

describe('traceFacts', () => {
  it('gathers every fact in one object', () => {
    const facts = traceFacts(loadEvents('pending'));
    expect(facts).toMatchObject({ totalTime: 1, taskCount: 2, timeoutsFired: 0, longestBlock: null, blocks: [] });
    expect(facts.peak.peak).toBe(2);
    expect(facts.pending).toHaveLength(1);
    expect(facts.failures.map((f) => f.state)).toEqual(['cancelled']);
  });
});
