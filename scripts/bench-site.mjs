// npm run bench:site — page weight and Lighthouse scores for the landing page and the sample lesson.
// Builds the site, serves dist/ like a production host (gzip), and prints figures. It never fails on a budget.
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { startStaticServer } from './static-server.mjs';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';

const PAGES = [
  ['landing', '/'],
  ['lesson', '/lessons/why-asyncio/'],
];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
const { server, url } = await startStaticServer('dist');
const executablePath = chromiumPath();

/** Bytes on the wire (gzip) before any interaction: load, then wait for idle so idle-time work counts too. */
async function weigh(path) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map();
  const types = new Map();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.goto(url + path, { waitUntil: 'load' });
  const atLoad = new Map(sizes);
  await page.waitForTimeout(6000); // idle-time work (e.g. starting Python) happens here
  await browser.close();
  const sum = (map, filter = () => true) =>
    [...map].filter(([id]) => filter(types.get(id))).reduce((a, [, b]) => a + b, 0);
  return {
    jsAtLoad: sum(atLoad, (t) => t === 'Script'),
    totalAtLoad: sum(atLoad),
    jsAfterIdle: sum(sizes, (t) => t === 'Script'),
    totalAfterIdle: sum(sizes),
  };
}

async function score(path, formFactor) {
  const chrome = await launch({ chromePath: executablePath, chromeFlags: CHROME_FLAGS });
  try {
    const config =
      formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    const result = await lighthouse(
      url + path,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      config,
    );
    const c = result.lhr.categories;
    return {
      performance: Math.round(c.performance.score * 100),
      accessibility: Math.round(c.accessibility.score * 100),
    };
  } finally {
    chrome.kill();
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('page      JS@load   total@load  JS+idle   total+idle  LH perf m/d  LH a11y m/d');
for (const [name, path] of PAGES) {
  const w = await weigh(path);
  const mobile = await score(path, 'mobile');
  const desktop = await score(path, 'desktop');
  console.log(
    [
      name.padEnd(9),
      kb(w.jsAtLoad).padStart(9),
      kb(w.totalAtLoad).padStart(11),
      kb(w.jsAfterIdle).padStart(9),
      kb(w.totalAfterIdle).padStart(11),
      `${mobile.performance}/${desktop.performance}`.padStart(11),
      `${mobile.accessibility}/${desktop.accessibility}`.padStart(12),
    ].join(' '),
  );
}
console.log(
  'JS@load: JavaScript transferred (gzip) before any interaction; +idle includes the Python worker started at idle time.',
);
server.close();
