/**
 * --watch: after the first pass, re-checks the lesson of every file saved under the watched folders, reusing the
 * runtime (so a re-check costs the runs, not Pyodide's start-up). Saves within 150 ms are checked once.
 */
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { lessonOfFile, type LessonTarget } from './targets.ts';

export function watchLessons(folders: readonly string[], recheck: (lessons: LessonTarget[]) => Promise<void>): void {
  const pending = new Map<string, LessonTarget>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = null;
    const lessons = [...pending.values()];
    pending.clear();
    running = running.then(() => recheck(lessons));
  };
  for (const folder of new Set(folders.map((path) => resolve(path))))
    watch(folder, { recursive: true }, (_event, name) => {
      if (!name || /(^|\/)\.|~$|\.swp$/.test(name)) return; // editor temporaries
      const lesson = lessonOfFile(join(folder, name));
      if (!lesson) return;
      pending.set(resolve(lesson.dir), lesson);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, 150);
    });
}
