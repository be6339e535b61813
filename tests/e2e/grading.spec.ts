/**
 * Layered grading as a learner meets it on "Download both files at once": a program that did not parse, did not
 * finish or crashed gets its explanation and never a "Passed" line; a correct solution in another style than the
 * reference is solved; the verdict appears while the output is still replaying.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { replaceCode } from './code-editor';

const LESSON = '/lessons/why-asyncio/';
const TITLE = 'Download both files at once';
const starter = readFileSync('content/lessons/why-asyncio/concurrent-downloads/starter.py', 'utf8');

const bench = (page: Page) => page.locator('aw-workbench', { hasText: TITLE });

async function checkCode(page: Page, code: string) {
  const workbench = bench(page);
  await replaceCode(page, workbench, code);
  await workbench.getByRole('button', { name: 'Check' }).click();
  const results = workbench.getByRole('region', { name: 'Check results' });
  await expect(results).toBeVisible();
  await expect(results).not.toContainText('Checking…', { timeout: 60_000 });
  return results;
}

test.describe('grading in layers', () => {
  test('a syntax error shows the line, a caret and the usual cause, and no check at all (phone width)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(LESSON);
    const results = await checkCode(page, starter.replace('async def main():', 'async def main()'));
    await expect(results).toContainText("Your program has a syntax error, so it didn't run.");
    const items = results.getByRole('listitem');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText("Failed: Line 12 has a syntax error: expected ':'.");
    await expect(items.first()).toContainText('must end with a colon');
    await expect(items.first().locator('pre')).toHaveText('async def main()\n                ^');
    await expect(results).not.toContainText('Passed');
    await expect(results).not.toContainText('create_task');
    // The excerpt stays inside the page at phone width.
    const box = await items.first().locator('pre').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await results.screenshot({ path: 'test-results/grading-syntax-error.png' });
  });

  test('an infinite loop: "never finished", and no Passed line', async ({ page }) => {
    await page.goto(LESSON);
    const results = await checkCode(
      page,
      starter.replace(
        '    start = time.perf_counter()\n',
        '    start = time.perf_counter()\n    while True:\n        pass\n',
      ),
    );
    await expect(results).toContainText("Your program never finished, so its behaviour wasn't checked.");
    await expect(results.getByRole('listitem').first()).toContainText('Failed: Your program never finished:');
    await expect(results.getByRole('listitem').first()).toContainText('infinite loop');
    await expect(results.getByRole('listitem').first()).toContainText('Look at the while loop on line 14');
    await expect(results).not.toContainText('Passed');
    await expect(bench(page).locator('.aw-line-flagged')).toHaveCount(1);
  });

  test('a crash: "stopped with ValueError on line 8" first, and no Passed line', async ({ page }) => {
    await page.goto(LESSON);
    const results = await checkCode(
      page,
      starter.replace('    print(f"finished {name}")\n', '    raise ValueError("network down")\n'),
    );
    await expect(results.getByRole('listitem').first()).toContainText(
      'Failed: Your program stopped with ValueError on line 8: network down.',
    );
    await expect(results).not.toContainText('Passed');
    await expect(bench(page).locator('.aw-line-flagged')).toHaveCount(1);
  });

  test('forgetting await before gather explains "await wasn\'t used with future"', async ({ page }) => {
    await page.goto(LESSON);
    const results = await checkCode(
      page,
      starter.replace(
        '    report = await download("report.pdf", 2)\n    photo = await download("photo.jpg", 1)\n',
        '    report, photo = asyncio.gather(download("report.pdf", 2), download("photo.jpg", 1))\n',
      ),
    );
    const items = results.getByRole('listitem');
    await expect(items.nth(0)).toContainText('Your program stopped with RuntimeError on line 14');
    await expect(items.nth(1)).toContainText('Line 14 calls asyncio.gather(...) without await.');
    await expect(results).not.toContainText('Passed');
    await expect(bench(page).locator('.aw-line-flagged')).toHaveCount(1);
    await results.screenshot({ path: 'test-results/grading-missing-await.png' });
  });

  test('the create_task variant is solved', async ({ page }) => {
    await page.goto(LESSON);
    const results = await checkCode(
      page,
      starter.replace(
        '    report = await download("report.pdf", 2)\n    photo = await download("photo.jpg", 1)\n',
        '    report_task = asyncio.create_task(download("report.pdf", 2))\n' +
          '    photo = await download("photo.jpg", 1)\n    report = await report_task\n',
      ),
    );
    await expect(results).toContainText('exercise solved!');
    await expect(results.locator('li[data-passed="false"]')).toHaveCount(0);
    await expect(bench(page)).toHaveAttribute('data-solved', 'true');
  });

  test('the verdict appears as soon as the run ends, while the output is still replaying', async ({ page }) => {
    await page.goto(LESSON);
    const workbench = bench(page);
    const check = workbench.getByRole('button', { name: 'Check' });
    const results = workbench.getByRole('region', { name: 'Check results' });
    const output = workbench.getByRole('log', { name: 'Output' });
    // 23 s of virtual time, so its replay at the program's own pace takes about 23 s.
    await replaceCode(
      page,
      workbench,
      starter.replace('    print(f"total', '    await asyncio.sleep(20)\n    print(f"total'),
    );
    // A run that answers slower than 0.3 s (the first one, while Python starts, or on a busy machine) is shown
    // live, all at once, with nothing left to replay: check again until a run is replayed.
    await expect(async () => {
      await expect(check).toBeEnabled();
      await check.click();
      await expect(results).toContainText('checks passed. Fix the first failing one', { timeout: 60_000 });
      await expect(workbench.getByRole('button', { name: 'Skip replay' })).toBeVisible({ timeout: 1000 });
      await expect(output).not.toContainText('total 23.0 s', { timeout: 1000 });
    }).toPass({ timeout: 240_000 });
    await expect(results.getByRole('listitem').filter({ hasText: 'Your program took 23.0 s' })).toHaveCount(1);
    await expect(workbench.getByRole('status')).toContainText('Replaying');
    // The replay carries on beside the verdict; Skip replay shows the rest at once.
    await workbench.getByRole('button', { name: 'Skip replay' }).click();
    await expect(output).toContainText('total 23.0 s');
  });

  test('Check pressed while the last output is still replaying ends the replay and grades the new code', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const workbench = bench(page);
    const results = workbench.getByRole('region', { name: 'Check results' });
    const skip = workbench.getByRole('button', { name: 'Skip replay' });
    const slow = starter.replace('    print(f"total', '    await asyncio.sleep(20)\n    print(f"total');
    // As above: retry until a run is replayed (a slow first answer is shown live, with nothing to replay).
    await expect(async () => {
      await replaceCode(page, workbench, slow);
      await workbench.getByRole('button', { name: 'Run' }).click();
      await expect(skip).toBeVisible({ timeout: 60_000 });
    }).toPass({ timeout: 240_000 });
    // Mid-replay, the learner fixes the code and checks with the keyboard shortcut.
    await replaceCode(
      page,
      workbench,
      readFileSync('content/lessons/why-asyncio/concurrent-downloads/solution.py', 'utf8'),
    );
    await page.keyboard.press('Shift+ControlOrMeta+Enter');
    await expect(results).toContainText('checks passed — exercise solved!', { timeout: 60_000 });
  });
});
