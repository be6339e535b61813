import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { replaceCode } from './code-editor';

const LESSON = '/lessons/why-asyncio/';
const program = (exercise: string, file: string) =>
  readFileSync(`content/lessons/why-asyncio/${exercise}/${file}`, 'utf8');

function exercise(page: Page, title: string) {
  return page.locator('aw-workbench', { hasText: title });
}

async function check(page: Page, title: string) {
  const bench = exercise(page, title);
  await bench.getByRole('button', { name: 'Check' }).click();
  const results = bench.getByRole('region', { name: 'Check results' });
  await expect(results).toBeVisible();
  await expect(results).not.toContainText('Checking…', { timeout: 60_000 });
  return results;
}

test.describe('graded exercises', () => {
  test('the reference solution passes every check, and the lesson shows as solved after reload', async ({ page }) => {
    await page.goto(LESSON);
    const bench = exercise(page, 'Download both files at once');
    await replaceCode(page, bench, program('concurrent-downloads', 'solution.py'));
    const results = await check(page, 'Download both files at once');
    const checks = (JSON.parse(program('concurrent-downloads', 'exercise.json')) as { checks: unknown[] }).checks;
    await expect(results).toContainText(`All ${checks.length} checks passed — exercise solved!`);
    await expect(results.getByRole('listitem')).toHaveCount(checks.length);
    await expect(results.locator('li[data-passed="false"]')).toHaveCount(0);

    await page.reload();
    const again = exercise(page, 'Download both files at once');
    await expect(again.getByRole('region', { name: 'Check results' })).toContainText(/Solved on/);
    await expect(again.locator('.monaco-editor')).toBeVisible();
    await expect(again.locator('.view-lines')).toContainText('report, photo = await asyncio.gather(');

    await page.goto('/progress/');
    await expect(page.locator('li[data-exercise="why-asyncio/concurrent-downloads"]')).toContainText('✓ solved on');
  });

  test('the sequential starter fails on timing with a specific message', async ({ page }) => {
    await page.goto(LESSON);
    const results = await check(page, 'Download both files at once');
    await expect(results).toContainText(/checks passed\. Fix the first failing one/);
    await expect(results).toContainText(
      'Your program took 3.0 s; if the two downloads ran concurrently it would take about 2.0 s',
    );
  });

  test('a wrong answer gets the failing message that explains it', async ({ page }) => {
    await page.goto(LESSON);
    const bench = exercise(page, 'Download both files at once');
    await replaceCode(
      page,
      bench,
      program('concurrent-downloads', 'solution.py').replace(
        'print("got", report, "and", photo)',
        'print("got", photo)',
      ),
    );
    const results = await check(page, 'Download both files at once');
    await expect(results.locator('li[data-passed="false"]')).toHaveCount(1);
    await expect(results.locator('li[data-passed="false"]')).toContainText(
      'main() should still print both results, report first',
    );
  });

  test('blocking the loop is reported with its line', async ({ page }) => {
    await page.goto(LESSON);
    const results = await check(page, 'Keep the heartbeat going');
    const failed = results.locator('li[data-passed="false"]');
    // First the mistake (time.sleep in async def), then the check that measured it.
    await expect(failed.first()).toContainText('Line 12 calls time.sleep inside async def');
    await expect(failed.filter({ hasText: 'Line 12 blocked the event loop for 1.5 s' }).first()).toBeVisible();
    await expect(exercise(page, 'Keep the heartbeat going').locator('.aw-line-flagged')).toHaveCount(1);
  });

  test('hints come one at a time, and the solution needs a confirmation', async ({ page }) => {
    await page.goto(LESSON);
    const bench = exercise(page, 'Keep the heartbeat going');
    const hints = bench.getByRole('list', { name: 'Hints' });
    await bench.getByRole('button', { name: 'Hint' }).click();
    await expect(hints.getByRole('listitem')).toHaveCount(1);
    await bench.getByRole('button', { name: 'Hint' }).click();
    await expect(hints.getByRole('listitem')).toHaveCount(2);

    await bench.getByRole('button', { name: 'Show solution' }).click();
    await bench.getByRole('button', { name: 'Not yet' }).click();
    await expect(bench.getByText('Reference solution', { exact: true })).toBeHidden();
    await bench.getByRole('button', { name: 'Show solution' }).click();
    await bench.getByRole('button', { name: 'Show it' }).click();
    await expect(bench.getByText('Reference solution', { exact: true })).toBeVisible();
    await expect(bench.locator('[data-role="solution"]')).toContainText('await asyncio.sleep(1.5)');
    await bench.getByRole('button', { name: 'Hide solution' }).click();
    await expect(bench.getByText('Reference solution', { exact: true })).toBeHidden();
    await bench.getByRole('button', { name: 'Show solution' }).click(); // no second confirmation
    await expect(bench.getByText('Reference solution', { exact: true })).toBeVisible();

    await page.reload();
    await expect(
      exercise(page, 'Keep the heartbeat going').getByRole('list', { name: 'Hints' }).getByRole('listitem'),
    ).toHaveCount(2);
  });

  test('edits survive a reload', async ({ page }) => {
    await page.goto(LESSON);
    const bench = exercise(page, 'Keep the heartbeat going');
    await replaceCode(page, bench, '# my own attempt\nprint("hello")\n');
    await page.waitForTimeout(1200); // autosave waits for a pause in typing
    await page.reload();
    await expect(exercise(page, 'Keep the heartbeat going').locator('.view-lines')).toContainText('my own attempt');
  });

  test('export, reset and import bring progress back', async ({ page }) => {
    await page.goto(LESSON);
    const bench = exercise(page, 'Keep the heartbeat going');
    await replaceCode(page, bench, program('unblock-the-loop', 'solution.py'));
    await expect(await check(page, 'Keep the heartbeat going')).toContainText('exercise solved!');

    await page.goto('/progress/');
    const row = page.locator('li[data-exercise="why-asyncio/unblock-the-loop"]');
    await expect(row).toContainText('✓ solved');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const file = await (await download).path();

    await page.getByRole('button', { name: 'Reset all progress' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect(row).toContainText('not started');

    await page.getByLabel('Import progress').setInputFiles(file);
    await expect(row).toContainText('✓ solved');
    await page.goto(LESSON);
    await expect(exercise(page, 'Keep the heartbeat going').locator('.view-lines')).toContainText(
      'await asyncio.sleep(1.5)',
    );
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Why asyncio/ }),
    ).toBeVisible();
  });

  test('a bad import file gets a clear message and changes nothing', async ({ page }) => {
    await page.goto('/progress/');
    await page.getByLabel('Import progress').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect(page.getByText(/Nothing was imported; your progress is unchanged/)).toBeVisible();
  });
});

test.describe('when the browser refuses storage', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('a visible warning says the code is not saved, and the exercise still works', async ({ page }) => {
    await page.goto(LESSON);
    const bench = exercise(page, 'Keep the heartbeat going');
    await expect(bench.getByRole('alert')).toContainText('kept only while this page is open');
    await replaceCode(page, bench, program('unblock-the-loop', 'solution.py'));
    await expect(await check(page, 'Keep the heartbeat going')).toContainText('exercise solved!');
  });
});
