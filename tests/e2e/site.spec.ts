import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page the build produced, as URL paths (404.html included: it is a page readers see). */
function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !['_astro', 'pagefind', 'pyodide'].includes(entry.name)) pages.push(...builtPages(path));
    else if (entry.name.endsWith('.html')) {
      const url = '/' + relative('dist', path).split(sep).join('/');
      pages.push(url.replace(/index\.html$/, ''));
    }
  }
  return pages.sort();
}

const pages = builtPages();

test('the build produced the landing page, a lesson and the 404 page', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/lessons/why-asyncio/']));
});

for (const path of pages) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    // The page as a reader on a slow connection sees it while Python is still downloading: held, not failed, so
    // the status line says "Loading…" and Python's start does not compete with axe for the cores (10.6 → 6.7 s a
    // lesson). Wait until styles and fonts settle: axe's colour-contrast check misreads half-applied styles.
    await page.route('**/pyodide/**', () => new Promise<void>(() => undefined));
    await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const results = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] }) // only what the test reads: skips collecting every passing node
      // Starlight's own search button has a visible label that differs from its accessible name.
      .exclude('site-search > button')
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test('the landing page leads to the first lesson in one click', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('asyncio');
  await page.getByRole('link', { name: /Start with/ }).click();
  await expect(page).toHaveURL(/\/lessons\/why-asyncio\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why asyncio?');
});

test('an unknown URL gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the course overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the lesson is listed in the sidebar and found by search', async ({ page }) => {
  await page.goto('/lessons/why-asyncio/');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Why asyncio?' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('dialog[open] input').first().fill('barista');
  await expect(page.locator('.pagefind-ui__result-link').first()).toContainText('Why asyncio?');
});
