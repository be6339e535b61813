/**
 * Shown when another tab saved newer code for the same exercise while this tab has unsaved edits: the learner
 * chooses whose code to keep; nothing is overwritten until they do.
 */
export class ConflictNotice {
  private readonly element: HTMLElement;

  /** The notice goes right after `anchor` (the workbench's code area). */
  constructor(anchor: HTMLElement, actions: { keepMine: () => void; loadTheirs: () => void }) {
    this.element = document.createElement('div');
    this.element.className = 'aw-wb__conflict';
    this.element.setAttribute('role', 'alert');
    this.element.hidden = true;
    const text = document.createElement('p');
    const keep = this.button('Keep my code', () => {
      actions.keepMine();
      this.hide();
    });
    const load = this.button('Load the other tab’s code', () => {
      actions.loadTheirs();
      this.hide();
    });
    this.element.append(text, keep, load);
    anchor.after(this.element);
  }

  show(theirSavedAt: number): void {
    const when = new Date(theirSavedAt).toLocaleTimeString();
    this.element.querySelector('p')!.textContent =
      `This exercise was changed in another tab at ${when}. Your edits here are not saved yet — which code do you want to keep?`;
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
