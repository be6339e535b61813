/**
 * The first layer of grading: how the program ended. A program that did not parse, crashed or was stopped by a
 * limit gets that explained first, and its behaviour checks are not judged (nothing ran to the end).
 */
import type { RunResult, SourceInspection } from '../runtime/protocol.ts';
import { neverFinishedMessage, stoppedMessage, syntaxErrorMessage } from './outcome-messages.ts';
import { stripCommentsAndStrings } from './source.ts';
import type { GradeItem, GradeReport, Ran } from './report.ts';
import type { Check } from './schema.ts';

const SYNTAX_ERRORS = new Set(['SyntaxError', 'IndentationError', 'TabError']);
/** Errors raised by the runtime or its hosts when they stop a program (see src/runtime/python/README.md). */
const LIMITS = new Set([
  'DeadlockError',
  'VirtualTimeLimitExceeded',
  'IdleLoopLimitExceeded',
  'OutputLimitExceeded',
  'ProgramTooLarge',
  'TimeLimitExceeded',
  'RuntimeCrashed',
  'Stopped',
]);
const GROUPS = new Set(['ExceptionGroup', 'BaseExceptionGroup']);

export interface Outcome {
  ran: Ran;
  error: GradeReport['error'];
  /** True when the exercise asks for this ending (an `exception` raised-uncaught or `exit-code` check matches). */
  expected: boolean;
  /** The explanation shown first; null when the program finished. */
  item: GradeItem | null;
}

export function runOutcome(
  result: RunResult,
  inspection: SourceInspection | undefined,
  checks: readonly Check[],
  source = '',
): Outcome {
  const error = result.error;
  const parseFailed =
    inspection?.syntaxError !== undefined ||
    (inspection === undefined && error !== null && SYNTAX_ERRORS.has(error.type) && result.events.length === 0);
  if (parseFailed) {
    const facts = error && SYNTAX_ERRORS.has(error.type) ? error : syntaxFromInspection(inspection?.syntaxError ?? '');
    const excerpt = syntaxExcerpt(result.stderr);
    const item: GradeItem = {
      kind: 'outcome',
      passed: false,
      message: syntaxErrorMessage({ ...facts, excerpt }),
    };
    if (excerpt) item.excerpt = excerpt;
    if (facts.line) item.line = facts.line;
    return {
      ran: 'syntax-error',
      error: { type: facts.type, message: facts.message, line: facts.line },
      expected: false,
      item,
    };
  }

  const stopped =
    error ??
    (result.exitCode !== 0 ? { type: 'SystemExit', message: `exit code ${result.exitCode}`, line: null } : null);
  if (!stopped) return { ran: 'finished', error: null, expected: false, item: null };

  const ran: Ran = LIMITS.has(stopped.type) ? 'limit' : 'exception';
  // A CPU spin is stopped from outside Python, with no line: the first `while` loop is the likely culprit.
  const loopLine = stopped.type === 'TimeLimitExceeded' ? firstWhileLine(source) : null;
  const message =
    ran === 'limit'
      ? neverFinishedMessage(stopped, loopLine)
      : stoppedMessage({ ...stopped, inside: GROUPS.has(stopped.type) ? groupMembers(result.stderr) : undefined });
  const item: GradeItem = { kind: 'outcome', passed: false, message };
  if (stopped.line ?? loopLine) item.line = (stopped.line ?? loopLine)!;
  return {
    ran,
    error: { type: stopped.type, message: stopped.message, line: stopped.line },
    expected: ran === 'exception' && endingIsExpected(result, stopped.type, checks),
    item,
  };
}

/** An exercise about exceptions may want the program to end with one: then its checks judge that ending. */
function endingIsExpected(result: RunResult, type: string, checks: readonly Check[]): boolean {
  return checks.some(
    (check) =>
      (check.type === 'exception' &&
        check.expect === 'raised-uncaught' &&
        (check.name === type ||
          (GROUPS.has(type) && groupMembers(result.stderr).some((m) => m.startsWith(check.name))))) ||
      (check.type === 'exit-code' && check.is !== 0 && check.is === result.exitCode),
  );
}

/** `expected ':' (line 3)` (the inspection's form) as error facts. */
function syntaxFromInspection(text: string): { type: string; message: string; line: number | null } {
  const match = /^(.*) \(line (\d+)\)$/.exec(text);
  return match
    ? { type: 'SyntaxError', message: match[1]!, line: Number(match[2]) }
    : { type: 'SyntaxError', message: text || 'invalid syntax', line: null };
}

/**
 * The code line and the caret line CPython prints above `SyntaxError: …`, dedented together:
 *   File "main.py", line 3
 *     async def main()
 *                     ^
 */
export function syntaxExcerpt(stderr: string): string | null {
  const lines = stderr.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findLastIndex((line) => /^(SyntaxError|IndentationError|TabError)\b/.test(line));
  if (end < 0) return null;
  const start = lines.slice(0, end).findLastIndex((line) => /^\s*File ".*", line \d+/.test(line));
  if (start < 0) return null;
  const block = lines.slice(start + 1, end).filter((line) => line.trim() !== '');
  if (block.length === 0) return null;
  const indent = Math.min(...block.map((line) => /^ */.exec(line)![0].length));
  return block.map((line) => line.slice(indent).trimEnd()).join('\n');
}

/** `ValueError: bad` for each exception inside an ExceptionGroup's traceback (`| ValueError: bad` lines). */
export function groupMembers(stderr: string): string[] {
  const members: string[] = [];
  for (const [, type, message] of stderr.matchAll(/^[ \t]*\|[ \t]+([A-Za-z_][\w.]*)(?::[ \t]?(.*))?$/gm)) {
    if (GROUPS.has(type!.split('.').at(-1)!)) continue;
    members.push(message ? `${type!.split('.').at(-1)}: ${message}` : type!.split('.').at(-1)!);
  }
  return members;
}

/** 1-based line of the first `while` statement in the code (comments and strings ignored), or null. */
export function firstWhileLine(source: string): number | null {
  const code = stripCommentsAndStrings(source);
  const match = /^[ \t]*while\b/m.exec(code);
  return match ? code.slice(0, match.index).split('\n').length : null;
}
