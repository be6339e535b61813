/** Every lesson can be completed through the UI: its first exercise, solved with the reference solution, passes. */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceCode } from './code-editor';

const ROOT = 'content/lessons';
const lessons = readdirSync(ROOT)
  .filter((lesson) => existsSync(join(ROOT, lesson, 'index.mdx')))
  .map((lesson) => {
    const mdx = readFileSync(join(ROOT, lesson, 'index.mdx'), 'utf8');
    const folder = /<Exercise folder="([^"]+)"/.exec(mdx)?.[1];
    return { lesson, folder };
  })
  .filter((entry): entry is { lesson: string; folder: string } => Boolean(entry.folder));

test('every lesson has an exercise', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(16);
});

for (const { lesson, folder } of lessons) {
  test(`${lesson}: “${folder}” is solved by its reference solution through the UI`, async ({ page }) => {
    const dir = join(ROOT, lesson, folder);
    const spec = JSON.parse(readFileSync(join(dir, 'exercise.json'), 'utf8')) as { title: string; solution?: string };
    await page.goto(`/lessons/${lesson}/`);
    const bench = page.locator('aw-workbench', { hasText: spec.title });
    await replaceCode(page, bench, readFileSync(join(dir, spec.solution ?? 'solution.py'), 'utf8'));
    await bench.getByRole('button', { name: 'Check' }).click();
    const results = bench.getByRole('region', { name: 'Check results' });
    await expect(results).toContainText('exercise solved!', { timeout: 60_000 });
  });
}
