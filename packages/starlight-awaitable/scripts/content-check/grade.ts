/**
 * Grades a program for check-content with the shared grader (src/grading/grade.ts: the browser's Check button
 * and `npm run grade` use the same `gradingRunOptions` + `gradeRun`), run under the real file name so tracebacks
 * say "starter.py", as pyrun does.
 */
import { basename } from 'node:path';
import { gradeRun, gradingRunOptions } from '../../src/grading/grade.ts';
import { toReport, type Grade, type GradeReport } from '../../src/grading/report.ts';
import type { ExerciseSpec } from '../../src/grading/schema.ts';
import type { RunResult } from '../../src/runtime/protocol.ts';
import type { RuntimeSession } from '../../src/runtime/session.ts';

export interface Graded {
  grade: Grade;
  report: GradeReport;
  result: RunResult;
}

export async function gradeProgram(
  runtime: Pick<RuntimeSession, 'run'>,
  spec: ExerciseSpec,
  file: string,
  source: string,
): Promise<Graded> {
  const result = await runtime.run({ source, filename: basename(file), ...gradingRunOptions(spec, source) });
  const grade = gradeRun(spec, source, result);
  return { grade, report: toReport(grade), result };
}

/** Whether the grade judged what the program did (it finished, or ended the way the exercise asks). */
export const judgedBehaviour = (grade: Grade) =>
  grade.ran === 'finished' || grade.items.some((item) => item.kind === 'behaviour');
