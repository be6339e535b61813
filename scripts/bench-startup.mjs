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
import { startStaticServer } from './static-server.mjs';
import { launch as launchBrowser, median, settle, visit as visitPage } from './bench/startup-visits.mjs';
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
const launch = (dir, mode, firstVisit = 'plain') => launchBrowser(dir, mode, { executablePath, firstVisit });
const visit = (browser, click, path = PAGE) => visitPage(browser, click, url, path);

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
