/**
 * Grades one run of a learner's program against an exercise's checks. Pure: the caller runs the program (with
 * `trace: true` when `needsTrace(checks)`), runs the `python` checks in the runtime, and passes everything in.
 */
import type { RunResult } from '../runtime/protocol.ts';
import { isComputing, ofKind } from '../trace/events.ts';
import { describeTask, longestSpan, traceFacts, usesJobs, type TraceFacts } from '../trace/facts.ts';
import * as say from './messages.ts';
import { isConstruct, type Check, type CheckOf } from './schema.ts';
import { findConstructInSource, findNameInSource } from './source.ts';
import { containsText, exactMismatch, findLine, linesInOrderMismatch, timedLines } from './stdout.ts';
import { unawaitedCoroutines } from './warnings.ts';

/** What the runtime's AST pass reports about the learner's source (for `uses` / `avoids`). */
export interface AstFacts {
  /**
   * Dotted names the code refers to, resolved through its imports: `from asyncio import sleep` + `sleep(1)` and
   * `import asyncio as aio` + `aio.sleep(1)` both give "asyncio.sleep". Import statements alone do not count.
   */
  names: string[];
  /** Constructs present, spelled as in CONSTRUCTS: "async def", "async with", "async for", "await", "except*", "yield". */
  constructs: string[];
}

/** What one `python` check's `check(stdout, trace, globals)` answered (message: its returned string, if any). */
export interface PythonCheckResult {
  passed: boolean;
  message: string | null;
}

export interface GradingContext {
  result: RunResult;
  /** The learner's program, for `uses` / `avoids` without AST facts and for their line numbers. */
  source: string;
  /** Preferred for `uses` / `avoids`; without it a conservative text search of `source` is used (see source.ts). */
  astFacts?: AstFacts;
  /** One entry per `python` check, in spec order (see `pythonChecks`). */
  pythonResults?: PythonCheckResult[];
  /** The exercise's language (absent: Python): advice names that language's tools. */
  language?: 'python' | 'typescript';
}

export interface CheckResult {
  check: Check;
  passed: boolean;
  /** Learner-facing: the check's own `message`/`passMessage` if it has one, else the default. */
  message: string;
  /** The bare facts behind the verdict ("elapsed 3.0 s; expected at most 2.0 s"), shown in smaller print. */
  detail?: string;
  /** A line of the learner's program to highlight (the blocking call, the un-awaited call …). */
  line?: number;
}

interface Verdict {
  passed: boolean;
  message: string;
  detail?: string;
  line?: number | null;
}

/** Comparisons of virtual seconds allow for float noise (the runtime rounds to the nanosecond). */
const EPSILON = 1e-9;
/**
 * Time bounds allow 1% + 10 ms: the runtime charges the program's own Python code a few microseconds of CPU time
 * per step, so a solution that waits exactly 2 s finishes a hair after 2.0 s.
 */
export const timeSlack = (seconds: number) => 0.01 + Math.abs(seconds) * 0.01;
/** Computing steps this short are the normal cost of running code, not "blocking the loop". */
export const CPU_GRACE = 0.01;

export function evaluateChecks(checks: readonly Check[], context: GradingContext): CheckResult[] {
  let facts: TraceFacts | null = null;
  const trace = () => (facts ??= traceFacts(context.result.events));
  let pythonIndex = 0;
  return checks.map((check) => {
    const verdict =
      check.type === 'python' ? python(check, context.pythonResults?.[pythonIndex++]) : evaluate(check, context, trace);
    // A python check's own returned message is more specific than its static `message`; see python().
    const message = verdict.passed
      ? (check.passMessage ?? verdict.message)
      : check.type === 'python'
        ? verdict.message
        : (check.message ?? verdict.message);
    const result: CheckResult = { check, passed: verdict.passed, message };
    if (verdict.detail) result.detail = verdict.detail;
    if (verdict.line) result.line = verdict.line;
    return result;
  });
}

export function summarise(results: readonly CheckResult[]): { passed: number; total: number; allPassed: boolean } {
  const passed = results.filter((result) => result.passed).length;
  return { passed, total: results.length, allPassed: passed === results.length };
}

function evaluate(check: Check, context: GradingContext, trace: () => TraceFacts): Verdict {
  const { result, language = 'python' } = context;
  switch (check.type) {
    case 'stdout':
      return stdout(check, result.stdout);
    case 'elapsed':
      return elapsed(check, result, trace, language);
    case 'concurrency':
      return concurrency(check, result, trace(), language);
    case 'loop-blocked':
      return loopBlocked(check, trace());
    case 'no-pending-tasks':
      return noPending(trace());
    case 'no-unawaited-coroutines':
      return noUnawaited(result.stderr);
    case 'exception':
      return exception(check, result, trace());
    case 'uses':
    case 'avoids':
      return usage(check, context);
    case 'exit-code':
      return exitCode(check, result);
    case 'overlap':
      return overlap(check, result);
    case 'happens-before':
      return happensBefore(check, result);
    case 'python':
      throw new Error('python checks are evaluated separately');
  }
}

function stdout(check: CheckOf<'stdout'>, output: string): Verdict {
  switch (check.mode) {
    case 'exact': {
      const mismatch = exactMismatch(output, check.value);
      return mismatch
        ? {
            passed: false,
            message: say.outputDiffers(mismatch),
            detail: `first difference on output line ${mismatch.line}`,
          }
        : { passed: true, message: 'Your output is exactly right.' };
    }
    case 'contains':
      return containsText(output, check.value)
        ? { passed: true, message: `Your output contains ${say.quote(check.value)}.` }
        : { passed: false, message: say.outputMissingText(check.value, output.trim() === '') };
    case 'regex': {
      const pattern = new RegExp(check.pattern, check.flags);
      return pattern.test(output)
        ? { passed: true, message: `Your output matches /${check.pattern}/${check.flags ?? ''}.` }
        : { passed: false, message: say.outputNoMatch(check.pattern, check.flags) };
    }
    case 'lines-in-order': {
      const mismatch = linesInOrderMismatch(output, check.lines);
      return mismatch
        ? { passed: false, message: say.outputOutOfOrder(mismatch) }
        : { passed: true, message: `Your output has ${say.count(check.lines.length, 'expected line')}, in order.` };
    }
  }
}

function elapsed(
  check: CheckOf<'elapsed'>,
  result: RunResult,
  trace: () => TraceFacts,
  language: 'python' | 'typescript',
): Verdict {
  const bound = say.elapsedBound(check);
  if (!bound) return { passed: false, message: 'This check gives no time limit (atMost, atLeast or approximately).' };
  const t = result.elapsed;
  const [low, high] =
    bound.kind === 'atMost'
      ? [-Infinity, bound.seconds + timeSlack(bound.seconds)]
      : bound.kind === 'atLeast'
        ? [bound.seconds - timeSlack(bound.seconds), Infinity]
        : bound.kind === 'range'
          ? [bound.atLeast - timeSlack(bound.atLeast), bound.atMost + timeSlack(bound.atMost)]
          : [bound.seconds - bound.tolerance, bound.seconds + bound.tolerance];
  const detail = `elapsed ${say.formatSeconds(t)}; expected ${say.expectedTime(bound)}`;
  if (t >= low - EPSILON && t <= high + EPSILON) return { passed: true, message: say.elapsedPassed(t, bound), detail };

  let advice: string | undefined;
  let line: number | null = null;
  if (t > high) {
    // Too slow: the trace usually shows why (a blocking call, or waits that never overlapped).
    if (result.events.length > 0) {
      const facts = trace();
      advice = say.slownessAdvice(facts.longestBlock, facts.peak.peak, gilWaitSeconds(result.events), language);
      if (facts.longestBlock?.reason === 'time.sleep') line = facts.longestBlock.line;
    }
  } else if (result.error) {
    advice = say.crashed(result.error);
    line = result.error.line;
  } else {
    advice = 'Check that every step is awaited and none is skipped or cancelled.';
  }
  return { passed: false, message: say.elapsedFailed(t, bound, check.reference, advice), detail, line };
}

function concurrency(
  check: CheckOf<'concurrency'>,
  result: RunResult,
  facts: TraceFacts,
  language: 'python' | 'typescript',
): Verdict {
  const { peak } = facts;
  const peakFacts: say.PeakFacts = {
    peak: peak.peak,
    at: peak.at,
    // Two `slow()` tasks would read as one: add the task name where labels repeat.
    labels: peak.active.map((strand, _, all) =>
      all.filter((other) => other.label === strand.label).length > 1 ? `${strand.label} (${strand.id})` : strand.label,
    ),
    withJobs: usesJobs(result.events),
  };
  const detail =
    `peak ${peak.peak}` + (peak.at === null ? '' : ` at ${say.formatSeconds(peak.at)}: ${peakFacts.labels.join(', ')}`);
  if (check.atLeast !== undefined && peak.peak < check.atLeast) {
    const block = facts.longestBlock?.reason === 'time.sleep' ? facts.longestBlock : null;
    const advice = block ? say.blockedLoop(block, 0) : undefined;
    return {
      passed: false,
      message: say.concurrencyTooLow(peakFacts, check.atLeast, advice, language),
      detail,
      line: block?.line,
    };
  }
  if (check.atMost !== undefined && peak.peak > check.atMost) {
    return {
      passed: false,
      message: say.concurrencyTooHigh(peakFacts, check.atMost),
      detail,
      line: peak.active[0]?.line,
    };
  }
  return { passed: true, message: say.concurrencyPassed(peakFacts, check.atLeast, check.atMost), detail };
}

/** Total time simulated threads waited for the GIL: the sign of CPU-bound work in threads. */
function gilWaitSeconds(events: RunResult['events']): number {
  return ofKind(events, 'job_waited')
    .filter((event) => event.reason === 'gil')
    .reduce((sum, event) => sum + event.duration, 0);
}

function loopBlocked(check: CheckOf<'loop-blocked'>, facts: TraceFacts): Verdict {
  // Short computing steps are what running any code costs; only long computations count as blocking.
  const blocks = facts.blocks.filter((block) => !isComputing(block.reason) || block.duration > CPU_GRACE);
  const longest = longestSpan(blocks);
  if (!longest || longest.duration <= check.atMost + EPSILON) {
    return { passed: true, message: say.loopNotBlocked(longest, check.atMost) };
  }
  const total = { count: blocks.length, seconds: blocks.reduce((sum, block) => sum + block.duration, 0) };
  return {
    passed: false,
    message: say.blockedLoop(longest, check.atMost, total),
    detail: `longest block ${say.formatSeconds(longest.duration)} (${longest.reason}) at ${say.formatSeconds(longest.start)}`,
    line: longest.line,
  };
}

function noPending(facts: TraceFacts): Verdict {
  if (facts.pending.length === 0) return { passed: true, message: say.NO_PENDING_TASKS };
  const pending = facts.pending.map((p) => ({
    task: describeTask(p.task),
    line: p.task.line,
    outlived: p.root ? p.root.coro : null,
  }));
  return {
    passed: false,
    message: say.tasksLeftPending(pending),
    detail: `left pending: ${pending.map((p) => p.task).join(', ')}`,
    line: pending[0]!.line,
  };
}

function noUnawaited(stderr: string): Verdict {
  const [first, ...others] = unawaitedCoroutines(stderr);
  if (!first) return { passed: true, message: say.ALL_AWAITED };
  return { passed: false, message: say.neverAwaited(first.name, first.line, others.length), line: first.line };
}

/**
 * Precisely:
 * - uncaught: the run's `error.type` is `name`, or the error is an (Base)ExceptionGroup whose traceback on stderr
 *   lists a `name` sub-exception (what a TaskGroup raises);
 * - raised: otherwise, a learner task ended with state error and exception `name`, or a thread/process job did, or
 *   an internal task did (e.g. to_thread re-raising a job's error); for `CancelledError` a task ended cancelled; for
 *   `TimeoutError` also an asyncio.timeout / wait_for deadline expired;
 * - "handled" = raised and the program ended with no error and exit code 0.
 * An exception raised and caught within one task leaves no trace event, so it counts as absent.
 */
function exception(check: CheckOf<'exception'>, result: RunResult, facts: TraceFacts): Verdict {
  const { name } = check;
  const error = result.error;
  const isGroup = error?.type === 'ExceptionGroup' || error?.type === 'BaseExceptionGroup';
  const inGroup = isGroup && new RegExp(`^\\s*\\|\\s*${name.replace(/\./g, '\\.')}(?::|$)`, 'm').test(result.stderr);
  const otherError =
    error ??
    (result.exitCode !== 0 ? { type: 'SystemExit', message: `exit code ${result.exitCode}`, line: null } : null);

  let outcome: say.ExceptionOutcome;
  if (error && (error.type === name || inGroup)) {
    outcome = { kind: 'uncaught', error, inGroup };
  } else {
    const failure = facts.failures.find(
      (f) => f.exception === name || (name === 'CancelledError' && f.state === 'cancelled'),
    );
    const where = failure
      ? `${failure.label} (${failure.id})`
      : name === 'TimeoutError' && facts.timeoutsFired > 0
        ? 'a timeout (asyncio.timeout or wait_for)'
        : null;
    outcome = where ? { kind: 'raised', where, otherError } : { kind: 'absent', otherError };
  }
  const verdict = say.exceptionMessage(name, check.expect, outcome);
  const line = outcome.kind === 'uncaught' ? outcome.error.line : (otherError?.line ?? null);
  return { ...verdict, detail: `outcome: ${outcome.kind}${error ? `; error ${error.type}` : ''}`, line };
}

function usage(check: CheckOf<'uses'> | CheckOf<'avoids'>, context: GradingContext): Verdict {
  const { name } = check;
  const line = isConstruct(name) ? findConstructInSource(context.source, name) : findNameInSource(context.source, name);
  const facts = context.astFacts;
  const used = facts
    ? isConstruct(name)
      ? facts.constructs.includes(name)
      : facts.names.some((n) => n === name || n.startsWith(`${name}.`))
    : line !== null;
  const detail = facts ? 'from the syntax tree' : 'from a text search of the source';
  if (check.type === 'uses') {
    return used
      ? { passed: true, message: say.usesPassed(name), detail, line }
      : { passed: false, message: say.notUsed(name), detail };
  }
  return used
    ? { passed: false, message: say.usedButShouldNot(name, line), detail, line }
    : { passed: true, message: say.avoidsPassed(name), detail };
}

function exitCode(check: CheckOf<'exit-code'>, result: RunResult): Verdict {
  if (result.exitCode === check.is) return { passed: true, message: say.exitCodePassed(check.is) };
  return {
    passed: false,
    message: say.wrongExitCode(result.exitCode, check.is, result.error),
    detail: `exit code ${result.exitCode}; expected ${check.is}`,
    line: result.error?.line,
  };
}

/** Virtual time two moments must be apart to count as "before" or as an overlap (CPU time adds microseconds). */
const MOMENT = 0.001;

function overlap(check: CheckOf<'overlap'>, result: RunResult): Verdict {
  const lines = timedLines(ofKind(result.events, 'output'));
  const spans: say.SpanFacts[] = [];
  for (const span of check.spans) {
    const start = findLine(lines, span.from);
    if (start < 0) return { passed: false, message: say.missingSpanLine(span.label, span.from, 'start') };
    const end = findLine(lines, span.to, start + 1);
    if (end < 0) return { passed: false, message: say.missingSpanLine(span.label, span.to, 'end') };
    spans.push({ label: span.label, start: lines[start]!.t, end: lines[end]!.t });
  }
  const from = Math.max(...spans.map((s) => s.start));
  const to = Math.min(...spans.map((s) => s.end));
  const detail = spans.map((s) => `${s.label} ${say.formatSeconds(s.start)}–${say.formatSeconds(s.end)}`).join('; ');
  return to - from > MOMENT
    ? { passed: true, message: say.spansOverlapped(spans, from, to), detail }
    : { passed: false, message: say.spansDidNotOverlap(spans), detail };
}

function happensBefore(check: CheckOf<'happens-before'>, result: RunResult): Verdict {
  const lines = timedLines(ofKind(result.events, 'output'));
  const first = lines[findLine(lines, check.first)];
  const then = lines[findLine(lines, check.then)];
  if (!first) return { passed: false, message: say.missingOrderLine(check.first) };
  if (!then) return { passed: false, message: say.missingOrderLine(check.then) };
  const detail = `${say.formatSeconds(first.t)} vs ${say.formatSeconds(then.t)}`;
  return first.t < then.t - MOMENT
    ? { passed: true, message: say.happenedBefore(first, then), detail }
    : { passed: false, message: say.notBefore(first, then), detail };
}

/** A missing result fails loudly: it means the page did not run the check, which must never look like a pass. */
function python(check: CheckOf<'python'>, answer: PythonCheckResult | undefined): Verdict {
  if (!answer) return { passed: false, message: say.PYTHON_CHECK_MISSING, detail: 'no result from the runtime' };
  if (answer.passed) return { passed: true, message: say.PYTHON_CHECK_PASSED };
  return { passed: false, message: answer.message || check.message || say.PYTHON_CHECK_FAILED };
}
