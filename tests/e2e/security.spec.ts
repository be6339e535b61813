/** The sandbox boundary as seen from the page: a strict CSP that blocks nothing the site needs. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { replaceCode } from './code-editor';

test('the Content-Security-Policy allows everything the lesson uses and blocks other origins', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/lessons/why-asyncio/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");

  // Monaco, the Python worker, output replay and the timeline all work under the policy.
  const example = page.locator('aw-workbench', { hasText: 'All three at once' });
  await replaceCode(page, example, 'import asyncio\nasyncio.run(asyncio.sleep(1))\nprint("ran under the CSP")\n');
  await example.getByRole('button', { name: 'Run' }).click();
  await expect(example.getByRole('log', { name: 'Output' })).toHaveText('ran under the CSP\n', { timeout: 90_000 });
  await example.getByRole('button', { name: 'Timeline' }).click();
  await expect(example.getByRole('group', { name: 'Event loop timeline' })).toBeVisible();
  expect(violations).toEqual([]);

  // A request to another origin is refused by the policy itself (not merely by a missing network).
  const refused = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
    );
    await fetch('http://127.0.0.2:9/steal').catch(() => undefined);
    return seen;
  });
  expect(refused).toBe('connect-src');
});

test('learner code cannot reach the network, storage or the page from the Python worker', async ({ page }) => {
  await page.goto('/lessons/why-asyncio/');
  await page.evaluate(() => localStorage.setItem('awaitable:exercise:secret', '{"code":{"text":"mine"}}'));
  const example = page.locator('aw-workbench', { hasText: 'All three at once' });
  const run = async (code: string) => {
    await replaceCode(page, example, code);
    await example.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(example.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 90_000 });
    const log = example.getByRole('log', { name: 'Output' });
    await expect(log).not.toBeEmpty();
    return (await log.textContent()) ?? '';
  };

  // The import guard (Python side).
  expect(await run('import js\n')).toContain("The module 'js' is not available in Awaitable's sandbox");

  // The back door around it: any JavaScript object Python holds leads to JavaScript's Function. Either the
  // Content-Security-Policy header forbids evaluating the string at all, or the worker's lockdown has left nothing
  // to use (hosts without the header); one of the two layers must stop it.
  const escape = await run(readFileSync('tests/e2e/fixtures/sandbox_escape.py', 'utf8'));
  const blockedByCsp = /EvalError: .*Content Security Policy/.test(escape);
  if (!blockedByCsp && !escape.includes('no JavaScript object reachable'))
    for (const name of ['fetch', 'XMLHttpRequest', 'importScripts', 'indexedDB', 'caches', 'postMessage', 'WebSocket'])
      expect(escape).toContain(`${name}: undefined`);

  // The page is untouched and the learner's saved work is still there.
  expect(await page.evaluate(() => localStorage.getItem('awaitable:exercise:secret'))).toContain('mine');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why asyncio?');
});

test('on a host that sends no CSP header, the worker lockdown still leaves nothing to reach', async ({
  context,
  page,
}) => {
  // Serve the Python worker's script without the Content-Security-Policy header, as a plain host would.
  await context.route('**/_astro/worker*.js', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  await page.goto('/lessons/why-asyncio/');
  const example = page.locator('aw-workbench', { hasText: 'All three at once' });
  await replaceCode(page, example, readFileSync('tests/e2e/fixtures/sandbox_escape.py', 'utf8'));
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  const log = example.getByRole('log', { name: 'Output' });
  await expect(log).toContainText('fetch: undefined', { timeout: 90_000 });
  for (const name of ['XMLHttpRequest', 'importScripts', 'indexedDB', 'caches', 'postMessage', 'WebSocket'])
    await expect(log).toContainText(`${name}: undefined`);
});
