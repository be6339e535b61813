/**
 * Shown when another tab saved newer code for the same exercise while this tab has unsaved edits: the learner
 * chooses whose code to keep; nothing is overwritten until they do.
 */
import { EXERCISE_MESSAGES } from '../messages.ts';

export class ConflictNotice {
  private readonly element: HTMLElement;

  /** The notice goes right after `anchor` (the workbench's code area). */
  constructor(anchor: HTMLElement, actions: { keepMine: () => void; loadTheirs: () => void }) {
    this.element = document.createElement('div');
    this.element.className = 'aw-wb__conflict';
    this.element.setAttribute('role', 'alert');
    this.element.hidden = true;
    const text = document.createElement('p');
    const keep = this.button(EXERCISE_MESSAGES.keepMine, () => {
      actions.keepMine();
      this.hide();
    });
    const load = this.button(EXERCISE_MESSAGES.loadTheirs, () => {
      actions.loadTheirs();
      this.hide();
    });
    this.element.append(text, keep, load);
    anchor.after(this.element);
  }

  show(theirSavedAt: number): void {
    const when = new Date(theirSavedAt).toLocaleTimeString();
    this.element.querySelector('p')!.textContent = EXERCISE_MESSAGES.conflict(when);
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }
}
