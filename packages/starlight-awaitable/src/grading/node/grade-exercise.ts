/**
 * Grading in Node (`npm run grade`, check-content, tests): reads an exercise folder, runs the attempt under the
 * runtime and grades it with the same pure code as the browser (../grade.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from '../../runtime/protocol.ts';
import type { RuntimeSession } from '../../runtime/session.ts';
import { gradeRun, gradingRunOptions, type GradingSpec } from '../grade.ts';
import { toReport, type Grade, type GradeReport } from '../report.ts';
import { exerciseSchema, type ExerciseSpec } from '../schema.ts';

export interface GradeExerciseOptions {
  /** The exercise folder, holding exercise.json. */
  exerciseDir: string;
  /** The attempt's source (Python, or TypeScript for a `"language": "typescript"` exercise). */
  source: string;
  /**
   * A Node runtime session of the exercise's language (createNodeRuntime(), or createNodeJsRuntime() for
   * TypeScript); the caller disposes of it.
   */
  runtime: Pick<RuntimeSession, 'run'>;
  /** The exercise's spec when the caller has already read it (e.g. with check.py files resolved). */
  spec?: GradingSpec;
}

/** The attempt's verdict: issue 17's JSON object (see report.ts). */
export async function gradeExercise(options: GradeExerciseOptions): Promise<GradeReport> {
  return toReport((await gradeExerciseInDetail(options)).grade);
}

/** The verdict with everything the page shows, and the run itself. */
export async function gradeExerciseInDetail(
  options: GradeExerciseOptions,
): Promise<{ grade: Grade; result: RunResult }> {
  const spec = options.spec ?? readExerciseSpec(options.exerciseDir);
  const result = await options.runtime.run({
    source: options.source,
    filename: spec.language === 'typescript' ? 'main.ts' : 'main.py',
    ...gradingRunOptions(spec, options.source),
  });
  return { grade: gradeRun(spec, options.source, result), result };
}

export class ExerciseSpecError extends Error {}

/** exercise.json of a folder, parsed; throws ExerciseSpecError with a message naming the file and the fields. */
export function readExerciseSpec(exerciseDir: string): ExerciseSpec {
  const file = join(exerciseDir, 'exercise.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ExerciseSpecError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ExerciseSpecError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = exerciseSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new ExerciseSpecError(`${file} is not a valid exercise: ${problems.join('; ')}`);
  }
  return parsed.data;
}
