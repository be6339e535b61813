// npm run bench:startup -- --no-build --first-visit — the first-visit strategy by time, not bytes: fresh profiles
// under Chromium's emulated network conditions (CDP Network.emulateNetworkConditions, which also throttles the
// page's dedicated workers), comparing how the worker starts Python on a first visit:
//   plain     today's default: a plain load; the snapshot is downloaded for next time once Python is ready
//   snapshot  download the snapshot and start from it at once (the worker's first-visit marker rewritten)
//   while     a plain load while the snapshot downloads beside it (the page fetches it at navigation)
// Per visit: navigation → load event, → Python ready, → first output of a Run clicked at once on the unmodified
// first example (answered from its recording), and → first output of a Run clicked at once on the second example
// with its recording removed (what an edited program waits for). Medians of BENCH_RUNS.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export const PROFILES = [
  { name: '10 Mbit/s, 40 ms RTT', latency: 40, mbit: 10 },
  { name: '50 Mbit/s, 20 ms RTT', latency: 20, mbit: 50 },
  { name: 'localhost (no throttling)', latency: 0, mbit: 0 },
];
const STRATEGIES = process.env.BENCH_STRATEGIES?.split(',') ?? ['plain', 'snapshot', 'while'];

// Before the page's scripts: click Run on the first two workbenches as soon as each can be clicked, and note when
// each output log first shows text and when the load event fires.
const CLICK_TWO = () => {
  window.__bench = { outputs: [] };
  addEventListener('load', () => (window.__bench.load = performance.now()));
  const attempt = () => {
    const benches = [...document.querySelectorAll('aw-workbench')].slice(0, 2);
    const ready =
      benches.length === 2 && benches.every((b) => b.config && !b.querySelector('[data-action="run"]').disabled);
    if (!ready) return void setTimeout(attempt, 5);
    benches.forEach((bench, index) => {
      const log = bench.querySelector('[role="log"]');
      new MutationObserver((_, observer) => {
        if (log.textContent.trim()) {
          window.__bench.outputs[index] = performance.now();
          observer.disconnect();
        }
      }).observe(log, { childList: true, subtree: true, characterData: true });
      bench.querySelector('[data-action="run"]').click();
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attempt);
  else attempt();
};

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function visit({ url, page: path, executablePath, snapshotPath }, profile, strategy) {
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-fv-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    if (strategy === 'snapshot')
      await context.route('**/_astro/worker-*.js', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('first-visit=plain', 'first-visit=snapshot');
        await route.fulfill({ response, body });
      });
    // The second example plays an edited program: its recording is removed from the page.
    await context.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const first = html.indexOf('"recordings":[');
      const second = html.indexOf('"recordings":[', html.indexOf('<aw-workbench', html.indexOf('<aw-workbench') + 1));
      const body = second > first ? html.slice(0, second) + '"recordingsRemoved":[' + html.slice(second + 14) : html;
      await route.fulfill({ response, body });
    });
    await context.addInitScript(CLICK_TWO);
    if (strategy === 'while')
      await context.addInitScript((snapshot) => {
        if (location.pathname.startsWith('/lessons/')) void fetch(snapshot).then((r) => r.arrayBuffer());
      }, snapshotPath);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    if (profile.mbit)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latency,
        downloadThroughput: (profile.mbit * 1e6) / 8,
        uploadThroughput: (profile.mbit * 1e6) / 8,
      });
    await page.goto(url + path, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('awaitable:python-ready').length > 0, null, {
      timeout: 240_000,
    });
    await page.waitForFunction(() => window.__bench?.outputs?.[1] && window.__bench.load, null, { timeout: 60_000 });
    const figures = await page.evaluate(() => ({
      ready: performance.getEntriesByName('awaitable:python-ready')[0].startTime,
      load: window.__bench.load,
      recorded: window.__bench.outputs[0],
      edited: window.__bench.outputs[1],
    }));
    const worker = page.workers().find((w) => w.url().includes('/_astro/worker'));
    const start = worker ? await worker.evaluate(() => self.awaitableStart).catch(() => null) : null;
    return { ...figures, kind: start?.kind ?? '?' };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchFirstVisit(options) {
  const pyodideDir = readdirSync(join(options.dist, 'pyodide'))[0];
  const snapshot = readdirSync(join(options.dist, 'pyodide', pyodideDir)).find((f) => f.startsWith('snapshot-'));
  const snapshotPath = `/pyodide/${pyodideDir}/${snapshot}`;
  const results = [];
  // BENCH_PROFILES=10,0: only these profiles (by Mbit/s; 0 = localhost).
  const only = process.env.BENCH_PROFILES?.split(',').map(Number);
  for (const profile of PROFILES.filter((p) => !only || only.includes(p.mbit)))
    for (const strategy of STRATEGIES) {
      const runs = [];
      for (let run = 0; run < options.runs; run++) {
        const r = await visit({ ...options, snapshotPath }, profile, strategy);
        runs.push(r);
        console.error(
          `${profile.name} ${strategy} #${run + 1}: load ${r.load.toFixed(0)}, ready ${r.ready.toFixed(0)} (${r.kind}), ` +
            `recorded output ${r.recorded.toFixed(0)}, edited output ${r.edited.toFixed(0)} ms`,
        );
      }
      results.push({ profile, strategy, runs });
    }
  const fmt = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
  console.log(`\nfirst visit, page ${options.page}; medians of ${options.runs} fresh profiles; navigation → …`);
  console.log(
    '| network                    | strategy |     load |    ready | unmodified Run output | ÷ load | edited Run output | ÷ plain |',
  );
  console.log('| -------------------------- | -------- | -------: | -------: | ----: | ----: | ----: | ----: |');
  for (const { profile, strategy, runs } of results) {
    const m = (key) => median(runs.map((r) => r[key]));
    const plain = results.find((r) => r.profile === profile && r.strategy === 'plain');
    const plainEdited = plain ? median(plain.runs.map((r) => r.edited)) : NaN;
    // Ratios within one visit (recorded output ÷ its own load event), then the median.
    const perVisit = median(runs.map((r) => r.recorded / r.load));
    console.log(
      `| ${profile.name.padEnd(26)} | ${strategy.padEnd(8)} | ${fmt(m('load')).padStart(8)} | ${fmt(m('ready')).padStart(8)} | ` +
        `${fmt(m('recorded')).padStart(8)} | ${perVisit.toFixed(2)}× | ${fmt(m('edited')).padStart(8)} | ` +
        `${(plainEdited / m('edited')).toFixed(2)}× |`,
    );
  }
}
