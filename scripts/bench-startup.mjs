// npm run bench:startup — how fast a lesson's Python starts, before and after the memory snapshot and the
// service worker, in Chromium with a persistent profile (disk cache, Cache Storage and service worker survive a
// browser restart, like a returning reader). Serves the build with scripts/static-server.mjs (gzip and cache
// headers like production). Prints medians and the ratio; asserts nothing (budgets are in the README).
//
//   BENCH_RUNS=3 (fresh profiles per mode)  BENCH_PAGE=/lessons/why-asyncio/  BENCH_NEXT_PAGE=/lessons/coroutines/
//   BENCH_DIST=dist  --no-build  --first-visit (only the first-visit comparison below, under emulated networks)
//
// Per profile: a first visit (cold); the browser restarted (a returning reader): one visit for "Python ready",
// one clicking Run at once; then the next lesson in the same browser, clicking Run at once.
//
// Modes: "before" = today's site without the snapshot and without the service worker (snapshot requests get a
// 404, service workers are blocked: the worker falls back to a plain load); "after" = as deployed.
// Also one-off cold visits that start from the snapshot at once (the worker's first-visit marker rewritten) to
// compare first-visit strategies by bytes and time.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';

const PAGE = process.env.BENCH_PAGE ?? '/lessons/why-asyncio/';
// A returning reader's next step: another lesson, in the same browser session.
const NEXT_PAGE = process.env.BENCH_NEXT_PAGE ?? '/lessons/coroutines/';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIST = process.env.BENCH_DIST ?? 'dist';
if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
const { server, url } = await startStaticServer(DIST);
if (process.argv.includes('--first-visit')) {
  const { benchFirstVisit } = await import('./bench/first-visit.mjs');
  await benchFirstVisit({ url, dist: DIST, page: PAGE, runs: RUNS, executablePath: chromiumPath() });
  server.close();
  process.exit(0);
}
const executablePath = chromiumPath();
const median = (values) => {
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

async function launch(dir, mode, firstVisit = 'plain') {
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

/** One visit: navigation → Python ready, and (with click) navigation → first output of an immediate Run. */
async function visit(browser, click, path = PAGE) {
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
  const worker = page.workers().find((w) => w.url().includes('/_astro/worker'));
  const start = worker ? await worker.evaluate(() => self.awaitableStart).catch(() => null) : null;
  return { ready, output, bytes: bytesAtReady, kind: start?.kind ?? '?', page };
}

/** Waits until the next visit can be warm: the service worker is active and the snapshot is cached. */
async function settle(page, mode) {
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

const rows = { before: [], after: [] };
for (let run = 0; run < RUNS; run++) {
  for (const mode of ['before', 'after']) {
    const dir = mkdtempSync(join(tmpdir(), 'aw-bench-'));
    try {
      let browser = await launch(dir, mode);
      const cold = await visit(browser, true);
      await settle(cold.page, mode);
      await browser.context.close();
      browser = await launch(dir, mode); // a returning reader: new browser process, same profile
      const warmReady = await visit(browser, false);
      const warmRun = await visit(browser, true);
      const next = await visit(browser, true, NEXT_PAGE);
      await browser.context.close();
      rows[mode].push({ cold, warmReady, warmRun, next });
      console.error(
        `${mode} #${run + 1}: cold ready ${cold.ready.toFixed(0)} ms (${cold.kind}), output ${cold.output.toFixed(0)} ms; ` +
          `warm ready ${warmReady.ready.toFixed(0)} ms (${warmReady.kind}), output ${warmRun.output.toFixed(0)} ms (${warmRun.kind}); ` +
          `next lesson ready ${next.ready.toFixed(0)} ms, output ${next.output.toFixed(0)} ms (${next.kind})`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

// First-visit strategies: plain load (then cache the snapshot) vs downloading the snapshot at once.
const firstVisit = [];
for (let run = 0; run < RUNS; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-'));
  try {
    const browser = await launch(dir, 'after', 'snapshot');
    const cold = await visit(browser, true);
    await browser.context.close();
    firstVisit.push(cold);
    console.error(`first visit from snapshot #${run + 1}: ready ${cold.ready.toFixed(0)} ms (${cold.kind})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
server.close();

const m = (mode, pick) => median(rows[mode].map(pick));
const fmt = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
const line = (label, pick) => {
  const b = m('before', pick);
  const a = m('after', pick);
  return `| ${label.padEnd(44)} | ${fmt(b).padStart(8)} | ${fmt(a).padStart(8)} | ${(a / b).toFixed(2).padStart(5)}× |`;
};
console.log(
  `\npage ${PAGE} (then ${NEXT_PAGE}); medians of ${RUNS} fresh profiles per mode; Chromium, localhost, gzip like production`,
);
console.log(`| ${'navigation →'.padEnd(44)} |   before |    after | after/before |`);
console.log(`| ${'-'.repeat(44)} | -------: | -------: | -----: |`);
console.log(line('Python ready, cold (first visit)', (r) => r.cold.ready));
console.log(line('first Run output, cold (click at once)', (r) => r.cold.output));
console.log(line('Python ready, warm (returning, new browser)', (r) => r.warmReady.ready));
console.log(line('first Run output, warm (click at once)', (r) => r.warmRun.output));
console.log(line(`Python ready, next lesson (${NEXT_PAGE.split('/')[2]})`, (r) => r.next.ready));
console.log(line('first Run output, next lesson (click)', (r) => r.next.output));
const mb = (v) => `${(v / 1e6).toFixed(1)} MB`;
console.log(`\nfirst visit, transferred by Python ready:`);
console.log(
  `  plain load (chosen)    ${fmt(m('after', (r) => r.cold.ready))} to ready, ${mb(m('after', (r) => r.cold.bytes))}`,
);
console.log(
  `  snapshot at once       ${fmt(median(firstVisit.map((r) => r.ready)))} to ready, ${mb(median(firstVisit.map((r) => r.bytes)))} ` +
    `(start kinds: ${firstVisit.map((r) => r.kind).join(', ')})`,
);
console.log(`warm start kinds after: ${rows.after.map((r) => r.warmReady.kind).join(', ')}`);
