/**
 * The lesson `npm run new-lesson` creates, and its placeholders: the texts an author must replace. check-content
 * reports any placeholder still in a lesson, so a scaffold can never be published as it is.
 */

/** Texts of the scaffold that stand for the author's own words; each is reported while it is still there. */
export const PLACEHOLDERS = {
  concepts: 'replace me',
  description: 'One sentence that says what the reader will be able to do after this lesson.',
  opening: 'Start with a question the reader already has, in two or three short sentences.',
  section: 'One idea per section',
  explanation: 'Explain what the example showed, after the reader has run it.',
  instructions: 'What the starter does, and what should change.',
  recap: 'One line per idea this lesson taught.',
} as const;

export function scaffoldFiles(title: string, order: number): Record<string, string> {
  return {
    'index.mdx': `---
title: ${JSON.stringify(title)}
description: ${PLACEHOLDERS.description}
order: ${order}
concepts: [${PLACEHOLDERS.concepts}]
minutes: 10
---

import Example from 'starlight-awaitable/components/Example.astro';
import Exercise from 'starlight-awaitable/components/Exercise.astro';
import Predict from 'starlight-awaitable/components/Predict.astro';
import waitTwice from './wait_twice.py?raw';

${PLACEHOLDERS.opening}

## ${PLACEHOLDERS.section}

<Predict question="How long does this program take?" />

<Example code={waitTwice} title="Two waits in a row" />

${PLACEHOLDERS.explanation}

## Your turn

<Exercise folder="first-exercise">
  ${PLACEHOLDERS.instructions}
</Exercise>

## Recap

- ${PLACEHOLDERS.recap}
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
}

/** Every placeholder still in the body of a lesson's index.mdx (after its frontmatter), with its line number. */
export function placeholdersIn(mdx: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(mdx)?.[0] ?? '';
  const skip = frontmatter ? frontmatter.split('\n').length : 0;
  mdx.split('\n').forEach((line, index) => {
    if (index < skip) return; // the frontmatter check names those fields itself
    for (const text of Object.values(PLACEHOLDERS)) if (line.includes(text)) found.push({ line: index + 1, text });
  });
  return found;
}
