/**
 * A TypeScript <Example> on a page (the authoring guide's "Examples in TypeScript", stable test ground that no
 * lesson edit moves): Run loads the compiler, the output appears, the Timeline marks the microtask and the
 * step-through names the queue; an infinite loop is stopped by the wall-clock limit and the next run works.
 */
import { expect, test, type Page } from '@playwright/test';
import { replaceCode } from './code-editor';

const PAGE = '/guide/authoring/';
const bench = (page: Page) => page.locator('aw-workbench', { hasText: 'Microtasks before timers' });

test.describe('a TypeScript example', () => {
  test('runs: output, an honest status, a Timeline with a microtask marker and the queue named', async ({ page }) => {
    const jsRequests: string[] = [];
    page.on('request', (request) => {
      if (/esbuild|js-runner|compiler-worker/.test(request.url())) jsRequests.push(request.url());
    });
    await page.goto(PAGE);
    await page.waitForLoadState('load');
    expect(jsRequests).toEqual([]); // nothing of the JavaScript runtime before a run
    const workbench = bench(page);
    const status = workbench.getByRole('status');
    await workbench.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status).toHaveText(/Loading the JavaScript compiler|Running|Finished/);
    const output = workbench.getByRole('log', { name: 'Output' });
    await expect(output).toHaveText('script\nmicrotask\ntimer\n', { timeout: 90_000 });
    await expect(status).toHaveText(/Finished in 0\.00\d s of virtual time/);
    expect(jsRequests.some((url) => /\/esbuild\/[\d.]+\/esbuild\.wasm$/.test(url))).toBe(true);
    await expect(output).toHaveAttribute('data-answered-by', 'javascript');

    await workbench.getByRole('button', { name: 'Timeline' }).click();
    const timeline = workbench.getByRole('group', { name: 'Event loop timeline' });
    await expect(timeline).toBeVisible();
    await expect(timeline.getByText('μ').first()).toBeVisible();
    await timeline.getByText(/Every step as text/).click();
    const events = timeline.getByRole('list', { name: 'Events, in order' });
    await expect(events.getByRole('listitem').filter({ hasText: 'from the microtask queue' })).not.toHaveCount(0);
    await expect(events.getByRole('listitem').filter({ hasText: 'from the timer queue' })).not.toHaveCount(0);
  });

  test('an edited program with a type annotation and a syntax error; an infinite loop is stopped', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(PAGE);
    const workbench = bench(page);
    const run = workbench.getByRole('button', { name: 'Run', exact: true });
    const output = workbench.getByRole('log', { name: 'Output' });
    const status = workbench.getByRole('status');

    await replaceCode(page, workbench, 'const n: number = 2;\nconsole.log(`n is ${n}`);\n');
    await run.click();
    await expect(output).toHaveText('n is 2\n', { timeout: 90_000 });

    await replaceCode(page, workbench, 'console.log("fine");\nconst x = ;\n');
    await run.click();
    await expect(status).toHaveText(/SyntaxError on line 2/, { timeout: 30_000 });

    await replaceCode(page, workbench, 'console.log("before");\nwhile (true) {}\n');
    await run.click();
    await expect(status).toHaveText(/infinite loop/, { timeout: 60_000 });
    await expect(output).toContainText('before');
    expect(await page.evaluate(() => 1 + 1)).toBe(2); // the page stayed responsive

    await replaceCode(page, workbench, 'console.log("fresh");\n');
    await run.click();
    await expect(output).toHaveText('fresh\n', { timeout: 30_000 });
  });
});
