/**
 * Behaviour of <aw-example>: Run sends the code to the page's shared Python runtime and shows the output as
 * plain text (never HTML), stdout and stderr told apart, with the virtual time the program took.
 */
import { pageRuntime, warmUpWhenIdle, type OutputChunk, type RunResult } from '../runtime/client';
import { describeStatus, finishedMessage } from './run-status';

class ExampleElement extends HTMLElement {
  private button!: HTMLButtonElement;
  private output!: HTMLElement;
  private status!: HTMLElement;

  connectedCallback() {
    this.button = this.querySelector<HTMLButtonElement>('[data-action="run"]')!;
    this.output = this.querySelector<HTMLElement>('[role="log"]')!;
    this.status = this.querySelector<HTMLElement>('[role="status"]')!;
    this.button.addEventListener('click', () => void this.run());
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.run();
      }
    });
    warmUpWhenIdle();
  }

  private get code(): string {
    return this.querySelector<HTMLElement>('[data-code]')?.dataset.code ?? '';
  }

  private async run() {
    if (this.button.disabled) return;
    const runtime = pageRuntime();
    this.button.disabled = true;
    this.output.hidden = false;
    this.output.replaceChildren();
    const unsubscribe = runtime.onStatus((status) => (this.status.textContent = describeStatus(status)));
    try {
      const result = await runtime.run(
        { source: this.code, filename: this.dataset.filename ?? 'main.py' },
        { onOutput: (chunks) => this.appendOutput(chunks) },
      );
      this.showResult(result);
    } finally {
      unsubscribe();
      this.button.disabled = false;
    }
  }

  private appendOutput(chunks: OutputChunk[]) {
    for (const chunk of chunks) {
      const last = this.output.lastElementChild as HTMLElement | null;
      if (last && last.dataset.stream === chunk.stream) last.append(chunk.text);
      else {
        const span = document.createElement('span');
        span.dataset.stream = chunk.stream;
        if (chunk.stream === 'stderr') span.className = 'aw-stderr';
        span.textContent = chunk.text; // text only: program output is never parsed as HTML
        this.output.append(span);
      }
    }
  }

  private showResult(result: RunResult) {
    // Output that arrived after the last streamed batch (or everything, if nothing was streamed).
    const shown = this.output.textContent?.length ?? 0;
    const all = result.output.map((chunk) => chunk.text).join('');
    if (shown < all.length) {
      let skip = shown;
      const rest: OutputChunk[] = [];
      for (const chunk of result.output) {
        if (skip >= chunk.text.length) skip -= chunk.text.length;
        else {
          rest.push({ ...chunk, text: chunk.text.slice(skip) });
          skip = 0;
        }
      }
      this.appendOutput(rest);
    }
    this.status.textContent = finishedMessage(result);
  }
}

export function defineExampleElement() {
  if (!customElements.get('aw-example')) customElements.define('aw-example', ExampleElement);
}
