import { describe, expect, it } from 'vitest';
import { loadEvents } from './fixtures/load.ts';
import { axisTicks, buildTimeline, describeAwaiting, formatDuration } from './lanes.ts';
import { manyTasksTrace } from './many-tasks.testdata.ts';
import { traceOf } from './testing.ts';

describe('buildTimeline on recorded traces', () => {
  it('concurrent: main first, one lane per task, internal tasks hidden, sleeps labelled', () => {
    const model = buildTimeline(loadEvents('concurrent'));
    expect(model.lanes.map((lane) => lane.label)).toEqual([
      'Task-1 main()',
      "Task-2 download(name='a', seconds=1)",
      "Task-3 download(name='b', seconds=2)",
    ]);
    expect(model.lanes[0]!.isMain).toBe(true);
    expect(model.hiddenTasks).toBe(2);
    expect(model.end).toBe(2);
    const b = model.lanes[2]!;
    expect(b.segments.map((s) => [s.kind, s.start, s.end, s.label])).toEqual([
      ['ready', 0, 0, 'ready'],
      ['running', 0, 0, 'running'],
      ['suspended', 0, 2, 'sleep 2 s'],
      ['ready', 2, 2, 'ready'],
      ['running', 2, 2, 'running'],
    ]);
    expect(b.segments[2]!.line).toBe(5);
    expect(b.segments[2]!.detail).toContain('waited 2 s');
    expect(b.markers.filter((m) => m.kind === 'output').map((m) => m.text)).toEqual(['b done\n']);
    expect(b.markers.at(-1)).toMatchObject({ kind: 'ok', t: 2 });
    const main = model.lanes[0]!.segments.find((s) => s.kind === 'suspended')!;
    expect(main.label).toBe('gather (2 tasks)');
    expect(main.detail).toContain("Task-2 download(name='a', seconds=1)");
    expect(model.outputs.map((o) => [o.t, o.lane, o.text])).toEqual([
      [1, 'Task-2', 'a done\n'],
      [2, 'Task-3', 'b done\n'],
      [2, 'Task-1', 'a b\n'],
    ]);
  });

  it('blocking: time.sleep is a blocking segment naming its line, the waiting task is ready meanwhile', () => {
    const model = buildTimeline(loadEvents('blocking'));
    const a = model.lanes.find((lane) => lane.id === 'Task-2')!;
    const block = a.segments.find((s) => s.kind === 'blocking')!;
    expect(block).toMatchObject({ start: 0, end: 1, line: 6, label: 'time.sleep 1 s' });
    expect(block.detail).toContain('line 6');
    const b = model.lanes.find((lane) => lane.id === 'Task-3')!;
    expect(b.segments[0]).toMatchObject({ kind: 'ready', start: 0, end: 1 });
    expect(model.blocks.map((span) => [span.start, span.end, span.line])).toEqual([
      [0, 1, 6],
      [1, 2, 6],
    ]);
  });

  it('threads: worker lanes with the job and its sleep; the thread prints on its own lane', () => {
    const model = buildTimeline(loadEvents('threads'));
    expect(model.lanes.map((lane) => lane.label)).toEqual([
      'Task-1 main()',
      'thread asyncio_0',
      'thread asyncio_1',
      'thread asyncio_2',
    ]);
    const worker = model.lanes[1]!;
    expect(worker.segments.map((s) => [s.kind, s.start, s.end, s.label])).toEqual([
      ['job', 0, 1, 'blocking_io()'],
      ['job-sleep', 0, 1, 'time.sleep 1 s'],
    ]);
    expect(worker.markers.map((m) => m.kind)).toEqual(['output', 'ok']);
  });

  it('errors and cancellations become markers', () => {
    const model = buildTimeline(loadEvents('errors'));
    const kinds = model.lanes.flatMap((lane) => lane.markers.map((m) => m.kind));
    expect(kinds).toContain('error');
    expect(kinds).toContain('cancelled');
    expect(kinds).toContain('cancel-requested');
    const deadlock = buildTimeline(loadEvents('deadlock'));
    expect(deadlock.lanes[0]!.segments.find((s) => s.kind === 'suspended')!.label).toBe('Event ready');
  });

  it('every segment is well formed on every fixture', () => {
    for (const name of [
      'semaphore',
      'pending',
      'plain_threads',
      'handled',
      'uncaught',
      'task_and_direct_await',
    ] as const) {
      const model = buildTimeline(loadEvents(name));
      for (const lane of model.lanes)
        for (const s of lane.segments) {
          expect(s.end, `${name} ${lane.id}`).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(model.end);
        }
    }
    const semaphore = buildTimeline(loadEvents('semaphore'));
    expect(semaphore.lanes.flatMap((l) => l.segments.map((s) => s.label))).toContain('Semaphore limit');
  });

  it('scales to 2,000 tasks', () => {
    const events = manyTasksTrace(2000);
    const started = performance.now();
    const model = buildTimeline(events);
    const ms = performance.now() - started;
    expect(model.lanes).toHaveLength(2001);
    expect(ms).toBeLessThan(1000);
  });
});

describe('helpers', () => {
  it('axis ticks are 1/2/5 steps covering the run', () => {
    expect(axisTicks(2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(axisTicks(3, 8)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(axisTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axisTicks(0)).toEqual([0]);
    expect(axisTicks(0.3)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
  });

  it('formats durations and awaitables', () => {
    expect(formatDuration(2)).toBe('2 s');
    expect(formatDuration(0.25)).toBe('0.25 s');
    expect(formatDuration(0.0015)).toBe('1.5 ms');
    expect(describeAwaiting({ kind: 'queue_get', type: 'Queue', name: 'q' }).label).toBe('Queue.get');
    expect(describeAwaiting({ kind: 'lock', type: 'Lock', name: null }).label).toBe('Lock');
    expect(describeAwaiting({ kind: 'wait_for', timeout: 1, inner: { kind: 'sleep', seconds: 5 } }).label).toBe(
      'wait_for: sleep 5 s',
    );
    expect(describeAwaiting({ kind: 'thread', job: 1, worker: 'asyncio_0', function: 'io' }).label).toBe('thread io()');
  });
});

describe('asyncio’s internal tasks', () => {
  it('are hidden by default (and counted), and get lanes when asked for', () => {
    const hidden = buildTimeline(loadEvents('threads'));
    expect(hidden.hiddenTasks).toBe(5);
    expect(hidden.internalTasks.map((t) => t.coro.split('(')[0])).toEqual([
      'to_thread',
      'to_thread',
      'to_thread',
      'BaseEventLoop.shutdown_asyncgens',
      'VirtualEventLoop.shutdown_default_executor',
    ]);
    expect(hidden.lanes.some((l) => l.task?.internal)).toBe(false);
    const shown = buildTimeline(loadEvents('threads'), { internal: true });
    expect(shown.hiddenTasks).toBe(0);
    expect(shown.lanes.filter((l) => l.task?.internal).map((l) => l.id)).toEqual([
      'Task-2',
      'Task-3',
      'Task-4',
      'Task-5',
      'Task-6',
    ]);
  });
});

describe('a JavaScript trace', () => {
  it('names its top-level lane, and what a callback printed, "callbacks"', () => {
    const model = buildTimeline(
      traceOf(
        { t: 0, kind: 'task_created', task: 'script', coro: '', parent: null, line: null, internal: false },
        { t: 0, kind: 'turn', queue: 'script', task: 'script', timer: null },
        { t: 0, kind: 'task_done', task: 'script', state: 'ok', exception: null },
        { t: 0, kind: 'turn', queue: 'microtask', task: null, timer: null },
        { t: 0, kind: 'output', stream: 'stdout', text: 'then\n', task: null, thread: null },
      ),
    );
    expect(model.lanes.find((lane) => lane.kind === 'top-level')?.label).toMatch(/^callbacks/);
    expect(model.outputs.map((output) => output.lane)).toEqual(['callbacks']);
  });
});
