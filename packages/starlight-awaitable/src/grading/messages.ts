/**
 * Default learner-facing messages. Each says what happened, with the program's own numbers and lines, and what to
 * try next. Builders take plain facts (not checks or traces) so the wording can be tested and changed on its own.
 */
import type { BlockReason } from '../trace/events.ts';
import type { Check } from './schema.ts';

import { formatSeconds } from '../trace/time-format.ts';

/** Seconds with one decimal ("2.0 s"), or three when one would hide the difference (see src/trace/time-format.ts). */
export { formatSeconds };

/** Text shown in quotes, shortened: `"b done"`. */
export function quote(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

const onLine = (line: number | null | undefined) => (line ? ` on line ${line}` : '');
const Line = (line: number | null | undefined, fallback: string) => (line ? `Line ${line}` : fallback);
/** First line of a (possibly multi-line) runtime error message. */
const firstLine = (text: string) => text.split('\n')[0] ?? '';

// ── elapsed ────────────────────────────────────────────────────────────────────────────────────────────────────

export type ElapsedBound =
  | { kind: 'atMost'; seconds: number }
  | { kind: 'atLeast'; seconds: number }
  | { kind: 'range'; atLeast: number; atMost: number }
  | { kind: 'approximately'; seconds: number; tolerance: number };

export function expectedTime(bound: ElapsedBound): string {
  switch (bound.kind) {
    case 'atMost':
      return `at most ${formatSeconds(bound.seconds)}`;
    case 'atLeast':
      return `at least ${formatSeconds(bound.seconds)}`;
    case 'range':
      return `between ${formatSeconds(bound.atLeast)} and ${formatSeconds(bound.atMost)}`;
    case 'approximately':
      return `about ${formatSeconds(bound.seconds)} (± ${formatSeconds(bound.tolerance)})`;
  }
}

export function elapsedFailed(elapsed: number, bound: ElapsedBound, reference?: string, advice?: string): string {
  // With a reference the target reads as a consequence: "…; if the downloads overlapped it would take 2.0 s."
  const target = expectedTime(bound).replace(/^at most /, '');
  const expected = reference ? `${reference} it would take ${target}` : `it should take ${expectedTime(bound)}`;
  return [`Your program took ${formatSeconds(elapsed)}; ${expected}.`, advice].filter(Boolean).join(' ');
}

export function elapsedPassed(elapsed: number, bound: ElapsedBound): string {
  // Inside these parentheses the tolerance reads without its own: "(about 2.0 s, ± 0.010 s)".
  const wanted =
    bound.kind === 'approximately'
      ? `about ${formatSeconds(bound.seconds)}, ± ${formatSeconds(bound.tolerance)}`
      : expectedTime(bound);
  return `Finished in ${formatSeconds(elapsed)} (${wanted}).`;
}

/** Why a program is slower than it should be, from what its trace shows. */
export function slownessAdvice(
  longestBlock: BlockFacts | null,
  peak: number,
  gilWait = 0,
  language: 'python' | 'typescript' = 'python',
): string {
  if (longestBlock && longestBlock.reason === 'time.sleep') return blockedLoop(longestBlock, 0);
  if (gilWait >= 0.05)
    return (
      `Threads spent ${formatSeconds(gilWait)} waiting for the GIL: only one thread at a time can run Python code, ` +
      'so threads do not make CPU-bound work faster. Run it in a ProcessPoolExecutor instead.'
    );
  // A long computation on the loop's thread (10% of a second or more, asyncio's own "slow callback" threshold).
  if (longestBlock && longestBlock.reason === 'cpu' && longestBlock.duration >= 0.1)
    return blockedLoop(longestBlock, 0);
  if (peak <= 1 && language === 'typescript')
    return (
      'Only one thing was waiting at a time: start all the work before awaiting any of it ' +
      '(call each async function first and await Promise.all of the promises).'
    );
  if (peak <= 1) {
    return (
      'Only one thing was waiting at a time: start all the work before awaiting any of it ' +
      '(asyncio.gather, asyncio.create_task or an asyncio.TaskGroup).'
    );
  }
  return 'Some waits still happen one after another: start everything that can overlap before awaiting it.';
}

// ── concurrency ────────────────────────────────────────────────────────────────────────────────────────────────

export interface PeakFacts {
  peak: number;
  at: number | null;
  /** Labels of what was running at the peak. */
  labels: string[];
  /** Thread/process jobs took part: say "tasks or threads", not "tasks". */
  withJobs: boolean;
}

const noun = (facts: PeakFacts, n: number) =>
  facts.withJobs ? count(n, 'task or thread', 'tasks or threads') : count(n, 'task');

function listed(labels: string[], max = 3): string {
  const shown = labels.slice(0, max).join(', ');
  return labels.length > max ? `${shown} and ${labels.length - max} more` : shown;
}

export function concurrencyTooLow(
  facts: PeakFacts,
  atLeast: number,
  advice?: string,
  language: 'python' | 'typescript' = 'python',
): string {
  const happened =
    facts.peak === 0
      ? language === 'typescript'
        ? 'Nothing in your program waited on anything (no timer), so nothing overlapped'
        : 'Nothing in your program waited on anything (no asyncio.sleep, no thread), so nothing overlapped'
      : `At most ${noun(facts, facts.peak)} ran at a time`;
  const fix =
    advice ??
    (language === 'typescript'
      ? 'Start them all before awaiting any: call each async function, then await Promise.all([...]).'
      : 'Start them all before awaiting any: asyncio.gather(...), asyncio.create_task(...) or an asyncio.TaskGroup.');
  return `${happened}; this exercise needs at least ${atLeast} running concurrently. ${fix}`;
}

export function concurrencyTooHigh(facts: PeakFacts, atMost: number): string {
  const when = facts.at === null ? '' : ` (at ${formatSeconds(facts.at)}: ${listed(facts.labels)})`;
  const fix =
    atMost === 1
      ? 'Let only one in at a time with an asyncio.Lock (async with lock: around the work).'
      : `Limit them with sem = asyncio.Semaphore(${atMost}) and async with sem: around the work.`;
  return `${noun(facts, facts.peak)} ran at the same time${when}; this exercise allows at most ${atMost}. ${fix}`;
}

export function concurrencyPassed(facts: PeakFacts, atLeast?: number, atMost?: number): string {
  const limits = [atLeast !== undefined && `at least ${atLeast}`, atMost !== undefined && `at most ${atMost}`]
    .filter(Boolean)
    .join(', ');
  const happened =
    facts.peak === 0
      ? 'Nothing overlapped'
      : facts.peak === 1
        ? `One ${facts.withJobs ? 'task or thread' : 'task'} ran at a time`
        : `Up to ${noun(facts, facts.peak)} ran at the same time`;
  return `${happened} (${limits} wanted).`;
}

// ── loop-blocked ───────────────────────────────────────────────────────────────────────────────────────────────

export interface BlockFacts {
  duration: number;
  line: number | null;
  reason: BlockReason;
}

const BLOCK_FIX: Record<BlockFacts['reason'], [string, string]> = {
  'time.sleep': ['time.sleep', 'Use await asyncio.sleep(...) instead.'],
  'future.result': [
    'future.result()',
    'Await the work instead: await loop.run_in_executor(...), await asyncio.to_thread(...) or await asyncio.wrap_future(f).',
  ],
  'concurrent.futures.wait': [
    'concurrent.futures.wait',
    'Await the work instead: await asyncio.gather(...) or asyncio.wait(...) on asyncio futures (asyncio.wrap_future).',
  ],
  'thread.join': [
    'thread.join()',
    "Await the thread's work instead: await asyncio.to_thread(...) runs it in a thread without holding the loop.",
  ],
  cpu: [
    'CPU work in Python code',
    'Move the computation off the loop: await asyncio.to_thread(...) keeps the loop responsive, and a ProcessPoolExecutor (loop.run_in_executor) also runs it in parallel.',
  ],
  gil: [
    'waiting for the GIL',
    'A thread was computing and held the GIL. CPU-bound work belongs in a ProcessPoolExecutor, not a thread.',
  ],
};

/** "Line 7 blocked the event loop for 1.0 s with time.sleep — nothing else could run meanwhile. Use …" */
export function blockedLoop(block: BlockFacts, atMost: number, total?: { count: number; seconds: number }): string {
  const [call, fix] = BLOCK_FIX[block.reason];
  const allowed = atMost > 0 ? ` (at most ${formatSeconds(atMost)} is allowed)` : '';
  const all =
    total && total.count > 1 ? ` In all, ${total.count} calls blocked it for ${formatSeconds(total.seconds)}.` : '';
  return (
    `${Line(block.line, 'Your program')} blocked the event loop for ${formatSeconds(block.duration)} with ${call}` +
    `${allowed} — nothing else could run meanwhile.${all} ${fix}`
  );
}

export function loopNotBlocked(longest: BlockFacts | null, atMost: number): string {
  if (!longest) return 'Nothing blocked the event loop.';
  return `The longest block was ${formatSeconds(longest.duration)}${onLine(longest.line)} (at most ${formatSeconds(atMost)} allowed).`;
}

// ── tasks left pending, coroutines never awaited ───────────────────────────────────────────────────────────────

export interface PendingFacts {
  /** How the task is shown: `heartbeat() (Task-2)`. */
  task: string;
  line: number | null;
  /** The task it outlived, e.g. `main()`; null when it never finished at all. */
  outlived: string | null;
}

export function tasksLeftPending(pending: PendingFacts[]): string {
  const [first] = pending;
  if (!first) return '';
  const created = first.line ? `, created on line ${first.line},` : '';
  const more = pending.length > 1 ? ` (${count(pending.length - 1, 'other task')} too)` : '';
  const what = first.outlived
    ? `was still running when ${first.outlived} finished, so asyncio.run cancelled it${more}.`
    : `never finished${more}.`;
  return (
    `${first.task}${created} ${what} Keep a reference and await it before returning, or create it in an ` +
    '`async with asyncio.TaskGroup() as tg:` block, which waits for its tasks.'
  );
}

export const NO_PENDING_TASKS = 'Every task finished before the code that started it returned.';

export function neverAwaited(name: string, line: number | null, others: number): string {
  const call = `${name}()`;
  const where = line ? `Line ${line} calls ${call} but never awaits it` : `${call} was called but never awaited`;
  const more = others > 0 ? ` (${count(others, 'other coroutine')} too)` : '';
  return (
    `${where}, so its body never ran${more}. Write await ${call}, or asyncio.create_task(${call}) to run it ` +
    'in the background.'
  );
}

export const ALL_AWAITED = 'Every coroutine your program called was awaited.';

// ── exceptions and exit codes ──────────────────────────────────────────────────────────────────────────────────

export interface ErrorFacts {
  type: string;
  message: string;
  line: number | null;
}

/** Errors raised by the runtime or its host, not by the learner's code: their messages already explain. */
const RUNTIME_STOPS = new Set([
  'DeadlockError',
  'VirtualTimeLimitExceeded',
  'IdleLoopLimitExceeded',
  'OutputLimitExceeded',
  'TimeLimitExceeded',
  'RuntimeCrashed',
]);

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** "Your program stopped with an uncaught ValueError on line 5: bad 2." */
export function crashed(error: ErrorFacts): string {
  if (RUNTIME_STOPS.has(error.type)) {
    // e.g. a deadlock: the runtime's message lists each stuck task and what it waits for, one per line.
    const text = error.message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
    return sentence(`Your program was stopped: ${text}`);
  }
  const text = firstLine(error.message).trim();
  return sentence(`Your program stopped with an uncaught ${error.type}${onLine(error.line)}${text ? `: ${text}` : ''}`);
}

export type ExceptionOutcome =
  /** The program ended with it (`inGroup`: inside an ExceptionGroup from a TaskGroup). */
  | { kind: 'uncaught'; error: ErrorFacts; inGroup: boolean }
  /** It happened (`where`: a task or job label, or a timeout); `otherError`: the program then crashed anyway. */
  | { kind: 'raised'; where: string; otherError: ErrorFacts | null }
  | { kind: 'absent'; otherError: ErrorFacts | null };

export function exceptionMessage(
  name: string,
  expect: 'raised-uncaught' | 'handled' | 'not-raised',
  outcome: ExceptionOutcome,
): { passed: boolean; message: string } {
  const fail = (message: string) => ({ passed: false, message });
  const pass = (message: string) => ({ passed: true, message });
  switch (expect) {
    case 'raised-uncaught':
      if (outcome.kind === 'uncaught') return pass(`Your program ended with an uncaught ${name}, as intended.`);
      if (outcome.otherError)
        return fail(`${crashed(outcome.otherError)} This exercise expects it to end with a ${name}.`);
      if (outcome.kind === 'raised') {
        return fail(
          `A ${name} happened in ${outcome.where}, but your program caught it; this exercise expects it to ` +
            'propagate out of asyncio.run.',
        );
      }
      return fail(
        `Your program finished without raising ${name}; this exercise expects it to end with an uncaught ${name}.`,
      );
    case 'handled':
      if (outcome.kind === 'uncaught') {
        const how = outcome.inGroup
          ? `It reached the TaskGroup inside an ExceptionGroup: catch it with except* ${name}:.`
          : `Catch it with try: … except ${name}: around the await that raises it.`;
        return fail(`${crashed(outcome.error)} ${how}`);
      }
      if (outcome.otherError) return fail(crashed(outcome.otherError));
      if (outcome.kind === 'raised') return pass(`A ${name} happened in ${outcome.where} and your program handled it.`);
      return fail(`No ${name} happened; this exercise expects one to be raised and handled.`);
    case 'not-raised':
      if (outcome.kind === 'uncaught') return fail(crashed(outcome.error));
      if (outcome.kind === 'raised')
        return fail(`A ${name} was raised in ${outcome.where}; this exercise expects none.`);
      return pass(`No ${name} was raised.`);
  }
}

export function wrongExitCode(actual: number, expected: number, error: ErrorFacts | null): string {
  if (expected === 0 && error && error.type !== 'SystemExit') return crashed(error);
  if (expected === 0)
    return `Your program exited with code ${actual} (sys.exit); this exercise expects it to finish normally.`;
  return `Your program exited with code ${actual}; this exercise expects exit code ${expected} (sys.exit(${expected})).`;
}

export const exitCodePassed = (code: number) =>
  code === 0 ? 'Your program finished normally.' : `Exited with code ${code}.`;

// ── output ─────────────────────────────────────────────────────────────────────────────────────────────────────

export function outputDiffers(m: {
  line: number;
  actual: string | null;
  expected: string | null;
  actualLines: number;
  expectedLines: number;
}): string {
  if (m.actualLines === 0) return `Your program printed nothing; the first line should be ${quote(m.expected ?? '')}.`;
  if (m.actual === null) {
    return `Your output stops after ${count(m.actualLines, 'line')}; line ${m.line} should be ${quote(m.expected ?? '')}.`;
  }
  if (m.expected === null) {
    return `Your output has an extra line ${m.line}, ${quote(m.actual)}; ${count(m.expectedLines, 'line')} expected.`;
  }
  return `Line ${m.line} of your output is ${quote(m.actual)}; it should be ${quote(m.expected)}.`;
}

export function outputOutOfOrder(m: { missing: string; after: string | null; appearsEarlier: boolean }): string {
  if (m.appearsEarlier && m.after !== null) {
    return `Your output has ${quote(m.missing)}, but before ${quote(m.after)}; this exercise expects it after.`;
  }
  const after = m.after === null ? '' : ` (after ${quote(m.after)})`;
  return `Your output is missing the line ${quote(m.missing)}${after}.`;
}

export const outputMissingText = (value: string, printedNothing: boolean) =>
  printedNothing
    ? `Your program printed nothing; it should print ${quote(value)}.`
    : `Your output doesn't contain ${quote(value)}.`;

export const outputNoMatch = (pattern: string, flags = '') =>
  `Your output doesn't match the pattern /${pattern}/${flags}.`;

// ── overlap, happens-before (when output lines were printed) ──────────────────────────────────────────────

export interface SpanFacts {
  label: string;
  start: number;
  end: number;
}

const spanText = (span: SpanFacts) => `${span.label} from ${formatSeconds(span.start)} to ${formatSeconds(span.end)}`;

export function missingSpanLine(label: string, line: string, kind: 'start' | 'end'): string {
  return (
    `Your output has no line ${quote(line)}${kind === 'end' ? ' after its start' : ''}, so there is no telling ` +
    `when ${label} ${kind === 'start' ? 'started' : 'ended'}. Keep the program's prints as they are.`
  );
}

export function spansDidNotOverlap(spans: SpanFacts[]): string {
  const [a, b] = spans;
  const listed = spans.length === 2 ? `${spanText(a!)} and ${spanText(b!)}` : spans.map(spanText).join('; ');
  return (
    `These ran one after another, never all at the same time: ${listed}. Start them all before awaiting any of ` +
    'them (asyncio.gather, asyncio.create_task or an asyncio.TaskGroup).'
  );
}

export function spansOverlapped(spans: SpanFacts[], from: number, to: number): string {
  return `${spans.map((s) => s.label).join(' and ')} were ${spans.length === 2 ? 'both' : 'all'} in flight from ${formatSeconds(from)} to ${formatSeconds(to)}.`;
}

export function missingOrderLine(line: string): string {
  return `Your output has no line ${quote(line)}. Keep the program's prints as they are.`;
}

export function notBefore(first: { text: string; t: number }, then: { text: string; t: number }): string {
  const when =
    Math.abs(first.t - then.t) < 0.001
      ? `both came at ${formatSeconds(first.t)}`
      : `${quote(first.text)} came at ${formatSeconds(first.t)}, after ${quote(then.text)} at ${formatSeconds(then.t)}`;
  return `${quote(first.text)} should happen before ${quote(then.text)}, but ${when} (virtual time).`;
}

export const happenedBefore = (first: { text: string; t: number }, then: { text: string; t: number }) =>
  `${quote(first.text)} (${formatSeconds(first.t)}) happened before ${quote(then.text)} (${formatSeconds(then.t)}).`;

// ── uses / avoids ──────────────────────────────────────────────────────────────────────────────────────────────

const HOW_TO_USE: Record<string, string> = {
  'asyncio.TaskGroup': 'Start the tasks inside async with asyncio.TaskGroup() as tg: with tg.create_task(...).',
  'asyncio.gather': 'Pass the coroutines to await asyncio.gather(...) to run them concurrently.',
  'asyncio.create_task': 'Wrap a coroutine in asyncio.create_task(...) to start it, then await the task later.',
  'asyncio.Semaphore': 'Create sem = asyncio.Semaphore(n) and put the limited work inside async with sem:.',
  'asyncio.Lock': 'Create lock = asyncio.Lock() and put the critical section inside async with lock:.',
  'asyncio.Queue': 'Create queue = asyncio.Queue(); producers await queue.put(item), consumers await queue.get().',
  'asyncio.timeout': 'Put the slow await inside async with asyncio.timeout(seconds):.',
  'asyncio.wait_for': 'Wrap the slow awaitable: await asyncio.wait_for(aw, timeout=seconds).',
  'asyncio.to_thread': 'Run the blocking function with await asyncio.to_thread(func, *args).',
  'asyncio.sleep': 'await asyncio.sleep(seconds) waits without blocking the event loop.',
  'except*': 'Catch errors from a TaskGroup with except* SomeError:.',
};

const WHY_AVOID: Record<string, string> = {
  'time.sleep': 'It blocks the event loop; use await asyncio.sleep(...) instead.',
  'asyncio.get_event_loop': 'Use asyncio.run(...) to start, and asyncio.get_running_loop() inside coroutines.',
};

const display = (name: string) =>
  name.includes(' ') || name.endsWith('*') || name === 'await' || name === 'yield' ? `\`${name}\`` : name;

export function notUsed(name: string): string {
  const how = HOW_TO_USE[name];
  return `This exercise asks you to use ${display(name)}, and your program doesn't yet.${how ? ` ${how}` : ''}`;
}

export function usedButShouldNot(name: string, line: number | null): string {
  const why = WHY_AVOID[name];
  return `${Line(line, 'Your program')} uses ${display(name)}, which this exercise asks you to avoid.${why ? ` ${why}` : ''}`;
}

export const usesPassed = (name: string) => `Uses ${display(name)}.`;
export const avoidsPassed = (name: string) => `Doesn't use ${display(name)}.`;

// ── python checks ──────────────────────────────────────────────────────────────────────────────────────────────

export const PYTHON_CHECK_FAILED =
  "Your program doesn't do what this exercise asks yet. Re-read the goal and try the next hint.";
export const PYTHON_CHECK_MISSING =
  'This check runs in Python after your program, and no result came back for it. Run the program again.';
export const PYTHON_CHECK_PASSED = 'Does what the exercise asks.';

// ── checklist labels ───────────────────────────────────────────────────────────────────────────────────────────

/** A short statement of what a check requires, for a checklist shown before the program runs. */
export function describeCheck(check: Check): string {
  switch (check.type) {
    case 'stdout':
      return describeOutput(check);
    case 'elapsed': {
      const bound = elapsedBound(check);
      return bound ? `Takes ${expectedTime(bound)}` : 'Takes the expected time';
    }
    case 'concurrency':
      return check.atLeast !== undefined
        ? `Runs at least ${check.atLeast} at the same time${check.atMost !== undefined ? ` (at most ${check.atMost})` : ''}`
        : `Runs at most ${check.atMost} at the same time`;
    case 'loop-blocked':
      return check.atMost > 0
        ? `Never blocks the event loop for more than ${formatSeconds(check.atMost)}`
        : 'Never blocks the event loop';
    case 'no-pending-tasks':
      return 'Leaves no task running at exit';
    case 'no-unawaited-coroutines':
      return 'Awaits every coroutine it calls';
    case 'exception':
      return {
        'raised-uncaught': `Ends with an uncaught ${check.name}`,
        handled: `Handles a ${check.name}`,
        'not-raised': `Raises no ${check.name}`,
      }[check.expect];
    case 'uses':
      return `Uses ${display(check.name)}`;
    case 'avoids':
      return `Doesn't use ${display(check.name)}`;
    case 'python':
      return 'Does what the exercise asks';
    case 'exit-code':
      return check.is === 0 ? 'Finishes without an error' : `Exits with code ${check.is}`;
    case 'overlap':
      return `Runs ${check.spans.map((span) => span.label).join(' and ')} at the same time`;
    case 'happens-before':
      return `Prints ${quote(check.first, 30)} before ${quote(check.then, 30)}`;
  }
}

function describeOutput(check: Extract<Check, { type: 'stdout' }>): string {
  switch (check.mode) {
    case 'exact':
      return 'Prints exactly the expected output';
    case 'contains':
      return `Prints ${quote(check.value, 40)}`;
    case 'regex':
      return 'Prints output of the expected form';
    case 'lines-in-order':
      return check.lines.length === 1 ? 'Prints the expected line' : 'Prints the expected lines in order';
  }
}

/** The time bound an `elapsed` check states (null only for a spec the schema would reject). */
export function elapsedBound(check: Extract<Check, { type: 'elapsed' }>): ElapsedBound | null {
  if (check.approximately !== undefined) {
    return { kind: 'approximately', seconds: check.approximately, tolerance: check.tolerance ?? DEFAULT_TOLERANCE };
  }
  if (check.atMost !== undefined && check.atLeast !== undefined) {
    return { kind: 'range', atLeast: check.atLeast, atMost: check.atMost };
  }
  if (check.atMost !== undefined) return { kind: 'atMost', seconds: check.atMost };
  if (check.atLeast !== undefined) return { kind: 'atLeast', seconds: check.atLeast };
  return null;
}

/** Default `tolerance` of `elapsed: approximately`, in virtual seconds. */
export const DEFAULT_TOLERANCE = 0.1;
