// npm run new-lesson -- <slug> [--title "Title"] — scaffolds content/lessons/<slug>/ with one runnable example and
// one graded exercise that already pass `npm run check-content`; its placeholder texts (src/content/lesson-scaffold.ts)
// are reported until you replace them. Exit status: 0 created, 1 the folder exists, 2 bad arguments.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaffoldFiles } from '../src/content/lesson-scaffold.ts';
import { commandLine } from '../src/runtime/node/command-line.ts';

const USAGE = `Usage: npm run new-lesson -- SLUG [--title "Lesson title"]

Creates content/lessons/SLUG/ with an index.mdx, one runnable example with its output and one graded exercise.
Then: npm run check-content -- SLUG --watch   (and npm run dev to see the page)

  SLUG            lowercase words joined by -, e.g. rate-limiting (the lesson's URL and folder name)
  --title TEXT    the lesson title (default: the slug as words)
  --dir FOLDER    where lessons live (default content/lessons)
  -h, --help      show this help`;

const { positionals, values, fail } = commandLine('new-lesson', USAGE, {
  title: { type: 'string' },
  dir: { type: 'string', default: 'content/lessons' },
});
const slug = positionals[0];
if (positionals.length > 1) fail(`give one slug, not ${positionals.length} (${positionals.join(' ')})`);
if (!slug) fail('give the new lesson a slug');
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
  fail(`"${slug}" is not a slug: use lowercase letters and digits, words joined by -`);
const dir = join(values.dir, slug);
if (existsSync(dir)) {
  console.error(`${dir} already exists; choose another slug.`);
  process.exit(1);
}
const order = (existsSync(values.dir) ? readdirSync(values.dir).length : 0) + 1;
const title = values.title ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

for (const [name, text] of Object.entries(scaffoldFiles(title, order))) {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
}
console.log(`Created ${dir}/ (order ${order}). Next:
  npm run check-content -- ${slug} --watch   # re-checks the lesson each time you save; lists the placeholders to replace
  npm run dev                                # then open http://localhost:4321/lessons/${slug}/`);
