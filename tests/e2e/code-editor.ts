import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Replaces the code in a workbench's editor (turning the static view into Monaco first). Delivers the text as a
 * paste event, as a learner pasting code would: typing it would be re-indented by the editor's auto-indent.
 */
export async function replaceCode(page: Page, workbench: Locator, code: string): Promise<void> {
  const monaco = workbench.locator('.monaco-editor');
  if ((await monaco.count()) === 0) await workbench.getByRole('textbox').first().click();
  await expect(monaco).toBeVisible();
  await monaco.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, code);
  await expect(workbench.locator('.view-lines')).toContainText(code.split('\n')[0]!.replace(/ /g, '\u00a0'));
}
