import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const LESSON = '/lessons/why-asyncio/';
const recorded = readFileSync('content/lessons/why-asyncio/predict_order.out', 'utf8');
const expected = recorded.replace(/\n$/, '').split('\n');

function predict(page: Page): Locator {
  return page.locator('aw-predict', { hasText: 'In what order do the five lines appear?' });
}

function quiz(page: Page): Locator {
  return page.locator('aw-quiz', { hasText: 'While await asyncio.sleep(3) waits for the tea' });
}

const shown = (box: Locator) => box.locator('.aw-predict__text').allTextContents();

/** Puts the lines in the recorded order: even target positions with Alt+ArrowUp, odd ones with the Up button. */
async function solveOrder(page: Page, box: Locator): Promise<void> {
  for (let target = 0; target < expected.length; target++) {
    const text = expected[target]!;
    const from = (await shown(box)).indexOf(text, target);
    expect(from).toBeGreaterThanOrEqual(target);
    if (from === target) continue;
    if (target % 2 === 0) {
      await box.getByRole('listitem').nth(from).focus();
      for (let step = from; step > target; step--) await page.keyboard.press('Alt+ArrowUp');
      // Focus follows the moved line.
      await expect(page.locator(':focus')).toHaveAttribute('draggable', 'true');
      await expect(page.locator(':focus .aw-predict__text')).toHaveText(text);
    } else {
      const up = box.getByRole('button', { name: `Move “${text}” up` });
      for (let step = from; step > target; step--) await up.click();
    }
    expect((await shown(box))[target]).toBe(text);
  }
}

test.describe('predict the output', () => {
  test('lines start shuffled; keyboard and buttons put them in order; check and run agree; it survives reload', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const box = predict(page);
    await expect(box.getByRole('listitem')).toHaveCount(expected.length);
    expect(await shown(box)).not.toEqual(expected);
    expect([...(await shown(box))].sort()).toEqual([...expected].sort());

    // A first check on the shuffled order marks what is wrong.
    await box.getByRole('button', { name: 'Check my order' }).click();
    await expect(box.getByRole('status')).toContainText(new RegExp(`^\\d of ${expected.length} lines (is|are) in`));
    await expect(box.locator('li[data-placed="false"]').first()).toBeVisible();

    // Alt+ArrowDown moves a line down and keeps focus on it.
    const first = (await shown(box))[0]!;
    await box.getByRole('listitem').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect((await shown(box))[1]).toBe(first);
    await expect(page.locator(':focus .aw-predict__text')).toHaveText(first);
    await expect(box.locator('[data-placed]')).toHaveCount(0); // moving clears the marks

    await solveOrder(page, box);
    await box.getByRole('button', { name: 'Check my order' }).click();
    await expect(box.getByRole('status')).toContainText(`All ${expected.length} lines are in the right place.`);
    await expect(box.locator('li[data-placed="true"]')).toHaveCount(expected.length);

    await box.getByRole('button', { name: 'Run it' }).click();
    const output = box.getByRole('log', { name: 'Output' });
    await expect(output).toHaveText(recorded.trimEnd(), { timeout: 60_000 });
    await expect(box.getByRole('status')).toHaveText(/^Finished in \d+\.\d{3} s of virtual time\.$/);

    await page.reload();
    const again = predict(page);
    expect(await shown(again)).toEqual(expected);
    await expect(again.getByRole('status')).toContainText(`All ${expected.length} lines are in the right place.`);
    await expect(again.locator('li[data-placed="true"]')).toHaveCount(expected.length);
  });

  test('a storage failure does not break ordering or checking', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(LESSON);
    const box = predict(page);
    await solveOrder(page, box);
    await box.getByRole('button', { name: 'Check my order' }).click();
    await expect(box.getByRole('status')).toContainText(`All ${expected.length} lines are in the right place.`);
  });
});

test.describe('quiz', () => {
  test('a wrong answer shows its explanation, the right one says correct, and the answer survives reload', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const box = quiz(page);
    const group = box.getByRole('group', { name: /waits for the tea/ });
    const feedback = box.getByRole('status');

    await box.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback).toHaveText('Choose an answer first.');

    await group.getByRole('radio', { name: /the whole program pauses/ }).check();
    await box.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback).toContainText('Not quite.');
    await expect(feedback).toContainText('That is what time.sleep(3) would do.');

    await group.getByRole('radio', { name: /runs other tasks/ }).check();
    await expect(feedback).toHaveText(''); // changing the answer clears the old verdict
    await box.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback).toContainText('Correct.');
    await expect(feedback).toContainText('hands control back to the event loop');

    await page.reload();
    const again = quiz(page);
    await expect(again.getByRole('radio', { name: /runs other tasks/ })).toBeChecked();
    await expect(again.getByRole('status')).toContainText('Correct.');
    await expect(again.getByRole('status')).toContainText('hands control back to the event loop');
  });

  test('"Show all explanations" reveals every option\'s explanation', async ({ page }) => {
    await page.goto(LESSON);
    const box = quiz(page);
    const explanations = box.locator('[data-role="explanation"]');
    await expect(explanations.first()).toBeHidden();
    await box.getByRole('button', { name: 'Show all explanations' }).click();
    for (const explanation of await explanations.all()) await expect(explanation).toBeVisible();
    await expect(box.getByText('asyncio uses one thread.')).toBeVisible();
    await box.getByRole('button', { name: 'Hide all explanations' }).click();
    await expect(explanations.first()).toBeHidden();
  });
});
