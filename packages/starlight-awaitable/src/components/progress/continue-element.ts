/**
 * <aw-continue>: "Continue where you left off" (landing page, progress page). Hidden until the learner has worked
 * on an exercise; then one sentence with a link to that exercise, or to the next unsolved one once it is solved.
 * With `data-next`, it also points the page's "Next" link there; with `data-hero`, the hero's primary action.
 */
import { continuePoint, describeContinue, type ContinueExercise } from '../../progress/continue.ts';
import { readConfig } from '../element-config.ts';
import { continueCourseSchema } from '../configs.ts';
import { PROGRESS_MESSAGES } from '../messages.ts';
import { pageStore } from './page-store.ts';

class ContinueElement extends HTMLElement {
  private course: ContinueExercise[] = [];

  connectedCallback(): void {
    this.course = readConfig(this, continueCourseSchema, 'course');
    this.render();
    addEventListener('storage', () => this.render());
    addEventListener('pageshow', () => this.render());
  }

  private render(): void {
    const store = pageStore();
    const point = continuePoint(this.course, (id) => store.getState(id));
    const text = this.querySelector<HTMLElement>('[data-role="text"]')!;
    this.hidden = point === null;
    if (!point) return;
    const { lead, link, tail } = describeContinue(point);
    text.replaceChildren(lead);
    if (link) {
      const a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.title;
      text.append(a, tail);
      if (this.dataset.next !== undefined) this.pointNext(link);
      if (this.dataset.hero !== undefined) this.pointHero(link);
    }
  }

  /** The landing page's call to action (marked data-continue-action): its text node comes before the icon. */
  private pointHero(link: ContinueExercise): void {
    const action = document.querySelector<HTMLAnchorElement>('a[data-continue-action]');
    if (!action) return;
    action.href = link.href;
    const label = [...action.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
    if (label) label.textContent = PROGRESS_MESSAGES.continueTo(link.title);
  }

  /** Starlight's "Next" link at the foot of the page, if there is one. */
  private pointNext(link: ContinueExercise): void {
    const next = document.querySelector<HTMLAnchorElement>('.pagination-links a[rel="next"]');
    if (!next) return;
    next.href = link.href;
    const title = next.querySelector('.link-title');
    if (title) title.textContent = PROGRESS_MESSAGES.continueTo(link.title);
  }
}

export function defineContinue(): void {
  if (!customElements.get('aw-continue')) customElements.define('aw-continue', ContinueElement);
}
