/**
 * Which lessons to check, from the command line: nothing (the whole course), slugs ("tasks"), lesson folders,
 * a course folder holding lesson folders, or any file or exercise folder inside a lesson (its lesson is checked).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { closest } from './did-you-mean.ts';

export const COURSE = 'content/lessons';

export interface LessonTarget {
  /** The lesson folder's name, used in every label ("tasks/run_order.py"). */
  slug: string;
  dir: string;
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

function resolveOne(arg: string, course: string): LessonTarget[] {
  if (!arg.includes('/') && isDir(join(course, arg))) return [{ slug: arg, dir: join(course, arg) }];
  if (existsSync(arg)) {
    const lesson = lessonAround(arg);
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
  for (const arg of args) for (const lesson of resolveOne(arg, course)) seen.set(resolve(lesson.dir), lesson);
  return [...seen.values()];
}

/** The lesson a changed file belongs to (for --watch), or null. */
export function lessonOfFile(path: string): LessonTarget | null {
  return lessonAround(path);
}
