/**
 * How much of a program was in progress at once, measured in virtual time.
 *
 * A "strand" of work is active while it is itself waiting for the world or working:
 * - a learner task suspended on a timer (`asyncio.sleep`), a plain future or a bare yield, from the suspension to
 *   its next step;
 * - a simulated thread/process job, from `job_started` to `job_ended`;
 * - code blocking the loop with `time.sleep` (a `block` event), for the block's duration.
 *
 * A task does NOT count while it only waits for other strands or for permission: on other tasks (`await task`,
 * gather, TaskGroup, wait, as_completed), on a lock/semaphore/event/condition/queue/barrier, or on a thread/process
 * job (the job itself counts, once a worker runs it; counting both would double it). Nor do `asyncio`'s internal
 * tasks, or a main thread blocked in `future.result()` waiting for jobs.
 *
 * Why this rather than "tasks created and not yet done": ten tasks queued on `Semaphore(2)` are alive at once,
 * but only two download at a time, and that is what a "limit concurrency" exercise must see. It also treats the
 * main task like any other: `main()` awaiting gather is a coordinator (not counted), but `main()` doing one
 * download itself while a child task does another is two strands, as it should be.
 *
 * Spans are half-open [start, end) in virtual seconds and zero-length spans are dropped: work that takes no
 * virtual time cannot overlap anything. Known limit: eager tasks (`eager_task_factory`) run their first step
 * without trace events, so a wait in that first step is invisible here.
 */
import type { TraceEvent } from '../runtime/protocol.ts';
import { isKind, ofKind, traceEnd, unhandledKind, type Awaiting } from './events.ts';
import { jobLabel } from './wording.ts';

export interface Strand {
  /** Task name (`Task-2`), `job 3`, or for a block the blocking task's name or `main thread`. */
  id: string;
  kind: 'task' | 'job' | 'block';
  /** For people: the coroutine call, `blocking_io() in thread asyncio_0`, or `time.sleep in download()`. */
  label: string;
  /** The learner's line the strand waits at (suspension, job submission, blocking call), when known. */
  line: number | null;
}

export interface ActiveSpan extends Strand {
  start: number;
  end: number;
}

/** Whether a task suspended on this is waiting on its own work (true) or on other strands / permission (false). */
export function isOwnWork(awaiting: Awaiting | null | undefined): boolean {
  if (!awaiting) return true;
  switch (awaiting.kind) {
    case 'sleep':
    case 'future':
    case 'yield':
    case 'promise':
      return true;
    case 'wait_for':
      return isOwnWork(awaiting.inner);
    case 'lock':
    case 'event':
    case 'semaphore':
    case 'condition':
    case 'queue_get':
    case 'queue_put':
    case 'queue_join':
    case 'barrier':
    case 'task':
    case 'gather':
    case 'taskgroup':
    case 'wait':
    case 'as_completed':
    case 'thread':
    case 'process':
      return false;
    default:
      // A kind this build does not know (the compiler names this line when one is added to the schema).
      unhandledKind(awaiting);
      return true;
  }
}

/** Every span of active work, in the order it started. */
export function activeSpans(events: readonly TraceEvent[]): ActiveSpan[] {
  const spans: ActiveSpan[] = [];
  const tasks = new Map(ofKind(events, 'task_created').map((event) => [event.task, event]));
  const jobs = new Map(ofKind(events, 'job_submitted').map((event) => [event.job, event]));
  const openTasks = new Map<string, ActiveSpan>();
  const openJobs = new Map<number, ActiveSpan>();
  const closeTask = (task: string, t: number) => {
    const span = openTasks.get(task);
    if (span) {
      span.end = t;
      openTasks.delete(task);
    }
  };
  const isLearner = (task: string | null) => task === null || tasks.get(task)?.internal !== true;

  for (const event of events) {
    switch (event.kind) {
      case 'task_suspended': {
        closeTask(event.task, event.t);
        if (!isLearner(event.task) || !isOwnWork(event.awaiting)) continue;
        const span: ActiveSpan = {
          id: event.task,
          kind: 'task',
          label: tasks.get(event.task)?.coro ?? event.task,
          line: event.line,
          start: event.t,
          end: Infinity,
        };
        openTasks.set(event.task, span);
        spans.push(span);
        break;
      }
      case 'task_step':
      case 'task_done': {
        closeTask(event.task, event.t);
        break;
      }
      case 'job_started': {
        const job = jobs.get(event.job);
        const span: ActiveSpan = {
          id: `job ${event.job}`,
          kind: 'job',
          label: jobLabel(job, event.worker),
          line: job?.line ?? null,
          start: event.t,
          end: Infinity,
        };
        openJobs.set(event.job, span);
        spans.push(span);
        break;
      }
      case 'job_ended': {
        const span = openJobs.get(event.job);
        if (span) span.end = event.t;
        openJobs.delete(event.job);
        break;
      }
      case 'block': {
        if (event.reason !== 'time.sleep' || !isLearner(event.task)) break;
        const where = event.task === null ? 'top-level code' : (tasks.get(event.task)?.coro ?? event.task);
        spans.push({
          id: event.task ?? 'main thread',
          kind: 'block',
          label: `time.sleep in ${where}`,
          line: event.line,
          start: event.t,
          end: event.t + event.duration,
        });
        break;
      }
      case 'task_created':
      case 'ready':
      case 'cancel_requested':
      case 'timer_scheduled':
      case 'timer_fired':
      case 'timer_cancelled':
      case 'loop_idle':
      case 'job_submitted':
      case 'job_slept':
      case 'job_computed':
      case 'job_waited':
      case 'output':
      case 'deadlock':
      case 'limit':
      case 'turn':
        break; // neither starts nor ends a strand
      default:
        unhandledKind(event);
    }
  }
  // Still waiting when the trace ends (a limit stopped the run, or a job outlived it).
  const end = traceEnd(events);
  for (const span of spans) if (span.end === Infinity) span.end = end;
  return spans.sort((a, b) => a.start - b.start);
}

export interface ProfileStep {
  from: number;
  to: number;
  active: Strand[];
}

/** Consecutive intervals of constant activity, covering the first start to the last end of any span. */
export function concurrencyProfile(events: readonly TraceEvent[]): ProfileStep[] {
  const spans = activeSpans(events).filter((span) => span.end > span.start);
  const points = spans
    .flatMap((span) => [
      { t: span.start, delta: 1, span },
      { t: span.end, delta: -1, span },
    ])
    .sort((a, b) => a.t - b.t);
  // Every change at one instant is applied before a step is recorded, so a sleep ending at 1 s and the next one
  // starting at 1 s never count as overlapping.
  const active = new Set<ActiveSpan>();
  const steps: ProfileStep[] = [];
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (point.delta > 0) active.add(point.span);
    else active.delete(point.span);
    const next = points[i + 1];
    if (next && next.t > point.t) {
      steps.push({
        from: point.t,
        to: next.t,
        active: [...active].map(({ id, kind, label, line }) => ({ id, kind, label, line })),
      });
    }
  }
  return steps;
}

export interface Peak {
  /** The most strands active at once (0 when nothing in the program ever waited). */
  peak: number;
  /** When that peak was first reached, and when the set of active strands next changed (null when `peak` is 0). */
  at: number | null;
  until: number | null;
  active: Strand[];
}

/** The largest number of strands active at the same virtual instant, and when it first happened. */
export function peakConcurrency(events: readonly TraceEvent[]): Peak {
  let best: Peak = { peak: 0, at: null, until: null, active: [] };
  for (const step of concurrencyProfile(events)) {
    if (step.active.length > best.peak) {
      best = { peak: step.active.length, at: step.from, until: step.to, active: step.active };
    }
  }
  return best;
}

/** Whether any simulated thread or process job ran (messages then say "tasks or threads", not just "tasks"). */
export function usesJobs(events: readonly TraceEvent[]): boolean {
  return events.some((event) => isKind(event, 'job_started'));
}
