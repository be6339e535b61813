/** Checks one lesson folder: its index.mdx (frontmatter, placeholders, references), its programs, its exercises. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { placeholdersIn } from '../../src/content/lesson-scaffold.ts';
import type { RuntimeSession } from '../../src/runtime/session.ts';
import { checkExercise } from './exercises.ts';
import { frontmatterProblems } from './frontmatter.ts';
import { parseLesson, type LessonMdx } from '../../src/content/lesson-mdx.ts';
import { checkProgram } from './programs.ts';
import { checkReferences } from './references.ts';
import type { Report } from './report.ts';
import { isTypeScriptFile } from './runtimes.ts';
import type { LessonTarget } from './targets.ts';

/** A program beside a lesson: Python, or TypeScript run by the JavaScript runtime (not a declaration file). */
export const isProgramFile = (name: string) =>
  name.endsWith('.py') || (name.endsWith('.ts') && !name.endsWith('.d.ts'));

/** The name the page runs an example under (Workbench.astro's default), which its .out and tracebacks show. */
const PAGE_FILENAME = 'main.py';
const PAGE_FILENAME_TS = 'main.ts';

export interface LessonOptions {
  record: boolean;
}

export async function checkLesson(
  runtime: Pick<RuntimeSession, 'run'>,
  report: Report,
  { slug, dir, exercise }: LessonTarget,
  options: LessonOptions,
): Promise<void> {
  if (exercise) {
    report.heading(`${slug}/${exercise}`);
    return checkExercise(runtime, report, join(dir, exercise), `${slug}/${exercise}`);
  }
  report.heading(slug);
  const indexName = ['index.mdx', 'index.md'].find((name) => existsSync(join(dir, name)));
  const mdx = indexName ? readFileSync(join(dir, indexName), 'utf8') : null;
  let lesson: LessonMdx | null = null;
  let parseError: string | null = null;
  try {
    lesson = mdx === null ? null : parseLesson(mdx);
  } catch (error) {
    parseError = (error as Error).message;
  }
  const references = () => (lesson ? checkReferences(dir, lesson) : null);
  const reportIndex = (found: ReturnType<typeof references>) => {
    if (!indexName || mdx === null) return report.fail(`${slug}: index.mdx`, 'the lesson folder has no index.mdx');
    report.verdict(`${slug}: frontmatter`, frontmatterProblems(mdx));
    report.verdict(
      `${slug}: no scaffold placeholders left`,
      placeholdersIn(mdx).map(({ line, text }) => `line ${line}: "${text}" is the scaffold's text: write your own`),
    );
    if (parseError !== null) report.fail(`${slug}: ${indexName} parses as MDX`, `line ${parseError}`);
    if (found) report.verdict(`${slug}: components and imports in ${indexName}`, found.problems);
  };

  const shown = references();
  // With --record the .out files change first, so what the components say is checked against the new ones.
  if (!options.record) reportIndex(shown);
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (existsSync(join(path, 'exercise.json'))) await checkExercise(runtime, report, path, `${slug}/${entry}`);
    } else if (isProgramFile(entry))
      await checkProgram(runtime, report, dir, slug, entry, {
        cpuTime: !shown?.pureTimePrograms.has(entry),
        filename: shown?.shownAs.get(entry) ?? (isTypeScriptFile(entry) ? PAGE_FILENAME_TS : PAGE_FILENAME),
        record: options.record,
      });
  }
  if (options.record) reportIndex(references());
}
