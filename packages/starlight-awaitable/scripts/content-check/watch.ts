/**
 * --watch: after the first pass, re-checks the lesson of every file saved under the watched folders (just the
 * exercise, for a file in an exercise folder), reusing the
 * runtime (so a re-check costs the runs, not Pyodide's start-up). Saves within 150 ms are checked once.
 * Each folder is watched on its own (not with `recursive: true`, which Node sets up asynchronously on Linux, so
 * a save right after start-up could be missed); folders created later are watched when they appear.
 */
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import { targetOfFile, type LessonTarget } from './targets.ts';

const IGNORED = /(^|\/)(\.|node_modules$)|~$|\.swp$/; // hidden files, editor temporaries

export function watchLessons(folders: readonly string[], recheck: (lessons: LessonTarget[]) => Promise<void>): void {
  const pending = new Map<string, LessonTarget>();
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = null;
    const lessons = [...pending.values()];
    pending.clear();
    running = running.then(() => recheck(lessons));
  };
  const changed = (path: string) => {
    if (existsSync(path) && statSync(path).isDirectory()) watchTree(path);
    const target = targetOfFile(path);
    if (!target) return;
    const key = resolve(target.dir);
    const known = pending.get(key);
    pending.set(key, known && known.exercise !== target.exercise ? { slug: target.slug, dir: target.dir } : target);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, 150);
  };
  const watchTree = (dir: string) => {
    if (watchers.has(dir)) return;
    watchers.set(
      dir,
      watch(dir, (_event, name) => {
        if (name && !IGNORED.test(name)) changed(join(dir, name));
      }),
    );
    for (const entry of readdirSync(dir))
      if (!IGNORED.test(entry) && statSync(join(dir, entry)).isDirectory()) watchTree(join(dir, entry));
  };
  for (const folder of new Set(folders.map((path) => resolve(path)))) watchTree(folder);
}
