/**
 * The runtime's contract: what a run is asked to do, what it answers, and the messages between the page (or the
 * Node runner) and the thread that hosts Pyodide. Pure types and validators; no Pyodide, no DOM.
 */
import { parseTrace, type TraceEvent } from '../trace/schema.ts';

export type Stream = 'stdout' | 'stderr';

/** One write to stdout/stderr, stamped with the virtual time at which the program made it. */
export interface OutputChunk {
  stream: Stream;
  text: string;
  /** Virtual seconds since the program started. */
  t: number;
  /** The asyncio task (or simulated thread) that wrote it, when known. */
  task?: string | null;
}

export interface RunError {
  type: string;
  message: string;
  /** Line in the learner's file, when the error points at one. */
  line: number | null;
}

/** A trace event: the union over `kind` defined (and documented) in src/trace/schema.ts. */
export type { TraceEvent } from '../trace/schema.ts';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Virtual seconds the program took. */
  elapsed: number;
  error: RunError | null;
  output: OutputChunk[];
  events: TraceEvent[];
  /** One entry per `RunOptions.checks` source, in order (present only when checks were given). */
  checks?: CheckResult[];
  /** What the source refers to and uses (present only with `RunOptions.inspect`). */
  inspection?: SourceInspection;
}

/** A grading check's verdict; `message` says what is wrong (null: no message). */
export interface CheckResult {
  passed: boolean;
  message: string | null;
}

/** Names the program refers to (resolved through imports, e.g. "asyncio.gather") and constructs it uses. */
export interface SourceInspection {
  names: string[];
  constructs: string[];
  syntaxError?: string;
}

export interface RunOptions {
  /** File name shown in tracebacks. */
  filename?: string;
  /** Text that input() reads; without it input() raises a clear error. */
  stdin?: string | null;
  /** Record trace events (for the timeline and behaviour checks). */
  trace?: boolean;
  /** Show asyncio's internal frames in tracebacks instead of collapsing them. */
  fullTraceback?: boolean;
  /** Grading checks: Python sources defining `def check(stdout, trace, globals):`, run after the program. */
  checks?: string[];
  /** Add `inspection` (names and constructs from the source's AST) to the result. */
  inspect?: boolean;
  /**
   * Charge the program's own Python code virtual CPU time (default true). `false`: pure virtual time, where only
   * sleeps and blocking calls take time — for examples that want round numbers.
   */
  cpuTime?: boolean;
}

export interface RunRequest extends RunOptions {
  source: string;
}

/** Page → runtime thread. */
export type HostRequest =
  /**
   * First message to a new thread: the secret it must put in every message it sends back, and (where
   * SharedArrayBuffer exists: Node, cross-origin-isolated pages) Pyodide's interrupt buffer, through which the
   * session stops a run cleanly — keeping its output — instead of terminating the thread.
   */
  { type: 'init'; token: string; interrupt?: Int32Array } | RunMessage;

export type RunMessage = {
  type: 'run';
  id: number;
  request: RunRequest;
  /** Send output while the program runs (the page replays it live); otherwise only in the result. */
  stream: boolean;
};

/** Runtime thread → page (each also carries the thread's `token`; see parseHostMessage). */
export type HostMessage =
  | { type: 'status'; phase: 'loading' | 'ready'; message: string; progress: number }
  | { type: 'output'; id: number; chunks: OutputChunk[] }
  | { type: 'result'; id: number; result: RunResult }
  | { type: 'crashed'; id: number | null; message: string };

/** The error type of a run that ended because the host wrote to the interrupt buffer (see HostRequest). */
export const INTERRUPTED_ERROR = 'Interrupted';
/** What the session writes into the interrupt buffer: SIGINT, which the Python side turns into a clean stop. */
export const SIGINT = 2;

/** Error types produced outside Python, by the hosts. */
export const TIME_LIMIT_ERROR = 'TimeLimitExceeded';
export const CRASH_ERROR = 'RuntimeCrashed';
export const STOPPED_ERROR = 'Stopped';
/** The runtime answered with a trace that does not match the schema (a runtime bug, never the learner's). */
export const TRACE_ERROR = 'RuntimeTraceInvalid';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isChunk = (value: unknown): value is OutputChunk =>
  isObject(value) &&
  (value.stream === 'stdout' || value.stream === 'stderr') &&
  typeof value.text === 'string' &&
  typeof value.t === 'number';

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCheckResult = (value: unknown): value is CheckResult =>
  isObject(value) && typeof value.passed === 'boolean' && (value.message === null || typeof value.message === 'string');
const isInspection = (value: unknown): value is SourceInspection =>
  isObject(value) &&
  isStringArray(value.names) &&
  isStringArray(value.constructs) &&
  (value.syntaxError === undefined || typeof value.syntaxError === 'string');

/** A run result's shape, events aside: they are parsed with the trace schema by `parseRunResult`. */
function isRunShape(value: unknown): value is Omit<RunResult, 'events'> & { events: unknown[] } {
  return (
    isObject(value) &&
    typeof value.stdout === 'string' &&
    typeof value.stderr === 'string' &&
    Number.isInteger(value.exitCode) &&
    typeof value.elapsed === 'number' &&
    (value.error === null ||
      (isObject(value.error) && typeof value.error.type === 'string' && typeof value.error.message === 'string')) &&
    Array.isArray(value.output) &&
    value.output.every(isChunk) &&
    Array.isArray(value.events) &&
    (value.checks === undefined || (Array.isArray(value.checks) && value.checks.every(isCheckResult))) &&
    (value.inspection === undefined || isInspection(value.inspection))
  );
}

/**
 * A run result as the page may use it, or null if it is not one. A result whose trace does not match the schema
 * (src/trace/schema.ts) becomes a runtime error carrying the run's output, so nothing is ever drawn from half a trace.
 */
export function parseRunResult(value: unknown): RunResult | null {
  if (!isRunShape(value)) return null;
  const trace = parseTrace(value.events);
  if (trace.ok) return { ...value, events: trace.events };
  return hostErrorResult(TRACE_ERROR, traceMismatchMessage(trace.error), value.output, value.elapsed);
}

export function isRunResult(value: unknown): value is RunResult {
  return isRunShape(value) && parseTrace(value.events).ok;
}

/**
 * Validates a message from the runtime thread. Anything that does not match the protocol exactly is rejected,
 * so a forged or corrupted message can never drive the UI.
 */
export function parseHostMessage(value: unknown, token: string): HostMessage | null {
  // The token was handed to the thread's own JavaScript at start-up and is never visible to Python: a message
  // without it was not sent by our host code (for example, learner code reaching postMessage).
  if (!isObject(value) || value.token !== token) return null;
  switch (value.type) {
    case 'status':
      return (value.phase === 'loading' || value.phase === 'ready') &&
        typeof value.message === 'string' &&
        typeof value.progress === 'number'
        ? { type: 'status', phase: value.phase, message: value.message, progress: value.progress }
        : null;
    case 'output':
      return Number.isInteger(value.id) && Array.isArray(value.chunks) && value.chunks.every(isChunk)
        ? { type: 'output', id: value.id as number, chunks: value.chunks }
        : null;
    case 'result': {
      const result = Number.isInteger(value.id) ? parseRunResult(value.result) : null;
      return result ? { type: 'result', id: value.id as number, result } : null;
    }
    case 'crashed':
      return (value.id === null || Number.isInteger(value.id)) && typeof value.message === 'string'
        ? { type: 'crashed', id: value.id as number | null, message: value.message }
        : null;
    default:
      return null;
  }
}

/**
 * A result for a run that ended outside Python (time limit, crash, stop): the output it made before (streamed, or
 * the interrupted run's own) and the host's notice.
 */
export function hostErrorResult(type: string, message: string, output: OutputChunk[] = [], elapsed = 0): RunResult {
  const text = (stream: Stream) =>
    output
      .filter((chunk) => chunk.stream === stream)
      .map((chunk) => chunk.text)
      .join('');
  const notice = `${type}: ${message}\n`;
  return {
    stdout: text('stdout'),
    stderr: text('stderr') + notice,
    exitCode: 1,
    elapsed,
    error: { type, message, line: null },
    output: [...output, { stream: 'stderr', text: notice, t: elapsed }],
    events: [],
  };
}

export function timeLimitMessage(seconds: number): string {
  return (
    `Your program ran for ${seconds} s of real time without finishing — is there an infinite loop? ` +
    'A loop that never awaits anything (like `while True: pass`) never lets the event loop or the clock move on.'
  );
}

export function traceMismatchMessage(detail: string): string {
  return (
    `The runtime recorded a trace this page cannot read (${detail}), so the run is not shown. ` +
    'This is a bug in Awaitable, not in your program.'
  );
}
