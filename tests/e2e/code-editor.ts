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
