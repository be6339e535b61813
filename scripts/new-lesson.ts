// npm run new-lesson -- <slug> [--title "Title"] — scaffolds content/lessons/<slug>/ with one runnable example
// and one graded exercise that already pass `npm run check-content`. Edit from there.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  // --dir: where lessons live (default content/lessons); the tests scaffold into a temporary folder.
  options: { title: { type: 'string' }, dir: { type: 'string', default: 'content/lessons' } },
});
const slug = positionals[0];
if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error('Usage: npm run new-lesson -- <slug> [--title "Lesson title"]   (slug: lowercase words joined by -)');
  process.exit(2);
}
const dir = join(values.dir, slug);
if (existsSync(dir)) {
  console.error(`${dir} already exists; choose another slug.`);
  process.exit(1);
}
const order = (existsSync(values.dir) ? readdirSync(values.dir).length : 0) + 1;
const title = values.title ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

const files: Record<string, string> = {
  'index.mdx': `---
title: ${JSON.stringify(title)}
description: One sentence that says what the reader will be able to do after this lesson.
order: ${order}
concepts: [replace me]
minutes: 10
---

import Example from '~/components/Example.astro';
import Exercise from '~/components/Exercise.astro';
import Predict from '~/components/Predict.astro';
import waitTwice from './wait_twice.py?raw';

Start with a question the reader already has, in two or three short sentences.

## One idea per section

<Predict question="How long does this program take?" />

<Example code={waitTwice} title="Two waits in a row" />

Explain what the example showed, after the reader has run it.

## Your turn

<Exercise folder="first-exercise">
  What the starter does, and what should change.
</Exercise>

## Recap

- One line per idea this lesson taught.
`,
  'wait_twice.py': `import asyncio


async def main():
    await asyncio.sleep(1)
    print("first wait done")
    await asyncio.sleep(1)
    print("second wait done")


asyncio.run(main())
`,
  'wait_twice.out': 'first wait done\nsecond wait done\n',
  'first-exercise/starter.py': `import asyncio


async def wait(seconds):
    await asyncio.sleep(seconds)


async def main():
    await wait(1)
    await wait(1)
    print("done")


asyncio.run(main())
`,
  'first-exercise/solution.py': `import asyncio


async def wait(seconds):
    await asyncio.sleep(seconds)


async def main():
    await asyncio.gather(wait(1), wait(1))
    print("done")


asyncio.run(main())
`,
  'first-exercise/exercise.json': `${JSON.stringify(
    {
      title: 'Wait for both at once',
      goal: 'Make the two waits overlap so the program finishes in 1 second.',
      hints: [
        'Each await finishes before the next line starts.',
        'asyncio.gather(...) runs several coroutines concurrently.',
        'await asyncio.gather(wait(1), wait(1))',
      ],
      checks: [
        { type: 'stdout', mode: 'exact', value: 'done\n' },
        { type: 'elapsed', atMost: 1, reference: 'if the two waits overlapped' },
      ],
    },
    null,
    2,
  )}\n`,
};

for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
}
console.log(`Created ${dir}/ (order ${order}). Next:
  npm run check-content   # runs its example and grades its exercise
  npm run dev             # then open http://localhost:4321/lessons/${slug}/`);
