/**
 * Reads an exercise folder in Node (check-content, `npm run grade`, tests): exercise.json parsed as authored
 * (exercise-source.ts), its check.py files resolved, and the grading spec returned.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseSpec } from '../grading/schema.ts';
import { authoredExerciseSchema, resolveCheckFiles } from './exercise-source.ts';

export class ExerciseFolderError extends Error {}

export interface ExerciseFolder {
  spec: ExerciseSpec;
  /** For each check, the file it was read from ("check.py"), or null when it is inline in exercise.json. */
  checkFiles: (string | null)[];
}

/** Throws ExerciseFolderError with a message naming the file and every problem. */
export function readExerciseFolder(dir: string): ExerciseFolder {
  const file = join(dir, 'exercise.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
    throw new ExerciseFolderError(`cannot read ${file}: ${reason}`);
  }
  const parsed = authoredExerciseSchema.safeParse(json);
  if (!parsed.success)
    throw new ExerciseFolderError(
      `${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`).join('; ')}`,
    );
  const resolved = resolveCheckFiles(parsed.data, (name) => {
    const path = join(dir, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  });
  if (!resolved.ok) throw new ExerciseFolderError(`${file}: ${resolved.problems.join('; ')}`);
  return { spec: resolved.spec, checkFiles: resolved.checkFiles };
}
