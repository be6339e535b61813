/**
 * The timeline's model: one lane per learner task and per simulated thread/process worker, each a list of
 * segments on the virtual-time axis (running, ready, suspended on something, blocking the loop, a job working or
 * sleeping) plus markers (created, printed, done/error/cancelled). Pure function of the trace events
 * (src/runtime/python/README.md → "Trace events"); the UI in src/components/timeline only draws it.
 *
 * The program's own CPU work costs virtual time (a deterministic count, see the runtime README): on the loop's
 * thread it shows as a `computing` segment that holds the loop, in a worker as `job-cpu`, and waits for the GIL (or
 * for a free core) as `gil-wait`. Short steps are still nearly zero-length: the view gives them a minimum width. asyncio's internal tasks (asyncio.run's shutdown helpers, `to_thread` wrappers) get no lane.
 */
import type { TraceEvent } from '../runtime/protocol.ts';
import { blockingSpans, mainTask, type BlockSpan } from './facts.ts';
import {
  LANE_WORDS,
  HOLDS_THE_GIL,
  blockLabel,
  cancelMarker,
  createdMarker,
  describeAwaiting,
  doneMarker,
  holdsTheLoopFor,
  jobEndMarker,
  jobSegmentLabel,
  jobSleepLabel,
  jobSleeps,
  laneLabel,
  resumes,
  runsJob,
  runsToLine,
  suspendedAt,
  waited,
  workerCpu,
  workerCpuLabel,
  workerLaneLabel,
} from './wording.ts';
import {
  holdsTheLoop,
  isJavaScriptTrace,
  taskTable,
  unhandledKind,
  traceEnd,
  type Awaiting,
  type TaskInfo,
} from './events.ts';

export type SegmentKind =
  'running' | 'ready' | 'suspended' | 'blocking' | 'computing' | 'gil-wait' | 'job' | 'job-sleep' | 'job-cpu';

export interface Segment {
  kind: SegmentKind;
  /** Virtual seconds, start ≤ end. */
  start: number;
  end: number;
  /** `seq` of the event that opened the segment (the step the view jumps to when it is clicked). */
  seq: number;
  /** The learner's line: where the task waits (suspended), blocks, or next stops (running); null if unknown. */
  line: number | null;
  /** Short text drawn on the segment, e.g. `sleep 2 s`, `Lock lock_a`, `time.sleep 1 s`. */
  label: string;
  /** One sentence for hover/focus and screen readers. */
  detail: string;
  /** For suspended segments: what the task awaited. */
  awaiting?: Awaiting;
}

/** `microtask` and `timer`: a JavaScript job starting on this lane (the `turn` events of src/jsrun's traces). */
export type MarkerKind =
  'created' | 'output' | 'ok' | 'error' | 'cancelled' | 'cancel-requested' | 'microtask' | 'timer';

export interface Marker {
  kind: MarkerKind;
  t: number;
  seq: number;
  /** The printed text (output), the exception type (error), or a short description. */
  text: string;
  line: number | null;
}

export interface Lane {
  /** Task name (`Task-2`), worker name (`asyncio_0`) or `top-level` for code outside any task. */
  id: string;
  kind: 'task' | 'worker' | 'top-level';
  /** As shown at the lane's start: `Task-2 fetch_data(1)`, `thread asyncio_0`. */
  label: string;
  isMain: boolean;
  task: TaskInfo | null;
  segments: Segment[];
  markers: Marker[];
}

export interface TimelineOutput {
  seq: number;
  t: number;
  stream: 'stdout' | 'stderr';
  text: string;
  /** The lane that printed it. */
  lane: string;
}

export interface TimelineModel {
  lanes: Lane[];
  /** Virtual seconds at the end of the trace (the axis runs from 0 to this). */
  end: number;
  /** Every span during which the loop was frozen (a block): drawn across all lanes. */
  blocks: BlockSpan[];
  outputs: TimelineOutput[];
  /** How many internal (asyncio's own) tasks were left out (0 when they are shown). */
  hiddenTasks: number;
  /** asyncio's own tasks (asyncio.run's shutdown helpers, `to_thread` wrappers), shown or not. */
  internalTasks: TaskInfo[];
}

export interface TimelineOptions {
  /** Also give asyncio's internal tasks a lane (normally hidden: they are not the learner's code). */
  internal?: boolean;
}

export { formatDuration, formatInstant } from './time-format.ts';
// Part of the timeline model's interface (the lanes' tests and labels use them); written in wording.ts.
export { describeAwaiting, laneLabel } from './wording.ts';

/** Builds every lane from the trace. Runs in one pass plus sorting: fine for traces of tens of thousands of events. */
export function buildTimeline(events: readonly TraceEvent[], options: TimelineOptions = {}): TimelineModel {
  const tasks = taskTable(events);
  const main = mainTask(events);
  const end = traceEnd(events);
  const hasTurns = isJavaScriptTrace(events);
  const lanes = new Map<string, Lane>();
  const taskLanes: Lane[] = [];
  const workerLanes: Lane[] = [];
  let topLevel: Lane | null = null;
  let hiddenTasks = 0;
  const internalTasks: TaskInfo[] = [];
  for (const task of tasks.values()) {
    if (task.internal) internalTasks.push(task);
    if (task.internal && !options.internal) {
      hiddenTasks++;
      continue;
    }
    const lane: Lane = {
      id: task.name,
      kind: 'task',
      label: laneLabel(task),
      isMain: task.name === main?.name,
      task,
      segments: [],
      markers: [],
    };
    lanes.set(task.name, lane);
    if (lane.isMain) taskLanes.unshift(lane);
    else taskLanes.push(lane);
  }
  const topLane = (): Lane => {
    topLevel ??= {
      id: 'top-level',
      kind: 'top-level',
      label: hasTurns ? LANE_WORDS.callbacks : LANE_WORDS.topLevel,
      isMain: false,
      task: null,
      segments: [],
      markers: [],
    };
    return topLevel;
  };
  const workerLane = (worker: string, mode: string): Lane => {
    let lane = lanes.get(`worker:${worker}`);
    if (!lane) {
      lane = {
        id: worker,
        kind: 'worker',
        label: workerLaneLabel(mode, worker),
        isMain: false,
        task: null,
        segments: [],
        markers: [],
      };
      lanes.set(`worker:${worker}`, lane);
      workerLanes.push(lane);
    }
    return lane;
  };

  // Per task: the open segment and where the last step will stop (for running segments' lines).
  const open = new Map<string, Segment>();
  const lastLine = new Map<string, number | null>();
  const close = (task: string, t: number) => {
    const segment = open.get(task);
    if (segment) {
      segment.end = Math.max(segment.start, t);
      open.delete(task);
    }
  };
  const start = (task: string, segment: Segment) => {
    close(task, segment.start);
    lanes.get(task)!.segments.push(segment);
    open.set(task, segment);
  };
  const jobs = new Map<number, { mode: string; function: string; line: number | null; task: string | null }>();
  const openJobs = new Map<number, Segment>();
  const outputs: TimelineOutput[] = [];

  for (const event of events) {
    switch (event.kind) {
      case 'task_created': {
        const lane = lanes.get(event.task);
        if (lane) {
          lane.markers.push({
            kind: 'created',
            t: event.t,
            seq: event.seq,
            text: createdMarker(event.parent, event.line),
            line: event.line,
          });
        }
        break;
      }
      case 'ready': {
        if (!lanes.has(event.task)) continue;
        start(event.task, {
          kind: 'ready',
          start: event.t,
          end: event.t,
          seq: event.seq,
          line: lastLine.get(event.task) ?? null,
          label: LANE_WORDS.readyLabel,
          detail: LANE_WORDS.ready,
        });
        break;
      }
      case 'task_step': {
        if (!lanes.has(event.task)) continue;
        const from = lastLine.get(event.task) ?? null;
        start(event.task, {
          kind: 'running',
          start: event.t,
          end: event.t,
          seq: event.seq,
          line: from,
          label: LANE_WORDS.runningLabel,
          detail: event.phase === 'start' ? LANE_WORDS.starts : resumes(from),
        });
        break;
      }
      case 'task_suspended': {
        if (!lanes.has(event.task)) continue;
        const running = open.get(event.task);
        if (running?.kind === 'running' && event.line !== null) {
          running.line = event.line;
          running.detail += runsToLine(event.line);
        }
        lastLine.set(event.task, event.line);
        const what = describeAwaiting(event.awaiting, tasks);
        start(event.task, {
          kind: 'suspended',
          start: event.t,
          end: event.t,
          seq: event.seq,
          line: event.line,
          label: what.label,
          detail: suspendedAt(event.line, what.detail),
          awaiting: event.awaiting,
        });
        break;
      }
      case 'task_done': {
        const lane = lanes.get(event.task);
        if (!lane) continue;
        close(event.task, event.t);
        const text = doneMarker(event.state, event.exception);
        lane.markers.push({ kind: event.state, t: event.t, seq: event.seq, text, line: null });
        break;
      }
      case 'cancel_requested': {
        const lane = lanes.get(event.task);
        if (lane) {
          lane.markers.push({
            kind: 'cancel-requested',
            t: event.t,
            seq: event.seq,
            text: cancelMarker(event.by),
            line: null,
          });
        }
        break;
      }
      case 'block': {
        // Every step computes a little; only holds long enough to matter get their own segment.
        if (!holdsTheLoop(event)) continue;
        const lane = event.task === null ? topLane() : lanes.get(event.task);
        if (!lane) continue;
        const segment: Segment = {
          kind: event.reason === 'cpu' ? 'computing' : event.reason === 'gil' ? 'gil-wait' : 'blocking',
          line: event.reason === 'cpu' ? (event.lines?.[0] ?? event.line) : event.line,
          label: blockLabel(event),
          detail: holdsTheLoopFor(event),
          start: event.t,
          end: event.t + event.duration,
          seq: event.seq,
        };
        if (event.task !== null && open.has(event.task)) {
          // The running step is split around the block: running before, blocking, running after.
          const running = open.get(event.task)!;
          running.end = event.t;
          open.delete(event.task);
          lane.segments.push(segment);
          start(event.task, { ...running, start: segment.end, end: segment.end, seq: event.seq });
        } else lane.segments.push(segment);
        break;
      }
      case 'job_submitted': {
        jobs.set(event.job, { mode: event.mode, function: event.function, line: event.line, task: event.task });
        workerLane(event.worker, event.mode);
        break;
      }
      case 'job_started': {
        const job = jobs.get(event.job);
        const lane = workerLane(event.worker, job?.mode ?? 'thread');
        const segment: Segment = {
          kind: 'job',
          start: event.t,
          end: event.t,
          seq: event.seq,
          line: job?.line ?? null,
          label: jobSegmentLabel(job?.function),
          detail: runsJob(job, event.job),
        };
        lane.segments.push(segment);
        openJobs.set(event.job, segment);
        break;
      }
      case 'job_slept': {
        const lane = workerLane(event.worker, jobs.get(event.job)?.mode ?? 'thread');
        lane.segments.push({
          kind: 'job-sleep',
          start: event.t,
          end: event.t + event.duration,
          seq: event.seq,
          line: event.line,
          label: jobSleepLabel(event.duration),
          detail: jobSleeps(event),
        });
        break;
      }
      case 'job_computed':
      case 'job_waited': {
        const mode = jobs.get(event.job)?.mode ?? 'thread';
        const lane = workerLane(event.worker, mode);
        const computing = event.kind === 'job_computed';
        lane.segments.push({
          kind: computing ? 'job-cpu' : 'gil-wait',
          start: event.t,
          end: event.t + event.duration,
          seq: event.seq,
          line: event.line,
          label: workerCpuLabel(event),
          detail: `${workerCpu(event)} in ${mode} ${event.worker}${computing && mode === 'thread' ? `: ${HOLDS_THE_GIL}` : ''}`,
        });
        break;
      }
      case 'job_ended': {
        const segment = openJobs.get(event.job);
        if (segment) segment.end = Math.max(segment.start, event.t);
        openJobs.delete(event.job);
        const lane = workerLane(event.worker, jobs.get(event.job)?.mode ?? 'thread');
        lane.markers.push({
          kind: event.state,
          t: event.t,
          seq: event.seq,
          text: jobEndMarker(event.job, event.state, event.exception),
          line: null,
        });
        break;
      }
      case 'output': {
        let lane: Lane | undefined;
        if (event.thread) lane = lanes.get(`worker:${event.thread}`) ?? workerLane(event.thread, 'thread');
        else if (event.task) lane = lanes.get(event.task);
        lane ??= event.task === null ? topLane() : (taskLanes[0] ?? topLane());
        lane.markers.push({ kind: 'output', t: event.t, seq: event.seq, text: event.text, line: null });
        outputs.push({
          seq: event.seq,
          t: event.t,
          stream: event.stream,
          text: event.text,
          lane: lane.id === 'top-level' && hasTurns ? 'callbacks' : lane.id,
        });
        break;
      }
      case 'turn': {
        // JavaScript: where a job from the microtask queue or a timer starts (the script's own start is not marked).
        if (event.queue === 'script') break;
        const lane = event.task === null ? topLane() : lanes.get(event.task);
        if (!lane) break;
        const text =
          event.queue === 'timer'
            ? `timer${event.timer === null ? '' : ` #${event.timer}`} fires: its callback runs (timer queue)`
            : event.task === null
              ? 'a promise callback runs (microtask queue)'
              : 'resumes from the microtask queue';
        lane.markers.push({ kind: event.queue, t: event.t, seq: event.seq, text, line: null });
        break;
      }
      case 'timer_scheduled':
      case 'timer_fired':
      case 'timer_cancelled':
      case 'loop_idle':
      case 'deadlock':
      case 'limit':
        break; // the loop's own bookkeeping: no lane shows it
      default:
        unhandledKind(event);
    }
  }
  for (const segment of open.values()) segment.end = Math.max(segment.start, end);
  for (const segment of openJobs.values()) segment.end = Math.max(segment.start, end);
  for (const segment of [...open.values(), ...openJobs.values()]) segment.detail += LANE_WORDS.stillSo;
  const all = [...taskLanes, ...(topLevel ? [topLevel] : []), ...workerLanes];
  for (const lane of all)
    for (const segment of lane.segments)
      if (segment.kind === 'suspended') {
        segment.detail += waited(segment.end - segment.start);
      }
  const blocks = blockingSpans(events).filter(holdsTheLoop);
  return { lanes: all, end, blocks, outputs, hiddenTasks, internalTasks };
}

/** Nice axis ticks from 0 to `end`: steps of 1, 2 or 5 × 10ⁿ, at most `maxTicks` intervals. */
export function axisTicks(end: number, maxTicks = 8): number[] {
  if (!(end > 0)) return [0];
  const rough = end / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let i = 0; i * step <= end + step * 1e-9; i++) ticks.push(+(i * step).toPrecision(12));
  return ticks;
}
