import { chromium } from '@playwright/test';
import { startStaticServer } from '../static-server.mjs';
const { server, url } = await startStaticServer(process.argv[2] ?? 'dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const seen = [];
let loaded = false;
page.on('requestfinished', async (r) => {
  if (!/\.m?js(\?|$)/.test(r.url())) return;
  const when = loaded ? 'after' : 'before';
  const s = await r.sizes().catch(() => null);
  seen.push({ url: r.url().replace(url, ''), when, bytes: s?.responseBodySize ?? 0 });
});
await page.goto(url + (process.argv[3] ?? '/lessons/why-asyncio/'), { waitUntil: 'load' });
loaded = true;
await page.waitForTimeout(1500);
const before = seen.filter((s) => s.when === 'before');
for (const s of before) console.log(String(s.bytes).padStart(7), s.url);
console.log(
  'total JS before load (encoded bytes):',
  before.reduce((a, s) => a + s.bytes, 0),
);
await browser.close();
server.close();
