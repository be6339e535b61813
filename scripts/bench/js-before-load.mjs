// JS a first visit loads before the load event: `node scripts/bench/js-before-load.mjs [dist] [page]` lists
// each script with its encoded (gzip) size; bench/returning-visits.mjs reuses jsBeforeLoad().
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startStaticServer } from '../static-server.mjs';

/** The scripts [{ url, bytes }] a fresh browser fetched for `url + path` before its load event. */
export async function jsBeforeLoad(url, path, executablePath = '/usr/bin/chromium') {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const seen = [];
    let loaded = false;
    page.on('requestfinished', async (r) => {
      if (!/\.m?js(\?|$)/.test(r.url())) return;
      const when = loaded ? 'after' : 'before';
      const s = await r.sizes().catch(() => null);
      seen.push({ url: r.url().replace(url, ''), when, bytes: s?.responseBodySize ?? 0 });
    });
    await page.goto(url + path, { waitUntil: 'load' });
    loaded = true;
    await page.waitForTimeout(1500);
    return seen.filter((s) => s.when === 'before').map(({ url, bytes }) => ({ url, bytes }));
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, url } = await startStaticServer(process.argv[2] ?? 'dist');
  const before = await jsBeforeLoad(url, process.argv[3] ?? '/lessons/why-asyncio/');
  for (const s of before) console.log(String(s.bytes).padStart(7), s.url);
  console.log(
    'total JS before load (encoded bytes):',
    before.reduce((a, s) => a + s.bytes, 0),
  );
  server.close();
}
