/**
 * The JavaScript runner's sandbox in a real browser: a program that tries every way out of its worker (network,
 * storage, messaging, script loading, closing the worker, eval, a dynamic import of a URL) finds each one
 * unreachable or failing, nothing leaves the page, the page is unaffected and the next run works. The runner is a
 * blob-module worker, so the page's own Content-Security-Policy applies to it (eval fails with EvalError).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { replaceCode } from './code-editor';

const PROGRAM = readFileSync('tests/e2e/fixtures/js_sandbox_escape.ts', 'utf8');
const NAMES = [...PROGRAM.matchAll(/await probe\('([^']+)'/g)].map((match) => match[1]!);

test('a TypeScript program cannot reach out of its runner worker', async ({ page }) => {
  test.setTimeout(180_000);
  // Requests to other origins: each must be refused by the browser before it leaves (the policy's
  // Playwright reports it as "csp"), never answered. (A blob: URL is the runner's own module, made by the page.)
  const outside: string[] = [];
  page.on('requestfinished', (request) => {
    if (!/^(http:\/\/127\.0\.0\.1|blob:)/.test(request.url())) outside.push(`${request.url()}: answered`);
  });
  page.on('requestfailed', (request) => {
    if (!/^(http:\/\/127\.0\.0\.1|blob:)/.test(request.url()) && !/csp/i.test(request.failure()?.errorText ?? ''))
      outside.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/guide/authoring/');
  const workbench = page.locator('aw-workbench', { hasText: 'Microtasks before timers' });
  await replaceCode(page, workbench, PROGRAM);
  await workbench.getByRole('button', { name: 'Run', exact: true }).click();
  const output = workbench.getByRole('log', { name: 'Output' });
  await expect(output).toContainText('done', { timeout: 90_000 });
  const text = (await output.textContent()) ?? '';
  for (const name of NAMES) expect(text, `${name} in:\n${text}`).toMatch(new RegExp(`^${name}: blocked`, 'm'));
  expect(text).not.toContain('REACHABLE');
  expect(text).toContain('Function: blocked (EvalError)'); // the page's policy governs the runner
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
  // The page is unaffected (it still has its own storage and network), and the next run works.
  expect(await page.evaluate(() => typeof fetch === 'function' && typeof localStorage === 'object')).toBe(true);
  await replaceCode(page, workbench, 'console.log("still working");\n');
  await workbench.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output).toHaveText('still working\n', { timeout: 30_000 });
});
