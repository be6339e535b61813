/**
 * The trace's contract: every event the Python runtime records (src/runtime/python/awaitable_runtime/trace.py,
 * one Recorder method per kind) and the page reads (timeline, step-through, facts, grading). This file is the one
 * place a kind or a field is defined and documented; the TypeScript types are derived from it, the page parses every
 * run result with it (protocol.ts), and `trace-schema.json` — its JSON Schema, checked in beside the Python package
 * and kept equal to this file by src/trace/schema.test.ts — is what the Python tests hold the recorder to.
 *
 * Adding a kind: add it here, add its Recorder method, re-export the JSON Schema (`UPDATE_TRACE_SCHEMA=1 npx vitest
 * run src/trace/schema.test.ts`); `tsc` then names every consumer whose `switch` must handle it.
 */
import * as z from 'zod/mini';

const line = z.nullable(z.int()).check(z.describe("line in the learner's file, or null"));
const taskName = z.string().check(z.describe('task name, as `task.get_name()` (`Task-2`)'));
const seconds = z.number().check(z.describe('virtual seconds'));

const lockLike = z.strictObject({
  kind: z.enum(['lock', 'event', 'semaphore', 'condition', 'queue_get', 'queue_put', 'queue_join', 'barrier']),
  type: z.string().check(z.describe('class name of the object waited on (`Lock`, `Queue`…)')),
  name: z.nullable(z.string()).check(z.describe('learner variable bound to it, or null')),
});

const jobWait = z.strictObject({
  kind: z.enum(['thread', 'process']),
  job: z.int(),
  worker: z.string(),
  function: z.string(),
});

/** What a suspended task waits for (`task_suspended.awaiting`, `deadlock.tasks[].awaiting`). */
export const awaitingSchema = z.union([
  z.strictObject({ kind: z.literal('sleep'), seconds: z.number() }),
  lockLike,
  z.strictObject({ kind: z.literal('task'), task: taskName }),
  z.strictObject({ kind: z.enum(['gather', 'taskgroup']), tasks: z.array(taskName) }),
  z.strictObject({
    kind: z.literal('wait_for'),
    timeout: z.nullable(z.number()),
    get inner(): z.ZodMiniType<Awaiting> {
      return awaitingSchema;
    },
  }),
  z.strictObject({ kind: z.enum(['wait', 'as_completed', 'future', 'yield']) }),
  jobWait,
  z
    .strictObject({ kind: z.literal('promise') })
    .check(z.describe('JavaScript runtime only: a promise that no traced async call or Promise combinator made')),
]);

export type Awaiting =
  | { kind: 'sleep'; seconds: number }
  | z.infer<typeof lockLike>
  | { kind: 'task'; task: string }
  | { kind: 'gather' | 'taskgroup'; tasks: string[] }
  | { kind: 'wait_for'; timeout: number | null; inner: Awaiting }
  | { kind: 'wait' | 'as_completed' | 'future' | 'yield' }
  | z.infer<typeof jobWait>
  | { kind: 'promise' };

const blockReason = z.enum(['time.sleep', 'future.result', 'concurrent.futures.wait', 'thread.join', 'cpu', 'gil']);

const base = { seq: z.int().check(z.positive()), t: z.number() };

/** One event kind: `{seq, t, kind, ...fields}`, strict (a misspelt or extra field is an error), with its meaning. */
const event = <K extends string, F extends z.core.$ZodShape>(kind: K, fields: F, meaning: string) =>
  z.strictObject({ ...base, kind: z.literal(kind), ...fields }).check(z.describe(meaning));

/**
 * Every kind with its fields and what it means. Each event also has `seq` (1, 2, …) and `t` (virtual seconds, never
 * decreasing along `seq`; for events with a `duration`, the start).
 */
export const EVENT_SCHEMAS = [
  event(
    'task_created',
    {
      task: taskName,
      coro: z.string().check(z.describe('the coroutine call, e.g. `worker(n=1, delay=0.5)`')),
      parent: z.nullable(taskName).check(z.describe('the creating task, or null')),
      line: line.check(z.describe('the creation site')),
      internal: z
        .boolean()
        .check(
          z.describe("true for coroutines not in the learner's file (asyncio.run's shutdown helpers, `to_thread`)"),
        ),
    },
    'a task was created',
  ),
  event(
    'ready',
    { task: taskName },
    "the task's next step was queued; the loop runs steps in exactly the order of `ready` events (FIFO), so " +
      'replaying `ready`/`task_step` gives the ready queue at any moment',
  ),
  event('task_step', { task: taskName, phase: z.enum(['start', 'resume']) }, 'the task starts running'),
  event(
    'task_suspended',
    { task: taskName, line, awaiting: awaitingSchema },
    'the step ended with the task waiting (see `awaiting`)',
  ),
  event(
    'task_done',
    {
      task: taskName,
      state: z.enum(['ok', 'error', 'cancelled']),
      exception: z.nullable(z.string()).check(z.describe('exception type name, or null')),
    },
    'the step ended with the task finished',
  ),
  event(
    'cancel_requested',
    { task: taskName, by: z.nullable(taskName).check(z.describe('the running task, or null')) },
    '`task.cancel()` was called',
  ),
  event(
    'timer_scheduled',
    {
      timer: z.int().check(z.describe('timer id')),
      when: seconds.check(z.describe('deadline, in virtual seconds')),
      purpose: z.enum(['sleep', 'timeout', 'thread', 'process', 'callback']),
      task: z.nullable(taskName).check(z.describe('the scheduling task')),
    },
    '`call_at`/`call_later`',
  ),
  event('timer_fired', { timer: z.int() }, 'its callback runs now'),
  event('timer_cancelled', { timer: z.int() }, 'cancelled before firing'),
  event('loop_idle', { from: seconds, to: seconds }, 'nothing was ready: the clock jumped to the next timer'),
  event(
    'block',
    {
      task: z.nullable(taskName),
      duration: seconds,
      line,
      reason: blockReason.check(
        z.describe(
          "`cpu`: the learner's own Python code computing; `gil`: the loop's thread waiting for a thread's GIL",
        ),
      ),
      lines: z
        .optional(z.tuple([z.int(), z.int()]))
        .check(z.describe('cpu/gil only: the first and last line of the step, when they differ')),
    },
    'the main thread held the loop; `t` is the start. Back-to-back blocks are one hold of the loop: a block of the ' +
      'same task that starts where the previous one ends (to the nanosecond), both computing (`cpu` or `gil`). The ' +
      'recorder extends the previous event instead of adding one when the reason is the same and nothing was ' +
      'recorded in between (a computation split by clock reads; `lines` then spans both); facts.ts `blockingSpans` ' +
      "joins the rest (prints in between, a GIL wait then computing) for the timeline's blocks and grading",
  ),
  event(
    'job_submitted',
    {
      job: z.int().check(z.describe('job id')),
      mode: z.enum(['thread', 'process']),
      function: z.string(),
      worker: z.string(),
      task: z.nullable(taskName),
      line,
      start: seconds.check(z.describe('when a worker takes it')),
    },
    'work handed to an executor (or a `threading.Thread` started)',
  ),
  event('job_started', { job: z.int(), worker: z.string() }, 'the worker starts it'),
  event(
    'job_slept',
    { job: z.int(), worker: z.string(), duration: seconds, line },
    '`time.sleep` inside the job (`t` = start)',
  ),
  event(
    'job_computed',
    { job: z.int(), worker: z.string(), duration: seconds, line },
    'CPU work inside the job (`t` = start; a thread holds the GIL meanwhile)',
  ),
  event(
    'job_waited',
    { job: z.int(), worker: z.string(), duration: seconds, reason: z.enum(['gil', 'core']), line },
    'the job waited for the GIL (thread) or a free simulated core (process)',
  ),
  event(
    'job_ended',
    {
      job: z.int(),
      worker: z.string(),
      state: z.enum(['ok', 'error']),
      exception: z.nullable(z.string()),
    },
    'the job finished',
  ),
  event(
    'output',
    {
      stream: z.enum(['stdout', 'stderr']),
      text: z.string(),
      task: z.nullable(taskName),
      thread: z.nullable(z.string()).check(z.describe('worker name, for job output')),
    },
    'a chunk of output (one `print` call is one event)',
  ),
  event(
    'deadlock',
    { message: z.string(), tasks: z.array(z.strictObject({ task: taskName, line, awaiting: awaitingSchema })) },
    'the loop found a deadlock',
  ),
  event(
    'turn',
    {
      queue: z
        .enum(['script', 'microtask', 'timer'])
        .check(z.describe('the queue the job came from: the script itself, the microtask queue, or a timer')),
      task: z.nullable(taskName).check(z.describe('the async call that resumes in it, or null for a callback')),
      timer: z.nullable(z.int()).check(z.describe('the timer that fired (queue `timer`), else null')),
    },
    'JavaScript runtime only: the engine starts a new job (an `await` resuming, a `.then` callback, a timer); ' +
      'everything up to the next `turn` runs in it',
  ),
  event(
    'limit',
    { type: z.string().check(z.describe('the error type')), message: z.string() },
    'the run was stopped by a limit (also after `deadlock`)',
  ),
] as const;

export const traceEventSchema = z.discriminatedUnion('kind', EVENT_SCHEMAS);
export const traceSchema = z.array(traceEventSchema);

/** A trace event: the discriminated union over `kind`. */
export type TraceEvent = z.infer<typeof traceEventSchema>;
export type EventKind = TraceEvent['kind'];
export type EventOf<K extends EventKind> = Extract<TraceEvent, { kind: K }>;
export const EVENT_KINDS: readonly EventKind[] = EVENT_SCHEMAS.map((schema) => schema.shape.kind.def.values[0]!);
export type BlockReason = z.infer<typeof blockReason>;

/** The events of a run result, or a sentence saying which event does not match the contract and how. */
export function parseTrace(value: unknown): { ok: true; events: TraceEvent[] } | { ok: false; error: string } {
  const parsed = traceSchema.safeParse(value);
  if (parsed.success) return { ok: true, events: parsed.data };
  const issue = parsed.error.issues[0]!;
  const [index, ...path] = issue.path;
  const event = Array.isArray(value) && typeof index === 'number' ? (value[index] as { kind?: unknown }) : undefined;
  const where = typeof index === 'number' ? `event ${index + 1}${event ? ` (${String(event.kind)})` : ''}` : 'events';
  return { ok: false, error: `${where}${path.length ? `, field ${path.join('.')}` : ''}: ${issue.message}` };
}

/**
 * Compile-time exhaustiveness: a `switch (event.kind)` whose `default` calls this fails to type-check when a kind is
 * left unhandled. At run time (an event the schema let through but this build does not handle) it gives the kind.
 */
export function unhandledKind(event: never): string {
  const kind: unknown = (event as { kind?: unknown } | null)?.kind;
  return String(kind);
}

/** The schema as JSON Schema (draft 2020-12), for the Python side's tests. */
export function traceJsonSchema(): unknown {
  return z.toJSONSchema(traceSchema);
}
