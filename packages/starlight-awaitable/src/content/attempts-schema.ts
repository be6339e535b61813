/**
 * attempts.json beside an exercise.json: programs a learner might write, each with the verdict the grader must
 * give it. `npm run check-content` grades every one with the same grader as the browser and reports mismatches,
 * so checks are shown to accept other correct solutions and to reject the typical wrong ones with a useful first
 * message. Files are relative to the exercise folder ("attempts/gather.py", "starter.py").
 */
import { z } from 'astro/zod';
import { RAN } from '../grading/report.ts';

export const attemptSchema = z
  .strictObject({
    file: z
      .string()
      .regex(
        /^(?:[\w.-]+\/)*[\w.-]+\.(py|ts)$/,
        'a .py (or, for a TypeScript exercise, .ts) file inside the exercise folder, like "attempts/gather.py"',
      )
      .refine((file) => !file.split('/').includes('..'), 'stay inside the exercise folder (no "..")')
      .describe('The attempt, relative to the exercise folder, e.g. "attempts/gather.py" or "starter.py".'),
    expect: z.enum(['solved', 'failed']).describe('"solved": every check passes. "failed": at least one fails.'),
    ran: z
      .enum(RAN)
      .optional()
      .describe(
        'How the program ended: "finished", "syntax-error", "exception" (uncaught) or "limit" (a runtime limit).',
      ),
    firstFailure: z
      .string()
      .min(1)
      .optional()
      .describe('Text that must appear in the message of the first failing check (the first thing a learner reads).'),
    style: z
      .string()
      .min(1)
      .optional()
      .describe('What kind of attempt this is, e.g. "TaskGroup", "forgotten await" (for the report only).'),
  })
  .superRefine((attempt, ctx) => {
    if (attempt.expect === 'solved' && attempt.firstFailure !== undefined)
      ctx.addIssue({ code: 'custom', path: ['firstFailure'], message: 'a solved attempt has no failure' });
    if (attempt.expect === 'solved' && attempt.ran !== undefined && attempt.ran !== 'finished')
      ctx.addIssue({ code: 'custom', path: ['ran'], message: `a solved attempt always ran to the end ("finished")` });
  });

export const attemptsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  attempts: z.array(attemptSchema).min(1, 'list at least one attempt'),
});

export type Attempt = z.output<typeof attemptSchema>;
export type AttemptsFile = z.output<typeof attemptsFileSchema>;
