import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { replaceCode } from './code-editor';

const TWO_TASKS = `import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    print(name, "done")


async def main():
    a = asyncio.create_task(download("a", 1))
    b = asyncio.create_task(download("b", 2))
    await a
    await b


asyncio.run(main())
`;

/** Opens the Timeline of a workbench (running it first if needed) and returns the timeline. */
async function openTimeline(workbench: Locator): Promise<Locator> {
  await workbench.getByRole('button', { name: 'Timeline' }).click();
  const timeline = workbench.getByRole('group', { name: 'Event loop timeline' });
  await expect(timeline).toBeVisible({ timeout: 90_000 });
  return timeline;
}

test.describe('the event-loop timeline', () => {
  test('two tasks: one lane per task plus main, suspended segments say sleep; text alternative; clicks', async ({
    page,
  }) => {
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-workbench', { hasText: 'All three at once' });
    await replaceCode(page, example, TWO_TASKS);
    const timeline = await openTimeline(example);
    await expect(example.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-expanded', 'true');
    const lanes = timeline.locator('.aw-tl__lane-label');
    await expect(lanes).toHaveText([
      'Task-1 main()',
      "Task-2 download(name='a', seconds=1)",
      "Task-3 download(name='b', seconds=2)",
    ]);
    const suspended = timeline.locator('.aw-tl__seg[data-kind="suspended"]');
    await expect(suspended.filter({ hasText: 'sleep 2 s' })).toHaveCount(1);
    await expect(timeline.getByRole('button', { name: /Task-2 .*suspended .*sleep/ })).toHaveCount(1);
    await expect(timeline.getByText('Total virtual time')).toBeVisible();
    await expect(timeline.locator('.aw-tl__facts')).toContainText('Peak concurrency: 2');

    // Hover shows details; clicking highlights the line in the editor.
    const segment = suspended.filter({ hasText: 'sleep 2 s' });
    await segment.hover();
    await expect(timeline.getByRole('tooltip')).toContainText('line 5');
    await segment.click();
    await expect(example.locator('.aw-line-flagged')).toHaveCount(1);

    // Clicking a printed line jumps to its moment.
    await timeline
      .getByRole('list', { name: 'Printed lines' })
      .getByRole('button', { name: /b done/ })
      .click();
    await expect(timeline.locator('.aw-tl__now')).toContainText('prints "b done"');

    // The text alternative: every step as an ordered list.
    await timeline.getByText(/Every step as text/).click();
    const events = timeline.getByRole('list', { name: 'Events, in order' });
    await expect(
      events.getByRole('listitem').filter({ hasText: 'suspends at line 5, awaiting asyncio.sleep(2)' }),
    ).toHaveCount(1);
    await expect(events.getByRole('listitem').filter({ hasText: 'the clock jumps from 0 s to 1 s' })).toHaveCount(1);

    const axe = await new AxeBuilder({ page }).include('aw-workbench').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test('time.sleep: a blocking segment names the line; stepping forward then back shows the same state', async ({
    page,
  }) => {
    await page.goto('/lessons/why-asyncio/');
    const exercise = page.locator('aw-workbench[data-kind="exercise"]', { hasText: 'heartbeat' });
    const timeline = await openTimeline(exercise);
    const blocking = timeline.locator('.aw-tl__seg[data-kind="blocking"]');
    await expect(blocking).toHaveCount(1);
    await expect(blocking).toHaveAttribute('aria-label', /blocking the loop .*line 12/);
    await expect(timeline.locator('.aw-tl__frozen')).toHaveCount(1);
    await expect(timeline.locator('.aw-tl__facts')).toContainText('Loop blocked: 1.5 s by time.sleep on line 12');

    const state = timeline.locator('.aw-tl__state');
    const label = timeline.locator('.aw-tl__stepno');
    for (let i = 0; i < 5; i++) await timeline.getByRole('button', { name: 'Step forward' }).click();
    const before = await state.innerText();
    const beforeLabel = await label.innerText();
    await timeline.getByRole('button', { name: 'Step forward' }).click();
    await expect(label).not.toHaveText(beforeLabel);
    await timeline.getByRole('button', { name: 'Step back' }).click();
    await expect(label).toHaveText(beforeLabel);
    expect(await state.innerText()).toBe(before);

    // Keyboard: ←/→ while the timeline has focus.
    await timeline.getByRole('button', { name: 'Step back' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(label).toHaveText(/^Step 7 of/);
    await page.keyboard.press('ArrowLeft');
    await expect(label).toHaveText(/^Step 6 of/);
    await page.keyboard.press('ArrowLeft');
    expect(await state.innerText()).toBe(before);

    // Step to the block: the state says the loop is held.
    await timeline.getByText(/Every step as text/).click();
    const blockStep = timeline
      .getByRole('list', { name: 'Events, in order' })
      .getByRole('listitem', {
        name: undefined,
      })
      .filter({ hasText: 'blocks the whole loop' });
    await expect(blockStep).toHaveCount(1);
    await blocking.click();
    await expect(state).toContainText('holds the loop: time.sleep() on line 12');

    // Play / Pause.
    await timeline.getByRole('button', { name: 'Play' }).click();
    await expect(timeline.getByRole('button', { name: 'Pause' })).toBeVisible();
    await timeline.getByRole('button', { name: 'Pause' }).click();
    await expect(timeline.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('the <Timeline> component runs its snippet on request; the timeline code is loaded lazily', async ({ page }) => {
    const timelineChunks: string[] = [];
    page.on('request', (request) => {
      if (/timeline-view.*\.js/.test(request.url())) timelineChunks.push(request.url());
    });
    await page.goto('/lessons/why-asyncio/');
    await page.waitForLoadState('networkidle');
    expect(timelineChunks).toEqual([]);
    const embed = page.locator('aw-timeline');
    await embed.getByRole('button', { name: 'Run and show timeline' }).click();
    const timeline = embed.getByRole('group', { name: 'Event loop timeline' });
    await expect(timeline).toBeVisible({ timeout: 90_000 });
    await expect(timeline.locator('.aw-tl__lane')).toHaveCount(4);
    await expect(timeline.locator('.aw-tl__lane-label').first()).toHaveText('Task-1 main()');
    expect(timelineChunks.length).toBeGreaterThan(0);
    await timeline.locator('.aw-tl__seg[data-kind="suspended"]').first().click();
    await expect(embed.locator('.aw-tl-line-hl')).toHaveCount(1);
    const axe = await new AxeBuilder({ page }).include('aw-timeline').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test('2,000 tasks render without freezing the page (lanes are virtualised)', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-workbench', { hasText: 'All three at once' });
    await replaceCode(
      page,
      example,
      'import asyncio\n\nasync def work(i):\n    await asyncio.sleep((i % 10 + 1) / 10)\n    print("done", i)\n\nasync def main():\n    await asyncio.gather(*(work(i) for i in range(2000)))\n\nasyncio.run(main())\n',
    );
    await example.getByRole('button', { name: 'Run' }).click();
    await expect(example.getByRole('status')).toHaveText(/Finished in 1.000 s/, { timeout: 180_000 });
    const timeline = await openTimeline(example);
    const ms = Number(await timeline.getAttribute('data-render-ms'));
    const rows = await timeline.locator('.aw-tl__lane').count();
    expect(rows).toBeLessThan(60);
    // Scrolling to the last lane renders it, and the page stays responsive (a frame within 200 ms).
    const scroller = timeline.locator('.aw-tl__scroller');
    const start = Date.now();
    await scroller.evaluate((node) => (node.scrollTop = node.scrollHeight));
    await expect(timeline.locator('.aw-tl__lane-label', { hasText: 'Task-2001 work(i=1999)' })).toBeVisible();
    const scrollMs = Date.now() - start;
    const frame = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - t));
        }),
    );
    expect(frame).toBeLessThan(200);
    await timeline.getByRole('button', { name: 'Step forward' }).click();
    test.info().annotations.push({
      type: 'timing',
      description: `2,000 tasks: timeline built and drawn in ${ms.toFixed(0)} ms, ${rows} lanes in the DOM, scroll to the end shown in ${scrollMs} ms`,
    });
    console.log(
      `2,000-task timeline: render ${ms} ms, ${rows} rows in DOM, scroll-to-end ${scrollMs} ms, next frame ${frame.toFixed(0)} ms`,
    );
    expect(ms).toBeLessThan(5000);
  });
});

test.describe('CPU time in the timeline', () => {
  test('threads wait for the GIL and processes compute side by side, as distinct segments with legend entries', async ({
    page,
  }) => {
    await page.goto('/lessons/threads-and-processes/');
    const embed = page.locator('aw-timeline', { hasText: 'Threads take turns with the GIL' });
    await embed.getByRole('button', { name: 'Run and show timeline' }).click();
    const timeline = embed.getByRole('group', { name: 'Event loop timeline' });
    await expect(timeline).toBeVisible({ timeout: 90_000 });
    await expect(timeline.locator('.aw-tl__seg[data-kind="job-cpu"]').first()).toBeVisible();
    await expect(timeline.locator('.aw-tl__seg[data-kind="gil-wait"]').first()).toBeAttached();
    const legend = timeline.getByRole('list', { name: 'Legend' });
    await expect(legend).toContainText('computing in the thread or process');
    await expect(legend).toContainText('waiting for the GIL / a core');
    // Two process lanes compute at the same instant: their CPU segments overlap in time.
    const starts = await timeline
      .locator('.aw-tl__lane', { hasText: 'process' })
      .locator('.aw-tl__seg[data-kind="job-cpu"]')
      .evaluateAll((segments) => segments.map((s) => Math.round(s.getBoundingClientRect().left)));
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(starts).size).toBeLessThan(starts.length);
  });
});

/** Runs the lesson's <Timeline> embed titled `title` and returns it. */
async function openEmbed(page: Page, title: string): Promise<Locator> {
  const embed = page.locator('aw-timeline', { hasText: title });
  await embed.getByRole('button', { name: 'Run and show timeline' }).click();
  const timeline = embed.getByRole('group', { name: 'Event loop timeline' });
  await expect(timeline).toBeVisible({ timeout: 90_000 });
  return timeline;
}

test.describe('a calm timeline', () => {
  test('lesson 1 "All three at once": at most 15 steps, no red warning anywhere, internal tasks explained', async ({
    page,
  }) => {
    await page.goto('/lessons/why-asyncio/');
    const timeline = await openEmbed(page, 'All three at once');
    const label = timeline.locator('.aw-tl__stepno');
    await expect(label).toHaveText(/^Step 0 of \d+/);
    const total = Number(/of (\d+)/.exec(await label.innerText())![1]);
    expect(total).toBeLessThanOrEqual(15);
    expect(total).toBeGreaterThanOrEqual(8);
    // The list of steps counts them the way the step counter does (it once said "11 steps" beside "Step 0 of 10").
    await expect(timeline.locator('.aw-tl__events summary')).toHaveText(`Every step as text (steps 0–${total})`);
    // Step through the whole run with the keyboard: no step says the loop is held.
    await timeline.getByRole('button', { name: 'Step forward' }).focus();
    for (let i = 1; i <= total; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(label).toHaveText(new RegExp(`^Step ${i} of ${total}`));
      await expect(timeline.locator('.aw-tl__blocked')).toHaveCount(0);
    }
    await expect(timeline.locator('.aw-tl__now')).toContainText('prints "took 1.0 s" and finishes');
    await expect(timeline.locator('.aw-tl__seg[data-kind="blocking"], .aw-tl__seg[data-kind="computing"]')).toHaveCount(
      0,
    );
    await expect(timeline.locator('.aw-tl__frozen')).toHaveCount(0);
    await expect(timeline.locator('.aw-tl__facts')).toContainText('Loop blocked: never');
    await expect(timeline.getByRole('list', { name: 'Legend' })).toContainText('1 ms or more');

    // The hidden tasks: one sentence, and a switch that shows them (two more lanes), and hides them again.
    const note = timeline.locator('.aw-tl__internal');
    await expect(note).toContainText('asyncio also ran 2 tasks of its own');
    await expect(timeline.locator('.aw-tl__lane')).toHaveCount(4);
    await timeline.getByLabel("Show asyncio's internal tasks").check();
    await expect(timeline.locator('.aw-tl__lane')).toHaveCount(6);
    await expect(timeline.locator('.aw-tl__lane--internal')).toHaveCount(2);
    await expect(timeline.getByLabel("Show asyncio's internal tasks")).toBeFocused();
    await page.keyboard.press('Space');
    await expect(timeline.locator('.aw-tl__lane')).toHaveCount(4);
  });

  test('the workbench timeline of the same example is just as calm', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-workbench', { hasText: 'All three at once' });
    const timeline = await openTimeline(example);
    const total = Number(/of (\d+)/.exec(await timeline.locator('.aw-tl__stepno').innerText())![1]);
    expect(total).toBeLessThanOrEqual(15);
    await timeline.getByRole('button', { name: 'Step forward' }).focus();
    await page.keyboard.press('End');
    await expect(timeline.locator('.aw-tl__stepno')).toHaveText(new RegExp(`^Step ${total} of`));
    await expect(timeline.locator('.aw-tl__blocked, .aw-tl__frozen')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`a 390 px phone (${theme}): axis labels never overlap, lane names are cut short and shown whole on focus`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto('/lessons/why-asyncio/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const timeline = await openEmbed(page, 'All three at once');
      await timeline.scrollIntoViewIfNeeded();
      const ticks = timeline.locator('.aw-tl__tick');
      expect(await ticks.count()).toBeGreaterThanOrEqual(2);
      const boxes = await ticks.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
      const chart = (await timeline.locator('.aw-tl__chart').boundingBox())!;
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(chart.x);
        expect(box.right).toBeLessThanOrEqual(chart.x + chart.width);
      }
      // Names take at most a third of the lane; a long one is cut short, and shows whole when focused.
      const name = timeline.locator('.aw-tl__lane-label', { hasText: "make_drink(name='latte')" });
      const lane = (await timeline.locator('.aw-tl__lane').first().boundingBox())!;
      const cut = (await name.boundingBox())!;
      expect(cut.width).toBeLessThanOrEqual(lane.width / 3);
      expect(await name.evaluate((n) => n.scrollWidth > n.clientWidth)).toBe(true);
      await expect(name).toHaveAttribute('title', "Task-2 make_drink(name='latte')");
      await page.screenshot({ path: test.info().outputPath(`timeline-390-${theme}.png`), fullPage: false });
      await name.focus();
      await expect.poll(() => name.evaluate((n) => n.scrollWidth <= n.clientWidth + 1)).toBe(true);
      await page.screenshot({ path: test.info().outputPath(`timeline-390-${theme}-focus.png`) });
    });
  }

  test('desktop: the axis has more ticks than on a phone, none overlapping', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/lessons/why-asyncio/');
    const timeline = await openEmbed(page, 'All three at once');
    const boxes = await timeline
      .locator('.aw-tl__tick')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
    await timeline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('timeline-desktop.png') });
  });
});
