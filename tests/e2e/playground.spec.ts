/**
 * The Playground (/playground/): share links round-trip and never run by themselves; damaged and hostile links
 * show an error and an empty editor, never markup; Open in Playground carries a lesson's current code; the history
 * survives a reload; a run works offline; the lane filter on a 2,000-task run; axe; a phone and both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { codeOf, replaceCode } from './code-editor';

test.describe.configure({ timeout: 240_000 });

const PROGRAM = [
  'import asyncio',
  '',
  'async def greet(name):',
  '    await asyncio.sleep(0.5)',
  '    print(f"hello {name} <b>not bold</b>")',
  '',
  'async def main():',
  '    name = input()',
  '    await asyncio.gather(greet(name), greet(name.upper()))',
  '',
  'asyncio.run(main())',
  '',
].join('\n');

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const pack = (value: unknown) => `v1.${b64url(deflateRawSync(Buffer.from(JSON.stringify(value))))}`;

const bench = (page: Page) => page.locator('aw-workbench');
const notice = (page: Page) => page.locator('aw-playground [data-role="notice"]');
const output = (page: Page) => bench(page).getByRole('log', { name: 'Output' });
const runButton = (page: Page) => bench(page).getByRole('button', { name: 'Run', exact: true });

async function openPlayground(page: Page, fragment = ''): Promise<void> {
  await page.goto(`/playground/${fragment ? `#${fragment}` : ''}`);
  await expect(page.locator('aw-playground[data-ready]')).toHaveCount(1, { timeout: 60_000 });
}

async function runAndWait(page: Page): Promise<string> {
  await runButton(page).click();
  await expect(bench(page).getByRole('status').first()).toHaveText(/Finished in|Stopped by|Exited/, {
    timeout: 180_000,
  });
  return (await output(page).innerText()).trim();
}

test.describe('the Playground', () => {
  test('share round-trip: the link brings the same code and options, runs nothing until Run, then the same output', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPlayground(page);
    await replaceCode(page, bench(page), PROGRAM);
    await page.getByLabel(/Input \(what/).fill('ada\n');
    await page.getByLabel(/CPU time/).uncheck();
    const first = await runAndWait(page);
    expect(first).toBe('hello ada <b>not bold</b>\nhello ADA <b>not bold</b>');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.getByLabel('Link').inputValue();
    expect(link).toMatch(/\/playground\/#v1\.[A-Za-z0-9_-]+$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.locator('aw-playground[data-ready]')).toHaveCount(1, { timeout: 60_000 });
    await expect(notice(other)).toHaveText(/This code came from a link\. It has not run/);
    expect(await codeOf(bench(other))).toBe(PROGRAM);
    await expect(other.getByLabel(/Input \(what/)).toHaveValue('ada\n');
    await expect(other.getByLabel(/CPU time/)).not.toBeChecked();
    // Nothing ran: no output area, no status, and the page did not even start Python for a run.
    await expect(output(other)).toBeHidden();
    await expect(bench(other).locator('[data-role="status"]')).toHaveText('');
    expect(await runAndWait(other)).toBe(first);
  });

  test('the Playground is in the sidebar and found by search', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playground' }).click();
    await expect(page).toHaveURL(/\/playground\/$/);
    await expect(page.getByRole('heading', { name: 'Playground', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('dialog[open] input').first().fill('playground');
    await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText('Playground');
  });

  test('a program over 16 KB is refused at Share time with a clear message', async ({ page }) => {
    await openPlayground(page);
    await replaceCode(page, bench(page), 'print("x")\n'.repeat(1700)); // 18,700 bytes
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.locator('[data-role="share-message"]')).toHaveText(
      /^This program is 19 KB; share links carry at most 16 KB of code\. Shorten it/,
    );
    await expect(page.getByLabel('Link')).toBeHidden();
  });

  const bomb = b64url(deflateRawSync(Buffer.alloc(3_000_000, 0x41), { level: 9 }));
  const valid = pack({ code: PROGRAM, stdin: '', cpuTime: true });
  const hostile: Array<[string, string, RegExp]> = [
    ['bad base64', 'v1.not*base64!', /characters a Playground link never has/],
    ['bad deflate', `v1.${b64url(Buffer.from('this is not deflate data at all'))}`, /could not be unpacked/],
    ['a truncated link', valid.slice(0, Math.floor(valid.length / 2)), /damaged|cut short/],
    ['a zip bomb', `v1.${bomb}`, /unpacks to far more than a shared program can be/],
    ['an unknown version', `v7.${valid.slice(3)}`, /does not hold a program this site can read/],
    ['markup as the fragment', '<img src=x onerror="window.__pwned=1">', /does not hold a program this site can read/],
    [
      'JSON of the wrong shape with markup',
      pack({ code: { html: '<img src=x onerror="window.__pwned=1">' }, stdin: '', cpuTime: true }),
      /not a Playground program/,
    ],
  ];
  for (const [name, fragment, message] of hostile) {
    test(`a link with ${name} shows an error and an empty editor`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => void dialog.dismiss().then(() => errors.push('a dialog opened')));
      await openPlayground(page, fragment);
      await expect(notice(page)).toHaveText(message);
      await expect(notice(page)).toHaveAttribute('data-kind', 'error');
      expect(await codeOf(bench(page))).toBe('');
      await expect(output(page)).toBeHidden();
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
      await expect(page.locator('aw-playground img, aw-workbench img')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('markup and script text inside shared code stay text: shown in the editor, never made into elements', async ({
    page,
  }) => {
    const code =
      'html = "<img src=x onerror=\\"window.__pwned=1\\"></script><script>window.__pwned=2</script>"\nprint(html)\n';
    await openPlayground(page, pack({ code, stdin: '', cpuTime: true }));
    await expect(notice(page)).toHaveText(/came from a link/);
    expect(await codeOf(bench(page))).toBe(code);
    await expect(page.locator('aw-playground img, aw-playground script:not([type="application/json"])')).toHaveCount(0);
    expect(await runAndWait(page)).toBe(
      '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>',
    );
    await expect(page.locator('aw-playground img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
  });

  test('Open in Playground from a lesson exercise carries its current code, not the starter', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const exercise = page.locator('aw-workbench', { hasText: 'Download both files at once' });
    const edited = 'import asyncio\n\nprint("my own attempt")\n';
    await replaceCode(page, exercise, edited);
    await exercise.getByRole('button', { name: 'Open in Playground' }).click();
    await expect(page).toHaveURL(/\/playground\/#v1\./);
    await expect(page.locator('aw-playground[data-ready]')).toHaveCount(1, { timeout: 60_000 });
    expect(await codeOf(bench(page))).toBe(edited);
    await expect(output(page)).toBeHidden();
    expect(await runAndWait(page)).toBe('my own attempt');
  });

  test('the starting-program picker loads a lesson example; the history keeps runs across a reload, with delete', async ({
    page,
  }) => {
    await openPlayground(page);
    const picker = page.getByLabel('Start from');
    await expect(picker.locator('optgroup').first()).toHaveAttribute('label', '1. Why asyncio?');
    await picker.selectOption({ label: 'All three at once' });
    expect(await codeOf(bench(page))).toContain('asyncio');
    await runAndWait(page);
    await replaceCode(page, bench(page), 'print("second program")\n');
    expect(await runAndWait(page)).toBe('second program');
    await page.reload();
    await expect(page.locator('aw-playground[data-ready]')).toHaveCount(1, { timeout: 60_000 });
    const history = page.locator('[data-role="history"] > li');
    await expect(history).toHaveCount(2);
    await expect(history.first()).toContainText('print("second program")');
    await history.nth(1).getByRole('button', { name: /^Open/ }).click();
    expect(await codeOf(bench(page))).toContain('asyncio');
    await history
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(history).toHaveCount(1);
    await page.reload();
    await expect(page.locator('[data-role="history"] > li')).toHaveCount(1);
    await expect(page.locator('[data-role="history"] > li').first()).not.toContainText('second program');
  });

  test('works offline: the Playground opens and runs with the network off', async ({ page, context }) => {
    await page.goto('/');
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return registration?.active?.state === 'activated';
          }),
        { timeout: 180_000, intervals: [500] },
      )
      .toBe(true);
    await context.setOffline(true);
    await openPlayground(page);
    await expect(page.getByRole('heading', { name: 'Playground', level: 1 })).toBeVisible();
    expect(await runAndWait(page)).toContain('served: tea, coffee, juice');
    await context.setOffline(false);
  });

  test('a 2,000-task run: the Timeline stays virtualised and filters lanes by name; axe clean', async ({ page }) => {
    await openPlayground(page);
    await replaceCode(
      page,
      bench(page),
      'import asyncio\n\nasync def work(i):\n    await asyncio.sleep((i % 10 + 1) / 10)\n\nasync def main():\n    await asyncio.gather(*(work(i) for i in range(2000)))\n\nasyncio.run(main())\n',
    );
    await runAndWait(page);
    await bench(page).getByRole('button', { name: 'Timeline' }).click();
    const timeline = bench(page).getByRole('group', { name: 'Event loop timeline' });
    await expect(timeline).toBeVisible({ timeout: 90_000 });
    const ms = Number(await timeline.getAttribute('data-render-ms'));
    expect(await timeline.locator('.aw-tl__lane').count()).toBeLessThan(60);
    const filter = timeline.getByLabel('Filter lanes by name');
    await filter.fill('i=1999');
    await expect(timeline.locator('.aw-tl__lane')).toHaveCount(1);
    await expect(timeline.locator('.aw-tl__lane-label')).toHaveText('Task-2001 work(i=1999)');
    await expect(timeline.getByText('1 of 2001 lanes match')).toBeVisible();
    await filter.fill('');
    await expect(timeline.getByText('2001 lanes', { exact: true })).toBeVisible();
    console.log(`Playground, 2,000-task timeline: built and drawn in ${ms} ms`);
    expect(ms).toBeLessThan(5000);
    const axe = await new AxeBuilder({ page }).exclude('site-search > button').analyze(); // as in site.spec.ts
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' ')})`)).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      test(`looks right: ${name}, ${theme} (no sideways scroll, controls reachable, axe clean)`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await openPlayground(page);
        await runAndWait(page);
        await bench(page).getByRole('button', { name: 'Timeline' }).click();
        await expect(bench(page).getByRole('group', { name: 'Event loop timeline' })).toBeVisible({ timeout: 90_000 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        for (const control of [
          runButton(page),
          page.getByRole('button', { name: 'Share' }),
          page.getByLabel('Start from'),
        ])
          await expect(control)
            .toBeInViewport({ ratio: 1 })
            .catch(async () => {
              await control.scrollIntoViewIfNeeded();
              await expect(control).toBeInViewport({ ratio: 1 });
            });
        const axe = await new AxeBuilder({ page }).exclude('site-search > button').analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' ')})`)).toEqual([]);
        // `UPDATE_DOCS=1 npx playwright test tests/e2e/playground.spec.ts -g "looks right"` retakes the README's pictures.
        if (process.env.UPDATE_DOCS) {
          mkdirSync('docs', { recursive: true });
          await page.locator('main').screenshot({ path: `docs/playground-${name}-${theme}.png` });
        }
      });
    }
  }
});
