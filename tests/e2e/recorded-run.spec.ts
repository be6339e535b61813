/**
 * Recorded runs (packages/starlight-awaitable/src/runtime/recordings/): on a first visit, Run and Timeline on an unmodified example answer from
 * the build's recording before Python is ready; an edited program goes to Python; a recording made for other code
 * is never replayed. Python's files are held back until the test releases them, so "before Python is ready" is an
 * order of events (the page's awaitable:python-ready mark), never a clock.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { replaceCode } from './code-editor';

const LESSON = '/lessons/why-asyncio/';
const TITLE = 'All three at once';
const OUTPUT = 'start latte\nstart tea\nstart mocha\ndone latte\ndone tea\ndone mocha\ntook 1.0 s\n';

test.describe.configure({ timeout: 240_000 });

/** Holds every request for Python's files until the returned function is called. */
async function holdPython(context: BrowserContext): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/pyodide/**', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const pythonReady = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('awaitable:python-ready').length > 0);

test('first visit: an unmodified example answers from its recording before Python is ready; an edit goes to Python', async ({
  context,
  page,
}) => {
  const release = await holdPython(context);
  await page.goto(LESSON);
  const example = page.locator('aw-workbench', { hasText: TITLE }).first();
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  const output = example.getByRole('log', { name: 'Output' });
  await expect(output).toHaveText(OUTPUT);
  await expect(example.getByRole('status')).toHaveText('Finished in 1.000 s of virtual time.');
  const note = example.locator('[data-role="recorded-note"]');
  await expect(note).toHaveText(/recording of this exact code .*Python is still starting/);
  await expect(output).toHaveAttribute('data-answered-by', 'recording');
  // The Timeline shows the recorded trace: one lane per task.
  await example.getByRole('button', { name: 'Timeline' }).click();
  const timeline = example.getByRole('group', { name: 'Event loop timeline' });
  await expect(timeline).toBeVisible();
  await expect(timeline.locator('.aw-tl__lane-label')).toHaveCount(4); // main + three drinks
  expect(await pythonReady(page), 'all of this happened before Python was ready').toBe(false);

  release();
  await expect.poll(() => pythonReady(page), { timeout: 180_000 }).toBe(true);
  // One character changed: the next Run goes to Python.
  await replaceCode(page, example, OUTPUT_SOURCE.replace('took', 'tooK'));
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output).toHaveText(OUTPUT.replace('took', 'tooK'), { timeout: 60_000 });
  await expect(output).toHaveAttribute('data-answered-by', 'python');
  await expect(note).toBeHidden();
});

test('Check on an unmodified starter answers from its recording with the checks a live run gives', async ({
  context,
  page,
}) => {
  const release = await holdPython(context);
  await page.goto(LESSON);
  const exercise = page.locator('aw-workbench[data-kind="exercise"]').first();
  await exercise.getByRole('button', { name: 'Check' }).click();
  const checks = exercise.getByRole('region', { name: 'Check results' });
  await expect(checks.locator('li').first()).toBeVisible();
  const recorded = await checks.innerText();
  expect(await pythonReady(page)).toBe(false);
  await expect(exercise.getByRole('log', { name: 'Output' })).toHaveAttribute('data-answered-by', 'recording');

  release();
  await expect.poll(() => pythonReady(page), { timeout: 180_000 }).toBe(true);
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('log', { name: 'Output' })).toHaveAttribute('data-answered-by', 'python', {
    timeout: 60_000,
  });
  await expect(checks.locator('li').first()).toBeVisible();
  expect(await checks.innerText(), 'the same verdict and messages, live').toBe(recorded);
});

test('a recording made for other code is never replayed', async ({ context, page }) => {
  const release = await holdPython(context);
  // The page as a build would ship it if the lesson's code changed after its recording was made: the starter
  // differs by a comment (so a live run prints the same), and the recording is marked so its use would show.
  await context.route(`**${LESSON}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const start = html.indexOf(`{"title":"${TITLE}"`);
    const split = html.indexOf('"recordings":', start);
    const end = html.indexOf('</script>', split);
    expect(start, 'the example is on the page').toBeGreaterThan(0);
    const patched =
      html.slice(0, start) +
      html.slice(start, split).replace('the machine works', 'the machine brews') +
      html.slice(split, end).replaceAll('done latte', 'STALE latte') +
      html.slice(end);
    expect(patched).not.toBe(html);
    await route.fulfill({ response, body: patched });
  });
  await page.goto(LESSON);
  const example = page.locator('aw-workbench', { hasText: TITLE }).first();
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(example.getByRole('status')).toContainText(/Starting Python|Loading|Downloading|%/);
  expect(await pythonReady(page)).toBe(false);
  release();
  const output = example.getByRole('log', { name: 'Output' });
  await expect(output).toHaveText(OUTPUT, { timeout: 180_000 });
  expect(await pythonReady(page), 'the output came from Python, after it was ready').toBe(true);
  await expect(output).toHaveAttribute('data-answered-by', 'python');
  await expect(example.locator('[data-role="recorded-note"]')).toHaveCount(0);
});

const OUTPUT_SOURCE = `import asyncio
import time

async def make_drink(name):
    print(f"start {name}")
    await asyncio.sleep(1)  # hand control back while the machine works
    print(f"done {name}")

async def main():
    start = time.perf_counter()
    await asyncio.gather(make_drink("latte"), make_drink("tea"), make_drink("mocha"))
    print(f"took {time.perf_counter() - start:.1f} s")

asyncio.run(main())
`;
