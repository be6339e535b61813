import { describe, expect, it } from 'vitest';
import { traceOf } from './testing.ts';
import { activeSpans, concurrencyProfile, isOwnWork, peakConcurrency, usesJobs } from './concurrency.ts';
import { loadEvents } from './fixtures/load.ts';

/** Builds a hand-made trace: seq numbers are assigned in order. */
const trace = traceOf;
const created = (t: number, task: string, coro: string, parent: string | null = 'Task-1', internal = false) => ({
  t,
  kind: 'task_created',
  task,
  coro,
  parent,
  line: 1,
  internal,
});
const sleeping = (t: number, task: string, seconds: number, line = 5) => ({
  t,
  kind: 'task_suspended',
  task,
  line,
  awaiting: { kind: 'sleep', seconds },
});
const resumed = (t: number, task: string) => ({ t, kind: 'task_step', task, phase: 'resume' });
const done = (t: number, task: string) => ({ t, kind: 'task_done', task, state: 'ok', exception: null });

describe('peakConcurrency on recorded runs', () => {
  it('counts one download at a time when main awaits them one after another', () => {
    const peak = peakConcurrency(loadEvents('sequential'));
    expect(peak.peak).toBe(1);
    expect(peak.active.map((s) => s.label)).toEqual(['main()']);
  });

  it('counts both downloads started by gather, and not main() waiting for them', () => {
    const peak = peakConcurrency(loadEvents('concurrent'));
    expect(peak).toMatchObject({ peak: 2, at: 0, until: 1 });
    expect(peak.active.map((s) => s.label)).toEqual(["download(name='a', seconds=1)", "download(name='b', seconds=2)"]);
    expect(peak.active.every((s) => s.kind === 'task' && s.line === 5)).toBe(true);
  });

  it('counts main() as a strand when it does a download itself beside a child task', () => {
    const peak = peakConcurrency(loadEvents('task_and_direct_await'));
    expect(peak.peak).toBe(2);
    expect(peak.active.map((s) => s.id).sort()).toEqual(['Task-1', 'Task-2']);
  });

  it('sees only two downloads at once under Semaphore(2), though five tasks are alive', () => {
    const events = loadEvents('semaphore');
    expect(peakConcurrency(events).peak).toBe(2);
    expect(concurrencyProfile(events).map((step) => [step.from, step.to, step.active.length])).toEqual([
      [0, 1, 2],
      [1, 2, 2],
      [2, 3, 1],
    ]);
  });

  it('counts tasks that block the loop one at a time: time.sleep serialises them', () => {
    const events = loadEvents('blocking');
    const peak = peakConcurrency(events);
    expect(peak.peak).toBe(1);
    expect(peak.active[0]).toMatchObject({ kind: 'block', id: 'Task-2', line: 6 });
    expect(peak.active[0]!.label).toBe("time.sleep in download(name='a')");
  });

  it('counts to_thread jobs running side by side, not the internal tasks awaiting them', () => {
    const events = loadEvents('threads');
    const peak = peakConcurrency(events);
    expect(peak.peak).toBe(3);
    expect(peak.active.every((s) => s.kind === 'job')).toBe(true);
    expect(peak.active[0]!.label).toMatch(/^blocking_io\(\) in thread asyncio_\d$/);
    expect(usesJobs(events)).toBe(true);
    expect(usesJobs(loadEvents('concurrent'))).toBe(false);
  });

  it('handles pool jobs outside a loop, whose events go back in time, and a pool of two workers', () => {
    const events = loadEvents('plain_threads');
    expect(concurrencyProfile(events).map((step) => [step.from, step.to, step.active.map((s) => s.kind)])).toEqual([
      [0, 1, ['job', 'job']],
      [1, 2, ['job']],
      // Blocked in future.result() is waiting for the jobs, not work; the final time.sleep(0.5) is.
      [2, 2.5, ['block']],
    ]);
  });

  it('finds nothing active when the only task waits on an event forever', () => {
    expect(peakConcurrency(loadEvents('deadlock'))).toEqual({ peak: 0, at: null, until: null, active: [] });
  });
});

describe('spans on hand-made traces', () => {
  it('does not overlap a sleep that ends at the instant another starts', () => {
    const events = trace(
      created(0, 'Task-2', 'a()'),
      sleeping(0, 'Task-2', 1),
      resumed(1, 'Task-2'),
      done(1, 'Task-2'),
      created(1, 'Task-3', 'b()'),
      sleeping(1, 'Task-3', 1),
      resumed(2, 'Task-3'),
      done(2, 'Task-3'),
    );
    expect(peakConcurrency(events).peak).toBe(1);
  });

  it('drops zero-length waits (sleep(0)) and ignores internal tasks', () => {
    const events = trace(
      created(0, 'Task-2', 'a()'),
      created(0, 'Task-3', 'helper()', 'Task-1', true),
      sleeping(0, 'Task-2', 0),
      sleeping(0, 'Task-3', 5),
      resumed(0, 'Task-2'),
      done(0, 'Task-2'),
      resumed(5, 'Task-3'),
      done(5, 'Task-3'),
    );
    expect(activeSpans(events).map((s) => [s.id, s.start, s.end])).toEqual([['Task-2', 0, 0]]);
    expect(peakConcurrency(events).peak).toBe(0);
  });

  it('closes a span still open when the trace ends at the last instant recorded', () => {
    const events = trace(created(0, 'Task-2', 'a()'), sleeping(0, 'Task-2', 10), {
      t: 3,
      kind: 'limit',
      type: 'X',
      message: '',
    });
    expect(activeSpans(events).map((s) => [s.start, s.end])).toEqual([[0, 3]]);
  });

  it('classifies what a task waits on', () => {
    expect(isOwnWork({ kind: 'sleep', seconds: 1 })).toBe(true);
    expect(isOwnWork({ kind: 'future' })).toBe(true);
    expect(isOwnWork({ kind: 'wait_for', timeout: 1, inner: { kind: 'sleep', seconds: 2 } })).toBe(true);
    expect(isOwnWork({ kind: 'wait_for', timeout: 1, inner: { kind: 'task', task: 'Task-2' } })).toBe(false);
    expect(isOwnWork({ kind: 'semaphore', type: 'Semaphore', name: 'limit' })).toBe(false);
    expect(isOwnWork({ kind: 'gather', tasks: [] })).toBe(false);
    expect(isOwnWork({ kind: 'thread', job: 1, worker: 'asyncio_0', function: 'f' })).toBe(false);
  });
});
