/**
 * Which lessons to check, from the command line: nothing (the whole course), slugs ("tasks"), lesson folders,
 * a course folder holding lesson folders, or any file inside a lesson (its lesson is checked). An exercise folder
 * (or a file in it) checks just that exercise, the quick loop while writing its checks and attempts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { closest } from './did-you-mean.ts';

/** The lessons folder: the site's (AWAITABLE_LESSONS, set by `awaitable check --lessons DIR`) or content/lessons. */
export const COURSE = process.env.AWAITABLE_LESSONS ?? 'content/lessons';

export interface LessonTarget {
  /** The lesson folder's name, used in every label ("tasks/run_order.py"). */
  slug: string;
  dir: string;
  /** Check only this exercise folder of the lesson. */
  exercise?: string;
}

export class TargetError extends Error {}

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const isLesson = (dir: string) => ['index.mdx', 'index.md'].some((name) => existsSync(join(dir, name)));

/** The lesson folders of a course folder (every sub-folder: one without index.mdx is reported), sorted. */
export function lessonsOf(course: string): LessonTarget[] {
  return readdirSync(course)
    .filter((name) => isDir(join(course, name)))
    .sort()
    .map((name) => ({ slug: name, dir: join(course, name) }));
}

/** The lesson a path is in: the nearest folder at or above it holding index.mdx. */
function lessonAround(path: string): LessonTarget | null {
  let dir = resolve(isDir(path) ? path : dirname(path));
  for (let depth = 0; depth < 4 && dir !== dirname(dir); depth++, dir = dirname(dir))
    if (isLesson(dir)) return { slug: basename(dir), dir };
  return null;
}

/** The exercise folder a path is in (the folder holding exercise.json at or above it, below its lesson). */
function exerciseAround(path: string, lesson: LessonTarget): string | undefined {
  let dir = resolve(isDir(path) ? path : dirname(path));
  for (; dir.startsWith(resolve(lesson.dir) + '/'); dir = dirname(dir))
    if (existsSync(join(dir, 'exercise.json'))) return basename(dir);
  return undefined;
}

function resolveOne(arg: string, course: string): LessonTarget[] {
  if (!arg.includes('/') && isDir(join(course, arg))) return [{ slug: arg, dir: join(course, arg) }];
  if (existsSync(arg)) {
    const lesson = lessonAround(arg);
    const exercise = lesson && exerciseAround(arg, lesson);
    if (lesson && exercise) return [{ ...lesson, exercise }];
    if (lesson) return [lesson];
    if (isDir(arg)) {
      const lessons = lessonsOf(arg);
      if (lessons.some((lesson) => isLesson(lesson.dir))) return lessons;
      throw new TargetError(`${arg} is neither a lesson folder (with an index.mdx) nor a folder of lessons`);
    }
    throw new TargetError(`${arg} is not inside a lesson folder (no index.mdx beside it or above it)`);
  }
  const slugs = isDir(course) ? lessonsOf(course).map((lesson) => lesson.slug) : [];
  const guess = closest(basename(arg), slugs);
  throw new TargetError(
    `no lesson "${arg}": give a lesson slug from ${course}/${guess ? ` (did you mean ${guess}?)` : ''} or a folder`,
  );
}

/** The lessons to check, each once, in the order given. Throws TargetError with a message for the author. */
export function resolveTargets(args: readonly string[], course = COURSE): LessonTarget[] {
  if (args.length === 0) {
    if (!isDir(course)) throw new TargetError(`${course}/ does not exist: run from the repository's top folder`);
    return lessonsOf(course);
  }
  const seen = new Map<string, LessonTarget>();
  for (const arg of args)
    for (const lesson of resolveOne(arg, course)) {
      const key = resolve(lesson.dir);
      const known = seen.get(key);
      // A whole lesson covers its exercises; two exercises of one lesson mean the whole lesson, for simplicity.
      if (known && known.exercise !== lesson.exercise) seen.set(key, { slug: lesson.slug, dir: lesson.dir });
      else seen.set(key, lesson);
    }
  return [...seen.values()];
}

/** What to re-check when a file changes (for --watch): its exercise if it is in one, else its lesson; or null. */
export function targetOfFile(path: string): LessonTarget | null {
  const lesson = lessonAround(path);
  const exercise = lesson && exerciseAround(path, lesson);
  return lesson && exercise ? { ...lesson, exercise } : lesson;
}
