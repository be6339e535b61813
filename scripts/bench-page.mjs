// npm run bench:page — a lesson page with exercises, as a learner meets it: JS transferred before interaction,
// page load → Python ready, click Run → first output (warm), and Lighthouse scores. Prints figures only.
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { startStaticServer } from './static-server.mjs';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';

const PAGE = process.env.BENCH_PAGE ?? '/lessons/why-asyncio/';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
const { server, url } = await startStaticServer('dist');
const executablePath = chromiumPath();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function measure() {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let js = 0;
  const scripts = new Set();
  cdp.on('Network.responseReceived', (e) => e.type === 'Script' && scripts.add(e.requestId));
  cdp.on('Network.loadingFinished', (e) => scripts.has(e.requestId) && (js += e.encodedDataLength));
  await page.goto(url + PAGE, { waitUntil: 'load' });
  const jsAtLoad = js;
  await page.waitForFunction(() => performance.getEntriesByName('awaitable:python-ready').length > 0, null, {
    timeout: 120_000,
  });
  const ready = await page.evaluate(() => performance.getEntriesByName('awaitable:python-ready')[0].startTime);
  // Run → first output, measured in the page: from the click to the first node in the Output log.
  const runToOutput = [];
  for (let i = 0; i < 3; i++) {
    runToOutput.push(
      await page.evaluate(async () => {
        const bench = [...document.querySelectorAll('aw-workbench')].find((el) =>
          el.textContent.includes('All three at once'),
        );
        const log = bench.querySelector('[role="log"]');
        const run = bench.querySelector('[data-action="run"]');
        while (run.disabled) await new Promise((r) => setTimeout(r, 50));
        log.replaceChildren();
        const start = performance.now();
        const first = new Promise((resolve) =>
          new MutationObserver((_, observer) => {
            if (log.textContent) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          }).observe(log, { childList: true, subtree: true, characterData: true }),
        );
        run.click();
        return first;
      }),
    );
  }
  await browser.close();
  return { jsAtLoad, ready, runToOutput: median(runToOutput.slice(1)) };
}

async function lighthouseScores(formFactor) {
  const chrome = await launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const config =
      formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    const { lhr } = await lighthouse(
      url + PAGE,
      { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      config,
    );
    return `${Math.round(lhr.categories.performance.score * 100)}/${Math.round(lhr.categories.accessibility.score * 100)}`;
  } finally {
    chrome.kill();
  }
}

const results = [];
for (let i = 0; i < RUNS; i++) results.push(await measure());
console.log(`page: ${PAGE} (${RUNS} cold loads, fresh browser each; gzip like a production host)`);
console.log(`JS before interaction     ${(median(results.map((r) => r.jsAtLoad)) / 1024).toFixed(1)} KB (median)`);
console.log(`page load → Python ready  ${median(results.map((r) => r.ready)).toFixed(0)} ms (median; cold cache)`);
console.log(`click Run → first output  ${median(results.map((r) => r.runToOutput)).toFixed(0)} ms (median, warm)`);
console.log(
  `Lighthouse perf/a11y      mobile ${await lighthouseScores('mobile')}, desktop ${await lighthouseScores('desktop')}`,
);
server.close();
