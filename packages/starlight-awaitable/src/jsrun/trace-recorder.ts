/**
 * The JavaScript run's trace, in the one trace schema (src/trace/schema.ts): async calls as lanes (`task_*`), each
 * `await` as a suspension and its resumption, the job each piece of code ran in (`turn`: script, microtask or
 * timer), timers and output. Also the lane bookkeeping the hooks need: which async call is running now (the top of
 * a stack, since an async call runs synchronously inside its caller until its first `await`).
 */
import type { Awaiting, TraceEvent } from '../trace/schema.ts';
import type { FunctionMeta } from './instrument.ts';

type Fields<K extends TraceEvent['kind']> = Omit<Extract<TraceEvent, { kind: K }>, 'seq' | 't' | 'kind'>;

export interface Lane {
  name: string;
  suspended: boolean;
  failed: unknown;
  hasFailed: boolean;
  done: boolean;
}

export const SCRIPT_LANE = 'script';

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  private seq = 0;
  /** The running lanes, innermost last; `null` marks a callback (timer, `.then`) running outside any async call. */
  private readonly stack: (Lane | null)[] = [];
  private calls = 0;
  /** Promises made by traced async calls, and the lane each belongs to (what an `await` waits for). */
  readonly lanePromises = new WeakMap<object, string>();
  /** Promises made by Promise.all/allSettled/race/any, and the lanes they combine. */
  readonly combined = new WeakMap<object, string[]>();

  private readonly now: () => number;
  private readonly recording: boolean;
  private readonly callLine: () => number | null;
  private readonly describeArgs: (args: unknown[]) => string;

  constructor(
    now: () => number,
    recording: boolean,
    callLine: () => number | null,
    describeArgs: (args: unknown[]) => string,
  ) {
    this.now = now;
    this.recording = recording;
    this.callLine = callLine;
    this.describeArgs = describeArgs;
  }

  emit<K extends TraceEvent['kind']>(kind: K, fields: Fields<K>): void {
    if (!this.recording) return;
    this.events.push({ seq: ++this.seq, t: this.now(), kind, ...fields } as Extract<TraceEvent, { kind: K }>);
  }

  /** The async call running now (null: top-level code of a callback). */
  current(): string | null {
    return this.stack.at(-1)?.name ?? null;
  }

  script(): Lane {
    const lane = this.newLane(SCRIPT_LANE);
    this.emit('task_created', { task: lane.name, coro: '', parent: null, line: null, internal: false });
    this.emit('turn', { queue: 'script', task: lane.name, timer: null });
    this.emit('task_step', { task: lane.name, phase: 'start' });
    this.stack.push(lane);
    return lane;
  }

  /** An instrumented async function was called: a new lane, running at once inside its caller. */
  enter(meta: FunctionMeta, args: unknown[]): Lane {
    const lane = this.newLane(`async-${++this.calls}`);
    this.emit('task_created', {
      task: lane.name,
      coro: `${meta.name}(${this.describeArgs(args)})`,
      parent: this.current(),
      line: this.callLine(),
      internal: false,
    });
    this.emit('task_step', { task: lane.name, phase: 'start' });
    this.stack.push(lane);
    return lane;
  }

  /** The call returned its promise to the caller; a lane still on top threw before its body (a default argument). */
  entered(lane: Lane, promise: unknown): void {
    if (typeof promise === 'object' && promise !== null) this.lanePromises.set(promise, lane.name);
    if (this.stack.at(-1) === lane && !lane.suspended) {
      this.stack.pop();
      lane.done = true;
      this.emit('task_done', { task: lane.name, state: 'error', exception: null });
    }
  }

  suspend(lane: Lane, line: number | null, awaited: unknown): void {
    if (lane.done) return;
    this.emit('task_suspended', { task: lane.name, line, awaiting: this.awaiting(awaited) });
    lane.suspended = true;
    this.pop(lane);
  }

  /** The lane resumes after an `await`: a new microtask job (a no-op if it was not suspended). */
  resumed(lane: Lane): void {
    if (!lane.suspended || lane.done) return;
    lane.suspended = false;
    this.emit('turn', { queue: 'microtask', task: lane.name, timer: null });
    this.emit('task_step', { task: lane.name, phase: 'resume' });
    this.stack.push(lane);
  }

  fail(lane: Lane, error: unknown): void {
    this.resumed(lane);
    lane.failed = error;
    lane.hasFailed = true;
  }

  exit(lane: Lane): void {
    this.resumed(lane);
    if (lane.done) return;
    lane.done = true;
    const exception = lane.hasFailed ? errorName(lane.failed) : null;
    this.emit('task_done', { task: lane.name, state: lane.hasFailed ? 'error' : 'ok', exception });
    this.pop(lane);
  }

  /** A callback job (timer, `.then`, queueMicrotask) runs outside any async call. */
  callback<T>(queue: 'microtask' | 'timer', timer: number | null, run: () => T): T {
    this.emit('turn', { queue, task: null, timer });
    this.stack.push(null);
    try {
      return run();
    } finally {
      this.stack.pop();
    }
  }

  private awaiting(value: unknown): Awaiting {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return { kind: 'yield' };
    const lane = this.lanePromises.get(value);
    if (lane) return { kind: 'task', task: lane };
    const lanes = this.combined.get(value);
    if (lanes) return { kind: 'gather', tasks: lanes };
    return typeof (value as { then?: unknown }).then === 'function' ? { kind: 'promise' } : { kind: 'yield' };
  }

  private newLane(name: string): Lane {
    return { name, suspended: false, failed: undefined, hasFailed: false, done: false };
  }

  private pop(lane: Lane): void {
    const at = this.stack.lastIndexOf(lane);
    if (at >= 0) this.stack.splice(at, 1);
  }
}

export function errorName(error: unknown): string {
  if (error instanceof Error) return error.name;
  if (typeof error === 'object' && error !== null) return 'Object';
  return typeof error;
}
