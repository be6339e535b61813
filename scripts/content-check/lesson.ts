/** Checks one lesson folder: its index.mdx (frontmatter, placeholders, references), its programs, its exercises. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { placeholdersIn } from '../../src/content/lesson-scaffold.ts';
import type { RuntimeSession } from '../../src/runtime/session.ts';
import { checkExercise } from './exercises.ts';
import { frontmatterProblems } from './frontmatter.ts';
import { parseLesson } from './mdx.ts';
import { checkProgram } from './programs.ts';
import { checkReferences } from './references.ts';
import type { Report } from './report.ts';
import type { LessonTarget } from './targets.ts';

export interface LessonOptions {
  record: boolean;
}

export async function checkLesson(
  runtime: Pick<RuntimeSession, 'run'>,
  report: Report,
  { slug, dir }: LessonTarget,
  options: LessonOptions,
): Promise<void> {
  report.heading(slug);
  const indexName = ['index.mdx', 'index.md'].find((name) => existsSync(join(dir, name)));
  let pureTime = new Set<string>();
  if (!indexName) report.fail(`${slug}: index.mdx`, 'the lesson folder has no index.mdx');
  else {
    const mdx = readFileSync(join(dir, indexName), 'utf8');
    report.verdict(`${slug}: frontmatter`, frontmatterProblems(mdx));
    report.verdict(
      `${slug}: no scaffold placeholders left`,
      placeholdersIn(mdx).map(({ line, text }) => `line ${line}: "${text}" is the scaffold's text: write your own`),
    );
    try {
      const references = checkReferences(dir, parseLesson(mdx));
      pureTime = references.pureTimePrograms;
      report.verdict(`${slug}: components and imports in ${indexName}`, references.problems);
    } catch (error) {
      report.fail(`${slug}: ${indexName} parses as MDX`, `line ${(error as Error).message}`);
    }
  }
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (existsSync(join(path, 'exercise.json'))) await checkExercise(runtime, report, path, `${slug}/${entry}`);
    } else if (entry.endsWith('.py'))
      await checkProgram(runtime, report, dir, slug, entry, { cpuTime: !pureTime.has(entry), record: options.record });
  }
}
