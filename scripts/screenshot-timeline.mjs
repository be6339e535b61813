// Takes the README's timeline screenshots (docs/timeline.png, docs/timeline-steps.png) from the built site:
// a create_task-vs-await program in the sample lesson's workbench, its Timeline, then step-through mode.
// Run after `npm run build`:  npm run screenshot   (via npx/npm for Node 22)
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';
import { replaceCode } from '../tests/e2e/code-editor.ts';

const CODE = `import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    print(name, "done")


async def main():
    task = asyncio.create_task(download("a", 1))  # runs while main waits
    await download("b", 2)  # main does this one itself
    await task
    print("both done")


asyncio.run(main())
`;

const { server, url } = await startStaticServer(process.env.DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto(`${url}/lessons/why-asyncio/`);
const example = page.locator('aw-workbench', { hasText: 'All three at once' });
await replaceCode(page, example, CODE);
await example.getByRole('button', { name: 'Timeline' }).click();
const timeline = example.getByRole('group', { name: 'Event loop timeline' });
await timeline.waitFor({ timeout: 90_000 });
await timeline.locator('.aw-tl__seg[data-kind="suspended"]').filter({ hasText: 'sleep 2 s' }).hover();
await timeline.scrollIntoViewIfNeeded();
await page.evaluate(() => window.scrollBy(0, -40));
const box = await timeline.boundingBox();
await page.screenshot({
  path: 'docs/timeline.png',
  clip: { x: box.x, y: box.y - 30, width: box.width, height: Math.min(560, box.height + 30) },
});
for (let i = 0; i < 6; i++) await timeline.getByRole('button', { name: 'Step forward' }).click();
await page.mouse.move(0, 0);
const controls = await timeline.locator('.aw-tl__controls').boundingBox();
const state = await timeline.locator('.aw-tl__state').boundingBox();
await page.screenshot({
  path: 'docs/timeline-steps.png',
  clip: { x: box.x, y: controls.y - 4, width: box.width, height: state.y + state.height - controls.y + 8 },
});
await browser.close();
server.close();
console.log('wrote docs/timeline.png and docs/timeline-steps.png');
