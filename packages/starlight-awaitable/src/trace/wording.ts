/**
 * The trace layer's words: every sentence and label the timeline, the step-through and the facts show about a run,
 * built from plain facts (a duration, a line, a reason, a task's label). lanes.ts, steps.ts, facts.ts and
 * concurrency.ts decide what to say; this module is the one place that says it, so a happening reads the same in a
 * segment's tooltip and in the step that shows it.
 */
import type { TraceEvent } from '../runtime/protocol.ts';
import { formatDuration, formatInstant } from './time-format.ts';
import { unhandledKind, type Awaiting, type EventOf, type TaskInfo } from './events.ts';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `a`, `a and b`, `a, b and c`. */
export const joinAnd = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** ` (line 5)`: where something happened, as an aside (empty when the line is unknown). */
export const lineAside = (line: number | null) => (line === null ? '' : ` (line ${line})`);

/** ` on lines 3–7` for a span, ` on line 5` for one line, empty when neither is known. */
export function onLines(line: number | null, lines?: readonly [number, number] | null): string {
  if (lines) return ` on lines ${lines[0]}–${lines[1]}`;
  return line ? ` on line ${line}` : '';
}

/** `Task-2 fetch_data(1)`: the task as asyncio names it, then its coroutine. */
export function laneLabel(task: Pick<TaskInfo, 'name' | 'coro'>): string {
  return task.coro ? `${task.name} ${task.coro}` : task.name;
}

/** `fetch() in thread asyncio_0`: a thread or process job, by what it runs and where. */
export function jobLabel(job: { function: string; mode: string } | undefined, worker: string): string {
  return job ? `${job.function}() in ${job.mode} ${worker}` : `job in ${worker}`;
}

/** Tasks named in a detail: the first few, then how many more (a gather of 2,000 tasks stays one line). */
function listTasks(tasks: readonly string[], name: (task: string) => string, max = 5): string {
  if (tasks.length === 0) return 'futures (no tasks)';
  const shown = tasks.slice(0, max).map(name).join(', ');
  return tasks.length > max ? `${shown} and ${tasks.length - max} more` : shown;
}

/** What a suspended task waits for, short (for the segment) and long (for the details). */
export function describeAwaiting(
  awaiting: Awaiting | null | undefined,
  tasks: ReadonlyMap<string, TaskInfo> = new Map(),
): { label: string; detail: string } {
  const taskName = (name: string) => {
    const info = tasks.get(name);
    return info && !info.internal ? `${name} ${info.coro}` : name;
  };
  if (!awaiting) return { label: 'waiting', detail: 'waiting' };
  switch (awaiting.kind) {
    case 'sleep':
      return {
        label: `sleep ${formatDuration(awaiting.seconds)}`,
        detail: `asyncio.sleep(${awaiting.seconds}): a timer wakes it after ${formatDuration(awaiting.seconds)}`,
      };
    case 'lock':
    case 'event':
    case 'semaphore':
    case 'condition':
    case 'barrier': {
      const what = `${awaiting.type}${awaiting.name ? ` ${awaiting.name}` : ''}`;
      const verb = { lock: 'acquire', event: 'wait', semaphore: 'acquire', condition: 'wait', barrier: 'wait' };
      return {
        label: what,
        detail: `${awaiting.type}.${verb[awaiting.kind]}()${awaiting.name ? ` on ${awaiting.name}` : ''}`,
      };
    }
    case 'queue_get':
    case 'queue_put':
    case 'queue_join': {
      const op = awaiting.kind.slice(6);
      const label = `${awaiting.type}.${op}`;
      return { label, detail: `${label}()${awaiting.name ? ` on ${awaiting.name}` : ''}` };
    }
    case 'task':
      return { label: `task ${awaiting.task}`, detail: `another task, ${taskName(awaiting.task)}` };
    case 'gather':
    case 'taskgroup': {
      const name = awaiting.kind === 'gather' ? 'gather' : 'TaskGroup';
      return {
        label: `${name} (${plural(awaiting.tasks.length, 'task')})`,
        detail: `${name} of ${listTasks(awaiting.tasks, taskName)}`,
      };
    }
    case 'wait_for': {
      const inner = describeAwaiting(awaiting.inner, tasks);
      const limit = awaiting.timeout === null ? 'no timeout' : `timeout ${formatDuration(awaiting.timeout)}`;
      return { label: `wait_for: ${inner.label}`, detail: `wait_for (${limit}) on ${inner.detail}` };
    }
    case 'wait':
      return { label: 'asyncio.wait', detail: 'asyncio.wait() for a set of tasks' };
    case 'as_completed':
      return { label: 'as_completed', detail: 'asyncio.as_completed(): the next result' };
    case 'future':
      return { label: 'future', detail: 'a future (set by a callback or another task)' };
    case 'promise':
      return { label: 'promise', detail: 'a promise (settled by a timer, a callback or another async call)' };
    case 'yield':
      return { label: 'yield', detail: 'a bare yield: gives the loop one turn' };
    case 'thread':
    case 'process':
      return {
        label: `${awaiting.kind} ${awaiting.function}()`,
        detail: `${awaiting.function}() in ${awaiting.kind} ${awaiting.worker} (job ${awaiting.job})`,
      };
    default:
      return {
        label: String((awaiting as { kind: string }).kind),
        detail: String((awaiting as { kind: string }).kind),
      };
  }
}

// --- A task's happenings: the verb phrases whose subject is the task. ---

/** `suspends at line 5, awaiting asyncio.sleep(2): …` */
export const suspendsAt = (line: number | null, awaited: string) =>
  `suspends at line ${line ?? '?'}, awaiting ${awaited}`;

/** How a task ended, as a verb phrase: `finishes`, `is cancelled`, `fails with ValueError`. */
export function ends(state: 'ok' | 'error' | 'cancelled', exception: string | null): string {
  return state === 'ok' ? 'finishes' : state === 'cancelled' ? 'is cancelled' : `fails with ${exception}`;
}

/** `prints "hello"`: the printed text quoted, without its final newline. */
export const prints = (text: string) => `prints ${JSON.stringify(text.replace(/\n$/, ''))}`;

/** `creates Task-2 a() (line 11)`, or a list of them: `creates Task-2 a(), Task-3 b() and 3 more tasks (line 11)`. */
export const creates = (labels: string[], line: number | null) =>
  `creates ${joinAnd(labels)}${line ? ` (line ${line})` : ''}`;

/** `hands fetch() to thread asyncio_0 (job 1)`. */
export const handsOver = (event: EventOf<'job_submitted'>) =>
  `hands ${event.function}() to ${event.mode} ${event.worker} (job ${event.job})`;

// --- Holding the loop's thread (a `block` event) and a worker's CPU time. ---

/** What held the loop, as a verb phrase: the one wording of a block, in its segment and in its step. */
export function holdsTheLoopFor(block: EventOf<'block'>): string {
  const time = formatDuration(block.duration);
  const where = onLines(block.line, block.lines);
  if (block.reason === 'cpu') return `computes for ${time}${where}; the loop waits for it`;
  if (block.reason === 'gil') return `waits ${time} for the GIL${where}, which a thread holds while it computes`;
  return `blocks the whole loop with ${block.reason}() for ${time}${where}`;
}

/** The short label of a block's segment: `computing 5 ms`, `GIL wait 5 ms`, `time.sleep 1 s`. */
export function blockLabel(block: EventOf<'block'>): string {
  const time = formatDuration(block.duration);
  if (block.reason === 'cpu') return `computing ${time}`;
  if (block.reason === 'gil') return `GIL wait ${time}`;
  return `${block.reason} ${time}`;
}

/** What a job waited for: the GIL (threads) or a free CPU core (processes, more than there are cores). */
const waitedFor = (reason: EventOf<'job_waited'>['reason']) => (reason === 'gil' ? 'the GIL' : 'a free CPU core');

/** A worker's CPU time or wait, as a verb phrase: `computes for 5 ms on line 3`, `waits 5 ms for the GIL`. */
export function workerCpu(event: EventOf<'job_computed'> | EventOf<'job_waited'>): string {
  const time = formatDuration(event.duration);
  return event.kind === 'job_computed'
    ? `computes for ${time}${onLines(event.line)}`
    : `waits ${time} for ${waitedFor(event.reason)}${onLines(event.line)}`;
}

/** The short label of a worker's CPU segment: `CPU 5 ms`, `GIL wait 5 ms`, `core wait 5 ms`. */
export function workerCpuLabel(event: EventOf<'job_computed'> | EventOf<'job_waited'>): string {
  const what = event.kind === 'job_computed' ? 'CPU' : event.reason === 'gil' ? 'GIL wait' : 'core wait';
  return `${what} ${formatDuration(event.duration)}`;
}

/** Said of a thread's CPU segment: why threads do not compute side by side. */
export const HOLDS_THE_GIL = 'holds the GIL, so no other thread computes meanwhile';

// --- The step-through: one event as a sentence, without its time (a step puts `At 1 s: ` in front). ---

export const PROGRAM_STARTS = 'The program starts; the clock is at 0 s.';

/** `At 1 s: <text>.` */
export const atTime = (t: number, text: string) => `At ${formatInstant(t)}: ${text}.`;

/** The verb phrases and joins that make a step's sentence (steps.ts puts them in order). */
export const STEP_WORDS = {
  runs: (task: string) => `the loop runs ${task}`,
  begins: (phase: 'start' | 'resume') => (phase === 'start' ? 'starts' : 'resumes'),
  carriesOn: (task: string) => `${task} carries on`,
  /** The task's own verbs after `it`: `it prints "a" and finishes`. */
  itDoes: (verbs: string[]) => `it ${joinAnd(verbs)}`,
  cancels: (task: string) => `cancels ${task}`,
  moreTasks: (n: number) => `${n} more tasks`,
  moreThings: (n: number) => `; and ${n} more things happen`,
} as const;

/** One event in words, its subject named with `label` (a task's lane label). Ends with a full stop. */
export function eventSentence(
  event: TraceEvent,
  label: (task: string) => string,
  tasks: ReadonlyMap<string, TaskInfo>,
): string {
  switch (event.kind) {
    case 'task_created':
      return `${event.parent ?? 'asyncio.run'} creates ${event.task} ${event.coro}${event.line ? ` (line ${event.line})` : ''}.`;
    case 'ready':
      return `${label(event.task)} joins the ready queue.`;
    case 'task_step':
      return `${STEP_WORDS.runs(label(event.task))}: it ${STEP_WORDS.begins(event.phase)}.`;
    case 'task_suspended':
      return `${label(event.task)} ${suspendsAt(event.line, describeAwaiting(event.awaiting, tasks).detail)}.`;
    case 'task_done':
      return `${label(event.task)} ${ends(event.state, event.exception)}.`;
    case 'cancel_requested':
      return `${event.by ? label(event.by) : 'the event loop'} cancels ${label(event.task)}.`;
    case 'timer_scheduled':
      return `a ${event.purpose} timer (#${event.timer}) is set for ${formatDuration(event.when)}${event.task ? ` by ${event.task}` : ''}.`;
    case 'timer_fired':
      return `timer #${event.timer} fires.`;
    case 'timer_cancelled':
      return `timer #${event.timer} is cancelled.`;
    case 'loop_idle':
      return `nothing is ready, so the clock jumps from ${formatInstant(event.from)} to ${formatInstant(event.to)}.`;
    case 'block':
      return `${event.task ? label(event.task) : 'top-level code'} ${holdsTheLoopFor(event)}.`;
    case 'job_submitted':
      return `${event.function}() is handed to ${event.mode} ${event.worker} (job ${event.job}).`;
    case 'job_started':
      return `${event.worker} starts job ${event.job}.`;
    case 'job_slept':
      return `${event.worker} calls time.sleep(${event.duration}) (only that thread waits).`;
    case 'job_computed':
    case 'job_waited':
      return `${event.worker} ${workerCpu(event)}.`;
    case 'job_ended':
      return `${event.worker} finishes job ${event.job}${event.state === 'error' ? ` with ${event.exception}` : ''}.`;
    case 'output':
      return `${event.thread ?? (event.task ? label(event.task) : 'top-level code')} ${prints(event.text)}.`;
    case 'deadlock':
      return 'deadlock: no task can ever make progress.';
    case 'limit':
      return `the run is stopped: ${event.type}.`;
    case 'turn':
      return `${turnText(event, label)}.`;
    default:
      return `${unhandledKind(event)}.`;
  }
}

// --- The timeline's lanes: what each segment and marker says. ---

export const LANE_WORDS = {
  topLevel: 'top-level code (outside any task)',
  /** A JavaScript trace's top-level lane: jobs that run outside any async call. */
  callbacks: 'callbacks (timers, .then, outside any async call)',
  readyLabel: 'ready',
  runningLabel: 'running',
  ready: 'ready: queued, waiting for the event loop to run it',
  starts: 'running: starts its coroutine',
  /** Added to a segment still open when the trace ends. */
  stillSo: ' (still so when the run ended)',
} as const;

export const workerLaneLabel = (mode: string, worker: string) => `${mode} ${worker}`;
export const jobSegmentLabel = (fn: string | undefined) => `${fn ?? 'job'}()`;
export const jobSleepLabel = (seconds: number) => `time.sleep ${formatDuration(seconds)}`;
export const resumes = (line: number | null) => `running: resumes${lineAside(line)}`;
export const runsToLine = (line: number) => `, runs to line ${line}`;
export const suspendedAt = (line: number | null, awaited: string) =>
  `suspended at line ${line ?? '?'}, awaiting ${awaited}`;
export const waited = (seconds: number) => `; waited ${formatDuration(seconds)}`;
export const createdMarker = (parent: string | null, line: number | null) =>
  `created${parent ? ` by ${parent}` : ''}${lineAside(line)}`;
export const cancelMarker = (by: string | null) => `cancel() called${by ? ` by ${by}` : ' by the event loop'}`;

/** A task's end marker: `done`, `cancelled`, `raised ValueError`. */
export function doneMarker(state: 'ok' | 'error' | 'cancelled', exception: string | null): string {
  return state === 'ok' ? 'done' : state === 'cancelled' ? 'cancelled' : `raised ${exception ?? 'an exception'}`;
}

export const jobEndMarker = (job: number, state: 'ok' | 'error', exception: string | null) =>
  state === 'ok' ? `job ${job} done` : `job ${job} raised ${exception ?? 'an exception'}`;

/** A worker running a job: `runs fetch() (job 1 for Task-2) (line 7)`. */
export function runsJob(
  job: { function: string; line: number | null; task: string | null } | undefined,
  jobId: number,
): string {
  return `runs ${job?.function ?? 'a job'}() (job ${jobId}${job?.task ? ` for ${job.task}` : ''})${lineAside(job?.line ?? null)}`;
}

export const jobSleeps = (event: EventOf<'job_slept'>) =>
  `time.sleep(${event.duration}) in ${event.worker}${lineAside(event.line)}: only this thread waits, the loop goes on`;

/** A JavaScript job in words, naming its queue: `from the microtask queue, async-2 worker(1) resumes`. */
export function turnText(event: EventOf<'turn'>, label: (task: string) => string): string {
  switch (event.queue) {
    case 'script':
      return 'the script starts (the first job)';
    case 'timer':
      return `from the timer queue, timer${event.timer === null ? '' : ` #${event.timer}`} fires and its callback runs`;
    case 'microtask':
      return event.task === null
        ? 'from the microtask queue, a promise callback runs'
        : `from the microtask queue, ${label(event.task)} resumes`;
  }
}
