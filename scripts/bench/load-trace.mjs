// npm run bench:load-trace -- DIST [DIST …] — where a returning visit's page-load time goes, per build: warm visits
// (returningBrowser: a first visit fills the caches, then a new browser on the same profile) of PAGE with a
// Chromium trace and a CPU profile, navigation → DOMContentLoaded. Prints per build the medians of the main
// thread's top-level trace events by name (ParseHTML, Layout, v8.evaluateModule…), the functions with the most self
// time, and self time by script file. Asserts nothing.
//
//   RUNS=3 (warm visits per build, alternating)  BENCH_PAGE=/lessons/why-asyncio/
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../static-server.mjs';
import { median, returningBrowser } from './startup-visits.mjs';
import { chromiumPath } from '../../tests/e2e/chromium-path.ts';

const dists = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dists.length === 0) {
  console.error('usage: npm run bench:load-trace -- DIST [DIST …]');
  process.exit(2);
}
const RUNS = Number(process.env.RUNS ?? 3);
const PAGE = process.env.BENCH_PAGE ?? '/lessons/why-asyncio/';
const executablePath = chromiumPath();

/** Self time (ms) per "file function" of a CDP CPU profile. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = {};
  profile.samples.forEach((id, i) => {
    const { url, functionName } = nodes.get(id).callFrame;
    const key = `${url.split('/').pop() ?? ''} ${functionName || '(anon)'}`;
    self[key] = (self[key] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return self;
}

/** The trace's events, read from the stream Tracing.end hands over. */
async function traceEvents(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  const parsed = JSON.parse(text);
  return parsed.traceEvents ?? parsed;
}

/** Milliseconds of the renderer main thread's top-level events by name, from navigation to `untilMs` after it. */
function mainThreadWork(events, untilMs) {
  const thread = (event) => `${event.pid}:${event.tid}`;
  const main = new Set(events.filter((e) => e.name === 'ParseHTML').map(thread));
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(PAGE))?.ts;
  const end = start + untilMs * 1000;
  const work = {};
  let busyUntil = 0; // an event inside the previous one is part of it: count top-level events only
  const spans = events
    .filter((e) => e.ph === 'X' && main.has(thread(e)) && e.ts >= start && e.ts < end)
    .sort((a, b) => a.ts - b.ts);
  for (const event of spans) {
    if (event.ts < busyUntil) continue;
    busyUntil = event.ts + (event.dur ?? 0);
    work[event.name] = (work[event.name] ?? 0) + (event.dur ?? 0) / 1000;
  }
  return work;
}

/** One warm visit of `url + PAGE`, traced and profiled. */
async function tracedVisit(url) {
  const dir = mkdtempSync(join(tmpdir(), 'aw-load-trace-'));
  try {
    const browser = await returningBrowser(dir, url, PAGE, { executablePath });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    // blink.user_timing carries navigationStart, where mainThreadWork starts counting.
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8,blink.user_timing,loading',
      transferMode: 'ReturnAsStream',
    });
    await page.goto(url + PAGE, { waitUntil: 'load' });
    const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
    const { profile } = await cdp.send('Profiler.stop');
    const work = mainThreadWork(await traceEvents(cdp), nav.domContentLoadedEventStart);
    await browser.context.close();
    return { nav, work, self: selfTimes(profile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `count` largest medians over visits of a per-name figure. */
function topMedians(records, count) {
  const names = new Set(records.flatMap((record) => Object.keys(record)));
  return [...names]
    .map((name) => [name, median(records.map((record) => record[name] ?? 0))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}

const sites = [];
for (const dist of dists) sites.push({ dist, ...(await startStaticServer(dist)), visits: [] });
for (let run = 0; run < RUNS; run++)
  for (const site of sites) {
    const visit = await tracedVisit(site.url);
    site.visits.push(visit);
    const busy = Object.values(visit.work).reduce((a, b) => a + b, 0);
    console.error(
      `${site.dist} #${run + 1}: domInteractive ${visit.nav.domInteractive.toFixed(0)} ms, DOMContentLoaded ` +
        `${visit.nav.domContentLoadedEventStart.toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms`,
    );
  }

for (const { dist, visits } of sites) {
  const at = (field) => median(visits.map((visit) => visit.nav[field])).toFixed(0);
  console.log(
    `\n${dist}: domInteractive ${at('domInteractive')} ms, DOMContentLoaded ${at('domContentLoadedEventStart')} ms`,
  );
  console.log('  main thread, top-level events (ms):');
  for (const [name, ms] of topMedians(
    visits.map((visit) => visit.work),
    14,
  ))
    console.log(`    ${name}: ${ms.toFixed(1)}`);
  console.log('  CPU self time by function (ms):');
  for (const [name, ms] of topMedians(
    visits.map((visit) => visit.self),
    25,
  ))
    console.log(`    ${name}: ${ms.toFixed(1)}`);
  const byFile = visits.map((visit) => {
    const files = {};
    for (const [key, ms] of Object.entries(visit.self)) {
      const file = key.split(' ')[0] || '(native)';
      files[file] = (files[file] ?? 0) + ms;
    }
    return files;
  });
  console.log('  CPU self time by file (ms):');
  for (const [file, ms] of topMedians(byFile, 15)) console.log(`    ${file}: ${ms.toFixed(1)}`);
}
for (const { server } of sites) server.close();
