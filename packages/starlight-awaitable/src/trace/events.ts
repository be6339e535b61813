/**
 * Helpers over the trace's events. The events themselves — every kind and field — are defined once, in schema.ts,
 * from which these types are derived; run results are parsed with it where they enter the page (protocol.ts).
 */
import type { Awaiting, BlockReason, EventKind, EventOf, TraceEvent } from './schema.ts';

export type { Awaiting, BlockReason, EventKind, EventOf, TraceEvent } from './schema.ts';
export { unhandledKind } from './schema.ts';

/** Blocks that are the program's own computation (or its wait for the GIL) rather than a blocking call. */
export const isComputing = (reason: BlockReason) => reason === 'cpu' || reason === 'gil';

/**
 * How long the loop's thread must be held (1 ms) before the timeline shows it as holding the loop: a step of its
 * own, a red warning, a segment. Every turn of a task computes a little (a few microseconds of estimated CPU time);
 * below a millisecond no other task would notice, so it reads as part of "running". (asyncio's own debug mode only
 * reports callbacks slower than 100 ms; 1 ms still shows every computation a lesson asks about.)
 */
export const HOLD_THRESHOLD = 0.001;

/** True when a block of the loop lasted long enough to matter (see HOLD_THRESHOLD). */
export const holdsTheLoop = (block: { duration: number }) => block.duration >= HOLD_THRESHOLD;

export function isKind<K extends EventKind>(event: TraceEvent, kind: K): event is EventOf<K> {
  return event.kind === kind;
}

/** The events of one kind, in trace order. */
export function ofKind<K extends EventKind>(events: readonly TraceEvent[], kind: K): EventOf<K>[] {
  return events.filter((event): event is EventOf<K> => isKind(event, kind));
}

/** What the trace says about one task over its life. */
export interface TaskInfo {
  name: string;
  /** The coroutine call as the runtime shows it, e.g. `download(name='a', seconds=1)`. */
  coro: string;
  parent: string | null;
  /** Line that created the task. */
  line: number | null;
  /** Not the learner's code: asyncio.run's shutdown helpers, `to_thread` wrappers. */
  internal: boolean;
  created: { t: number; seq: number };
  done: { t: number; seq: number; state: 'ok' | 'error' | 'cancelled'; exception: string | null } | null;
}

/** Every task in creation order, with how it ended (`done: null` = it never finished). */
/** A trace of the JavaScript runtime: only it records `turn` events (which queue each job came from). */
export const isJavaScriptTrace = (events: readonly TraceEvent[]) => events.some((event) => event.kind === 'turn');

export function taskTable(events: readonly TraceEvent[]): Map<string, TaskInfo> {
  const tasks = new Map<string, TaskInfo>();
  for (const event of events) {
    if (isKind(event, 'task_created')) {
      tasks.set(event.task, {
        name: event.task,
        coro: event.coro,
        parent: event.parent,
        line: event.line,
        internal: event.internal,
        created: { t: event.t, seq: event.seq },
        done: null,
      });
    } else if (isKind(event, 'task_done')) {
      const task = tasks.get(event.task);
      if (task) task.done = { t: event.t, seq: event.seq, state: event.state, exception: event.exception };
    }
  }
  return tasks;
}

/** The learner's tasks (not internal), in creation order. */
export function learnerTasks(events: readonly TraceEvent[]): TaskInfo[] {
  return [...taskTable(events).values()].filter((task) => !task.internal);
}

/** How a task is named in messages: its coroutine call, which says more to a learner than `Task-3`. */
export function describeTask(task: Pick<TaskInfo, 'name' | 'coro'>): string {
  return task.coro ? `${task.coro} (${task.name})` : task.name;
}

/**
 * The virtual instant the trace ends: the latest `t`, or the end of a block or job segment reaching further. Not
 * simply the last event's `t`: jobs submitted outside a running loop are recorded eagerly, so `t` can go back.
 */
export function traceEnd(events: readonly TraceEvent[]): number {
  let end = 0;
  for (const event of events) {
    const reach =
      isKind(event, 'block') ||
      isKind(event, 'job_slept') ||
      isKind(event, 'job_computed') ||
      isKind(event, 'job_waited')
        ? event.t + event.duration
        : event.t;
    end = Math.max(end, reach);
  }
  return end;
}
