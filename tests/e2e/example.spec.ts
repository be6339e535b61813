import { expect, test } from '@playwright/test';
import { replaceCode } from './code-editor';

test.describe('runnable examples on the sample lesson', () => {
  test('Run executes the program in the Python worker, in virtual time', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-workbench', { hasText: 'All three at once' });
    await example.getByRole('button', { name: 'Run', exact: true }).click();
    const output = example.getByRole('log', { name: 'Output' });
    await expect(output).toHaveText(
      'start latte\nstart tea\nstart mocha\ndone latte\ndone tea\ndone mocha\ntook 1.0 s\n',
      { timeout: 60_000 },
    );
    await expect(example.getByRole('status')).toHaveText('Finished in 1.000 s of virtual time.');
  });

  test('blocking time.sleep takes the sum of the waits, and Ctrl+Enter runs too', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-workbench', { hasText: 'One drink at a time' });
    await example.getByRole('button', { name: 'Run', exact: true }).focus();
    await page.keyboard.press('Control+Enter');
    await expect(example.getByRole('log', { name: 'Output' })).toContainText('took 3.0 s', { timeout: 60_000 });
    await expect(example.getByRole('status')).toHaveText('Finished in 3.000 s of virtual time.');
  });
});

test.describe('editing an example', () => {
  test('the code turns into an editor on first click, and edited code runs', async ({ page }) => {
    const monacoRequests: string[] = [];
    page.on('request', (request) => {
      if (/monaco-setup|editor\.worker/.test(request.url())) monacoRequests.push(request.url());
    });
    await page.goto('/lessons/why-asyncio/');
    await page.waitForLoadState('networkidle');
    expect(monacoRequests, 'no Monaco bytes before the learner touches an editor').toEqual([]);

    const example = page.locator('aw-workbench', { hasText: 'All three at once' });
    await example.getByRole('textbox', { name: /Code: All three at once/ }).click();
    const editor = example.locator('.monaco-editor');
    await expect(editor).toBeVisible();
    expect(monacoRequests.length).toBeGreaterThan(0);

    await replaceCode(
      page,
      example,
      'import asyncio\n\nasync def main():\n    await asyncio.sleep(2.5)\n    print("<b>not bold</b>")\n\nasyncio.run(main())\n',
    );
    await page.keyboard.press('Control+Enter');
    const output = example.getByRole('log', { name: 'Output' });
    await expect(output).toHaveText('<b>not bold</b>\n', { timeout: 30_000 });
    await expect(output.locator('b')).toHaveCount(0);
    await expect(example.getByRole('status')).toHaveText('Finished in 2.500 s of virtual time.');
  });

  test('an error highlights its line; Reset restores the starter and can be undone', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-workbench', { hasText: 'One drink at a time' });
    await replaceCode(page, example, 'x = 1\ny = x / 0\n');
    await example.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(example.getByRole('log', { name: 'Output' })).toContainText('ZeroDivisionError: division by zero');
    await expect(example.getByRole('status')).toHaveText(/ZeroDivisionError on line 2/);
    await expect(example.locator('.aw-line-flagged')).toHaveCount(1);

    await example.getByRole('button', { name: 'Reset' }).click();
    await expect(example.locator('.view-lines')).toContainText('def make_drink(name):');
    await example.getByRole('button', { name: 'Undo reset' }).click();
    await expect(example.locator('.view-lines')).toContainText('y = x / 0');
  });

  test('Stop ends an infinite loop and the next Run works', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-workbench', { hasText: 'All three at once' });
    await replaceCode(page, example, 'print("spinning")\nwhile True:\n    pass\n');
    await example.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(example.getByRole('log', { name: 'Output' })).toHaveText('spinning\n', { timeout: 30_000 });
    await example.getByRole('button', { name: 'Stop' }).click();
    await expect(example.getByRole('status')).toHaveText('You stopped the program.');
    await expect(example.getByRole('button', { name: 'Stop' })).toBeHidden();

    await replaceCode(page, example, 'print("fresh start")\n');
    await example.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(example.getByRole('log', { name: 'Output' })).toHaveText('fresh start\n', { timeout: 60_000 });
  });
});

test('a program that runs past the wall-clock limit is stopped with an explanation and one longer try', async ({
  page,
}) => {
  await page.goto('/lessons/why-asyncio/');
  const example = page.locator('aw-workbench', { hasText: 'All three at once' });
  await replaceCode(page, example, 'while True:\n    pass\n');
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(example.getByRole('status')).toContainText('is there an infinite loop?', { timeout: 90_000 });
  const longer = example.getByRole('button', { name: 'Run again with a 60 s limit' });
  await expect(longer).toBeVisible();
  await replaceCode(page, example, 'print("quick now")\n');
  await longer.click();
  await expect(example.getByRole('log', { name: 'Output' })).toHaveText('quick now\n', { timeout: 90_000 });
  await expect(longer).toBeHidden();
});
