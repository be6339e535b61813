/**
 * The second layer of grading: which of the mistakes the code analysis found explain why this attempt failed.
 * A finding is shown only when the run went wrong in the way it explains (a sequential await only when the work
 * did not overlap enough, a caught-inside timeout only when a timeout fired …), so correct code is never blamed.
 */
import type { RunResult } from '../runtime/protocol.ts';
import { timeoutsFired } from '../trace/facts.ts';
import type { Analysis, Finding } from './analysis.ts';
import type { CheckResult } from './evaluate.ts';
import * as say from './misconception-messages.ts';
import type { GradeItem, Ran } from './report.ts';

/** At most this many, so the list stays readable; the first is the one to fix first. */
const MAX_SHOWN = 3;

export interface DiagnosisContext {
  analysis: Analysis | null;
  result: RunResult;
  /** The exercise's check results (their verdicts are only meaningful when the program finished). */
  results: readonly CheckResult[];
  ran: Ran;
}

export function diagnose(context: DiagnosisContext): GradeItem[] {
  const { analysis } = context;
  if (!analysis) return [];
  const relevant = analysis.findings.filter((finding) => explains(finding, context));

  // One message per kind of mistake: the first place it happens is where to start.
  const seen = new Set<string>();
  const items: GradeItem[] = [];
  for (const finding of relevant) {
    if (seen.has(finding.kind) || items.length >= MAX_SHOWN) continue;
    seen.add(finding.kind);
    items.push({ kind: 'misconception', passed: false, message: word(finding, context.result), line: finding.line });
  }
  return items;
}

const AWAIT_WITHOUT_FUTURE = /^await wasn't used with future/;

function crashedWithFutureMisuse(result: RunResult, finding: Extract<Finding, { kind: 'missing-await' }>): boolean {
  const lines = [finding.line, finding.resultLine];
  return (
    result.error?.type === 'RuntimeError' &&
    AWAIT_WITHOUT_FUTURE.test(result.error.message) &&
    (result.error.line === null || lines.includes(result.error.line))
  );
}

/**
 * Whether the run failed for lack of overlap, by the exercise's own checks: a `concurrency` atLeast or `overlap`
 * check failed, or an `elapsed` check found it slower than it should be.
 */
function tooSequential(context: DiagnosisContext): boolean {
  if (context.ran !== 'finished') return false;
  return context.results.some(
    (r) =>
      !r.passed &&
      ((r.check.type === 'concurrency' && r.check.atLeast !== undefined) ||
        r.check.type === 'overlap' ||
        (r.check.type === 'elapsed' &&
          (r.check.atMost !== undefined || r.check.approximately !== undefined) &&
          context.result.elapsed > (r.check.atMost ?? r.check.approximately!))),
  );
}

function explains(finding: Finding, context: DiagnosisContext): boolean {
  switch (finding.kind) {
    case 'missing-await':
    case 'task-not-kept':
    case 'time-sleep-in-async':
    case 'lock-per-call':
      return true;
    case 'sequential-awaits':
    case 'await-in-loop':
      return tooSequential(context);
    case 'timeout-caught-inside':
      return context.result.error?.type === 'TimeoutError' || timeoutsFired(context.result.events) > 0;
  }
}

function word(finding: Finding, result: RunResult): string {
  switch (finding.kind) {
    case 'missing-await':
      return say.missingAwait(finding, crashedWithFutureMisuse(result, finding));
    case 'task-not-kept':
      return say.taskNotKept(finding);
    case 'time-sleep-in-async':
      return say.timeSleepInAsync(finding);
    case 'lock-per-call':
      return say.lockPerCall(finding);
    case 'sequential-awaits':
      return say.sequentialAwaits(finding);
    case 'await-in-loop':
      return say.awaitInLoop(finding);
    case 'timeout-caught-inside':
      return say.timeoutCaughtInside(finding);
  }
}
