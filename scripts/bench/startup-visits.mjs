// Browser visits for the startup benchmarks (bench-startup.mjs, bench/returning-visits.mjs): a Chromium with a
// persistent profile (disk cache, Cache Storage and service worker survive a browser restart, like a returning
// reader), one visit measured from navigation to "Python ready" and, when asked, to the first output of a Run
// clicked as soon as it can be.
import { chromium } from '@playwright/test';

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// In the page before its scripts: when asked, click the first workbench's Run as soon as it can be clicked and
// note when its output log first shows text.
const CLICK_EARLY = () => {
  if (!sessionStorage.getItem('bench:click')) return;
  window.__bench = {};
  const attempt = () => {
    const bench = document.querySelector('aw-workbench');
    const run = bench?.querySelector('[data-action="run"]');
    const log = bench?.querySelector('[role="log"]');
    if (!run || !log || run.disabled) return void setTimeout(attempt, 5);
    log.replaceChildren();
    new MutationObserver((_, observer) => {
      if (log.textContent.trim()) {
        window.__bench.output = performance.now();
        observer.disconnect();
      }
    }).observe(log, { childList: true, subtree: true, characterData: true });
    window.__bench.clicked = performance.now();
    run.click();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attempt);
  else attempt();
};

/**
 * A browser on profile `dir`. mode "before" = without the snapshot and the service worker (snapshot requests
 * get a 404, service workers are blocked); "after" = as deployed. firstVisit "snapshot" rewrites the worker's
 * first-visit marker so a cold visit starts from the snapshot at once.
 */
export async function launch(dir, mode, { executablePath, firstVisit = 'plain' }) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    serviceWorkers: mode === 'before' ? 'block' : 'allow',
  });
  if (mode === 'before') await context.route('**/snapshot-*.bin.gz', (route) => route.fulfill({ status: 404 }));
  if (firstVisit === 'snapshot')
    await context.route('**/_astro/worker-*.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('first-visit=plain', 'first-visit=snapshot');
      await route.fulfill({ response, body });
    });
  await context.addInitScript(CLICK_EARLY);
  let bytes = 0;
  context.on('requestfinished', async (request) => {
    try {
      bytes += (await request.sizes()).responseBodySize;
    } catch {
      /* gone */
    }
  });
  return { context, bytes: () => bytes };
}

/**
 * One visit of `url + path`: navigation → Python ready, navigation → load event, and (with click) navigation →
 * first output of an immediate Run.
 */
export async function visit(browser, click, url, path) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url + '/favicon.svg'); // an origin to set sessionStorage on
  await page.evaluate((on) => (on ? sessionStorage.setItem('bench:click', '1') : sessionStorage.clear()), click);
  const before = browser.bytes();
  await page.goto(url + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('awaitable:python-ready').length > 0, null, {
    timeout: 180_000,
  });
  const ready = await page.evaluate(() => performance.getEntriesByName('awaitable:python-ready')[0].startTime);
  const bytesAtReady = browser.bytes() - before;
  let output = NaN;
  if (click) {
    await page.waitForFunction(() => window.__bench?.output, null, { timeout: 60_000 });
    output = await page.evaluate(() => window.__bench.output);
  }
  await page.waitForLoadState('load');
  const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventStart ?? NaN);
  const worker = page.workers().find((w) => w.url().includes('/_astro/worker'));
  const start = worker ? await worker.evaluate(() => self.awaitableStart).catch(() => null) : null;
  // Where the time went, in the page's clock: the page's own marks and the worker's (its clock starts when it
  // is created), e.g. marks['worker:awaitable:package-installed'] = Python started inside the worker.
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const out = { domContentLoaded: nav?.domContentLoadedEventStart ?? NaN };
    for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime;
    return { origin: performance.timeOrigin, out };
  });
  const workerMarks = worker
    ? await worker
        .evaluate(() => ({
          origin: performance.timeOrigin,
          out: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
        }))
        .catch(() => null)
    : null;
  for (const [name, t] of Object.entries(workerMarks?.out ?? {}))
    marks.out[`worker:${name}`] = workerMarks.origin + t - marks.origin;
  return { ready, output, load, bytes: bytesAtReady, kind: start?.kind ?? '?', marks: marks.out, page };
}

/** Waits until the next visit can be warm: the service worker is active and the snapshot is cached. */
export async function settle(page, mode) {
  if (mode === 'before') return page.waitForTimeout(1500);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const done = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active?.state !== 'activated') return false;
      const cache = await caches.open('awaitable-assets-v1');
      return (await cache.keys()).some((r) => /\/snapshot-[^/]*\.pages$/.test(r.url));
    });
    if (done) return;
    await page.waitForTimeout(500);
  }
  throw new Error('the service worker or the snapshot was not cached within 3 minutes');
}

/**
 * A returning reader's browser on profile `dir`: a first visit of `url + path` (clicking Run when `click`) fills the
 * caches and installs the service worker, then the browser restarts on the same profile, as deployed.
 */
export async function returningBrowser(dir, url, path, { executablePath, click = false }) {
  const first = await launch(dir, 'after', { executablePath });
  const cold = await visit(first, click, url, path);
  await settle(cold.page, 'after');
  await first.context.close();
  return launch(dir, 'after', { executablePath });
}
