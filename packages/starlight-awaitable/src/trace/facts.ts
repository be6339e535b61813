/**
 * Summary facts about one run's trace, for grading and for the timeline: how long it took, what blocked the loop,
 * which tasks were left pending, what failed or was cancelled, and how much ran at once (see concurrency.ts).
 * Pure functions of `TraceEvent[]`; the field meanings are in schema.ts.
 */
import type { TraceEvent } from '../runtime/protocol.ts';
import { peakConcurrency, type Peak } from './concurrency.ts';
import { jobLabel } from './wording.ts';
import {
  isComputing,
  isJavaScriptTrace,
  learnerTasks,
  ofKind,
  taskTable,
  traceEnd,
  type BlockReason,
  type TaskInfo,
  unhandledKind,
} from './events.ts';

export { activeSpans, concurrencyProfile, isOwnWork, peakConcurrency, usesJobs } from './concurrency.ts';
export type { ActiveSpan, Peak, ProfileStep, Strand } from './concurrency.ts';
export { describeTask, learnerTasks, taskTable, traceEnd } from './events.ts';
export type { TaskInfo } from './events.ts';

/** Virtual seconds from the start to the last thing the trace records. */
export const totalTime = traceEnd;

/** How many tasks the learner's code created (the main task included, asyncio's internal tasks not). */
export function taskCount(events: readonly TraceEvent[]): number {
  return learnerTasks(events).length;
}

/** The task `asyncio.run(main())` created: the first learner task without a parent. */
export function mainTask(events: readonly TraceEvent[]): TaskInfo | null {
  return learnerTasks(events).find((task) => task.parent === null) ?? null;
}

export interface BlockSpan {
  start: number;
  duration: number;
  end: number;
  /** The learner's line that blocked (null when it was not in the learner's file). */
  line: number | null;
  reason: BlockReason;
  /** The task that held the loop, or null for code outside any task. */
  task: string | null;
}

/**
 * Every time the main thread held the event loop (nothing else could run), in order. Back-to-back blocks are one
 * span (the rule, and which part the recorder already applies: schema.ts, `block`); the span's line is its longest
 * computing piece's.
 */
export function blockingSpans(events: readonly TraceEvent[]): BlockSpan[] {
  const spans: BlockSpan[] = [];
  for (const event of ofKind(events, 'block')) {
    const span = {
      start: event.t,
      duration: event.duration,
      end: event.t + event.duration,
      line: event.line,
      reason: event.reason,
      task: event.task,
    };
    const last = spans.at(-1);
    if (
      last &&
      isComputing(last.reason) &&
      isComputing(span.reason) &&
      last.task === span.task &&
      Math.abs(last.end - span.start) < 1e-9
    ) {
      if (span.reason === 'cpu' && (last.reason !== 'cpu' || span.duration > last.duration)) last.line = span.line;
      if (span.reason === 'cpu') last.reason = 'cpu';
      last.end = span.end;
      last.duration = last.end - last.start;
    } else spans.push(span);
  }
  return spans;
}

/** The longest block (the first, if several tie), or null if nothing blocked. */
export function longestBlock(events: readonly TraceEvent[]): BlockSpan | null {
  return longestSpan(blockingSpans(events));
}

/** The longest of some blocks (the first, if several tie), or null if there are none. */
export function longestSpan(spans: readonly BlockSpan[]): BlockSpan | null {
  let longest: BlockSpan | null = null;
  for (const span of spans) if (!longest || span.duration > longest.duration) longest = span;
  return longest;
}

export interface PendingTask {
  task: TaskInfo;
  /**
   * `outlived-main`: still running when its root task (normally `main()`) finished, so `asyncio.run` cancelled it
   * at shutdown (the classic "Task was destroyed but it is pending" bug, made visible).
   * `never-finished`: no `task_done` at all (the run was stopped, or the loop was never run to completion).
   */
  reason: 'outlived-main' | 'never-finished';
  /** For `outlived-main`: the task whose end it outlived (normally `main()`). */
  root: TaskInfo | null;
}

/** Learner tasks left pending: not finished when the task that (transitively) created them finished. */
export function pendingAtExit(events: readonly TraceEvent[]): PendingTask[] {
  const tasks = taskTable(events);
  const rootOf = (task: TaskInfo): TaskInfo => {
    let current = task;
    const seen = new Set<string>();
    while (current.parent !== null && !seen.has(current.name)) {
      seen.add(current.name);
      const parent = tasks.get(current.parent);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  // JavaScript has no asyncio.run to cancel what outlives the script: an async call that finishes after the
  // script's own code is not left pending.
  const javascript = isJavaScriptTrace(events);
  const pending: PendingTask[] = [];
  for (const task of tasks.values()) {
    if (task.internal) continue;
    if (!task.done) {
      pending.push({ task, reason: 'never-finished', root: null });
      continue;
    }
    const root = rootOf(task);
    if (!javascript && root !== task && root.done && task.done.seq > root.done.seq)
      pending.push({ task, reason: 'outlived-main', root });
  }
  return pending;
}

export interface Failure {
  source: 'task' | 'job';
  /** Task name, or `job N`. */
  id: string;
  /** The coroutine call, or `blocking_io() in thread asyncio_0`. */
  label: string;
  /** Where the task was created or the job submitted. */
  line: number | null;
  state: 'error' | 'cancelled';
  /** Exception type name (`ValueError`); null for a cancellation. */
  exception: string | null;
  t: number;
  /** An asyncio-internal task (e.g. the `to_thread` wrapper that re-raises a job's exception). */
  internal: boolean;
}

/** Tasks that ended with an exception or were cancelled, and thread/process jobs that raised, in time order. */
export function exceptions(events: readonly TraceEvent[]): Failure[] {
  const tasks = taskTable(events);
  const jobs = new Map(ofKind(events, 'job_submitted').map((event) => [event.job, event]));
  const failures: Failure[] = [];
  for (const event of events) {
    switch (event.kind) {
      case 'task_done': {
        if (event.state === 'ok') break;
        const task = tasks.get(event.task);
        failures.push({
          source: 'task',
          id: event.task,
          label: task?.coro ?? event.task,
          line: task?.line ?? null,
          state: event.state,
          exception: event.exception,
          t: event.t,
          internal: task?.internal ?? false,
        });
        break;
      }
      case 'job_ended': {
        if (event.state !== 'error') break;
        const job = jobs.get(event.job);
        failures.push({
          source: 'job',
          id: `job ${event.job}`,
          label: jobLabel(job, event.worker),
          line: job?.line ?? null,
          state: 'error',
          exception: event.exception,
          t: event.t,
          internal: false,
        });
        break;
      }
      case 'task_created':
      case 'ready':
      case 'task_step':
      case 'task_suspended':
      case 'cancel_requested':
      case 'timer_scheduled':
      case 'timer_fired':
      case 'timer_cancelled':
      case 'loop_idle':
      case 'block':
      case 'job_submitted':
      case 'job_started':
      case 'job_slept':
      case 'job_computed':
      case 'job_waited':
      case 'output':
      case 'deadlock':
      case 'limit':
      case 'turn':
        break; // not a task's or a job's end
      default:
        unhandledKind(event);
    }
  }
  return failures.sort((a, b) => a.t - b.t);
}

/** How many `asyncio.timeout` / `wait_for` deadlines expired (each raises TimeoutError in the task it guards). */
export function timeoutsFired(events: readonly TraceEvent[]): number {
  const timeouts = new Set(
    ofKind(events, 'timer_scheduled')
      .filter((event) => event.purpose === 'timeout')
      .map((event) => event.timer),
  );
  return ofKind(events, 'timer_fired').filter((event) => timeouts.has(event.timer)).length;
}

export interface TraceFacts {
  totalTime: number;
  taskCount: number;
  peak: Peak;
  blocks: BlockSpan[];
  longestBlock: BlockSpan | null;
  pending: PendingTask[];
  failures: Failure[];
  timeoutsFired: number;
}

/** All of the above at once (what a results panel shows under the checks). */
export function traceFacts(events: readonly TraceEvent[]): TraceFacts {
  return {
    totalTime: totalTime(events),
    taskCount: taskCount(events),
    peak: peakConcurrency(events),
    blocks: blockingSpans(events),
    longestBlock: longestBlock(events),
    pending: pendingAtExit(events),
    failures: exceptions(events),
    timeoutsFired: timeoutsFired(events),
  };
}
