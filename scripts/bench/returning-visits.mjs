// npm run bench:returning -- BEFORE_DIST [AFTER_DIST] — returning visits of two builds of the site, measured
// alternately in one run (issue 19's budget "returning visits: no worse than today"). Both builds are served by
// scripts/static-server.mjs (gzip and cache headers like production) on two ports, and visited as deployed
// (service worker on). Prints medians, the ratio of the medians and the median of the per-run ratios ("paired":
// run i visits both builds back to back); asserts nothing.
//
//   BENCH_RUNS=5 (fresh profiles per build)  BENCH_PAGE=/lessons/why-asyncio/  BENCH_NEXT_PAGE=/lessons/coroutines/
//
// Per profile and build: a first visit (cold, to fill the caches); the browser restarted (a returning reader):
// one visit for "Python ready", one clicking Run at once; then the next lesson in the same browser, clicking Run
// at once. Runs alternate which build goes first, so machine load falls on both alike. Then the JS a first
// visit loads before the load event on PAGE, per build (bytes: deterministic, measured once).
//
// To make the "before" build: git worktree add ../bench-before <commit>; ln -s <repo>/node_modules
// ../bench-before/node_modules; (cd ../bench-before && npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../static-server.mjs';
import { jsBeforeLoad } from './js-before-load.mjs';
import { launch, median, settle, visit } from './startup-visits.mjs';
import { chromiumPath } from '../../tests/e2e/chromium-path.ts';

const [beforeDist, afterDist = 'dist'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!beforeDist) {
  console.error('usage: npm run bench:returning -- BEFORE_DIST [AFTER_DIST]');
  process.exit(2);
}
const PAGE = process.env.BENCH_PAGE ?? '/lessons/why-asyncio/';
const NEXT_PAGE = process.env.BENCH_NEXT_PAGE ?? '/lessons/coroutines/';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const executablePath = chromiumPath();
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

const sites = {
  before: { dist: beforeDist, ...(await startStaticServer(beforeDist)), rows: [] },
  after: { dist: afterDist, ...(await startStaticServer(afterDist)), rows: [] },
};
const loads = [load()];
console.error(`before: ${beforeDist} at ${sites.before.url}; after: ${afterDist} at ${sites.after.url}`);
console.error(`load average at start: ${loads[0]}`);

for (let run = 0; run < RUNS; run++) {
  const order = run % 2 ? ['after', 'before'] : ['before', 'after'];
  for (const name of order) {
    const { url, rows } = sites[name];
    const dir = mkdtempSync(join(tmpdir(), 'aw-bench-'));
    try {
      let browser = await launch(dir, 'after', { executablePath });
      const cold = await visit(browser, true, url, PAGE);
      await settle(cold.page, 'after');
      await browser.context.close();
      browser = await launch(dir, 'after', { executablePath }); // a returning reader: new browser, same profile
      const warmReady = await visit(browser, false, url, PAGE);
      const warmRun = await visit(browser, true, url, PAGE);
      const next = await visit(browser, true, url, NEXT_PAGE);
      await browser.context.close();
      rows.push({ warmReady, warmRun, next });
      loads.push(load());
      console.error(
        `${name} #${run + 1}: warm ready ${warmReady.ready.toFixed(0)} ms (${warmReady.kind}), load ${warmReady.load.toFixed(0)} ms; ` +
          `Run output ${warmRun.output.toFixed(0)} ms; next lesson ready ${next.ready.toFixed(0)} ms, ` +
          `output ${next.output.toFixed(0)} ms (${next.kind}); load average ${loads.at(-1)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const js = {};
for (const name of ['before', 'after']) js[name] = await jsBeforeLoad(sites[name].url, PAGE, executablePath);
for (const { server } of Object.values(sites)) server.close();

const fmt = (v, unit = 'ms') => (Number.isFinite(v) ? `${v.toFixed(0)} ${unit}` : 'n/a');
const spread = (values) => {
  const ok = values.filter(Number.isFinite);
  return ok.length ? `${Math.min(...ok).toFixed(0)}–${Math.max(...ok).toFixed(0)}` : '';
};
const line = (label, pick) => {
  const b = sites.before.rows.map(pick);
  const a = sites.after.rows.map(pick);
  const ratio = median(a) / median(b);
  // Run i measured both builds back to back, so their ratio is less exposed to the machine's load drifting.
  const paired = median(a.map((v, i) => v / b[i]));
  return (
    `| ${label.padEnd(40)} | ${fmt(median(b)).padStart(8)} | ${spread(b).padStart(11)} | ` +
    `${fmt(median(a)).padStart(8)} | ${spread(a).padStart(11)} | ${ratio.toFixed(2).padStart(5)}× | ` +
    `${paired.toFixed(2).padStart(5)}× |`
  );
};
console.log(
  `\nreturning visits, ${PAGE} then ${NEXT_PAGE}; medians of ${RUNS} fresh profiles per build, alternating; ` +
    `Chromium, localhost, gzip like production`,
);
console.log(`before = ${beforeDist}, after = ${afterDist}`);
console.log(
  `| ${'navigation →'.padEnd(40)} |   before |  range (ms) |    after |  range (ms) | after/before | paired |`,
);
console.log(`| ${'-'.repeat(40)} | -------: | ----------: | -------: | ----------: | -----: | -----: |`);
console.log(line('load event, warm (new browser)', (r) => r.warmReady.load));
console.log(line('Python ready, warm (new browser)', (r) => r.warmReady.ready));
console.log(line('first Run output, warm (click at once)', (r) => r.warmRun.output));
console.log(line(`load event, next lesson`, (r) => r.next.load));
console.log(line(`Python ready, next lesson`, (r) => r.next.ready));
console.log(line('first Run output, next lesson (click)', (r) => r.next.output));
const total = (list) => list.reduce((sum, s) => sum + s.bytes, 0);
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
console.log(
  `\nJS before the load event, first visit of ${PAGE} (encoded): before ${kb(total(js.before))} ` +
    `(${js.before.length} files), after ${kb(total(js.after))} (${js.after.length} files), ` +
    `${(total(js.after) / total(js.before)).toFixed(2)}×`,
);
for (const name of ['before', 'after'])
  console.log(`  ${name}: ${js[name].map((s) => `${s.url} ${kb(s.bytes)}`).join(', ')}`);
console.log(
  `warm start kinds: before ${sites.before.rows.map((r) => r.warmReady.kind).join(', ')}; after ${sites.after.rows.map((r) => r.warmReady.kind).join(', ')}`,
);
console.log(`load average (1, 5, 15 min) at start and after each profile: ${loads.join(' | ')}`);
