/** <aw-progress-page>: shows each exercise's state, each lesson's quiz and prediction results, and wires export, import and reset. */
import { describeAnswers, predictResult, quizResult } from '../../progress/answers.ts';
import type { CoursePredict, CourseQuiz } from '../../progress/course.ts';
import {
  browserStorage,
  exportFileName,
  exportProgress,
  importProgress,
  parseProgressFile,
  serializeProgress,
  type ExerciseState,
} from '../../progress/index.ts';
import { readConfig } from '../element-config.ts';
import { progressAnswersSchema } from '../configs.ts';
import { PROGRESS_MESSAGES } from '../messages.ts';
import { pageStore } from './page-store.ts';

export function describeState(state: ExerciseState): string {
  switch (state.status) {
    case 'solved':
      return `✓ solved on ${new Date(state.solvedAt!).toLocaleDateString()}${state.solutionShown ? ' (solution viewed)' : ''}`;
    case 'attempted':
      return 'checked, not solved yet';
    case 'started':
      return 'started';
    default:
      return 'not started';
  }
}

interface Answers {
  quizzes: CourseQuiz[];
  predicts: CoursePredict[];
}

class ProgressPage extends HTMLElement {
  private readonly store = pageStore();
  private answers: Answers = { quizzes: [], predicts: [] };

  connectedCallback(): void {
    this.answers = readConfig(this, progressAnswersSchema, 'answers');
    this.render();
    this.on('export', () => this.export());
    this.querySelector<HTMLInputElement>('[data-action="import"]')!.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void file.text().then((text) => this.import(text));
      input.value = '';
    });
    this.on('reset', () => {
      this.region('confirm-reset').hidden = false;
      this.querySelector<HTMLButtonElement>('[data-action="cancel-reset"]')!.focus();
    });
    this.on('cancel-reset', () => (this.region('confirm-reset').hidden = true));
    this.on('confirm-reset', () => {
      const result = this.store.resetAll();
      this.region('confirm-reset').hidden = true;
      this.message(result.ok ? PROGRESS_MESSAGES.deleted : result.message);
      this.render();
    });
    addEventListener('storage', () => this.render());
  }

  private render(): void {
    const items = [...this.querySelectorAll<HTMLElement>('li[data-exercise]')];
    let solved = 0;
    for (const item of items) {
      const state = this.store.getState(item.dataset.exercise!);
      if (state.status === 'solved') solved++;
      item.dataset.status = state.status;
      item.querySelector('[data-role="state"]')!.textContent = describeState(state);
    }
    this.region('summary').textContent = PROGRESS_MESSAGES.summary(solved, items.length);
    this.renderAnswers();
  }

  /** Each lesson's line of quiz and prediction results, read from the answers those components saved. */
  private renderAnswers(): void {
    const storage = browserStorage();
    const read = (key: string) => {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    };
    for (const section of this.querySelectorAll<HTMLElement>('section[data-lesson]')) {
      const prefix = `${section.dataset.lesson}/`;
      const quizzes = this.answers.quizzes.filter((q) => q.id.startsWith(prefix));
      const predicts = this.answers.predicts.filter((p) => p.id.startsWith(prefix));
      const quizSpan = section.querySelector('[data-role="quizzes"]');
      const predictSpan = section.querySelector('[data-role="predicts"]');
      if (quizSpan)
        quizSpan.textContent = PROGRESS_MESSAGES.quizzes(describeAnswers(quizzes.map((q) => quizResult(q, read))));
      if (predictSpan)
        predictSpan.textContent = PROGRESS_MESSAGES.predicts(
          describeAnswers(predicts.map((p) => predictResult(p, read))),
        );
    }
  }

  private export(): void {
    const data = exportProgress(this.store);
    const url = URL.createObjectURL(new Blob([serializeProgress(data)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(new Date());
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.store.recordExport();
    this.message(PROGRESS_MESSAGES.exported(Object.keys(data.exercises).length, link.download));
  }

  private import(text: string): void {
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      this.message(parsed.message);
      return;
    }
    this.message(importProgress(this.store, parsed.data).summary);
    this.render();
  }

  private region(role: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  }

  private on(action: string, handler: () => void): void {
    this.querySelector(`[data-action="${action}"]`)!.addEventListener('click', handler);
  }

  private message(text: string): void {
    this.region('message').textContent = text;
  }
}

export function defineProgressPage(): void {
  if (!customElements.get('aw-progress-page')) customElements.define('aw-progress-page', ProgressPage);
}
