// Takes the README's screenshot: the sample lesson after running its concurrent example. `npm run screenshot`.
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';

const { server, url } = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await page.goto(`${url}/lessons/why-asyncio/`);
const example = page.locator('aw-workbench', { hasText: 'All three at once' });
await example.getByRole('button', { name: 'Run' }).click();
await example.getByRole('status').filter({ hasText: 'Finished' }).waitFor({ timeout: 60_000 });
await example.scrollIntoViewIfNeeded();
await page.evaluate(() => window.scrollBy(0, -120));
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
server.close();
console.log('wrote docs/screenshot.png');
