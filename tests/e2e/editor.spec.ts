import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { characterColours, codeOf, lineBoxes, replaceCode, type LineBox } from './code-editor';

/**
 * The workbench's code area used the way people use it: click (or tap) on a line and type, drag to select,
 * keyboard only, a phone, both colour schemes. Each test reads back which line of the editor's model changed.
 */

const EXERCISES = [
  { lesson: '/lessons/threads-and-processes/', title: 'Keep the heartbeat going', lines: [7, 19] },
  { lesson: '/lessons/tasks/', title: 'Ask all the sensors at once', lines: [14, 6] },
  { lesson: '/lessons/coroutines/', title: 'Await all the way up', lines: [10, 15] },
] as const;
const KEEP_THE_HEARTBEAT = 'content/lessons/threads-and-processes/keep-the-heartbeat';
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Starlight keeps the reader's colour scheme in localStorage and applies it before the page is drawn. */
async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

function workbench(page: Page, title: string): Locator {
  return page.locator('aw-workbench', { hasText: title });
}

const editorOf = (bench: Locator) => bench.locator('.monaco-editor');

/** The rendered box of line `n`, found by its number in the editor's gutter, or as the static view's n-th line. */
async function boxOfLine(bench: Locator, n: number): Promise<LineBox> {
  const box = (await lineBoxes(bench)).find((line) => line.line === n);
  expect(box, `line ${n} is drawn`).toBeTruthy();
  return box!;
}

/**
 * Clicks (or taps) the middle of line `n`'s text, types `typed`, and checks that exactly that line of the model
 * changed, with the text inserted at the clicked character (±1 for a click on a character's edge).
 */
async function editLineAtItsMiddle(
  page: Page,
  bench: Locator,
  n: number,
  { typed = '#X', tap = false } = {},
): Promise<void> {
  const before = (await codeOf(bench)).split('\n');
  const box = await boxOfLine(bench, n);
  expect(box.text, `line ${n} as drawn is line ${n} of the code`).toBe(before[n - 1]);
  const x = Math.round((box.left + box.right) / 2);
  const y = Math.round(box.middle);
  const charWidth = (box.right - box.left) / box.text.length;
  const expectedColumn = Math.round((x - box.left) / charWidth);
  if (tap) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await expect(editorOf(bench)).toHaveClass(/\bfocused\b/);
  await page.keyboard.insertText(typed);
  await expect.poll(async () => (await codeOf(bench)) !== before.join('\n')).toBe(true);
  const after = (await codeOf(bench)).split('\n');
  expect(after.length, 'no line added or removed').toBe(before.length);
  const changed = after.flatMap((line, index) => (line === before[index] ? [] : [index + 1]));
  expect(changed, `only line ${n} changed`).toEqual([n]);
  const column = after[n - 1].indexOf(typed);
  expect(after[n - 1].slice(0, column) + after[n - 1].slice(column + typed.length)).toBe(before[n - 1]);
  expect(
    Math.abs(column - expectedColumn),
    `typed at column ${column}, clicked at ${expectedColumn}`,
  ).toBeLessThanOrEqual(1);
}

/** Lines are evenly spaced, and (in the editor) each gutter number sits on its line with consecutive numbers. */
function expectEvenLines(lines: LineBox[]): void {
  expect(lines.length).toBeGreaterThan(5);
  const steps = lines.slice(1).map((line, index) => Math.round((line.top - lines[index].top) * 100) / 100);
  expect(new Set(steps), `line spacing ${steps.join(', ')}`).toEqual(new Set([steps[0]]));
  expect(lines.map((line) => line.line)).toEqual(lines.map((_, index) => lines[0].line + index));
  for (const line of lines) {
    if (!line.gutter) continue;
    expect(Math.abs(line.gutter.top - line.top), `gutter ${line.gutter.text} on its line`).toBeLessThan(0.5);
    expect(Math.abs(line.gutter.height - line.height)).toBeLessThan(0.5);
  }
}

for (const theme of THEMES) {
  test.describe(`clicking into an exercise and typing (${theme})`, () => {
    for (const exercise of EXERCISES) {
      test(`${exercise.title}: the first click and a later click type on the clicked line`, async ({ page }) => {
        await useTheme(page, theme);
        await page.goto(exercise.lesson);
        const bench = workbench(page, exercise.title);
        await bench.scrollIntoViewIfNeeded();
        const [first, second] = exercise.lines;
        await expect(editorOf(bench)).toHaveCount(0);
        await editLineAtItsMiddle(page, bench, first); // opens the editor
        expectEvenLines(await lineBoxes(bench));
        await editLineAtItsMiddle(page, bench, second, { typed: '@Y' });
      });
    }

    test('static code and the opened editor draw the same lines at the same place, in the same colours', async ({
      page,
    }, testInfo) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto('/lessons/threads-and-processes/');
      const bench = workbench(page, 'Keep the heartbeat going');
      await bench.scrollIntoViewIfNeeded();
      const staticLines = await lineBoxes(bench);
      expectEvenLines(staticLines);
      const staticColours = await Promise.all([5, 11, 18].map((n) => characterColours(bench, n)));
      const staticBackground = await bench
        .locator('[data-role="code"] pre')
        .evaluate((pre) => getComputedStyle(pre).backgroundColor);
      const before = await bench.screenshot();

      // Open the editor with a click on the last character of line 1, then move the mouse away (no hover styles).
      const firstLine = staticLines[0];
      await page.mouse.click(Math.round(firstLine.right - 2), Math.round(firstLine.middle));
      await expect(editorOf(bench)).toHaveClass(/\bfocused\b/);
      await page.mouse.move(0, 0);
      const editorLines = await lineBoxes(bench);
      expectEvenLines(editorLines);
      for (const line of editorLines) {
        const same = staticLines[line.line - 1];
        expect(line.text, `line ${line.line}`).toBe(same.text);
        expect(Math.abs(line.middle - same.middle), `line ${line.line} moved vertically`).toBeLessThan(0.5);
        if (line.text) expect(Math.abs(line.left - same.left), `line ${line.line} moved sideways`).toBeLessThan(0.5);
      }
      // Monaco paints its first frame before its tokens (the grammar is warmed up, so they follow a few frames later).
      await expect
        .poll(() => Promise.all([5, 11, 18].map((n) => characterColours(bench, n))), { timeout: 2000 })
        .toEqual(staticColours);
      const editorBackground = await bench
        .locator('.monaco-editor-background')
        .evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(editorBackground).toBe(staticBackground);
      expect(staticBackground).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(13, 17, 23)');
      const after = await bench.screenshot();
      await testInfo.attach(`static-${theme}.png`, { body: before, contentType: 'image/png' });
      await testInfo.attach(`editor-${theme}.png`, { body: after, contentType: 'image/png' });
      // `UPDATE_DOCS=1 npx playwright test tests/e2e/editor.spec.ts` refreshes the README's pictures.
      if (process.env.UPDATE_DOCS) {
        mkdirSync('docs', { recursive: true });
        await bench.screenshot({ path: `docs/editor-after-${theme}.png` });
        await page.reload();
        await workbench(page, 'Keep the heartbeat going').scrollIntoViewIfNeeded();
        await workbench(page, 'Keep the heartbeat going').screenshot({ path: `docs/editor-before-${theme}.png` });
      }
    });
  });
}

test('opening, focusing and leaving the editor move nothing below it, so a click there lands', async ({ page }) => {
  await page.goto('/lessons/why-asyncio/');
  const bench = workbench(page, 'All three at once');
  const below = bench.locator('.aw-wb__statusbar');
  // Relative to the workbench: the click may scroll the page.
  const y = async () => (await below.boundingBox())!.y - (await bench.boundingBox())!.y;
  await bench.scrollIntoViewIfNeeded();
  const before = await y();
  await bench.getByRole('textbox').click();
  await expect(editorOf(bench)).toHaveClass(/\bfocused\b/);
  expect(await y()).toBe(before);
  await page.mouse.click(5, 5); // somewhere else: the editor loses the focus
  await expect(editorOf(bench)).not.toHaveClass(/\bfocused\b/);
  expect(await y()).toBe(before);
});

test('a selection dragged over the static code is the editor’s selection', async ({ page }) => {
  await page.goto('/lessons/tasks/');
  const bench = workbench(page, 'Ask all the sensors at once');
  await bench.scrollIntoViewIfNeeded();
  const before = await codeOf(bench);
  const from = await boxOfLine(bench, 13);
  const to = await boxOfLine(bench, 14);
  // Whole pixels, as a real mouse reports them (Chromium does not extend a selection on fractional moves).
  await page.mouse.move(Math.round(from.left + (from.right - from.left) * 0.3), Math.round(from.middle));
  await page.mouse.down();
  await page.mouse.move(Math.round(to.left + (to.right - to.left) * 0.6), Math.round(to.middle), { steps: 5 });
  const dragged = await page.evaluate(() => getSelection()!.toString());
  expect(dragged).toContain('\n'); // the drag spans two lines
  await page.mouse.up();
  await expect(editorOf(bench)).toHaveClass(/\bfocused\b/);
  await page.keyboard.insertText('Z');
  await expect.poll(() => codeOf(bench)).toBe(before.replace(dragged, 'Z'));
});

test('the editor follows the site’s theme switch live, and static code switches with it', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/lessons/why-asyncio/');
  const opened = workbench(page, 'All three at once');
  const other = workbench(page, 'One drink at a time');
  await opened.getByRole('textbox').click();
  await expect(editorOf(opened)).toHaveClass(/\bfocused\b/);
  const background = (bench: Locator, selector: string) =>
    bench
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background(opened, '.monaco-editor-background')).toBe('rgb(13, 17, 23)');
  // Line 1 of both examples starts with `import`: compare the colours of those six letters.
  const darkKeywords = (await characterColours(opened, 1)).slice(0, 6);

  await page.getByRole('combobox', { name: 'Select theme' }).selectOption('light');
  await expect.poll(() => background(opened, '.monaco-editor-background')).toBe('rgb(255, 255, 255)');
  expect(await background(other, 'pre')).toBe('rgb(255, 255, 255)');
  // The same line in the other (still static) example has the same colours as the editor's, once Monaco has
  // re-coloured its tokens (a frame or so after the background, on a loaded machine).
  const lightKeywords = (await characterColours(other, 1)).slice(0, 6);
  expect(lightKeywords).not.toEqual(darkKeywords);
  await expect.poll(async () => (await characterColours(opened, 1)).slice(0, 6)).toEqual(lightKeywords);
});

test.describe('keyboard only', () => {
  test('skip link to the first example, Run it, edit, Ctrl+Enter, Esc then Tab leaves the editor', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/lessons/why-asyncio/');
    const first = page.locator('aw-workbench').first();
    const focusedOutline = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, tag: element.tagName };
      });

    // Three key presses from the top of the page to the first example's Run button.
    await page.keyboard.press('Tab'); // Starlight's "Skip to content"
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the first code example' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    const run = first.getByRole('button', { name: 'Run', exact: true });
    await expect(run).toBeFocused();
    expect(await focusedOutline()).toEqual({ outline: true, tag: 'BUTTON' });
    await page.keyboard.press('Enter');
    await expect(first.getByRole('log', { name: 'Output' })).toContainText('took 3.0 s', { timeout: 60_000 });

    // Tab through the toolbar to the code, open the editor with Enter, add a line, run with Ctrl+Enter.
    const code = first.getByRole('textbox', { name: /Code: One drink at a time/ });
    for (let presses = 0; presses < 6 && !(await code.evaluate((el) => el === document.activeElement)); presses++)
      await page.keyboard.press('Tab');
    await expect(code).toBeFocused();
    expect((await focusedOutline()).outline).toBe(true);
    await page.keyboard.press('Enter');
    const editor = editorOf(first);
    await expect(editor).toHaveClass(/\bfocused\b/);
    const hint = (kind: 'idle' | 'editing' | 'leaving') => first.locator(`.aw-wb__keys-${kind}`);
    await expect(hint('editing')).toBeVisible();
    await expect(hint('editing')).toContainText('Esc then Tab leaves the editor');
    await expect(hint('idle')).toBeHidden();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('print("typed with the keyboard")');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(first.getByRole('log', { name: 'Output' })).toContainText('typed with the keyboard', {
      timeout: 60_000,
    });

    // Tab alone indents (the editor keeps the focus); Esc then Tab leaves; Shift+Tab comes back.
    const beforeTab = await codeOf(first);
    await page.keyboard.press('Tab');
    await expect(editor).toHaveClass(/\bfocused\b/);
    await expect.poll(() => codeOf(first)).not.toBe(beforeTab);
    await page.keyboard.press('Escape');
    await expect(hint('leaving')).toBeVisible();
    await expect(hint('leaving')).toContainText('Tab now moves to the next control');
    await expect(hint('editing')).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(editor).not.toHaveClass(/\bfocused\b/);
    await expect(hint('editing')).toBeHidden();
    await expect(hint('idle')).toBeVisible();
    const outside = await page.evaluate(() => ({
      inEditor: document.activeElement?.closest('.monaco-editor') !== null,
      label: document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
    }));
    expect(outside.inEditor).toBe(false);
    expect(outside.label).toBe('Output');
    expect((await focusedOutline()).outline).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect(editor).toHaveClass(/\bfocused\b/);
    await expect(hint('editing')).toBeVisible();
  });

  test('Shift+Ctrl+Enter checks an exercise, from the static code and from the editor', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const bench = workbench(page, 'Download both files at once');
    const results = bench.getByRole('region', { name: 'Check results' });
    await bench.getByRole('textbox').focus();
    await page.keyboard.press('Shift+ControlOrMeta+Enter');
    await expect(results).toContainText('Fix the first failing one', { timeout: 60_000 });
    await replaceCode(
      page,
      bench,
      readFileSync('content/lessons/why-asyncio/concurrent-downloads/solution.py', 'utf8'),
    );
    await page.keyboard.press('Shift+ControlOrMeta+Enter');
    const spec = readFileSync('content/lessons/why-asyncio/concurrent-downloads/exercise.json', 'utf8');
    const checks = (JSON.parse(spec) as { checks: unknown[] }).checks;
    await expect(results).toContainText(`All ${checks.length} checks passed`, { timeout: 60_000 });
  });
});

test.describe('on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tap to place the cursor and type; the page never scrolls sideways; output is readable', async ({ page }) => {
    await page.goto('/lessons/threads-and-processes/');
    const bench = workbench(page, 'Keep the heartbeat going');
    await bench.scrollIntoViewIfNeeded();
    await editLineAtItsMiddle(page, bench, 8, { tap: true });
    await editLineAtItsMiddle(page, bench, 13, { tap: true, typed: '@Y' });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, 'the page is no wider than the phone').toBeLessThanOrEqual(0);
    const frame = await bench.boundingBox();
    for (const button of await bench.locator('button:visible').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frame!.x);
      expect(box.x + box.width).toBeLessThanOrEqual(frame!.x + frame!.width + 0.5);
    }

    // Undo both edits (they made the program invalid), then run it.
    await page.keyboard.press('ControlOrMeta+z');
    await page.keyboard.press('ControlOrMeta+z');
    await expect
      .poll(() => codeOf(bench))
      .toBe(readFileSync(`${KEEP_THE_HEARTBEAT}/starter.py`, 'utf8').trimEnd() + '\n');
    await bench.getByRole('button', { name: 'Run', exact: true }).tap();
    const output = bench.getByRole('log', { name: 'Output' });
    await expect(output).toContainText('still alive', { timeout: 60_000 });
    const text = await output.evaluate((log) => ({
      size: parseFloat(getComputedStyle(log).fontSize),
      sideways: log.scrollWidth - log.clientWidth,
      right: log.getBoundingClientRect().right,
    }));
    expect(text.size).toBeGreaterThanOrEqual(13);
    expect(text.sideways, 'output lines wrap').toBeLessThanOrEqual(0);
    expect(text.right).toBeLessThanOrEqual(390);
  });

  test('the on-screen keyboard does not hide the line being edited', async ({ page }) => {
    await page.goto('/lessons/threads-and-processes/');
    const bench = workbench(page, 'Keep the heartbeat going');
    await bench.scrollIntoViewIfNeeded();
    // Tap a line near the bottom of the screen, then shrink the viewport as an on-screen keyboard does.
    const lines = await lineBoxes(bench);
    const low = lines.filter((line) => line.text && line.middle < 800).at(-1)!;
    await page.touchscreen.tap(Math.round((low.left + low.right) / 2), Math.round(low.middle));
    await expect(editorOf(bench)).toHaveClass(/\bfocused\b/);
    await page.setViewportSize({ width: 390, height: 420 });
    const cursor = bench.locator('.cursors-layer .cursor').first();
    await expect
      .poll(async () => {
        const box = await cursor.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 420;
      })
      .toBe(true);
    await page.keyboard.insertText('#K');
    expect((await codeOf(bench)).split('\n')[low.line - 1]).toContain('#K');
  });

  for (const theme of THEMES) {
    test(`the key hint under the code is as tall as its one line of text, idle and editing (${theme})`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto('/lessons/threads-and-processes/');
      const bench = workbench(page, 'Keep the heartbeat going');
      await bench.scrollIntoViewIfNeeded();
      const keys = bench.locator('[data-role="keys"]');
      const fit = () =>
        keys.evaluate((bar) => {
          const style = getComputedStyle(bar);
          const inner = bar.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
          const shown = [...bar.children].filter((span) => span.getClientRects().length > 0);
          return { shown: shown.length, spare: inner - shown[0]!.getBoundingClientRect().height };
        });
      await expect(bench.locator('.aw-wb__keys-idle')).toBeVisible();
      await expect(bench.locator('.aw-wb__keys-idle')).toHaveText(
        'Click or tap the code to edit it · Ctrl/⌘+Enter runs',
      );
      expect(await fit(), 'no empty row under the idle hint').toEqual({ shown: 1, spare: expect.closeTo(0, 0) });
      await bench.getByRole('textbox').click();
      await expect(bench.locator('.aw-wb__keys-editing')).toBeVisible();
      expect(await fit(), 'no empty row under the editing hint').toEqual({ shown: 1, spare: expect.closeTo(0, 0) });
    });
  }
});

test.describe('Show solution', () => {
  for (const width of [1280, 390]) {
    test(`at ${width} px the solution is below the code, readable, and the code stays editable`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/lessons/tasks/');
      const bench = workbench(page, 'Ask all the sensors at once');
      await bench.getByRole('button', { name: 'Show solution' }).click();
      await bench.getByRole('button', { name: 'Show it' }).click();
      const solution = bench.locator('[data-role="solution"]');
      await expect(solution).toBeVisible();
      const code = (await bench.locator('[data-role="code"]').boundingBox())!;
      const shown = (await solution.boundingBox())!;
      expect(shown.y, 'stacked below the code').toBeGreaterThanOrEqual(code.y + code.height - 1);
      expect(Math.abs(shown.width - code.width)).toBeLessThan(2);
      const pre = await solution.locator('pre').evaluate((element) => ({
        overflowX: getComputedStyle(element).overflowX,
        hidden: element.scrollWidth > element.clientWidth,
        focusable: element.tabIndex >= 0,
      }));
      // Every line can be read: either it fits, or the pane scrolls sideways (and a keyboard can scroll it).
      if (pre.hidden) expect([pre.overflowX, pre.focusable]).toEqual(['auto', true]);
      await editLineAtItsMiddle(page, bench, 13, { tap: false });
    });
  }
});

for (const theme of THEMES) {
  test(`axe finds nothing in a workbench with the editor open (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/lessons/why-asyncio/');
    const bench = workbench(page, 'Download both files at once');
    await bench.getByRole('textbox').click();
    await expect(editorOf(bench)).toHaveClass(/\bfocused\b/);
    await expect(bench.locator('.aw-wb__keys-editing')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const results = await new AxeBuilder({ page }).include('aw-workbench').include('.aw-skip-link').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`)).toEqual([]);
  });
}
