import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { replaceCode } from './code-editor';

/** The course order as an author defines it: lessons by frontmatter `order`, exercises as each lesson shows them. */
function courseOrder(): string[] {
  const lessons = readdirSync('content/lessons').map((slug) => {
    const text = readFileSync(`content/lessons/${slug}/index.mdx`, 'utf8');
    const order = Number(/^order: (\d+)/m.exec(text)![1]);
    const folders = [...text.matchAll(/<Exercise folder="([^"]+)"/g)].map((m) => `${slug}/${m[1]}`);
    return { order, folders };
  });
  return lessons.sort((a, b) => a.order - b.order).flatMap((l) => l.folders);
}

const LESSON = '/lessons/why-asyncio/';
const bench = (page: Page, title: string) => page.locator('aw-workbench', { hasText: title });

test.describe('your progress', () => {
  test('lists every exercise in course order, numbered lessons, and a Next link into the course', async ({ page }) => {
    await page.goto('/progress/');
    const ids = await page.locator('li[data-exercise]').evaluateAll((items) => items.map((li) => li.dataset.exercise));
    expect(ids).toEqual(courseOrder());
    const headings = page.locator('section[data-lesson] h2');
    await expect(headings.first()).toHaveText('1. Why asyncio?');
    await expect(headings.nth(1)).toHaveText(/^2\. Generators/);
    await expect(page.locator('section[data-lesson="why-asyncio"]')).toContainText(
      'Predict the output: 1 not answered yet · Quizzes: 2 not answered yet',
    );
    const next = page.locator('.pagination-links a[rel="next"]');
    await expect(next).toHaveAttribute('href', '/lessons/why-asyncio/');
    await expect(next).toContainText('Start the course: Why asyncio?');
    await expect(page.locator('.pagination-links a[rel="prev"]')).toHaveCount(0);
    await expect(page.locator('aw-continue')).toBeHidden();
    const axe = await new AxeBuilder({ page }).exclude('site-search > button').analyze(); // Starlight's search button: excluded as in site.spec.ts
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' ')})`)).toEqual([]);
  });

  test('continue where you left off: after a check, after solving; quiz results; Next follows', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    await expect(page.locator('aw-continue')).toBeHidden();
    // The hero's call to action: the first lesson until there is progress, then the way back (above the fold).
    const action = page.locator('.hero .actions a').first();
    await expect(action).toHaveText('Start with “Why asyncio?”');
    await expect(action).toHaveAttribute('href', LESSON);

    // Check an exercise without solving it: the landing page offers to continue it.
    await page.goto(LESSON);
    const heartbeat = bench(page, 'Keep the heartbeat going');
    await heartbeat.getByRole('button', { name: 'Check' }).click();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('awaitable:exercise:why-asyncio/unblock-the-loop')), {
        timeout: 90_000,
      })
      .toContain('attemptedAt');
    await page.goto('/');
    const resume = page.locator('aw-continue');
    await expect(resume).toBeVisible();
    await expect(resume).toHaveText('Continue where you left off: Keep the heartbeat going — lesson 1, Why asyncio?');
    await expect(action).toHaveText('Continue: Keep the heartbeat going');
    await expect(action).toHaveAttribute('href', '/lessons/why-asyncio/#exercise-unblock-the-loop');
    const box = (await action.boundingBox())!;
    expect(box.y + box.height, 'the way back is visible without scrolling at 1280×720').toBeLessThanOrEqual(720);
    await resume.getByRole('link', { name: 'Keep the heartbeat going' }).click();
    await expect(page).toHaveURL(/\/lessons\/why-asyncio\/#exercise-unblock-the-loop$/);

    // Solve it: the next exercise in course order is offered (the first of lesson 2).
    await replaceCode(
      page,
      heartbeat,
      readFileSync('content/lessons/why-asyncio/unblock-the-loop/solution.py', 'utf8'),
    );
    await heartbeat.getByRole('button', { name: 'Check' }).click();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('awaitable:exercise:why-asyncio/unblock-the-loop')), {
        timeout: 90_000,
      })
      .toContain('solvedAt');
    // Answer the first quiz right, the second wrong.
    const quizzes = page.locator('aw-quiz');
    await quizzes.nth(0).getByText('It runs other tasks that are ready').click();
    await quizzes.nth(0).getByRole('button', { name: 'Check answer' }).click();
    await quizzes.nth(1).getByText('Eight threads').click();
    await quizzes.nth(1).getByRole('button', { name: 'Check answer' }).click();

    const [firstOfLesson2] = courseOrder().filter((id) => id.startsWith('generators/'));
    const title = JSON.parse(readFileSync(`content/lessons/${firstOfLesson2}/exercise.json`, 'utf8')).title as string;
    await page.goto('/');
    await expect(resume).toHaveText(
      `You solved “Keep the heartbeat going”. Next: ${title} — lesson 2, Generators, the ancestors of coroutines`,
    );
    await expect(action).toHaveText(`Continue: ${title}`);

    await page.goto('/progress/');
    await expect(page.locator('li[data-exercise="why-asyncio/unblock-the-loop"]')).toContainText('✓ solved');
    await expect(page.locator('section[data-lesson="why-asyncio"]')).toContainText(
      'Quizzes: 1 of 2 right · 1 not right yet',
    );
    await expect(page.locator('aw-continue')).toContainText(`Next: ${title}`);
    const next = page.locator('.pagination-links a[rel="next"]');
    await expect(next).toHaveAttribute(
      'href',
      `/lessons/${firstOfLesson2!.split('/')[0]}/#exercise-${firstOfLesson2!.split('/')[1]}`,
    );
    await expect(next).toContainText(`Continue: ${title}`);
    const axe = await new AxeBuilder({ page }).exclude('site-search > button').analyze(); // Starlight's search button: excluded as in site.spec.ts
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' ')})`)).toEqual([]);
  });

  test('an import is summed up in plain words', async ({ page }) => {
    await page.goto('/progress/');
    const solved = { attemptedAt: '2025-01-01T00:00:00.000Z', solvedAt: '2025-01-01T00:00:00.000Z' };
    const file = {
      format: 'awaitable-progress',
      version: 1,
      exportedAt: '2025-01-02T00:00:00.000Z',
      exercises: {
        'why-asyncio/concurrent-downloads': { ...solved, code: 'print(1)\n', codeSavedAt: '2025-01-01T00:00:00.000Z' },
        'why-asyncio/unblock-the-loop': solved,
        'tasks/start-them-together': { attemptedAt: '2025-01-01T00:00:00.000Z' },
      },
    };
    await page.getByLabel('Import progress').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(page.locator('[data-role="message"]')).toHaveText(
      'Brought in progress for 3 exercises you had not started in this browser. 2 of them are now marked solved.',
    );
    await expect(page.getByRole('status').filter({ hasText: 'You have solved 2 of' })).toBeVisible();
  });
});
