import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Replaces the code in a workbench's editor (turning the static view into Monaco first). Delivers the text as a
 * paste event, as a learner pasting code would: typing it would be re-indented by the editor's auto-indent.
 */
export async function replaceCode(page: Page, workbench: Locator, code: string): Promise<void> {
  const monaco = workbench.locator('.monaco-editor');
  if ((await monaco.count()) === 0) await workbench.getByRole('textbox').first().click();
  await expect(monaco).toBeVisible();
  // The editor may still be settling in right after it was created: click until it has the focus.
  await expect(async () => {
    // Focus Monaco's own input element (what a click or Tab would focus), wherever the editor is scrolled.
    await monaco.locator('.native-edit-context, textarea.inputarea').first().focus();
    await expect(monaco).toHaveClass(/\bfocused\b/, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, code);
  // Back to the top, so the first lines are rendered (Monaco renders only visible lines), then verify.
  await page.keyboard.press('ControlOrMeta+Home');
  const lines = code.split('\n').filter((line) => line.trim());
  for (const line of lines.slice(0, 3))
    await expect(workbench.locator('.view-lines')).toContainText(line.replace(/ /g, '\u00a0'));
}

/** The code a workbench holds right now: the editor's model once Monaco is open, else the static code. */
export function codeOf(workbench: Locator): Promise<string> {
  return workbench.evaluate((element) =>
    (element as unknown as { surface: { getValue(): string } }).surface.getValue(),
  );
}

/**
 * One rendered line of a workbench's code, in page coordinates, as a person sees it: where its text is drawn
 * and, in the editor, the line number drawn in the gutter beside it.
 */
export interface LineBox {
  /** 1-based: the static view's n-th line, or the number in the editor's gutter at this line's height. */
  line: number;
  text: string;
  /** Vertical middle of the line's text. */
  middle: number;
  top: number;
  height: number;
  /** Horizontal extent of the text (empty lines: left === right). */
  left: number;
  right: number;
  /** Editor only: the gutter number's own box. */
  gutter?: { text: string; top: number; height: number };
}

/**
 * The lines currently drawn in a workbench's code area, ordered top to bottom: the static view's `.line`s, or
 * Monaco's `.view-line`s matched with the gutter number drawn at the same height.
 */
export function lineBoxes(workbench: Locator): Promise<LineBox[]> {
  return workbench.evaluate((bench) => {
    const host = bench.querySelector('[data-role="code"]')!;
    const editor = host.querySelector('.monaco-editor');
    const textExtent = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const box = element.getBoundingClientRect();
      return rects.length
        ? { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) }
        : { left: box.left, right: box.left };
    };
    if (!editor) {
      return [...host.querySelectorAll('pre .line')].map((element, index) => {
        const box = element.getBoundingClientRect();
        return {
          line: index + 1,
          text: element.textContent ?? '',
          middle: box.top + box.height / 2,
          top: box.top,
          height: box.height,
          ...textExtent(element),
        };
      });
    }
    const gutter = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].map((element) => {
      const box = element.getBoundingClientRect();
      return { text: element.textContent ?? '', top: box.top, height: box.height };
    });
    return [...editor.querySelectorAll('.view-lines .view-line')]
      .map((element) => {
        const box = element.getBoundingClientRect();
        const text = element.firstElementChild!;
        const number = gutter.find((g) => Math.abs(g.top - box.top) < 0.5);
        const textBox = text.getBoundingClientRect();
        const empty = (element.textContent ?? '') === '';
        return {
          line: Number(number?.text ?? NaN),
          text: (element.textContent ?? '').replace(/\u00a0/g, ' '),
          middle: box.top + box.height / 2,
          top: box.top,
          height: box.height,
          left: textBox.left,
          right: empty ? textBox.left : textBox.right,
          gutter: number,
        };
      })
      .sort((a, b) => a.top - b.top);
  });
}

/** The text colour of every non-space character of one line (1-based) of the code, static or editor. */
export function characterColours(workbench: Locator, line: number): Promise<string[]> {
  return workbench.evaluate((bench, line) => {
    const host = bench.querySelector('[data-role="code"]')!;
    const editor = host.querySelector('.monaco-editor');
    let element: Element | undefined;
    if (!editor) element = host.querySelectorAll('pre .line')[line - 1];
    else {
      const number = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find(
        (g) => g.textContent === String(line),
      );
      const top = number?.getBoundingClientRect().top;
      element = [...editor.querySelectorAll('.view-lines .view-line')].find(
        (v) => top !== undefined && Math.abs(v.getBoundingClientRect().top - top) < 0.5,
      );
    }
    if (!element) return [];
    const colours: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const colour = getComputedStyle(node.parentElement!).color;
      for (const char of node.textContent ?? '') if (char.trim() && char !== '\u00a0') colours.push(colour);
    }
    return colours;
  }, line);
}
