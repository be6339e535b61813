/**
 * Start-up and offline use: the Python worker starts from the build's memory snapshot on a returning visit (created
 * while the page loads) and falls back to a plain load when the snapshot is corrupted; with the network off, a lesson
 * visited before opens and its exercise runs and checks; a new deploy shows the "new version" notice. No wall-clock
 * assertions.
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

/** The URLs of the snapshot copies in Cache Storage (.pages: kept by the Python worker; .gz: as downloaded). */
const cachedSnapshots = (page: Page) =>
  page.evaluate(async () =>
    (await (await caches.open('awaitable-assets-v1')).keys()).map((r) => r.url).filter((u) => u.includes('/snapshot-')),
  );

/** Waits until the service worker controls the page (and, unless told otherwise, the snapshot's pages are kept). */
async function waitForCaches(page: Page, { snapshot = true } = {}) {
  await expect
    .poll(
      async () => {
        const active = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state === 'activated' && Boolean(navigator.serviceWorker.controller);
        });
        return active && (!snapshot || (await cachedSnapshots(page)).some((u) => u.endsWith('.pages')));
      },
      { timeout: 180_000, intervals: [500] },
    )
    .toBe(true);
}

/** When the page created its Python worker, and when it had finished parsing (ms after navigation). */
const workerTiming = (page: Page) =>
  page.evaluate(() => ({
    created: performance.getEntriesByName('awaitable:python-worker-created')[0]?.startTime ?? NaN,
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    leftOver: '__awaitableEarlyPython' in window,
  }));

test.describe('Python start-up and offline use', () => {
  test.skip(!SNAPSHOT, 'the build made no memory snapshot (AWAITABLE_SNAPSHOT=off?)');

  test('a returning visit starts Python from the memory snapshot, and runs programs the same', async ({ page }) => {
    await openAndRun(page);
    expect(await startKind(page)).toBe('plain'); // first visit: plain load, snapshot downloaded afterwards
    // A first visit starts Python once the page has loaded, so Python's download does not compete with the page's.
    let timing = await workerTiming(page);
    expect(timing.created).toBeGreaterThan(timing.parsed);
    await waitForCaches(page);
    expect(await cachedSnapshots(page)).toEqual([expect.stringMatching(/\.pages$/)]); // not also the .gz
    const bench = await openAndRun(page);
    expect(await startKind(page)).toBe('snapshot');
    await expect(bench.locator('[role="log"]')).toContainText('got');
    // A returning visit creates the worker from <head>, before the page has even been parsed, and the page's
    // runtime adopted that worker (no second one).
    timing = await workerTiming(page);
    expect(timing.created).toBeLessThan(timing.parsed);
    expect(timing.leftOver).toBe(false);
    expect(page.workers().filter((w) => w.url().includes('/_astro/worker-'))).toHaveLength(1);
  });

  test('a corrupted snapshot is never kept, and a corrupted cached copy is rejected', async ({ context, page }) => {
    const corrupted = readFileSync(`${PYODIDE_DIR}/${SNAPSHOT}`);
    corrupted[corrupted.length >> 1] ^= 0xff; // one flipped byte in the middle
    await context.route('**/snapshot-*.bin.gz', (route) =>
      route.fulfill({ status: 200, body: corrupted, headers: { 'Content-Type': 'application/octet-stream' } }),
    );
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await openAndRun(page);
    // (Route interception also answers the worker's "only if cached" probe, so this visit may already fall back.)
    expect(await startKind(page)).not.toBe('snapshot');
    await expect.poll(() => warnings.join('\n'), { timeout: 120_000 }).toContain('snapshot was damaged');
    expect(await cachedSnapshots(page)).toEqual([]);
    // Chromium's renderer crashes when Playwright intercepts requests of a worker created during page parsing,
    // so the cached copy is corrupted directly instead (as if the service worker had cached a bad download).
    await context.unroute('**/snapshot-*.bin.gz');
    await waitForCaches(page, { snapshot: false });
    await page.evaluate(
      async (path) => {
        const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
        bytes[bytes.length >> 1] ^= 0xff;
        await (await caches.open('awaitable-assets-v1')).put(path, new Response(bytes));
      },
      `/pyodide/${PYODIDE_DIR.split('/').pop()}/${SNAPSHOT}`,
    );
    const bench = await openAndRun(page);
    expect(await startKind(page)).toBe('plain-fallback');
    await expect(bench.locator('[role="log"]')).toContainText('got');
    expect(warnings.join('\n')).toContain('memory snapshot could not be used');
    await waitForCaches(page); // replaced by a good copy for the next visit
  });

  test('a damaged copy of the snapshot in Cache Storage is rejected, removed, and replaced', async ({ page }) => {
    await openAndRun(page);
    await waitForCaches(page);
    // Cut the kept copy short, as a full disk or a crash while writing might.
    await page.evaluate(async () => {
      const cache = await caches.open('awaitable-assets-v1');
      const key = (await cache.keys()).find((r) => r.url.endsWith('.pages'))!;
      const response = (await cache.match(key))!;
      const bytes = new Uint8Array(await response.arrayBuffer());
      await cache.put(key, new Response(bytes.subarray(0, bytes.length - 4096), { headers: response.headers }));
    });
    const bench = await openAndRun(page);
    expect(await startKind(page)).toBe('plain-fallback');
    await expect(bench.locator('[role="log"]')).toContainText('got');
    // The damaged copy is gone and a good one is downloaded again, so the next visit starts from the snapshot.
    await waitForCaches(page);
    await openAndRun(page);
    expect(await startKind(page)).toBe('snapshot');
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
