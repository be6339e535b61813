// npm run bench:js — what the JavaScript runtime costs a reader, against Python measured in the same run
// (Chromium, the built site served like production by scripts/static-server.mjs, fresh profile per sample):
//   - esbuild.wasm's bytes (raw, gzip, brotli);
//   - first JavaScript run on a page: Run clicked on a TypeScript example → first output (compiler download +
//     esbuild init + compile + run), and a warm Run (same page, edited code: compile + run);
//   - compile times per lesson program in Node (scripts/bench/js-compile.mjs);
//   - Python's cold and warm figures the same way (an edited Python example's Run clicked as soon as the page can
//     take it, so Python starts then and no recording answers; then a second Run), so the table can give ratios.
// Medians of BENCH_RUNS (default 3). Asserts nothing.
//
//   BENCH_RUNS=3  BENCH_DIST=dist  BENCH_JS_PAGE=/guide/authoring/  BENCH_PY_PAGE=/lessons/why-asyncio/  --no-build
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';
import { compileTimes } from './bench/js-compile.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIST = process.env.BENCH_DIST ?? 'dist';
const JS_PAGE = process.env.BENCH_JS_PAGE ?? '/guide/authoring/';
const JS_TITLE = 'Microtasks before timers';
const PY_PAGE = process.env.BENCH_PY_PAGE ?? '/lessons/why-asyncio/';
const PY_TITLE = 'All three at once';
if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function wasmBytes() {
  const folder = join(DIST, 'esbuild');
  const file = join(folder, readdirSync(folder)[0], 'esbuild.wasm');
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Clicks Run on the workbench titled `title` and resolves with ms from the click to the first output text. */
async function runToFirstOutput(page, title, code) {
  return page.evaluate(
    async ({ title, code }) => {
      const bench = [...document.querySelectorAll('aw-workbench')].find((b) => b.textContent.includes(title));
      if (code !== null) await bench.surface.setValue(code);
      const run = bench.querySelector('[data-action="run"]');
      const log = bench.querySelector('[role="log"]');
      while (run.disabled) await new Promise((r) => setTimeout(r, 20));
      log.replaceChildren();
      const started = performance.now();
      await new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (log.textContent.trim()) {
            observer.disconnect();
            resolve();
          }
        }).observe(log, { childList: true, subtree: true, characterData: true });
        run.click();
      });
      const ms = performance.now() - started;
      while (run.disabled) await new Promise((r) => setTimeout(r, 20));
      return ms;
    },
    { title, code },
  );
}

const { server, url } = await startStaticServer(DIST);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const samples = { jsCold: [], jsWarm: [], pyCold: [], pyWarm: [] };
for (let i = 0; i < RUNS; i++) {
  // A fresh context each time: an empty HTTP cache, so the first run downloads everything, as for a new reader.
  for (const language of ['js', 'py']) {
    const context = await browser.newContext();
    // No service worker: it would precache in the background and compete with the measured downloads.
    await context.route('**/sw.js', (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    if (language === 'js') {
      await page.goto(url + JS_PAGE, { waitUntil: 'load' });
      samples.jsCold.push(await runToFirstOutput(page, JS_TITLE, null));
      samples.jsWarm.push(await runToFirstOutput(page, JS_TITLE, `console.log("warm ${i}");\n`));
    } else {
      // Python would start when the browser is idle after load: click at once, so its cold start is measured.
      await page.goto(url + PY_PAGE, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => customElements.get('aw-workbench'));
      // Edited code: the build's recording of the unmodified example would answer without Python.
      samples.pyCold.push(await runToFirstOutput(page, PY_TITLE, `print("cold ${i}")\n`));
      samples.pyWarm.push(await runToFirstOutput(page, PY_TITLE, `print("warm ${i}")\n`));
    }
    await context.close();
  }
}
await browser.close();
server.close();

const bytes = wasmBytes();
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
const ms = (n) => `${Math.round(n)} ms`;
console.log(`esbuild.wasm: ${mb(bytes.raw)} raw, ${mb(bytes.gzip)} gzip, ${mb(bytes.brotli)} brotli`);
console.log(`(medians of ${RUNS}; ${JS_PAGE} vs ${PY_PAGE}; localhost, no network throttling)\n`);
console.log('| Run → first output | JavaScript | Python | JS / Python |');
console.log('| ------------------ | ---------- | ------ | ----------- |');
console.log(`| first run on a page | ${ms(m.jsCold)} | ${ms(m.pyCold)} | ${(m.jsCold / m.pyCold).toFixed(2)} |`);
console.log(`| warm Run           | ${ms(m.jsWarm)} | ${ms(m.pyWarm)} | ${(m.jsWarm / m.pyWarm).toFixed(2)} |`);
const compile = await compileTimes();
console.log(
  `\nCompile (Node, same esbuild-wasm and instrumentation, ${compile.files} lesson programs): initialize ` +
    `${ms(compile.initialize)}, first compile ${ms(compile.first)}, then ${ms(compile.warmMedian)} median ` +
    `(${ms(compile.warmMax)} at most) per program`,
);
console.log(`\nsamples: ${JSON.stringify(samples, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
