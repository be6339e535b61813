// npm run bench:returning -- BEFORE_DIST [AFTER_DIST …] — returning visits of two (or more) builds of the site,
// measured alternately in one run (issue 19's budget "returning visits: no worse than today"). Each build is
// served by scripts/static-server.mjs (gzip and cache headers like production) on its own port and visited as
// deployed (service worker on). AFTER_DIST defaults to dist. Prints per build the median and range, and against
// the first build the ratio of the medians and the median of the per-run ratios ("paired": run i visits every
// build back to back, so it is less exposed to the machine's load drifting); asserts nothing.
//
//   BENCH_RUNS=5 (fresh profiles per build)  BENCH_PAGE=/lessons/why-asyncio/  BENCH_NEXT_PAGE=/lessons/coroutines/
//
// Per profile and build: a first visit (cold, to fill the caches); the browser restarted (a returning reader):
// one visit for "Python ready", one clicking Run at once; then the next lesson in the same browser, clicking Run
// at once. Each run starts with a different build, so load falls on all alike. Then the JS a first visit loads
// before the load event on PAGE, per build (bytes: deterministic, measured once).
//
// A "before" build: git worktree add --detach ../bench-before <commit>; ln -s "$PWD/node_modules"
// ../bench-before/node_modules; (cd ../bench-before && npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../static-server.mjs';
import { jsBeforeLoad } from './js-before-load.mjs';
import { median, returningBrowser, visit } from './startup-visits.mjs';
import { chromiumPath } from '../../tests/e2e/chromium-path.ts';

const dists = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dists.length === 0) {
  console.error('usage: npm run bench:returning -- BEFORE_DIST [AFTER_DIST …]');
  process.exit(2);
}
if (dists.length === 1) dists.push('dist');
const PAGE = process.env.BENCH_PAGE ?? '/lessons/why-asyncio/';
const NEXT_PAGE = process.env.BENCH_NEXT_PAGE ?? '/lessons/coroutines/';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const executablePath = chromiumPath();
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

const sites = [];
for (const [i, dist] of dists.entries())
  sites.push({ name: String.fromCharCode(65 + i), dist, ...(await startStaticServer(dist)), rows: [] });
const loads = [load()];
for (const site of sites) console.error(`${site.name}: ${site.dist} at ${site.url}`);
console.error(`load average at start: ${loads[0]}`);

for (let run = 0; run < RUNS; run++) {
  const order = sites.map((_, i) => sites[(i + run) % sites.length]);
  for (const { name, url, rows } of order) {
    const dir = mkdtempSync(join(tmpdir(), 'aw-bench-'));
    try {
      const browser = await returningBrowser(dir, url, PAGE, { executablePath, click: true });
      const warmReady = await visit(browser, false, url, PAGE);
      const warmRun = await visit(browser, true, url, PAGE);
      const next = await visit(browser, true, url, NEXT_PAGE);
      await browser.context.close();
      rows[run] = { warmReady, warmRun, next };
      loads.push(load());
      console.error(
        `${name} #${run + 1}: warm load ${warmReady.load.toFixed(0)} ms, ready ${warmReady.ready.toFixed(0)} ms (${warmReady.kind}); ` +
          `Run output ${warmRun.output.toFixed(0)} ms; next lesson load ${next.load.toFixed(0)} ms, ready ${next.ready.toFixed(0)} ms, ` +
          `output ${next.output.toFixed(0)} ms (${next.kind}); load average ${loads.at(-1)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

for (const site of sites) site.js = await jsBeforeLoad(site.url, PAGE, executablePath);
for (const { server } of sites) server.close();

const fmt = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
const spread = (values) => {
  const ok = values.filter(Number.isFinite);
  return ok.length ? `${Math.min(...ok).toFixed(0)}–${Math.max(...ok).toFixed(0)}` : '';
};
const x = (v) => `${v.toFixed(2)}×`;
const [first, ...later] = sites;
const metrics = [
  ['DOMContentLoaded, warm (new browser)', (r) => r.warmReady.marks.domContentLoaded],
  ['load event, warm (new browser)', (r) => r.warmReady.load],
  ['  worker created (early, in <head>)', (r) => r.warmReady.marks['awaitable:python-worker-created']],
  ['  Python started inside the worker', (r) => r.warmReady.marks['worker:awaitable:package-installed']],
  ['Python ready, warm (new browser)', (r) => r.warmReady.ready],
  ['first Run output, warm (click at once)', (r) => r.warmRun.output],
  ['load event, next lesson', (r) => r.next.load],
  ['Python ready, next lesson', (r) => r.next.ready],
  ['first Run output, next lesson (click)', (r) => r.next.output],
];
console.log(
  `\nreturning visits, ${PAGE} then ${NEXT_PAGE}; medians of ${RUNS} fresh profiles per build, alternating; ` +
    `Chromium, localhost, gzip like production`,
);
for (const site of sites) console.log(`${site.name} = ${site.dist}`);
const header = [
  'navigation →',
  ...sites.map((s) => `${s.name} median (range)`),
  ...later.flatMap((s) => [`${s.name}/${first.name}`, `paired`]),
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`);
for (const [label, pick] of metrics) {
  const values = sites.map((s) => s.rows.map(pick));
  const cells = [
    label,
    ...values.map((v) => `${fmt(median(v))} (${spread(v)})`),
    ...values.slice(1).flatMap((v) => [x(median(v) / median(values[0])), x(median(v.map((a, i) => a / values[0][i])))]),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
const total = (list) => list.reduce((sum, s) => sum + s.bytes, 0);
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
console.log(`\nJS before the load event, first visit of ${PAGE} (encoded bytes):`);
for (const site of sites)
  console.log(
    `  ${site.name}: ${kb(total(site.js))} in ${site.js.length} files (${x(total(site.js) / total(first.js))}); ` +
      `largest: ${[...site.js]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 4)
        .map((s) => `${s.url.replace('/_astro/', '')} ${kb(s.bytes)}`)
        .join(', ')}`,
  );
console.log(
  `warm start kinds: ${sites.map((s) => `${s.name} ${s.rows.map((r) => r.warmReady.kind).join(',')}`).join('; ')}`,
);
console.log(`load average (1, 5, 15 min) at start and after each profile: ${loads.join(' | ')}`);
