/**
 * What grading one attempt answers. `GradeReport` is the public contract (the `--json` object of `npm run grade`,
 * what check-content compares attempts with); `Grade` is the same verdict with what the page needs to show it
 * (which line to highlight, a code excerpt, which layer each item came from).
 */
import * as z from 'zod/mini';
import type { Check } from './schema.ts';

export const RAN = ['finished', 'syntax-error', 'exception', 'limit'] as const;
export type Ran = (typeof RAN)[number];

export const gradeReportSchema = z.strictObject({
  solved: z.boolean().check(z.describe('Every check of the exercise passed.')),
  ran: z
    .enum(RAN)
    .check(
      z.describe(
        'How the program ended: "finished" (normally, or with sys.exit(0)), "syntax-error" (it did not parse, so ' +
          'it never ran), "exception" (an uncaught exception or a non-zero sys.exit), "limit" (stopped by a runtime ' +
          'limit: an infinite loop, a deadlock, too much output, a very long wait).',
      ),
    ),
  error: z
    .nullable(
      z.strictObject({
        type: z
          .string()
          .check(z.describe('Exception or limit type, e.g. "SyntaxError", "ValueError", "TimeLimitExceeded".')),
        message: z.string(),
        line: z.nullable(z.int()).check(z.describe("Line in the learner's program, when known.")),
      }),
    )
    .check(z.describe('Why the program did not finish; null when it finished.')),
  checks: z
    .array(z.strictObject({ passed: z.boolean(), message: z.string() }))
    .check(
      z.describe(
        'Learner-facing lines in the order shown. Unless `ran` is "finished", the first one explains how the ' +
          'program ended and no behaviour check appears as passed.',
      ),
    ),
});

export type GradeReport = z.output<typeof gradeReportSchema>;

/** Which layer of grading produced an item. */
export type GradeItemKind =
  /** How the program ended, when it did not finish (syntax error, crash, limit). */
  | 'outcome'
  /** A classic mistake recognised in the code and the trace (missing await, time.sleep in async def …). */
  | 'misconception'
  /** A `uses` / `avoids` check, judged from the source. */
  | 'static'
  /** Every other check: judged from what the run did. */
  | 'behaviour';

export interface GradeItem {
  kind: GradeItemKind;
  passed: boolean;
  message: string;
  /** A line of the learner's program to highlight. */
  line?: number;
  /** Lines of code to show under the message in a monospace block (e.g. the line with a caret under it). */
  excerpt?: string;
  /** The bare facts behind the verdict, in smaller print. */
  detail?: string;
  /** The exercise check this item reports (static and behaviour items). */
  check?: Check;
}

export interface Grade {
  solved: boolean;
  ran: Ran;
  error: GradeReport['error'];
  items: GradeItem[];
}

/** The public JSON form: an excerpt becomes part of the message, as the learner reads it. */
export function toReport(grade: Grade): GradeReport {
  return {
    solved: grade.solved,
    ran: grade.ran,
    error: grade.error,
    checks: grade.items.map((item) => ({
      passed: item.passed,
      message: item.excerpt ? `${item.message}\n${item.excerpt}` : item.message,
    })),
  };
}
