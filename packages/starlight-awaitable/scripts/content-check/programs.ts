/**
 * A program beside a lesson (NAME.py) must run as the lesson says: without an unexpected error (or with the one
 * NAME.expect.json names) and, where there is a NAME.out, printing exactly that. With `record`, NAME.out is
 * NAME.out may be left out only by a program shown for how it fails (it has a NAME.expect.json). With `record`, NAME.out is
 * rewritten from the runtime (and NAME.expect.json's error, exit status and time), showing the difference.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeExpectationMismatch,
  expectationSchema,
  type ProgramExpectation,
} from '../../src/content/program-expectations.ts';
import type { RunResult } from '../../src/runtime/protocol.ts';
import type { RuntimeSession } from '../../src/runtime/session.ts';
import { lineDiff } from './diff.ts';
import { longLines } from './line-length.ts';
import type { Report } from './report.ts';

export interface ProgramOptions {
  cpuTime: boolean;
  /** The file name the page shows it under (tracebacks, deadlock reports): checked as learners will see it. */
  filename: string;
  record: boolean;
}

function readExpectation(path: string): { expectation: ProgramExpectation; raw: Record<string, unknown> } | string {
  if (!existsSync(path)) return { expectation: expectationSchema.parse({}), raw: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
  const parsed = expectationSchema.safeParse(raw);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  return { expectation: parsed.data, raw: raw as Record<string, unknown> };
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i])
      return `output differs at line ${i + 1}:\n  the lesson says: ${JSON.stringify(a[i] ?? '(nothing)')}\n  the runtime printed: ${JSON.stringify(b[i] ?? '(nothing)')}`;
  return 'output differs';
}

/** The expectation file rewritten from the run: only the fields it already has (and error/exitCode when it fails). */
function recordedExpectation(raw: Record<string, unknown>, result: RunResult): Record<string, unknown> {
  const next: Record<string, unknown> = { ...raw, exitCode: result.exitCode, error: result.error?.type ?? null };
  if ('elapsed' in raw) next.elapsed = Math.round(result.elapsed * 1000) / 1000;
  if ('stderrIncludes' in raw && Array.isArray(raw.stderrIncludes))
    next.stderrIncludes = raw.stderrIncludes.filter((text) => typeof text === 'string' && result.stderr.includes(text));
  return next;
}

export async function checkProgram(
  runtime: Pick<RuntimeSession, 'run'>,
  report: Report,
  lessonDir: string,
  lesson: string,
  file: string,
  options: ProgramOptions,
): Promise<void> {
  const stem = file.slice(0, -3);
  const outFile = join(lessonDir, `${stem}.out`);
  const expectFile = join(lessonDir, `${stem}.expect.json`);
  const label = `${lesson}/${file}${existsSync(outFile) || options.record ? ` prints ${stem}.out` : ' runs'}`;
  const source = readFileSync(join(lessonDir, file), 'utf8');
  const warning = longLines(source, file);
  if (warning) report.warn(`${lesson}/${warning}`);
  const read = readExpectation(expectFile);
  if (typeof read === 'string') return report.fail(`${lesson}/${stem}.expect.json`, read);
  const result = await runtime.run({ source, filename: options.filename, cpuTime: options.cpuTime });

  const recorded: string[] = [];
  if (options.record) {
    const before = existsSync(outFile) ? readFileSync(outFile, 'utf8') : null;
    if (before !== result.stdout) {
      writeFileSync(outFile, result.stdout);
      recorded.push(
        before === null
          ? `recorded ${stem}.out:\n${result.stdout.replace(/\n$/, '')}`
          : `recorded ${stem}.out:\n${lineDiff(before, result.stdout)}`,
      );
    }
    if (existsSync(expectFile)) {
      const next = `${JSON.stringify(recordedExpectation(read.raw, result), null, 2)}\n`;
      const previous = readFileSync(expectFile, 'utf8');
      if (next !== previous) {
        writeFileSync(expectFile, next);
        recorded.push(`recorded ${stem}.expect.json:\n${lineDiff(previous, next)}`);
      }
    }
  }

  const expectation =
    options.record && existsSync(expectFile)
      ? (readExpectation(expectFile) as { expectation: ProgramExpectation }).expectation
      : read.expectation;
  const problems = describeExpectationMismatch(result, expectation);
  if (existsSync(outFile)) {
    const expected = readFileSync(outFile, 'utf8');
    if (result.stdout !== expected) problems.push(firstDifference(expected, result.stdout));
  } else if (!existsSync(expectFile))
    problems.push(
      `${stem}.out is missing: every program a lesson shows needs its exact output beside it ` +
        `(record it with \`npm run check-content -- ${lesson} --record\`, then read it)`,
    );
  if (problems.length && options.filename !== file && `${result.stderr}`.includes(options.filename))
    problems.push(`(${options.filename} in its messages is ${file}: the name the lesson page shows it under)`);
  report.verdict(label, problems);
  for (const note of recorded) report.note(note);
}
