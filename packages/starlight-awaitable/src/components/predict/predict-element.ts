/**
 * <aw-predict>: the learner orders the output lines (or picks an output), checks, and runs the program with the
 * page's shared Python runtime. Thin on purpose: shuffling and scoring live in lines.ts, the saved record in
 * record.ts. The runtime is imported only when "Run it" is pressed, so the element costs little before that.
 */
import { browserStorage, safeGet, safeSet, type StorageLike } from '../../progress/storage.ts';
import { readConfig } from '../element-config.ts';
import { predictConfigSchema, type PredictConfig } from '../configs.ts';
import { PREDICT_MESSAGES } from '../messages.ts';
import { describeScore, scoreOrder } from './lines.ts';
import { parsePredict, predictKey, serializePredict, type PredictRecord } from './record.ts';

export class PredictElement extends HTMLElement {
  private config!: PredictConfig;
  private storage: StorageLike | null = null;
  private list: HTMLOListElement | null = null;
  private statusLine!: HTMLElement;
  private dragged: HTMLLIElement | null = null;
  private running = false;

  connectedCallback(): void {
    if (this.config) return; // moved in the DOM: already wired
    this.config = readConfig(this, predictConfigSchema);
    this.storage = browserStorage();
    this.statusLine = this.querySelector<HTMLElement>('[data-role="status"]')!;
    this.list = this.querySelector<HTMLOListElement>('[data-role="lines"]');
    this.button('check').addEventListener('click', () => this.check());
    this.button('run').addEventListener('click', () => void this.run());
    if (this.list) this.wireOrdering(this.list);
    else
      this.addEventListener('change', () => {
        this.clearMarks();
        this.save(false);
      });
    this.restore();
  }

  private button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
  }

  private status(text: string): void {
    this.statusLine.textContent = text;
  }

  // ---- ordering ----

  private items(): HTMLLIElement[] {
    return this.list ? Array.from(this.list.children as HTMLCollectionOf<HTMLLIElement>) : [];
  }

  private order(): number[] {
    return this.items().map((item) => Number(item.dataset.index));
  }

  private lineText(item: HTMLLIElement): string {
    return item.querySelector('.aw-predict__text')?.textContent ?? '';
  }

  private wireOrdering(list: HTMLOListElement): void {
    list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
      const item = button?.closest<HTMLLIElement>('li');
      if (button && item) this.move(item, Number(button.dataset.move), button);
    });
    list.addEventListener('keydown', (event) => {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      const item = (event.target as Element).closest<HTMLLIElement>('li');
      if (!item) return;
      event.preventDefault();
      this.move(item, event.key === 'ArrowUp' ? -1 : 1, event.target as HTMLElement);
    });
    list.addEventListener('dragstart', (event) => {
      const item = (event.target as Element).closest<HTMLLIElement>('li');
      if (!item) return;
      this.dragged = item;
      item.toggleAttribute('data-dragging', true);
      event.dataTransfer?.setData('text/plain', this.lineText(item));
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    });
    list.addEventListener('dragover', (event) => {
      const dragged = this.dragged;
      const over = (event.target as Element).closest<HTMLLIElement>('li');
      if (!dragged) return;
      event.preventDefault();
      if (!over || over === dragged) return;
      const box = over.getBoundingClientRect();
      list.insertBefore(dragged, event.clientY < box.top + box.height / 2 ? over : over.nextElementSibling);
    });
    list.addEventListener('drop', (event) => event.preventDefault());
    list.addEventListener('dragend', () => {
      const item = this.dragged;
      this.dragged = null;
      if (!item) return;
      item.removeAttribute('data-dragging');
      this.moved(item);
    });
    this.updateMoveButtons();
  }

  /** Moves an item one place up (-1) or down (1). Focus stays on `focused` (or on the item, at the end of the list). */
  private move(item: HTMLLIElement, delta: number, focused: HTMLElement): void {
    const list = this.list!;
    // Move the neighbour rather than the item itself: the focused element is never taken out of the DOM.
    if (delta < 0 && item.previousElementSibling)
      list.insertBefore(item.previousElementSibling, item.nextElementSibling);
    else if (delta > 0 && item.nextElementSibling) list.insertBefore(item.nextElementSibling, item);
    else return;
    this.moved(item);
    const target = focused instanceof HTMLButtonElement && focused.disabled ? item : focused;
    if (document.activeElement !== target) target.focus();
  }

  private moved(item: HTMLLIElement): void {
    this.updateMoveButtons();
    this.clearMarks();
    const items = this.items();
    this.status(`“${this.lineText(item)}” is now line ${items.indexOf(item) + 1} of ${items.length}.`);
    this.save(false);
  }

  private updateMoveButtons(): void {
    const items = this.items();
    items.forEach((item, position) => {
      item.querySelector<HTMLButtonElement>('button[data-move="-1"]')!.disabled = position === 0;
      item.querySelector<HTMLButtonElement>('button[data-move="1"]')!.disabled = position === items.length - 1;
    });
  }

  private arrange(order: readonly number[]): void {
    const byIndex = new Map(this.items().map((item) => [Number(item.dataset.index), item]));
    for (const index of order) this.list!.append(byIndex.get(index)!);
    this.updateMoveButtons();
  }

  // ---- checking ----

  private clearMarks(): void {
    this.removeAttribute('data-solved');
    for (const marked of this.querySelectorAll<HTMLElement>('[data-placed], [data-verdict]')) {
      marked.removeAttribute('data-placed');
      marked.removeAttribute('data-verdict');
    }
    for (const mark of this.querySelectorAll('[data-role="mark"], [data-role="verdict"]')) mark.textContent = '';
  }

  private check(save = true): void {
    this.clearMarks();
    if (this.config.mode === 'order') {
      const score = scoreOrder(this.order(), this.config.lines);
      this.items().forEach((item, position) => {
        const placed = score.placed[position]!;
        item.dataset.placed = String(placed);
        item.querySelector('[data-role="mark"]')!.textContent = placed ? '✓' : '✗';
        item.querySelector('[data-role="verdict"]')!.textContent = PREDICT_MESSAGES.placed(placed);
      });
      this.toggleAttribute('data-solved', score.right === score.total);
      this.status(describeScore(score));
    } else {
      const chosen = this.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (!chosen) {
        this.status(PREDICT_MESSAGES.pickFirst);
        return;
      }
      const right = Number(chosen.value) === this.config.correct;
      const label = chosen.closest<HTMLElement>('label')!;
      label.dataset.verdict = right ? 'right' : 'wrong';
      label.querySelector('[data-role="mark"]')!.textContent = right ? '✓' : '✗';
      this.toggleAttribute('data-solved', right);
      this.status(right ? PREDICT_MESSAGES.right : PREDICT_MESSAGES.wrong);
    }
    if (save) this.save(true);
  }

  // ---- saved answer ----

  private current(): PredictRecord | null {
    if (this.config.mode === 'order') return { order: this.order(), checked: false };
    const chosen = this.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    return chosen ? { choice: Number(chosen.value), checked: false } : null;
  }

  private save(checked: boolean): void {
    const record = this.current();
    if (!record) return;
    // Best effort: if storage is full or blocked the answer simply is not remembered.
    safeSet(this.storage, predictKey(this.config.id), serializePredict({ ...record, checked }, this.config.fp));
  }

  private restore(): void {
    const { mode, count, fp } = this.config;
    const record = parsePredict(safeGet(this.storage, predictKey(this.config.id)), { mode, count, fp });
    if (!record) return;
    if ('order' in record) this.arrange(record.order);
    else {
      const input = this.querySelector<HTMLInputElement>(`input[type="radio"][value="${record.choice}"]`);
      if (input) input.checked = true;
    }
    if (record.checked) this.check(false);
  }

  // ---- running ----

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const runButton = this.button('run');
    runButton.disabled = true;
    const log = this.querySelector<HTMLElement>('[data-role="output"]')!;
    log.replaceChildren();
    log.hidden = false;
    this.status(PREDICT_MESSAGES.starting);
    try {
      const [{ pageRuntime }, { finishedMessage }, { withRuntimeStatus }] = await Promise.all([
        import('../../runtime/client.ts'),
        import('../run-status.ts'),
        import('../with-runtime-status.ts'),
      ]);
      const runtime = pageRuntime();
      const result = await withRuntimeStatus(
        runtime,
        (text) => this.status(text),
        () => runtime.run({ source: this.config.source, filename: this.config.filename }),
      );
      // Text only, never HTML: stderr in its own span so it can be coloured.
      for (const chunk of result.output) {
        if (chunk.stream === 'stderr') {
          const span = document.createElement('span');
          span.className = 'aw-stderr';
          span.textContent = chunk.text;
          log.append(span);
        } else log.append(document.createTextNode(chunk.text));
      }
      this.status(finishedMessage(result));
    } catch (error) {
      this.status(PREDICT_MESSAGES.couldNotRun(error instanceof Error ? error.message : String(error)));
    } finally {
      this.running = false;
      runButton.disabled = false;
    }
  }
}

export function definePredict(): void {
  if (!customElements.get('aw-predict')) customElements.define('aw-predict', PredictElement);
}
