/**
 * Finds an exercise's spec and programs at build time. Exercises live in content/lessons/<lesson>/<folder>/:
 * exercise.json (validated by the `exercises` collection) with its starter and solution .py files beside it, and
 * any `check.py` its python checks name (resolved here, so the page receives inline `code` as before).
 */
import { getCollection } from 'astro:content';
import { LESSONS_ROOT, lessonFiles as programs } from 'virtual:starlight-awaitable/lessons';
import type { ExerciseSpec } from '../grading/schema.ts';
import { resolveCheckFiles } from './exercise-source.ts';

export interface LoadedExercise {
  /** "<lesson>/<folder>": the key for saved progress. */
  id: string;
  spec: ExerciseSpec;
  starter: string;
  solution: string;
}

/** "lessons/why-asyncio/drinks/exercise" → "why-asyncio/drinks". */
export function exerciseIdOf(entryId: string): string {
  return entryId.replace(/^lessons\//, '').replace(/\/exercise$/, '');
}

/** The lesson folder a page URL belongs to: "/lessons/why-asyncio/" → "why-asyncio". */
export function lessonFolderOf(pathname: string): string {
  const match = /\/lessons\/([^/]+)\/?/.exec(pathname);
  if (!match) throw new Error(`<Exercise> can only be used on a lesson page (this page is ${pathname}).`);
  return match[1]!;
}

export async function loadExercise(lesson: string, folder: string): Promise<LoadedExercise> {
  const id = `${lesson}/${folder}`;
  const entry = (await getCollection('exercises')).find((candidate) => exerciseIdOf(candidate.id) === id);
  const where = `${LESSONS_ROOT.slice(1)}/${id}/`;
  if (!entry) throw new Error(`<Exercise folder="${folder}">: no ${where}exercise.json was found.`);
  const read = (file: string) => {
    const text = programs[`/${where}${file}`];
    if (text === undefined) throw new Error(`${where}exercise.json names ${file}, but ${where}${file} does not exist.`);
    return text;
  };
  const resolved = resolveCheckFiles(entry.data, (file) => programs[`/${where}${file}`]);
  if (!resolved.ok) throw new Error(`${where}exercise.json: ${resolved.problems.join('; ')}.`);
  const spec = resolved.spec;
  return { id, spec, starter: read(spec.starter), solution: read(spec.solution) };
}

/** Exercise ids per lesson folder, for progress check marks. */
export async function exercisesByLesson(): Promise<Record<string, string[]>> {
  const byLesson: Record<string, string[]> = {};
  for (const entry of await getCollection('exercises')) {
    const id = exerciseIdOf(entry.id);
    (byLesson[id.split('/')[0]!] ??= []).push(id);
  }
  return byLesson;
}
