/**
 * Grades an exercise the way learners will meet it: the solution must be solved; the starter must fail, and fail
 * because of what it does — not because it does not parse, crashes or hits a limit (unless attempts.json says that
 * is the point); and every attempt in attempts.json must get the verdict it expects. For the starter it prints the
 * messages a learner reads after pressing Check on the code as given.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attemptsFileSchema, type Attempt } from '../../src/content/attempts-schema.ts';
import { ExerciseFolderError, readExerciseFolder } from '../../src/content/exercise-folder.ts';
import type { Check, ExerciseSpec } from '../../src/grading/schema.ts';
import type { RuntimeSession } from '../../src/runtime/session.ts';
import { gradeProgram, judgedBehaviour, type Graded } from './grade.ts';
import { longLines } from './line-length.ts';
import type { Report } from './report.ts';

type Runtime = Pick<RuntimeSession, 'run'>;

/** Which file each python check came from (check.py), by the check object the grade items point at. */
type CheckFiles = Map<Check, string>;

/**
 * The failing lines of a grade as the learner reads them (the report's wording, excerpt included). A python check
 * that broke is reported by the runtime as "The check itself …"; the author also needs to know which file.
 */
function failedMessages(graded: Graded, files: CheckFiles = new Map()): string[] {
  return graded.grade.items.flatMap((item, index) => {
    if (item.passed) return [];
    const file = item.check && files.get(item.check);
    const message = graded.report.checks[index]!.message;
    return [`✗ ${message}${file && message.startsWith('The check itself') ? ` [in ${file}]` : ''}`];
  });
}

function readAttempts(dir: string): { attempts: Attempt[] } | { problem: string } | null {
  const file = join(dir, 'attempts.json');
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problem: `attempts.json is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = attemptsFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      problem: parsed.error.issues
        .map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
        .join('\n'),
    };
  return parsed.data;
}

/** What is wrong with an attempt's grade compared with what attempts.json expects (empty: as expected). */
export function attemptMismatches(attempt: Attempt, graded: Graded, files?: CheckFiles): string[] {
  const { report } = graded;
  const problems: string[] = [];
  const firstFailure = report.checks.find((check) => !check.passed)?.message ?? null;
  if (attempt.expect === 'solved' && !report.solved)
    problems.push(`expected it to be solved, but it failed:\n${failedMessages(graded, files).join('\n')}`);
  if (attempt.expect === 'failed' && report.solved) problems.push('expected it to fail, but every check passed');
  if (attempt.ran && attempt.ran !== report.ran)
    problems.push(
      `expected ran "${attempt.ran}", but it ${report.ran === 'finished' ? 'finished' : `ended with "${report.ran}"`}` +
        (report.error ? ` (${report.error.type}: ${report.error.message.split('\n')[0]})` : ''),
    );
  if (attempt.firstFailure && !report.solved && !firstFailure?.includes(attempt.firstFailure))
    problems.push(
      `expected the first failure to contain ${JSON.stringify(attempt.firstFailure)}; it is:\n${firstFailure ?? '(none)'}`,
    );
  return problems;
}

export async function checkExercise(runtime: Runtime, report: Report, dir: string, label: string): Promise<void> {
  let spec: ExerciseSpec;
  let checkFiles: (string | null)[];
  try {
    ({ spec, checkFiles } = readExerciseFolder(dir));
  } catch (error) {
    if (!(error instanceof ExerciseFolderError)) throw error;
    return report.fail(`${label}: exercise.json`, error.message.replace(`${join(dir, 'exercise.json')}: `, ''));
  }
  const attempts = readAttempts(dir);
  if (attempts && 'problem' in attempts) report.fail(`${label}: attempts.json`, attempts.problem);
  const listed = attempts && 'attempts' in attempts ? attempts.attempts : [];

  const files = [spec.starter, spec.solution, ...listed.map((attempt) => attempt.file)];
  const extension = spec.language === 'typescript' ? '.ts' : '.py';
  const otherLanguage = listed.filter((attempt) => !attempt.file.endsWith(extension));
  if (otherLanguage.length)
    report.fail(
      `${label}: attempts.json`,
      otherLanguage
        .map((attempt) => `${attempt.file} is not a ${extension} file, but the exercise is in ${spec.language}`)
        .join('\n'),
    );
  const missing = [...new Set(files)].filter((file) => !existsSync(join(dir, file)));
  if (missing.length)
    return report.fail(
      `${label}: files`,
      missing.map((file) => `${file} is named in exercise.json or attempts.json but does not exist`).join('\n'),
    );
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const grade = (file: string) => gradeProgram(runtime, spec, file, read(file));
  const fileOf: CheckFiles = new Map();
  spec.checks.forEach((check, index) => {
    const file = checkFiles[index];
    if (file) fileOf.set(check, file);
  });

  const solution = await grade(spec.solution);
  report.verdict(
    `${label}: the solution (${spec.solution}) is solved`,
    solution.report.solved ? [] : failedMessages(solution, fileOf).concat(outputTail(solution)),
  );

  const starter = await grade(spec.starter);
  const starterAttempt = listed.find((attempt) => attempt.file === spec.starter);
  const brokenOnPurpose = starterAttempt?.ran !== undefined && starterAttempt.ran === starter.report.ran;
  const starterProblems: string[] = [];
  if (starter.report.solved)
    starterProblems.push('the starter already passes every check: the exercise is solved before the learner starts');
  else if (!judgedBehaviour(starter.grade) && !brokenOnPurpose)
    starterProblems.push(
      `the starter fails only because it does not run to the end (${starter.report.ran}` +
        `${starter.report.error ? `: ${starter.report.error.type}` : ''}), so no check says what to change. ` +
        `If that is the point, list it in attempts.json with "ran": "${starter.report.ran}".`,
      ...failedMessages(starter, fileOf),
    );
  report.verdict(`${label}: the starter (${spec.starter}) fails for what it does`, starterProblems);
  if (starterProblems.length === 0)
    report.note(`what a learner reads on Check:\n${failedMessages(starter, fileOf).join('\n')}`);

  for (const file of [spec.starter, spec.solution]) {
    const warning = longLines(read(file), file);
    if (warning) report.warn(`${label}: ${warning}`);
  }

  for (const attempt of listed) {
    if (attempt.file === spec.starter && starterAttempt === attempt) {
      report.verdict(attemptLabel(label, attempt), attemptMismatches(attempt, starter, fileOf));
      continue;
    }
    const graded = attempt.file === spec.solution ? solution : await grade(attempt.file);
    report.verdict(attemptLabel(label, attempt), attemptMismatches(attempt, graded, fileOf));
  }
}

const attemptLabel = (label: string, attempt: Attempt) =>
  `${label}: ${attempt.file}${attempt.style ? ` (${attempt.style})` : ''} is ${attempt.expect}` +
  `${attempt.ran ? `, ran ${attempt.ran}` : ''}`;

function outputTail({ result }: Graded): string[] {
  const tail = (text: string) => text.replace(/\n$/, '').split('\n').slice(-8).join('\n');
  return [`--- stdout (end) ---\n${tail(result.stdout)}`, `--- stderr (end) ---\n${tail(result.stderr)}`];
}
