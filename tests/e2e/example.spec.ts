import { expect, test } from '@playwright/test';

test.describe('runnable examples on the sample lesson', () => {
  test('Run executes the program in the Python worker, in virtual time', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-example', { hasText: 'All three at once' });
    await example.getByRole('button', { name: 'Run' }).click();
    const output = example.getByRole('log', { name: 'Output' });
    await expect(output).toHaveText(
      'start latte\nstart tea\nstart mocha\ndone latte\ndone tea\ndone mocha\ntook 1.0 s\n',
      { timeout: 60_000 },
    );
    await expect(example.getByRole('status')).toHaveText('Finished in 1.000 s of virtual time.');
  });

  test('blocking time.sleep takes the sum of the waits, and Ctrl+Enter runs too', async ({ page }) => {
    await page.goto('/lessons/why-asyncio/');
    const example = page.locator('aw-example', { hasText: 'One drink at a time' });
    await example.getByRole('button', { name: 'Run' }).focus();
    await page.keyboard.press('Control+Enter');
    await expect(example.getByRole('log', { name: 'Output' })).toContainText('took 3.0 s', { timeout: 60_000 });
    await expect(example.getByRole('status')).toHaveText('Finished in 3.000 s of virtual time.');
  });
});
