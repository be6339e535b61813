/**
 * "Compare with JavaScript" in a lesson, as a reader meets it: the Python program and its TypeScript counterpart
 * side by side (stacked on a phone), each runs, the TypeScript Timeline shows microtask and timer turns; then the
 * lesson's TypeScript exercise is checked, fails with its message, and is solved.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { replaceCode } from './code-editor';

const LESSON = '/lessons/event-loop/';
const comparison = (page: Page) => page.getByRole('region', { name: 'One ready queue, or microtasks first' });
const expected = (file: string) => readFileSync(`content/lessons/event-loop/${file}`, 'utf8');

test('both sides of a comparison run, and the TypeScript Timeline shows its queues', async ({ page }) => {
  await page.goto(LESSON);
  const section = comparison(page);
  await expect(section.getByRole('note')).toContainText('microtask');
  const [python, typescript] = [section.locator('aw-workbench').first(), section.locator('aw-workbench').last()];

  await python.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(python.getByRole('log', { name: 'Output' })).toHaveText(expected('compare_ready_queue.out'), {
    timeout: 120_000,
  });

  await typescript.getByRole('button', { name: 'Run', exact: true }).click();
  const output = typescript.getByRole('log', { name: 'Output' });
  await expect(output).toHaveText(expected('compare_microtasks.out'), { timeout: 120_000 });
  await expect(output).toHaveAttribute('data-answered-by', 'javascript');

  await typescript.getByRole('button', { name: 'Timeline' }).click();
  const timeline = typescript.getByRole('group', { name: 'Event loop timeline' });
  await expect(timeline.getByText('μ').first()).toBeVisible();
  await timeline.getByText(/Every step as text/).click();
  const steps = timeline.getByRole('list', { name: 'Events, in order' }).getByRole('listitem');
  await expect(steps.filter({ hasText: 'from the microtask queue' })).not.toHaveCount(0);
  await expect(steps.filter({ hasText: 'from the timer queue' })).not.toHaveCount(0);
});

test('on a phone the two sides stack, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LESSON);
  const benches = comparison(page).locator('aw-workbench');
  const [first, second] = [await benches.first().boundingBox(), await benches.last().boundingBox()];
  expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the TypeScript exercise: the starter fails with its message, a microtask solves it', async ({ page }) => {
  await page.goto(LESSON);
  const exercise = page.locator('aw-workbench', { hasText: 'Change the state before the render' });
  const results = exercise.getByRole('region', { name: 'Check results' });
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(results).toContainText('that is what a microtask does', { timeout: 120_000 });

  const fixed = readFileSync('content/lessons/event-loop/microtask-first/starter.ts', 'utf8').replace(
    /setTimeout\(\(\) => \{\n(\s+state = value;\n\s+console\.log\('state =', value\);\n\s+)\}, 0\);/,
    'queueMicrotask(() => {\n$1});',
  );
  expect(fixed).toContain('queueMicrotask');
  await replaceCode(page, exercise, fixed);
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(results).toContainText('exercise solved!', { timeout: 120_000 });
});
