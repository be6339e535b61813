/**
 * Start-up and offline use: the Python worker starts from the build's memory snapshot on a returning visit and
 * falls back to a plain load when the snapshot is corrupted; with the network off, a lesson visited before opens
 * and its exercise runs and checks; a new deploy shows the "new version" notice. No wall-clock assertions.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { replaceCode } from './code-editor';

const LESSON = '/lessons/why-asyncio/';
const TITLE = 'Download both files at once';
const SOLUTION = readFileSync('content/lessons/why-asyncio/concurrent-downloads/solution.py', 'utf8');
const DIST = process.env.E2E_DIST ?? 'dist';
const PYODIDE_DIR = `${DIST}/pyodide/${readdirSync(`${DIST}/pyodide`)[0]}`;
const SNAPSHOT = readdirSync(PYODIDE_DIR).find((f) => f.startsWith('snapshot-'));

test.describe.configure({ timeout: 240_000 });

/** How this page's Python worker started ('snapshot', 'plain' or 'plain-fallback'), once it has. */
async function startKind(page: Page): Promise<string> {
  let kind = '';
  await expect
    .poll(
      async () => {
        const worker = page.workers().find((w) => w.url().includes('/_astro/worker'));
        const start = worker
          ? await worker
              .evaluate(() => (self as { awaitableStart?: { kind: string } }).awaitableStart)
              .catch(() => undefined)
          : undefined;
        kind = start?.kind ?? '';
        return kind;
      },
      { timeout: 120_000, intervals: [250] },
    )
    .not.toBe('');
  return kind;
}

/** Opens the lesson and runs the exercise's starter (which starts Python); returns the workbench. */
async function openAndRun(page: Page) {
  await page.goto(LESSON);
  const bench = page.locator('aw-workbench', { hasText: TITLE });
  await bench.locator('[data-action="run"]').click();
  await expect(bench.locator('[role="log"]')).toContainText('got', { timeout: 120_000 });
  return bench;
}

/** Waits until the service worker is active and the snapshot sits in Cache Storage (cached after a first visit). */
async function waitForCaches(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (registration?.active?.state !== 'activated' || !navigator.serviceWorker.controller) return false;
          const keys = await (await caches.open('awaitable-assets-v1')).keys();
          return keys.some((r) => r.url.includes('/snapshot-'));
        }),
      { timeout: 180_000, intervals: [500] },
    )
    .toBe(true);
}

test.describe('Python start-up and offline use', () => {
  test.skip(!SNAPSHOT, 'the build made no memory snapshot (AWAITABLE_SNAPSHOT=off?)');

  test('a returning visit starts Python from the memory snapshot, and runs programs the same', async ({ page }) => {
    await openAndRun(page);
    expect(await startKind(page)).toBe('plain'); // first visit: plain load, snapshot downloaded afterwards
    await waitForCaches(page);
    const bench = await openAndRun(page);
    expect(await startKind(page)).toBe('snapshot');
    await expect(bench.locator('[role="log"]')).toContainText('got');
  });

  test('a corrupted snapshot is rejected and Python starts the ordinary way', async ({ context, page }) => {
    await context.route('**/snapshot-*.bin.gz', async (route) => {
      const body = readFileSync(`${PYODIDE_DIR}/${SNAPSHOT}`);
      body[body.length >> 1] ^= 0xff; // one flipped byte in the middle
      await route.fulfill({ status: 200, body, headers: { 'Content-Type': 'application/octet-stream' } });
    });
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await openAndRun(page);
    // (Route interception also answers the worker's "only if cached" probe, so this visit may already fall back.)
    expect(await startKind(page)).not.toBe('snapshot');
    await waitForCaches(page); // the corrupted copy is now cached
    const bench = await openAndRun(page);
    expect(await startKind(page)).toBe('plain-fallback');
    await expect(bench.locator('[role="log"]')).toContainText('got');
    expect(warnings.join('\n')).toContain('memory snapshot could not be used');
  });

  test('offline, a lesson visited before opens and its exercise runs and checks', async ({ context, page }) => {
    await openAndRun(page);
    await waitForCaches(page);
    await context.setOffline(true);
    try {
      const bench = await openAndRun(page);
      const kind = await startKind(page);
      expect(['snapshot', 'plain']).toContain(kind);
      // The reference solution passes its checks, with no network.
      await page.evaluate(() => localStorage.clear());
      await replaceCode(page, bench, SOLUTION);
      await bench.getByRole('button', { name: 'Check' }).click();
      const results = bench.getByRole('region', { name: 'Check results' });
      await expect(results).toContainText('exercise solved', { timeout: 120_000 });
    } finally {
      await context.setOffline(false);
    }
  });

  test('a new deploy shows "A new version is available — reload", and Reload loads it', async ({ context, page }) => {
    // The first visit gets an "older deploy": the same sw.js with another build version. (Playwright intercepts a
    // service worker's first registration but not the browser's update checks, which then see the real sw.js.)
    await context.route('**/sw.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/"version":"([0-9a-f]+)"/, '"version":"0000$1"');
      await route.fulfill({ response, body });
    });
    await openAndRun(page);
    await waitForCaches(page);
    await expect(page.locator('#aw-update')).toHaveCount(0);
    await context.unroute('**/sw.js');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await expect(notice).toBeVisible({ timeout: 120_000 });
    await Promise.all([
      page.waitForEvent('load', { timeout: 120_000 }),
      notice.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(page.locator('#aw-update')).toHaveCount(0);
    // The new version took over and dropped the old version's caches.
    await expect
      .poll(() =>
        page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('awaitable-shell-')).length),
      )
      .toBe(1);
    expect(await page.evaluate(async () => (await caches.keys()).some((n) => n.includes('0000')))).toBe(false);
  });
});
