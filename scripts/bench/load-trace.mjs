// node scripts/bench/load-trace.mjs DIST [DIST …] — where a returning visit's page-load time goes, per build: warm
// visits (a first visit fills the caches, then a new browser on the same profile) of /lessons/why-asyncio/ with a
// Chromium trace and a CPU profile, navigation → DOMContentLoaded. Prints per build the medians of the main thread's
// top-level trace events by name (ParseHTML, Layout, v8.evaluateModule…), the functions with the most self time and
// self time by script file. RUNS=3 visits per build, alternating. Asserts nothing. npm run bench:load-trace -- DIST….
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../static-server.mjs';
import { launch, settle, visit, median } from './startup-visits.mjs';
import { chromiumPath } from '../../tests/e2e/chromium-path.ts';
const dists = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 3);
const PAGE = '/lessons/why-asyncio/';
const executablePath = chromiumPath();
const sites = [];
for (const dist of dists) sites.push({ dist, ...(await startStaticServer(dist)), rows: [] });
for (let run = 0; run < RUNS; run++)
  for (const site of sites) {
    const dir = mkdtempSync(join(tmpdir(), 'aw-tr-'));
    let browser = await launch(dir, 'after', { executablePath });
    const cold = await visit(browser, false, site.url, PAGE);
    await settle(cold.page, 'after');
    await browser.context.close();
    browser = await launch(dir, 'after', { executablePath });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(site.url + '/favicon.svg');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8,blink.user_timing,loading',
      transferMode: 'ReturnAsStream',
    });
    await page.goto(site.url + PAGE, { waitUntil: 'load' });
    const nav = await page.evaluate(() => JSON.parse(JSON.stringify(performance.getEntriesByType('navigation')[0])));
    const { profile } = await cdp.send('Profiler.stop');
    const self = {};
    const dt = profile.timeDeltas;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const n = byId.get(profile.samples[i]);
      const f = n.callFrame;
      const k = (f.url.split('/').pop() || '') + ' ' + (f.functionName || '(anon)');
      self[k] = (self[k] ?? 0) + (dt[i] ?? 0) / 1000;
    }
    site.self = site.self ?? [];
    site.self.push(self);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    const { stream } = await done;
    let text = '';
    for (;;) {
      const c = await cdp.send('IO.read', { handle: stream });
      text += c.base64Encoded ? Buffer.from(c.data, 'base64').toString() : c.data;
      if (c.eof) break;
    }
    const events = JSON.parse(text).traceEvents ?? JSON.parse(text);
    const threads = {};
    for (const e of events) if (e.name === 'thread_name') threads[`${e.pid}:${e.tid}`] = e.args.name;
    const navStart = events.find(
      (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('lessons'),
    )?.ts;
    const mainKey = Object.entries(threads).find(
      ([k, n]) => n === 'CrRendererMain' && events.some((e) => `${e.pid}:${e.tid}` === k && e.name === 'ParseHTML'),
    )?.[0];
    const end = navStart + nav.domContentLoadedEventStart * 1000;
    const sums = {};
    // top-level only: skip events nested in another X event on the same thread
    const xs = events
      .filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && e.ts >= navStart && e.ts < end)
      .sort((a, b) => a.ts - b.ts);
    let until = 0;
    for (const e of xs) {
      if (e.ts < until) continue;
      until = e.ts + (e.dur ?? 0);
      sums[e.name] = (sums[e.name] ?? 0) + (e.dur ?? 0) / 1000;
    }
    const busy = Object.values(sums).reduce((a, b) => a + b, 0);
    site.rows.push({
      dcl: nav.domContentLoadedEventStart,
      interactive: nav.domInteractive,
      responseEnd: nav.responseEnd,
      busy,
      sums,
    });
    await browser.context.close();
    console.error(
      site.dist,
      run,
      Math.round(nav.responseEnd),
      Math.round(nav.domInteractive),
      Math.round(nav.domContentLoadedEventStart),
      'busy',
      Math.round(busy),
    );
  }
for (const s of sites) {
  console.log(
    `\n${s.dist}: responseEnd ${median(s.rows.map((r) => r.responseEnd)).toFixed(0)} domInteractive ${median(s.rows.map((r) => r.interactive)).toFixed(0)} DCL ${median(s.rows.map((r) => r.dcl)).toFixed(0)} main busy ${median(s.rows.map((r) => r.busy)).toFixed(0)}`,
  );
  const names = new Set(s.rows.flatMap((r) => Object.keys(r.sums)));
  const list = [...names]
    .map((n) => [n, median(s.rows.map((r) => r.sums[n] ?? 0))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14);
  for (const [n, v] of list) console.log(`  ${n}: ${v.toFixed(1)} ms`);
  const fn = new Set(s.self.flatMap((r) => Object.keys(r)));
  const fl = [...fn]
    .map((n) => [n, median(s.self.map((r) => r[n] ?? 0))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  console.log('  -- self time');
  for (const [n, v] of fl) console.log(`    ${n}: ${v.toFixed(1)}`);
  const byFile = {};
  for (const r of s.self)
    for (const [k, v] of Object.entries(r)) {
      const f = k.split(' ')[0];
      byFile[f] = (byFile[f] ?? 0) + v / s.self.length;
    }
  console.log(
    '  -- by file: ' +
      Object.entries(byFile)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([f, v]) => `${f || '(none)'} ${v.toFixed(1)}`)
        .join(', '),
  );
}
process.exit(0);
