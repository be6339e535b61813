/**
 * What a lesson's program is expected to do when run, beyond its printed output (NAME.out). By default a
 * program must exit 0 without an error; a program that demonstrates a failure says so in NAME.expect.json.
 */
import { z } from 'astro/zod';
import type { RunResult } from '../runtime/protocol.ts';

export const expectationSchema = z.strictObject({
  exitCode: z.number().int().default(0).describe('Expected exit status (1 for an uncaught exception).'),
  error: z
    .string()
    .nullable()
    .default(null)
    .describe('Expected error type, e.g. "ZeroDivisionError" or "DeadlockError"; null for none.'),
  stderrIncludes: z.array(z.string()).default([]).describe('Text that must appear on stderr (warnings, tracebacks).'),
  elapsed: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      'Virtual seconds the program takes, if the lesson says (to the millisecond: CPU time adds microseconds).',
    ),
});

export type ProgramExpectation = z.output<typeof expectationSchema>;

/** Every way the run differs from the expectation, in words (empty when it matches). */
export function describeExpectationMismatch(result: RunResult, expected: ProgramExpectation): string[] {
  const problems: string[] = [];
  const actualError = result.error?.type ?? null;
  if (actualError !== expected.error)
    problems.push(
      expected.error
        ? `expected it to end with ${expected.error}, but it ${actualError ? `ended with ${actualError}` : 'finished without an error'}`
        : `it ended with an unexpected ${actualError}: ${result.error!.message}`,
    );
  if (result.exitCode !== expected.exitCode)
    problems.push(`expected exit status ${expected.exitCode}, got ${result.exitCode}`);
  for (const text of expected.stderrIncludes)
    if (!result.stderr.includes(text)) problems.push(`stderr should contain ${JSON.stringify(text)}`);
  if (expected.elapsed !== undefined && Math.abs(result.elapsed - expected.elapsed) > 0.0005)
    problems.push(`expected it to take ${expected.elapsed} s of virtual time, it took ${result.elapsed} s`);
  if (problems.length && result.stderr) problems.push(`stderr was:\n${result.stderr.split('\n').slice(-6).join('\n')}`);
  return problems;
}
