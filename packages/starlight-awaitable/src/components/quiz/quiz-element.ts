/**
 * <aw-quiz>: check the chosen option (right or not, and why), reveal every explanation on demand, and remember the
 * answer. The markup (options, explanations) is rendered at build time; this only toggles it. Saved record: record.ts.
 */
import { browserStorage, safeGet, safeSet, type StorageLike } from '../../progress/storage.ts';
import { readConfig } from '../element-config.ts';
import { quizConfigSchema, type QuizConfig } from '../configs.ts';
import { QUIZ_MESSAGES } from '../messages.ts';
import { parseQuiz, quizKey, quizVerdict, serializeQuiz } from './record.ts';

export class QuizElement extends HTMLElement {
  private config!: QuizConfig;
  private storage: StorageLike | null = null;
  private showingAll = false;

  connectedCallback(): void {
    if (this.config) return;
    this.config = readConfig(this, quizConfigSchema);
    this.storage = browserStorage();
    this.button('check').addEventListener('click', () => this.check());
    this.button('all').addEventListener('click', () => this.toggleAll());
    this.addEventListener('change', () => {
      this.clearVerdict();
      this.save(false);
    });
    this.restore();
  }

  private button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
  }

  private options(): HTMLElement[] {
    return Array.from(this.querySelectorAll<HTMLElement>('[data-option]'));
  }

  private chosen(): number | null {
    const input = this.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    return input ? Number(input.value) : null;
  }

  private feedback(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-role="feedback"]')!;
  }

  private clearVerdict(): void {
    for (const option of this.options()) {
      option.removeAttribute('data-verdict');
      option.querySelector('[data-role="mark"]')!.textContent = '';
    }
    const feedback = this.feedback();
    feedback.removeAttribute('data-correct');
    feedback.replaceChildren();
  }

  private check(save = true): void {
    const choice = this.chosen();
    this.clearVerdict();
    const feedback = this.feedback();
    if (choice === null) {
      feedback.textContent = QUIZ_MESSAGES.chooseFirst;
      return;
    }
    const option = this.options()[choice];
    if (!option) return;
    const verdict = quizVerdict(choice === this.config.correct);
    option.dataset.verdict = verdict.correct ? 'right' : 'wrong';
    option.querySelector('[data-role="mark"]')!.textContent = verdict.correct ? '✓' : '✗';
    // The option's explanation, copied from the markup rendered at build time (no HTML is parsed here).
    const why = option.querySelector('[data-role="why"]');
    const strong = document.createElement('strong');
    strong.textContent = verdict.text;
    feedback.dataset.correct = String(verdict.correct);
    feedback.replaceChildren(strong, ' ', ...(why ? Array.from(why.cloneNode(true).childNodes) : []));
    if (save) this.save(true);
  }

  private toggleAll(): void {
    this.showingAll = !this.showingAll;
    for (const explanation of this.querySelectorAll<HTMLElement>('[data-role="explanation"]'))
      explanation.hidden = !this.showingAll;
    this.button('all').textContent = QUIZ_MESSAGES.explanationsButton(this.showingAll);
  }

  private save(checked: boolean): void {
    const choice = this.chosen();
    if (choice === null) return;
    // Best effort: if storage is full or blocked the answer simply is not remembered.
    safeSet(this.storage, quizKey(this.config.id), serializeQuiz({ choice, checked }, this.config.fp));
  }

  private restore(): void {
    const count = this.options().length;
    const record = parseQuiz(safeGet(this.storage, quizKey(this.config.id)), { count, fp: this.config.fp });
    if (!record) return;
    const input = this.querySelector<HTMLInputElement>(`input[type="radio"][value="${record.choice}"]`);
    if (!input) return;
    input.checked = true;
    if (record.checked) this.check(false);
  }
}

export function defineQuiz(): void {
  if (!customElements.get('aw-quiz')) customElements.define('aw-quiz', QuizElement);
}
