/** How CPU time in the trace (computing blocks, thread/process CPU, GIL waits) reaches the facts, lanes and grader. */
import { describe, expect, it } from 'vitest';
import type { RunResult, TraceEvent } from '../runtime/protocol.ts';
import { traceOf } from './testing.ts';
import { evaluateChecks } from '../grading/evaluate.ts';
import { formatSeconds } from '../grading/messages.ts';
import { checkSchema } from '../grading/schema.ts';
import { blockingSpans } from './facts.ts';
import { buildTimeline } from './lanes.ts';

const trace = traceOf;

const created = { t: 0, kind: 'task_created', task: 'Task-1', coro: 'main()', parent: null, line: 9, internal: false };
const step = (t: number) => ({ t, kind: 'task_step', task: 'Task-1', phase: t === 0 ? 'start' : 'resume' });
const cpu = (t: number, duration: number, line: number, lines?: [number, number]) => ({
  t,
  kind: 'block',
  task: 'Task-1',
  duration,
  line,
  reason: 'cpu',
  ...(lines ? { lines } : {}),
});

/** `crunch` submitted to a thread pool from line 3 (job 1, worker w_0). */
const threadJob = {
  t: 0,
  kind: 'job_submitted',
  job: 1,
  mode: 'thread',
  function: 'crunch',
  worker: 'w_0',
  task: null,
  line: 3,
  start: 0,
};

function run(events: TraceEvent[], elapsed: number): RunResult {
  return { stdout: '', stderr: '', exitCode: 0, elapsed, error: null, output: [], events };
}

describe('computing blocks', () => {
  it('back-to-back computing spans of one task are one span (prints split CPU work into pieces)', () => {
    const spans = blockingSpans(trace(created, step(0), cpu(0, 0.2, 4), cpu(0.2, 0.3, 5), cpu(1, 0.1, 6)));
    expect(spans.map((s) => [s.start, +s.duration.toFixed(9), s.line])).toEqual([
      [0, 0.5, 5],
      [1, 0.1, 6],
    ]);
  });

  it('a GIL wait then computing, touching, is one span with the computing line; a gap or a blocking call is not', () => {
    const gil = { ...cpu(0, 0.1, 3), reason: 'gil' };
    const sleep = { ...cpu(0.3, 1, 8), reason: 'time.sleep' };
    const spans = blockingSpans(trace(created, step(0), gil, cpu(0.1, 0.2, 4), sleep, cpu(1.4, 0.1, 9)));
    expect(spans.map((s) => [s.start, +s.duration.toFixed(9), s.reason, s.line])).toEqual([
      [0, 0.3, 'cpu', 4],
      [0.3, 1, 'time.sleep', 8],
      [1.4, 0.1, 'cpu', 9],
    ]);
  });

  it('the timeline shows long computations as their own segment, and folds microsecond ones into running', () => {
    const model = buildTimeline(
      trace(created, step(0), cpu(0, 0.000002, 3), cpu(0.000002, 0.4, 4, [3, 7]), {
        t: 0.400002,
        kind: 'task_done',
        task: 'Task-1',
        state: 'ok',
        exception: null,
      }),
    );
    const lane = model.lanes.find((l) => l.id === 'Task-1')!;
    const computing = lane.segments.filter((s) => s.kind === 'computing');
    expect(computing).toHaveLength(1);
    expect(computing[0]).toMatchObject({ start: 0.000002, line: 3, label: 'computing 0.4 s' });
    expect(computing[0]!.detail).toContain('on lines 3–7');
    expect(model.blocks).toHaveLength(1);
  });

  it('thread CPU and GIL waits get their own segment kinds in the worker lane', () => {
    const model = buildTimeline(
      trace(
        threadJob,
        { t: 0, kind: 'job_started', job: 1, worker: 'w_0' },
        { t: 0, kind: 'job_waited', job: 1, worker: 'w_0', duration: 0.5, reason: 'gil', line: 4 },
        { t: 0.5, kind: 'job_computed', job: 1, worker: 'w_0', duration: 0.5, line: 4 },
        { t: 1, kind: 'job_ended', job: 1, worker: 'w_0', state: 'ok', exception: null },
      ),
    );
    const kinds = model.lanes.find((l) => l.kind === 'worker')!.segments.map((s) => s.kind);
    expect(kinds).toEqual(['job', 'gil-wait', 'job-cpu']);
    expect(model.end).toBe(1);
  });
});

describe('grading with CPU time', () => {
  const grade = (check: unknown, result: RunResult) =>
    evaluateChecks([checkSchema.parse(check)], { result, source: '' })[0]!;

  it('elapsed bounds allow the microseconds CPU time adds, but not a real difference', () => {
    const events = trace(created);
    expect(grade({ type: 'elapsed', atMost: 2 }, run(events, 2.000004)).passed).toBe(true);
    expect(grade({ type: 'elapsed', atLeast: 2 }, run(events, 1.999999)).passed).toBe(true);
    expect(grade({ type: 'elapsed', atMost: 2 }, run(events, 2.1)).passed).toBe(false);
  });

  it('loop-blocked ignores short computing steps but reports a long computation, with advice', () => {
    const short = trace(created, step(0), cpu(0, 0.003, 4));
    expect(grade({ type: 'loop-blocked' }, run(short, 0.003)).passed).toBe(true);
    const long = trace(created, step(0), cpu(0, 0.8, 4));
    const verdict = grade({ type: 'loop-blocked' }, run(long, 0.8));
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toContain('Line 4 blocked the event loop for 0.8 s with CPU work in Python code');
    expect(verdict.message).toContain('ProcessPoolExecutor');
  });

  it('durations show at most millisecond precision', () => {
    expect(formatSeconds(2.0000041)).toBe('2.0 s');
    expect(formatSeconds(1.23456)).toBe('1.235 s');
  });
});

describe('advice for slow CPU-bound threads', () => {
  it('points to processes when threads waited for the GIL', () => {
    const events = trace(created, threadJob, {
      t: 0,
      kind: 'job_waited',
      job: 1,
      worker: 'w_0',
      duration: 0.3,
      reason: 'gil',
      line: 4,
    });
    const verdict = evaluateChecks([checkSchema.parse({ type: 'elapsed', atMost: 0.2 })], {
      result: run(events, 0.4),
      source: '',
    })[0]!;
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toContain('waiting for the GIL');
    expect(verdict.message).toContain('ProcessPoolExecutor');
  });
});
