/**
 * Grades one attempt in layers, the same way in the browser, in `npm run grade` and in check-content:
 *  1. how the program ended (outcome.ts): a syntax error is explained and nothing else is judged; a crash or a
 *     runtime limit is explained first and no behaviour check is reported (nothing ran to the end);
 *  2. classic mistakes recognised in the code and the trace (misconceptions.ts), shown before the checks when the
 *     attempt is not solved;
 *  3. the exercise's checks (evaluate.ts): `uses`/`avoids` from the syntax tree, the rest from the run.
 * The caller runs the program with `gradingRunOptions(...)` and passes the result to `gradeRun(...)`.
 */
import type { RunOptions, RunResult } from '../runtime/protocol.ts';
import { analysisCheck, readAnalysis } from './analysis.ts';
import { evaluateChecks, type CheckResult } from './evaluate.ts';
import { diagnose } from './misconceptions.ts';
import { runOutcome } from './outcome.ts';
import { VERDICT } from './outcome-messages.ts';
import type { Grade, GradeItem } from './report.ts';
import { pythonChecks, type Check, type ExerciseSpec } from './schema.ts';

const STATIC_CHECKS: ReadonlySet<Check['type']> = new Set(['uses', 'avoids']);

export type GradingSpec = Pick<ExerciseSpec, 'checks' | 'stdin' | 'cpuTime'> & {
  /** Absent: Python. TypeScript runs in the JavaScript runtime: no python checks, no code analysis. */
  language?: ExerciseSpec['language'];
};

/** How to run an attempt for grading: the exercise's python checks, then the code analysis (see analysis.ts). */
export function gradingRunOptions(
  spec: GradingSpec,
  source: string,
): Required<Pick<RunOptions, 'trace' | 'inspect' | 'checks' | 'cpuTime'>> & { stdin: string | null } {
  if (spec.language === 'typescript')
    // The misconception analysis reads Python's syntax tree: a TypeScript attempt is judged by its checks alone.
    return { trace: true, inspect: false, checks: [], cpuTime: spec.cpuTime, stdin: spec.stdin ?? null };
  return {
    // Always: misconceptions read the trace (a caught-inside timeout needs the timers), and so does the Timeline.
    trace: true,
    inspect: true,
    checks: [...pythonChecks(spec.checks).map((check) => check.code), analysisCheck(source)],
    cpuTime: spec.cpuTime,
    stdin: spec.stdin ?? null,
  };
}

export function gradeRun(spec: GradingSpec, source: string, result: RunResult): Grade {
  const checks = spec.checks;
  const outcome = runOutcome(result, result.inspection, checks, source);
  if (outcome.ran === 'syntax-error') {
    return { solved: false, ran: outcome.ran, error: outcome.error, items: [outcome.item!] };
  }
  const pythonCount = pythonChecks(checks).length;
  const answers = result.checks ?? [];
  const results = evaluateChecks(checks, {
    result,
    source,
    astFacts: result.inspection,
    pythonResults: answers.slice(0, pythonCount),
    language: spec.language ?? 'python',
  });
  const analysis = readAnalysis(answers[pythonCount]);
  const judged = outcome.ran === 'finished' || outcome.expected;
  const solved = judged && results.every((r) => r.passed);
  const mistakes = solved ? [] : diagnose({ analysis, result, results, ran: outcome.ran });

  const items: GradeItem[] = [];
  if (!judged) {
    items.push(outcome.item!, ...mistakes);
    // What the code says is still true; what it did is not known. Only failing static checks add advice.
    items.push(...results.filter((r) => STATIC_CHECKS.has(r.check.type) && !r.passed).map(toItem));
  } else {
    items.push(...mistakes, ...results.map(toItem));
  }
  return { solved, ran: outcome.ran, error: outcome.error, items };
}

function toItem(result: CheckResult): GradeItem {
  const item: GradeItem = {
    kind: STATIC_CHECKS.has(result.check.type) ? 'static' : 'behaviour',
    passed: result.passed,
    message: result.message,
    check: result.check,
  };
  if (result.line) item.line = result.line;
  if (result.detail) item.detail = result.detail;
  return item;
}

/** The one-line verdict above the list. */
export function verdictLine(grade: Grade): string {
  const checks = grade.items.filter((item) => item.kind === 'static' || item.kind === 'behaviour');
  if (grade.solved) return VERDICT.solved(checks.length);
  if (grade.ran !== 'finished' && !grade.items.some((item) => item.kind === 'behaviour')) return VERDICT[grade.ran];
  return VERDICT.notYet(checks.filter((item) => item.passed).length, checks.length);
}

/** The line to highlight: the first failing item that names one. */
export function firstFailingLine(grade: Grade): number | null {
  return grade.items.find((item) => !item.passed && item.line)?.line ?? null;
}
