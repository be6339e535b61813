// npm run check-content -- [LESSON …] [--watch] [--record] — proves the course says what is true, without a build.
// See USAGE below and the authoring guide (src/pages/guide/authoring.mdx, "Check your lesson"). The checks live
// in scripts/content-check/, one module per kind of mistake. Exit status: 0 all passed, 1 something failed,
// 2 bad arguments.
import { join } from 'node:path';
import { createNodeRuntime } from '../src/runtime/node/node-runtime.ts';
import { checkerRuntime } from './content-check/runtimes.ts';
import { checkLesson } from './content-check/lesson.ts';
import { Report } from './content-check/report.ts';
import { COURSE, resolveTargets, TargetError, type LessonTarget } from './content-check/targets.ts';
import { watchLessons } from './content-check/watch.ts';
import { commandLine } from '../src/runtime/node/command-line.ts';

const USAGE = `Usage: npm run check-content -- [LESSON …] [--watch] [--record]

Checks lessons without building the site: frontmatter (unknown or misspelt fields, scaffold placeholders), the
components in index.mdx (Exercise folders, PredictOutput files and choices, Quiz answers, imports), every program
beside a lesson against its NAME.out, and every exercise: its solution is solved, its starter fails for what it
does (printing what a learner reads on Check), and each attempt in attempts.json gets the verdict it expects.

  LESSON        a slug in ${COURSE}/ ("tasks"), a lesson folder, a folder of lessons, or any file inside a
                lesson (its lesson is checked); an exercise folder checks just that exercise; none: the whole
                course
  -w, --watch   keep running and re-check a lesson whenever one of its files is saved (just the exercise
                for a file in an exercise folder)
  --record      rewrite each program's NAME.out (and NAME.expect.json) from what the runtime prints, showing
                the difference; read the diff before you commit it
  -h, --help    show this help

Exit status: 0 everything passed, 1 something failed, 2 bad arguments.`;

const { values, positionals, fail } = commandLine('check-content', USAGE, {
  watch: { type: 'boolean', short: 'w', default: false },
  record: { type: 'boolean', default: false },
});
let targets: LessonTarget[];
try {
  targets = resolveTargets(positionals);
} catch (error) {
  if (error instanceof TargetError) fail(error.message);
  throw error;
}

const python = createNodeRuntime(20);
// Python loads in its worker thread while the first lesson's frontmatter and MDX are checked.
void python.start();
const runtime = checkerRuntime(python, 20); // .ts programs, exercises and attempts: the JavaScript runtime
async function run(lessons: readonly LessonTarget[]): Promise<Report> {
  const report = new Report();
  const started = performance.now();
  for (const lesson of lessons) await checkLesson(runtime, report, lesson, { record: values.record });
  console.log(report.summary());
  console.log(
    `(${lessons.length} ${lessons.length === 1 ? 'lesson' : 'lessons'} in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return report;
}

console.log(
  positionals.length
    ? `Checking ${targets.map((t) => (t.exercise ? `${t.slug}/${t.exercise}` : t.slug)).join(', ')}`
    : `Checking the course in ${COURSE}/`,
);
const first = await run(targets);
if (values.watch) {
  const folders = positionals.length
    ? targets.map((target) => (target.exercise ? join(target.dir, target.exercise) : target.dir))
    : [COURSE];
  watchLessons(folders, async (lessons) => {
    console.log(
      `\n--- ${new Date().toLocaleTimeString()}: re-checking ${lessons.map((l) => (l.exercise ? `${l.slug}/${l.exercise}` : l.slug)).join(', ')}`,
    );
    await run(lessons);
  });
  console.log(`\nWatching ${folders.join(', ')}: save a file to re-check its lesson (Ctrl+C to stop).`);
} else {
  runtime.dispose();
  process.exitCode = first.failures.length ? 1 : 0;
}
