/**
 * The hostile-program corpus (tests/runtime/hostile/, also run against the CLI) through the browser UI: each
 * program ends with the expected message within its time bound, the page stays responsive, and the next normal
 * run works.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceCode } from './code-editor';

interface Expected {
  description: string;
  errorType: string | null;
  messageIncludes: string[];
  maxWallSeconds: number;
}

const DIR = 'tests/runtime/hostile';
const programs = readdirSync(DIR)
  .filter((file) => file.endsWith('.py'))
  .map((file) => file.slice(0, -3))
  .sort();

test.describe.configure({ mode: 'serial' });

for (const name of programs) {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  test(`${name}: ${expected.description}`, async ({ page }) => {
    // The browser's wall-clock limit is 10 s (the CLI test uses 3 s); Python start-up comes on top.
    const bound = (Math.max(expected.maxWallSeconds, 12) + 90) * 1000;
    test.setTimeout(bound + 90_000);
    await page.goto('/lessons/why-asyncio/');
    const bench = page.locator('aw-workbench', { hasText: 'All three at once' });
    await replaceCode(page, bench, readFileSync(join(DIR, `${name}.py`), 'utf8'));
    await bench.getByRole('button', { name: 'Run', exact: true }).click();
    const status = bench.getByRole('status');
    await expect(status).toHaveText(/Finished|Exited|Stopped|Your program|Python|You stopped/, { timeout: bound });
    await expect(bench.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: bound });
    // A slow machine may take longer than the 10 s wall-clock limit to fill memory: then the learner gets the
    // time-limit message and its "longer run" button, which is the path to the real outcome. Take it.
    if (expected.errorType !== 'TimeLimitExceeded' && /infinite loop/.test((await status.textContent()) ?? '')) {
      await bench.getByRole('button', { name: 'Run again with a 60 s limit' }).click();
      await expect(bench.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: bound });
    }
    // What the learner sees: the status line and the Output log (rendered in animation frames, so poll).
    const shown = async () =>
      `${await status.textContent()}\n${await bench.getByRole('log', { name: 'Output' }).textContent()}`;
    const wanted = [...expected.messageIncludes];
    if (expected.errorType && expected.errorType !== 'TimeLimitExceeded') wanted.push(expected.errorType);
    for (const fragment of wanted) await expect.poll(shown).toContain(fragment);
    // The page stayed responsive, and the next normal run works.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await replaceCode(page, bench, 'print("still working")\n');
    await bench.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(bench.getByRole('log', { name: 'Output' })).toHaveText('still working\n', { timeout: 90_000 });
  });
}
