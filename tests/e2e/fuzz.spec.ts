/**
 * Fuzzing through the browser UI: mutated lesson programs (the same seeded mutations as tests/runtime/fuzz.test.ts,
 * fewer of them) each end with output or a clear error — never a hang, a silent crash or an internal traceback —
 * and the page stays usable.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makePrograms } from '../runtime/fuzz-mutations';
import { replaceCode } from './code-editor';

const COUNT = Number(process.env.FUZZ_BROWSER_COUNT ?? 24);

function lessonPrograms(dir = 'content/lessons'): Array<{ path: string; source: string }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return lessonPrograms(path);
    return name.endsWith('.py') ? [{ path, source: readFileSync(path, 'utf8') }] : [];
  });
}

test(`${COUNT} mutated lesson programs each end cleanly in the browser`, async ({ page }) => {
  test.setTimeout(COUNT * 30_000 + 120_000);
  const programs = makePrograms(lessonPrograms(), COUNT, 20261122);
  await page.goto('/lessons/why-asyncio/');
  const bench = page.locator('aw-workbench', { hasText: 'All three at once' });
  const run = bench.getByRole('button', { name: 'Run', exact: true });
  const status = bench.getByRole('status');
  const outcomes = new Map<string, number>();
  for (const program of programs) {
    await replaceCode(page, bench, program.source);
    await run.click();
    // Run is enabled again as soon as the run ends, while the output may still replay: wait for the final status.
    await expect(status, program.label).toHaveText(
      /^(Finished in|Exited with code|Stopped by|Your program ran for|Python (stopped|ran out))/,
      { timeout: 60_000 },
    );
    const said = (await status.textContent()) ?? '';
    const shown = (await bench.getByRole('log', { name: 'Output' }).textContent()) ?? '';
    const frames = [...shown.matchAll(/File "([^"]*)"/g)].map((match) => match[1]);
    expect(
      frames.filter((file) => file !== 'main.py'),
      `${program.label}: internal frames shown`,
    ).toEqual([]);
    const kind = said.split(' ').slice(0, 3).join(' ');
    outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
  }
  console.log(`fuzzed ${programs.length} programs in the browser:`, Object.fromEntries(outcomes));
});
