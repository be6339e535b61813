/**
 * Runs one instrumented program under a virtual clock and answers with a RunResult (src/runtime/protocol.ts), the
 * same shape as a Python run. Runs inside a thread of its own (a Web Worker in the browser, a worker_threads Worker
 * in Node), which the host throws away after the run: globals the program changed never reach the next run.
 *
 * The event loop is the engine's own, with its real microtask queue; only timers and clocks are fake
 * (@sinonjs/fake-timers). The loop here runs one timer at a time and, between timers, waits for a real macrotask
 * (`host.nextTask`), by which time the engine has run every microtask — so microtasks run before the next timer
 * exactly as in Node and browsers, and `setTimeout(…, 2000)` fires at once while `Date.now()` and
 * `performance.now()` see 2 s pass. Timer delays follow Node (below 1 ms, or beyond 2³¹−1, means 1 ms).
 */
import FakeTimers from '@sinonjs/fake-timers';
import type { OutputChunk, RunError, RunResult } from '../runtime/protocol.ts';
import { formatArgs, inspectValue } from './format.ts';
import type { FunctionMeta } from './instrument.ts';
import { sourceLine } from './source-lines.ts';
import { errorName, TraceRecorder, type Lane } from './trace-recorder.ts';
import {
  noInputMessage,
  outputLimitMessage,
  timerLimitMessage,
  unhandledNonErrorMessage,
  unsettledTopLevelAwaitMessage,
  virtualTimeLimitMessage,
} from './wording.ts';

/** Same start as the Python runtime's clock: 2026-01-01 09:00:00 UTC. */
export const EPOCH_MS = 1767258000 * 1000;
export const MAX_VIRTUAL_SECONDS = 3600;
export const MAX_OUTPUT_BYTES = 1_000_000;
export const MAX_TIMERS = 100_000;
export const PROGRAM_URL = 'awaitable-program.js';

export const UNHANDLED_REJECTION = 'UnhandledPromiseRejection';
export const VIRTUAL_TIME_LIMIT = 'VirtualTimeLimitExceeded';
export const OUTPUT_LIMIT = 'OutputLimitExceeded';
export const TIMER_LIMIT = 'TimerLimitExceeded';
export const UNSETTLED_AWAIT = 'UnsettledTopLevelAwait';

export interface RunnerHost {
  /** Resolves in a new macrotask: by then the engine has run every microtask queued before (and by them). */
  nextTask(): Promise<void>;
  /** Calls `listener` for each promise rejected with no handler (the engine's own detection). */
  onUnhandledRejection(listener: (reason: unknown, promise: Promise<unknown>) => void): void;
  /** The global object the program sees (fake timers are installed on it for the run). */
  global: typeof globalThis;
  /**
   * The program, already evaluated by the host (the browser's runner is a blob module holding it, so no eval is
   * needed, see README → Deploying). Without it the runner evaluates `programSource(code)` with `Function`.
   */
  loaded?: LoadedProgram;
}

/** The program as a function of the hooks, and a probe written on the line just before the program's first. */
export interface LoadedProgram {
  main(hooks: unknown): (lane: Lane) => Promise<unknown>;
  /** `() => new Error().stack`, on the line before the program: where the engine says the program is. */
  probe(): string;
}

/** The program's text as one arrow function of the hooks `__aw` (one line of wrapper, then the learner's lines). */
export function programSource(code: string): string {
  return `(__aw)=>async(__lane)=>{try{${code}\n}catch(__e){__aw.fail(__lane,__e);throw __e}finally{__aw.exit(__lane)}}`;
}

/** Evaluates the program with `Function` (Node; not possible under the site's Content-Security-Policy). */
function evaluateProgram(g: typeof globalThis, code: string): LoadedProgram {
  const make = new g.Function(
    `"use strict";return [()=>new Error().stack,\n${programSource(code)}]\n//# sourceURL=${PROGRAM_URL}`,
  ) as () => [() => string, LoadedProgram['main']];
  const [probe, main] = make();
  return { probe, main };
}

export interface CompiledProgram {
  /** The instrumented program (instrument.ts): the body of the top-level async arrow. */
  code: string;
  /** Compiled line → learner line (source-lines.ts). */
  lines: (number | null)[];
  functions: FunctionMeta[];
  /** The learner's source (for the line shown above an uncaught error). */
  source: string;
  filename: string;
}

export interface RunnerOptions {
  trace: boolean;
  onOutput?: (chunk: OutputChunk) => void;
}

class StopRun {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

interface Fatal {
  error: RunError;
  /** What is printed on stderr (Node's report of an uncaught error, or a limit's notice). */
  report: string;
  exitCode: number;
}

export async function runProgram(
  program: CompiledProgram,
  host: RunnerHost,
  options: RunnerOptions,
): Promise<RunResult> {
  const g = host.global;
  const output: OutputChunk[] = [];
  let outputBytes = 0;
  let fatal: Fatal | null = null;
  let finished = false;

  const clock = FakeTimers.withGlobal(g).install({
    now: EPOCH_MS,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
    shouldClearNativeTimers: false,
  });
  const start = clock.now;
  const seconds = () => (clock.now - start) / 1000;

  let loaded: LoadedProgram | null = null;
  let loadError: unknown = null;
  try {
    loaded = host.loaded ?? evaluateProgram(g, program.code);
  } catch (error) {
    loadError = error;
  }
  const where = loaded ? programLocation(loaded.probe()) : { url: PROGRAM_URL, offset: 1 };
  const frame = frameRegex(where.url);
  const mapLine = (line: number) => sourceLine(program.lines, line - where.offset);
  const rewriteStack = (stack: string) => rewriteProgramStack(stack, program.filename, mapLine, frame);
  const recorder = new TraceRecorder(seconds, options.trace, () => callerLine(mapLine, frame), describeArgs);

  const write = (stream: 'stdout' | 'stderr', text: string) => {
    if (finished || fatal) return;
    outputBytes += new TextEncoder().encode(text).length;
    if (outputBytes > MAX_OUTPUT_BYTES) {
      stopWith(OUTPUT_LIMIT, outputLimitMessage(MAX_OUTPUT_BYTES));
      throw new StopRun(OUTPUT_LIMIT);
    }
    const task = recorder.current();
    const chunk: OutputChunk = { stream, text, t: seconds(), task };
    output.push(chunk);
    recorder.emit('output', { stream, text, task, thread: null });
    options.onOutput?.(chunk);
  };
  const stopWith = (type: string, message: string, exitCode = 1) => {
    if (fatal) return;
    const notice = `${type}: ${message}\n`;
    fatal = { error: { type, message, line: null }, report: notice, exitCode };
    recorder.emit('limit', { type, message });
  };
  const uncaught = (error: unknown, exitCode = 1) => {
    if (fatal) return;
    if (error instanceof StopRun) return;
    fatal = { error: describeError(error), report: nodeReport(error), exitCode };
  };
  const describeError = (error: unknown): RunError => {
    const line =
      error instanceof Error && typeof error.stack === 'string' ? firstProgramLine(error.stack, mapLine, frame) : null;
    if (error instanceof Error) return { type: error.name, message: error.message, line };
    return { type: UNHANDLED_REJECTION, message: inspectValue(error), line: null };
  };
  /** Like Node: the learner's line above the stack for an Error, its ERR_UNHANDLED_REJECTION wording otherwise. */
  const nodeReport = (error: unknown): string => {
    if (!(error instanceof Error))
      return `${program.filename}:1\n\n\n\n${unhandledNonErrorMessage(inspectValue(error))}\n`;
    const { line } = describeError(error);
    const text = line === null ? '' : (program.source.split('\n')[line - 1] ?? '');
    const where = line === null ? '' : `${program.filename}:${line}\n${text}\n\n`;
    return `${where}${inspectValue(error, rewriteStack)}\n`;
  };

  // console: the methods a program uses, formatted like Node's.
  const consoleObject = {
    log: (...args: unknown[]) => write('stdout', formatArgs(args, rewriteStack) + '\n'),
    info: (...args: unknown[]) => write('stdout', formatArgs(args, rewriteStack) + '\n'),
    debug: (...args: unknown[]) => write('stdout', formatArgs(args, rewriteStack) + '\n'),
    error: (...args: unknown[]) => write('stderr', formatArgs(args, rewriteStack) + '\n'),
    warn: (...args: unknown[]) => write('stderr', formatArgs(args, rewriteStack) + '\n'),
    trace: (...args: unknown[]) => write('stderr', `Trace: ${formatArgs(args, rewriteStack)}\n`),
    table: (...args: unknown[]) => write('stdout', formatArgs(args, rewriteStack) + '\n'),
    dir: (value: unknown) => write('stdout', inspectValue(value, rewriteStack) + '\n'),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) write('stderr', `Assertion failed${args.length ? `: ${formatArgs(args, rewriteStack)}` : ''}\n`);
    },
    group: () => {},
    groupEnd: () => {},
    time: () => {},
    timeEnd: () => {},
  };

  // Timers: the fake ones, wrapped so the trace sees them and a throwing callback ends the run like Node.
  const fake = {
    setTimeout: g.setTimeout,
    setInterval: g.setInterval,
    clearTimeout: g.clearTimeout,
    clearInterval: g.clearInterval,
  };
  /** Pending timers by id, with their deadline (clock ms): the loop's view of what is due next. */
  // `unref`: a timer that does not keep the program alive (AbortSignal.timeout's, as in Node).
  const pending = new Map<number, { when: number; every: number | null; unref?: boolean }>();
  let timersRun = 0;
  let lastFired = 0;
  const nodeDelay = (ms: unknown) => {
    const n = Number(ms);
    return n >= 1 && n <= 2 ** 31 - 1 ? n : 1;
  };
  // fake-timers gives Node-style timer objects in Node and numbers in browsers; the trace uses the number.
  const timerId = (handle: unknown): number | null => {
    if (typeof handle === 'number') return handle;
    if (typeof handle !== 'object' || handle === null || !(Symbol.toPrimitive in handle)) return null;
    const id = Number(handle); // a Node-style timer object converts to its id
    return Number.isInteger(id) ? id : null;
  };
  const schedule = (repeat: boolean) =>
    function (callback: unknown, ms?: unknown, ...args: unknown[]): unknown {
      if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function.');
      const delay = nodeDelay(ms);
      let id = 0;
      const handle: unknown = (repeat ? fake.setInterval : fake.setTimeout)(() => runTimer(id, callback, args), delay);
      id = timerId(handle) ?? 0;
      pending.set(id, { when: clock.now + delay, every: repeat ? delay : null });
      recorder.emit('timer_scheduled', {
        timer: id,
        when: seconds() + delay / 1000,
        purpose: 'callback',
        task: recorder.current(),
      });
      return handle;
    };
  const runTimer = (id: number, callback: Function, args: unknown[]) => {
    if (finished || fatal) return;
    const now = seconds();
    if (now > lastFired) recorder.emit('loop_idle', { from: lastFired, to: now });
    lastFired = now;
    recorder.emit('timer_fired', { timer: id });
    const entry = pending.get(id);
    if (entry && entry.every !== null) {
      entry.when = clock.now + entry.every;
      recorder.emit('timer_scheduled', { timer: id, when: now + entry.every / 1000, purpose: 'callback', task: null });
    } else pending.delete(id);
    try {
      recorder.callback('timer', id, () => callback(...args));
    } catch (error) {
      uncaught(error);
    }
  };
  const clear = (interval: boolean) => (handle: unknown) => {
    const id = timerId(handle);
    if (id === null || !pending.has(id)) return;
    pending.delete(id);
    (interval ? fake.clearInterval : fake.clearTimeout)(handle as never);
    recorder.emit('timer_cancelled', { timer: id });
  };
  /** The next timer's deadline, or null when no timer keeps the program alive (Node ends the process then). */
  const nextDeadline = () => {
    let next: number | null = null;
    let alive = false;
    for (const { when, unref } of pending.values()) {
      if (next === null || when < next) next = when;
      alive ||= !unref;
    }
    return alive ? next : null;
  };
  /** AbortSignal.timeout on the virtual clock: aborts with a TimeoutError, on an unref'd timer, as Node does. */
  const abortAfter = (ms: unknown): AbortSignal => {
    const controller = new AbortController();
    const reason = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const entry = pending.get(timerId(schedule(false)(() => controller.abort(reason()), ms)) ?? -1);
    if (entry) entry.unref = true;
    return controller.signal;
  };

  // Promise callbacks and queueMicrotask: real microtasks, marked in the trace as their own jobs.
  const promiseProto = g.Promise.prototype;
  const realThen = promiseProto.then;
  const realQueueMicrotask = g.queueMicrotask;
  const statics = { all: g.Promise.all, allSettled: g.Promise.allSettled, race: g.Promise.race, any: g.Promise.any };
  const isNative = (fn: Function) => /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(fn));
  const wrapReaction = (reaction: unknown) =>
    typeof reaction === 'function' && !isNative(reaction)
      ? function (this: unknown, value: unknown) {
          return recorder.callback('microtask', null, () => (reaction as Function).call(this, value));
        }
      : reaction;

  const hooks = {
    /** (named so stack rewriting can drop its frame and the wrapper's) */
    call: function __awaitableCall(meta: number, args: unknown[], fn: (lane: Lane, ...args: unknown[]) => unknown) {
      const lane = recorder.enter(program.functions[meta]!, args);
      const promise = fn(lane, ...args);
      recorder.entered(lane, promise);
      return promise;
    },
    suspend: (lane: Lane, line: number | null, value: unknown) => {
      recorder.suspend(lane, line, value);
      return value;
    },
    resumed: (lane: Lane, value?: unknown) => {
      recorder.resumed(lane);
      return value;
    },
    fail: (lane: Lane, error: unknown) => recorder.fail(lane, error),
    exit: (lane: Lane) => recorder.exit(lane),
  };

  const unhandled: { reason: unknown; promise: Promise<unknown> }[] = [];
  host.onUnhandledRejection((reason, promise) => unhandled.push({ reason, promise }));

  const saved = {
    console: g.console,
    setTimeout: g.setTimeout,
    setInterval: g.setInterval,
    clearTimeout: g.clearTimeout,
    clearInterval: g.clearInterval,
    queueMicrotask: g.queueMicrotask,
    prompt: (g as { prompt?: unknown }).prompt,
    abortTimeout: g.AbortSignal?.timeout,
  };
  const install = () => {
    Object.assign(g, {
      console: consoleObject,
      setTimeout: schedule(false),
      setInterval: schedule(true),
      clearTimeout: clear(false),
      clearInterval: clear(true),
      queueMicrotask: (callback: unknown) => {
        if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function.');
        realQueueMicrotask.call(g, () => {
          try {
            recorder.callback('microtask', null, () => callback());
          } catch (error) {
            uncaught(error);
          }
        });
      },
      prompt: () => {
        throw new Error(noInputMessage());
      },
    });
    if (g.AbortSignal) g.AbortSignal.timeout = abortAfter;
    promiseProto.then = function (this: Promise<unknown>, onFulfilled?: unknown, onRejected?: unknown) {
      return realThen.call(this, wrapReaction(onFulfilled) as never, wrapReaction(onRejected) as never);
    } as typeof promiseProto.then;
    for (const [name, combine] of Object.entries(statics)) {
      (g.Promise as unknown as Record<string, unknown>)[name] = function (
        this: PromiseConstructor,
        items: Iterable<unknown>,
      ) {
        const list = [...items];
        const result = (combine as Function).call(this, list) as Promise<unknown>;
        const lanes = list.flatMap((item) => {
          const lane = typeof item === 'object' && item !== null ? recorder.lanePromises.get(item) : undefined;
          return lane ? [lane] : [];
        });
        recorder.combined.set(result, lanes);
        return result;
      };
    }
  };
  const uninstall = () => {
    promiseProto.then = realThen;
    Object.assign(g.Promise, statics);
    const { abortTimeout, ...globals } = saved;
    Object.assign(g, globals);
    if (g.AbortSignal && abortTimeout) g.AbortSignal.timeout = abortTimeout;
    clock.uninstall();
  };

  install();
  let scriptLane: Lane | null = null;
  try {
    let main: (lane: Lane) => Promise<unknown> = async () => undefined;
    if (loaded) main = loaded.main(hooks);
    else uncaught(loadError);
    scriptLane = recorder.script();
    const done = main(scriptLane);
    realThen.call(done, undefined, (error: unknown) => uncaught(error));

    // The loop: drain microtasks (a real macrotask boundary), stop on an unhandled rejection, run the next timer.
    for (;;) {
      await host.nextTask();
      if (!fatal && unhandled.length) uncaught(unhandled[0]!.reason);
      if (fatal) break;
      const next = nextDeadline();
      if (next === null) {
        // Nothing left: one more turn for a late rejection notice (a browser sends it as a task of its own).
        await host.nextTask();
        if (unhandled.length) uncaught(unhandled[0]!.reason);
        break;
      }
      if ((next - start) / 1000 > MAX_VIRTUAL_SECONDS) {
        stopWith(VIRTUAL_TIME_LIMIT, virtualTimeLimitMessage(MAX_VIRTUAL_SECONDS));
        break;
      }
      if (++timersRun > MAX_TIMERS) {
        stopWith(TIMER_LIMIT, timerLimitMessage(MAX_TIMERS));
        break;
      }
      clock.next();
    }
    if (!fatal && scriptLane && !scriptLane.done) {
      const line = lastSuspensionLine(recorder, scriptLane.name);
      const message = unsettledTopLevelAwaitMessage(program.filename, line);
      fatal = { error: { type: UNSETTLED_AWAIT, message, line }, report: `${message}\n`, exitCode: 13 };
    }
  } finally {
    finished = true;
    uninstall();
  }
  const ended = fatal as Fatal | null;
  if (ended) {
    const chunk: OutputChunk = { stream: 'stderr', text: ended.report, t: seconds(), task: null };
    output.push(chunk);
    options.onOutput?.(chunk);
  }
  const text = (stream: 'stdout' | 'stderr') =>
    output
      .filter((chunk) => chunk.stream === stream)
      .map((chunk) => chunk.text)
      .join('');
  return {
    stdout: text('stdout'),
    stderr: text('stderr'),
    exitCode: ended?.exitCode ?? 0,
    elapsed: seconds(),
    error: ended?.error ?? null,
    output,
    events: recorder.events,
  };
}

function lastSuspensionLine(recorder: TraceRecorder, lane: string): number | null {
  for (let i = recorder.events.length - 1; i >= 0; i--) {
    const event = recorder.events[i]!;
    if (event.kind === 'task_suspended' && event.task === lane) return event.line;
  }
  return null;
}

/** Arguments of an async call as the lane shows them: `fetchUser(1, 'ann')`. */
function describeArgs(args: unknown[]): string {
  return args
    .map((arg) => {
      const text = inspectValue(arg);
      return text.length > 30 ? `${text.slice(0, 27)}…` : text;
    })
    .join(', ');
}

/**
 * Where the engine says the program is: the URL its stack frames name (`awaitable-program.js` for `Function`, the
 * blob's URL in the browser) and how many lines come before its first line (the probe sits on the line before).
 */
export function programLocation(probeStack: string): { url: string; offset: number } {
  for (const text of probeStack.split('\n')) {
    const match = /^\s*at (?:.*?\()?(\S+?):(\d+):\d+\)?$/.exec(text);
    if (match) return { url: match[1]!, offset: Number(match[2]) };
  }
  return { url: PROGRAM_URL, offset: 1 };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A stack frame in the program: `at [async ][name (]URL:LINE:COL[)]`. */
function frameRegex(url: string): RegExp {
  return new RegExp(`^(\\s*at (?:async )?)(?:(.*?) \\()?${escapeRegex(url)}:(\\d+):\\d+\\)?$`);
}

/** The learner's line of an error's innermost frame in the program. */
function firstProgramLine(stack: string, mapLine: (line: number) => number | null, frame: RegExp): number | null {
  for (const text of stack.split('\n')) {
    const match = frame.exec(text);
    if (match) return mapLine(Number(match[3]));
  }
  return null;
}

/**
 * An error's stack with only the program's frames, each naming the learner's file and line (`at f (main.ts:3)`).
 * The frame of the lane hook and the wrapper function that called it are dropped (instrument.ts).
 */
export function rewriteProgramStack(
  stack: string,
  filename: string,
  mapLine: (line: number) => number | null,
  frame = frameRegex(PROGRAM_URL),
): string {
  const lines = stack.split('\n');
  const out: string[] = [];
  let skipNext = false;
  for (const text of lines) {
    if (!/^\s*at /.test(text)) {
      if (!out.some((line) => /^\s*at /.test(line))) out.push(text);
      continue;
    }
    if (text.includes('__awaitableCall')) {
      skipNext = true;
      continue;
    }
    const match = frame.exec(text);
    if (!match) continue;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const line = mapLine(Number(match[3]));
    const where = `${filename}:${line ?? '?'}`;
    const name = match[2];
    out.push(name && name !== '__lane' ? `${match[1]}${name} (${where})` : `${match[1]}${where}`);
  }
  return out.join('\n');
}

/** The learner's line of the code that called the current function (the async call's creation site). */
function callerLine(mapLine: (line: number) => number | null, frame: RegExp): number | null {
  const stack = new Error().stack ?? '';
  const frames = stack.split('\n');
  const hook = frames.findIndex((text) => text.includes('__awaitableCall'));
  for (const text of frames.slice(hook + 2)) {
    const match = frame.exec(text);
    if (match) return mapLine(Number(match[3]));
  }
  return null;
}

export { errorName };
