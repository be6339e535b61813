/**
 * Step-through model: the event loop's state after each step, like the frames of a textbook animation — the
 * clock, the task running now and its line, the ready queue in order, suspended tasks with what each waits for,
 * pending timers, busy threads, and how much output has appeared.
 *
 * A step is one moment a beginner would name, not one trace event: a task's turn on the loop (from the moment it
 * starts or resumes until it suspends or finishes, with what it created and printed on the way), a jump of the
 * clock while nothing is ready (with the timers that fire), a block that holds the loop for at least
 * HOLD_THRESHOLD, a thread or process starting or ending a job, a deadlock or a stopped run. Shorter blocks and
 * clock jumps (the microseconds of CPU time every turn costs) fold into the step around them, and so do the events
 * of asyncio's internal tasks unless they are shown.
 *
 * Step 0 is the state before anything happened. States are recomputed from checkpoints on demand (`at(i)`), so a
 * 2,000-task trace costs no more memory than a few dozen snapshots, and `at(i)` always returns an equal state:
 * stepping forward then back shows exactly what it showed.
 */
import type { TraceEvent } from '../runtime/protocol.ts';
import {
  PROGRAM_STARTS,
  atTime,
  creates,
  describeAwaiting,
  ends,
  eventSentence,
  handsOver,
  STEP_WORDS,
  laneLabel,
  prints,
  suspendsAt,
  turnText,
} from './wording.ts';
import { HOLD_THRESHOLD, holdsTheLoop, isKind, taskTable, unhandledKind, type TaskInfo } from './events.ts';

export interface TaskRef {
  task: string;
  /** `Task-2 download('a')`. */
  label: string;
}

export interface SuspendedTask extends TaskRef {
  /** What it waits for, e.g. `sleep 1 s`, `Lock lock_a`. */
  awaiting: string;
  line: number | null;
  since: number;
}

export interface PendingTimer {
  timer: number;
  when: number;
  purpose: string;
  task: string | null;
}

export interface BusyWorker {
  worker: string;
  job: number;
  function: string;
  /** Set while the job is inside time.sleep: the instant it wakes. */
  sleepingUntil: number | null;
}

export interface FinishedTask extends TaskRef {
  state: 'ok' | 'error' | 'cancelled';
  exception: string | null;
}

export interface LoopState {
  /** 0 = before the first event. */
  index: number;
  /** `seq` of the event this step shows (0 for step 0). */
  seq: number;
  /** The virtual clock. */
  clock: number;
  /** What just happened, in one sentence. */
  description: string;
  running: (TaskRef & { line: number | null }) | null;
  /** The task whose turn this step showed (it may have suspended or finished by the step's end). */
  turn: (TaskRef & { line: number | null }) | null;
  /** Set while time.sleep (or a blocking call) holds the loop: nothing else can run. */
  blocking: { task: string | null; line: number | null; until: number; reason: string } | null;
  ready: TaskRef[];
  suspended: SuspendedTask[];
  timers: PendingTimer[];
  workers: BusyWorker[];
  finished: FinishedTask[];
  /** How many output events have happened (index into the trace's output events, in order). */
  outputCount: number;
  /** JavaScript traces: the queue the job of this step came from (null for Python, or a step inside a job). */
  queue: 'script' | 'microtask' | 'timer' | null;
}

interface Mutable {
  clock: number;
  running: string | null;
  runningLine: number | null;
  turn: string | null;
  blocking: LoopState['blocking'];
  ready: string[];
  suspended: Map<string, Omit<SuspendedTask, 'label'>>;
  timers: Map<number, PendingTimer>;
  workers: Map<string, BusyWorker>;
  finished: Array<Omit<FinishedTask, 'label'>>;
  outputCount: number;
  queue: LoopState['queue'];
}

const fresh = (): Mutable => ({
  clock: 0,
  running: null,
  runningLine: null,
  turn: null,
  blocking: null,
  ready: [],
  suspended: new Map(),
  timers: new Map(),
  workers: new Map(),
  finished: [],
  outputCount: 0,
  queue: null,
});

const copy = (s: Mutable): Mutable => ({
  ...s,
  blocking: s.blocking && { ...s.blocking },
  ready: [...s.ready],
  suspended: new Map(s.suspended),
  timers: new Map(s.timers),
  workers: new Map([...s.workers].map(([k, v]) => [k, { ...v }])),
  finished: [...s.finished],
});

const CHECKPOINT_EVERY = 128;
/** A step's description lists at most this many happenings, then says how many more there were. */
const MAX_CLAUSES = 8;
/** A list of tasks in a description names at most this many. */
const MAX_NAMED = 5;

export interface StepOptions {
  /** Also step through asyncio's internal tasks (normally folded away: they are not the learner's code). */
  internal?: boolean;
}

/** One happening of a step, in words: `own` = a verb phrase whose subject is the task taking its turn. */
interface Clause {
  own: boolean;
  text: string;
  /** For a creation: the tasks created so far from one line (later ones from that line join the list). */
  created?: { line: number | null; tasks: string[] };
}

export class LoopSteps {
  /** Number of steps, step 0 included. */
  readonly length: number;
  private readonly tasks: Map<string, TaskInfo>;
  /** For each step ≥ 1: the indices (into `events`) of the events it applies. */
  private readonly stepStart: number[] = [];
  private readonly checkpoints: Mutable[] = [];
  /** For each event index of a task_step: the line the step stops at (its suspension or block), if any. */
  private readonly stepLine = new Map<number, number | null>();
  private readonly jobs = new Map<number, { function: string }>();
  /** For each step ≥ 1: the task holding the loop's thread when it begins (its turn, or the turn it continues). */
  private readonly stepRunner: Array<string | null> = [];
  /** Timers that only hand a thread or process job over (never worth a clause of their own). */
  private readonly plumbing = new Set<number>();

  private readonly events: readonly TraceEvent[];
  private readonly showInternal: boolean;

  constructor(events: readonly TraceEvent[], options: StepOptions = {}) {
    this.events = events;
    this.showInternal = options.internal === true;
    this.tasks = taskTable(events);
    const pendingStep = new Map<string, number>();
    let lead: TraceEvent | null = null;
    let afterHold = false;
    let running: string | null = null;
    events.forEach((event, i) => {
      if (isKind(event, 'job_submitted')) this.jobs.set(event.job, { function: event.function });
      if (isKind(event, 'timer_scheduled') && (event.purpose === 'thread' || event.purpose === 'process'))
        this.plumbing.add(event.timer);
      if (isKind(event, 'task_step')) pendingStep.set(event.task, i);
      else if (isKind(event, 'task_suspended') || isKind(event, 'block')) {
        const at = event.task === null ? undefined : pendingStep.get(event.task);
        if (at !== undefined && !this.stepLine.has(at)) this.stepLine.set(at, event.line);
      }
      if (this.isHidden(event) && i > 0) return;
      if (isKind(event, 'task_step')) running = event.task;
      if (isKind(event, 'turn')) running = event.task;
      if (i === 0 || afterHold || this.startsStep(event, lead)) {
        this.stepStart.push(i);
        this.stepRunner.push(running);
        lead = event;
      }
      if ((isKind(event, 'task_suspended') || isKind(event, 'task_done')) && event.task === running) running = null;
      if (isKind(event, 'loop_idle')) running = null;
      // What follows a long hold is a step of its own: the hold's step shows the loop frozen and nothing else.
      afterHold = isKind(event, 'block') && holdsTheLoop(event);
    });
    this.length = this.stepStart.length + 1;
    const state = fresh();
    this.checkpoints.push(copy(state));
    for (let step = 1; step < this.length; step++) {
      this.applyStep(state, step);
      if (step % CHECKPOINT_EVERY === 0) this.checkpoints.push(copy(state));
    }
  }

  /** The loop's state at step `index` (clamped to 0 … length − 1). */
  at(index: number): LoopState {
    const i = Math.max(0, Math.min(this.length - 1, Math.trunc(index)));
    const base = Math.floor(i / CHECKPOINT_EVERY);
    const state = copy(this.checkpoints[base]!);
    for (let step = base * CHECKPOINT_EVERY + 1; step <= i; step++) this.applyStep(state, step);
    return this.view(state, i);
  }

  /** The first step that shows the event with this `seq` (or the last step before it). */
  stepOfSeq(seq: number): number {
    let lo = 1;
    let hi = this.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[this.stepStart[mid - 1]!]!.seq <= seq) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** One sentence per step (step 0 included): the text alternative of the whole run. */
  descriptions(from = 0, to = this.length): string[] {
    const out: string[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++)
      out.push(i === 0 ? this.initial() : this.describeStep(i));
    return out;
  }

  /** The virtual time of each step (for the timeline's cursor). */
  timeOf(index: number): number {
    if (index <= 0) return 0;
    const event = this.events[this.stepStart[Math.min(index, this.length - 1) - 1]!]!;
    return isKind(event, 'loop_idle') ? event.to : event.t;
  }

  /** Whether this (visible) event begins a new step, given the event that began the current one. */
  private startsStep(event: TraceEvent, lead: TraceEvent | null): boolean {
    // A JavaScript job (`turn`) is a step; the async call it resumes is part of it.
    if (isKind(event, 'turn')) return true;
    if (isKind(event, 'task_step')) return !(lead !== null && isKind(lead, 'turn') && lead.task === event.task);
    if (isKind(event, 'block')) return holdsTheLoop(event);
    if (isKind(event, 'loop_idle')) return event.to - event.from >= HOLD_THRESHOLD;
    if (isKind(event, 'deadlock') || isKind(event, 'limit')) return true;
    // Workers starting (or ending) jobs at one instant are one step.
    if (isKind(event, 'job_started') || isKind(event, 'job_ended'))
      return !(lead !== null && lead.kind === event.kind && lead.t === event.t);
    return false;
  }

  private initial(): string {
    return PROGRAM_STARTS;
  }

  private isHidden(event: TraceEvent): boolean {
    if (this.showInternal) return false;
    const task = 'task' in event && typeof event.task === 'string' ? event.task : null;
    return task !== null && this.tasks.get(task)?.internal === true && event.kind !== 'output';
  }

  private label(task: string): string {
    const info = this.tasks.get(task);
    return info ? laneLabel(info) : task;
  }

  private applyStep(state: Mutable, step: number): void {
    const first = this.stepStart[step - 1]!;
    const last = step < this.stepStart.length ? this.stepStart[step]! : this.events.length;
    state.blocking = null;
    state.turn = null;
    state.queue = null;
    for (let i = first; i < last; i++) this.apply(state, this.events[i]!, i);
  }

  private apply(s: Mutable, event: TraceEvent, index: number): void {
    s.clock = Math.max(s.clock, event.t);
    switch (event.kind) {
      case 'ready': {
        s.suspended.delete(event.task);
        if (s.running === event.task) s.running = null;
        s.ready.push(event.task);
        break;
      }
      case 'task_step': {
        const at = s.ready.indexOf(event.task);
        if (at >= 0) s.ready.splice(at, 1);
        s.suspended.delete(event.task);
        s.running = event.task;
        s.runningLine = this.stepLine.get(index) ?? null;
        s.turn ??= event.task;
        break;
      }
      case 'task_suspended': {
        if (s.running === event.task) s.running = null;
        s.suspended.set(event.task, {
          task: event.task,
          awaiting: describeAwaiting(event.awaiting, this.tasks).label,
          line: event.line,
          since: event.t,
        });
        break;
      }
      case 'task_done': {
        if (s.running === event.task) s.running = null;
        s.suspended.delete(event.task);
        const at = s.ready.indexOf(event.task);
        if (at >= 0) s.ready.splice(at, 1);
        if (this.visible(event.task))
          s.finished.push({ task: event.task, state: event.state, exception: event.exception });
        break;
      }
      case 'timer_scheduled': {
        s.timers.set(event.timer, { timer: event.timer, when: event.when, purpose: event.purpose, task: event.task });
        break;
      }
      case 'timer_fired':
      case 'timer_cancelled': {
        s.timers.delete(event.timer);
        break;
      }
      case 'loop_idle': {
        s.running = null;
        s.clock = Math.max(s.clock, event.to);
        break;
      }
      case 'block': {
        if (holdsTheLoop(event))
          s.blocking = { task: event.task, line: event.line, until: event.t + event.duration, reason: event.reason };
        s.clock = Math.max(s.clock, event.t + event.duration);
        break;
      }
      case 'job_started': {
        const submitted = this.jobs.get(event.job);
        s.workers.set(event.worker, {
          worker: event.worker,
          job: event.job,
          function: submitted?.function ?? 'job',
          sleepingUntil: null,
        });
        break;
      }
      case 'job_slept': {
        const worker = s.workers.get(event.worker);
        if (worker) worker.sleepingUntil = event.t + event.duration;
        break;
      }
      case 'job_ended': {
        s.workers.delete(event.worker);
        break;
      }
      case 'output': {
        s.outputCount++;
        break;
      }
      case 'turn': {
        s.queue = event.queue;
        if (event.task === null) s.running = null;
        break;
      }
      case 'task_created':
      case 'cancel_requested':
      case 'job_submitted':
      case 'job_computed':
      case 'job_waited':
      case 'deadlock':
      case 'limit':
        break; // no part of the loop's state
      default:
        unhandledKind(event);
    }
  }

  private visible(task: string): boolean {
    return this.showInternal || this.tasks.get(task)?.internal !== true;
  }

  /** The step in words: `At 1 s: ` then what happened, the task taking its turn as the subject of its verbs. */
  private describeStep(step: number): string {
    const first = this.stepStart[step - 1]!;
    const last = step < this.stepStart.length ? this.stepStart[step]! : this.events.length;
    const lead = this.events[first]!;
    const runner = this.stepRunner[step - 1] ?? null;
    const clauses: Clause[] = [];
    const createdHere = new Set<string>();
    for (let i = first; i < last; i++) {
      const event = this.events[i]!;
      if (this.isHidden(event)) continue;
      if (isKind(event, 'task_created')) createdHere.add(event.task);
      // A task created in this very step is queued as part of being created.
      if (isKind(event, 'ready') && createdHere.has(event.task)) continue;
      const previous = clauses.at(-1);
      // Tasks created one after another from one line read as one list: "creates Task-2 … and Task-3 … (line 11)".
      if (isKind(event, 'task_created') && previous?.created && previous.created.line === event.line) {
        previous.created.tasks.push(event.task);
        continue;
      }
      const clause = this.clause(event, runner, i === first);
      if (clause) clauses.push(clause);
      if (i === first && isKind(event, 'task_step')) clauses.push({ own: true, text: STEP_WORDS.begins(event.phase) });
    }
    for (const clause of clauses) if (clause.created) clause.text = this.creations(clause.created);
    // The turn's own doings first, then what it caused elsewhere (a waiting task becoming ready, a timer firing).
    const [head, ...rest] = clauses;
    const ordered = head ? [head, ...rest.filter((c) => c.own), ...rest.filter((c) => !c.own)] : [];
    if (runner !== null && ordered[0]?.own)
      ordered.unshift({ own: false, text: STEP_WORDS.carriesOn(this.label(runner)) });
    const shown = ordered.length > MAX_CLAUSES ? ordered.slice(0, MAX_CLAUSES - 1) : ordered;
    const parts: string[] = [];
    for (let i = 0; i < shown.length;) {
      if (!shown[i]!.own) {
        parts.push(shown[i++]!.text);
        continue;
      }
      const verbs: string[] = [];
      while (i < shown.length && shown[i]!.own) verbs.push(shown[i++]!.text);
      parts.push(STEP_WORDS.itDoes(verbs));
    }
    const ownFollows = shown.length > 1 && !shown[0]!.own && shown[1]!.own;
    let text = ownFollows ? `${parts[0]}: ${parts.slice(1).join('; ')}` : parts.join('; ');
    if (ordered.length > shown.length) text += STEP_WORDS.moreThings(ordered.length - shown.length);
    return atTime(isKind(lead, 'loop_idle') ? lead.to : lead.t, text);
  }

  /** `creates Task-2 a(), Task-3 b() and Task-4 c() (line 11)`; a long list names the first few and counts the rest. */
  private creations({ line, tasks }: { line: number | null; tasks: string[] }): string {
    const named = tasks.slice(0, MAX_NAMED).map((task) => this.label(task));
    if (tasks.length > MAX_NAMED) named.push(STEP_WORDS.moreTasks(tasks.length - MAX_NAMED));
    return creates(named, line);
  }

  /** One event as a clause of its step's sentence (null: implied by another clause, or too small to mention). */
  private clause(event: TraceEvent, runner: string | null, leads: boolean): Clause | null {
    const own = (text: string): Clause => ({ own: true, text });
    const other = (text: string): Clause => ({ own: false, text });
    const mine =
      runner !== null &&
      (isKind(event, 'task_created') ? event.parent === runner : 'task' in event && event.task === runner);
    if (isKind(event, 'task_step') && leads) return other(STEP_WORDS.runs(this.label(event.task)));
    // Only a JavaScript job's own resumption follows its `turn` inside a step: the turn's clause tells it.
    if (isKind(event, 'task_step')) return null;
    if (isKind(event, 'turn')) return leads ? other(turnText(event, (task) => this.label(task))) : null;
    if (isKind(event, 'task_created') && mine)
      return {
        ...own(creates([this.label(event.task)], event.line)),
        created: { line: event.line, tasks: [event.task] },
      };
    // The hand-over timers of thread and process jobs are plumbing: the job's start and end are told instead.
    if (isKind(event, 'timer_fired') && this.plumbing.has(event.timer)) return null;
    if (isKind(event, 'task_suspended') && mine) {
      const what = describeAwaiting(event.awaiting, this.tasks);
      return own(suspendsAt(event.line, what.detail));
    }
    if (isKind(event, 'task_done') && mine) return own(ends(event.state, event.exception));
    if (isKind(event, 'output') && mine && !event.thread) return own(prints(event.text));
    if (isKind(event, 'cancel_requested') && runner !== null && event.by === runner)
      return own(STEP_WORDS.cancels(this.label(event.task)));
    if (isKind(event, 'job_submitted') && runner !== null && event.task === runner) return own(handsOver(event));
    // Timers a task sets for its own sleep or thread job are implied by what it awaits.
    if (isKind(event, 'timer_scheduled') && !leads && event.purpose !== 'timeout' && event.purpose !== 'callback')
      return null;
    if (isKind(event, 'block') && !holdsTheLoop(event)) return null;
    if ((isKind(event, 'job_computed') || isKind(event, 'job_waited')) && !holdsTheLoop(event)) return null;
    if (isKind(event, 'loop_idle') && !leads && event.to - event.from < HOLD_THRESHOLD) return null;
    return other(eventSentence(event, (task) => this.label(task), this.tasks).replace(/\.$/, ''));
  }

  private view(s: Mutable, index: number): LoopState {
    const ref = (task: string): TaskRef => ({ task, label: this.label(task) });
    const visible = (task: string) => this.visible(task);
    const event = index === 0 ? null : this.events[this.stepStart[index - 1]!]!;
    return {
      index,
      seq: event?.seq ?? 0,
      clock: s.clock,
      description: index === 0 ? this.initial() : this.describeStep(index),
      running: s.running && visible(s.running) ? { ...ref(s.running), line: s.runningLine } : null,
      turn: s.turn && visible(s.turn) ? { ...ref(s.turn), line: s.runningLine } : null,
      blocking: s.blocking,
      ready: s.ready.filter(visible).map(ref),
      suspended: [...s.suspended.values()]
        .filter((entry) => visible(entry.task))
        .map((entry) => ({ ...entry, label: this.label(entry.task) })),
      timers: [...s.timers.values()].sort((a, b) => a.when - b.when || a.timer - b.timer),
      workers: [...s.workers.values()].sort((a, b) => a.worker.localeCompare(b.worker)),
      finished: s.finished.map((entry) => ({ ...entry, label: this.label(entry.task) })),
      outputCount: s.outputCount,
      queue: s.queue,
    };
  }
}

/** Every step's state at once (for small traces and tests; the UI uses `LoopSteps.at`). */
export function loopStates(events: readonly TraceEvent[], options: StepOptions = {}): LoopState[] {
  const steps = new LoopSteps(events, options);
  return Array.from({ length: steps.length }, (_, i) => steps.at(i));
}
