/**
 * The Output log: program output as text only (never HTML), stdout and stderr told apart, appended in batches
 * (one DOM update per animation frame) so a flood of prints cannot freeze the page, optionally replayed at
 * virtual speed.
 */
import type { OutputChunk } from '../../runtime/protocol.ts';
import { planReplay } from './replay.ts';

/** Characters kept in the log; past that the oldest output is dropped, with a notice, to keep the page fast. */
const MAX_CHARS = 200_000;

export class OutputView {
  private readonly log: HTMLElement;
  private pending: OutputChunk[] = [];
  private frame: number | null = null;
  private chars = 0;
  private dropped = 0;
  private notice: HTMLElement | null = null;
  private replaying: { timers: ReturnType<typeof setTimeout>[]; rest: () => OutputChunk[]; done: () => void } | null =
    null;

  constructor(log: HTMLElement) {
    this.log = log;
  }

  clear(): void {
    this.stopReplay(false);
    this.pending = [];
    this.chars = 0;
    this.dropped = 0;
    this.notice = null;
    this.log.replaceChildren();
  }

  /** Appends chunks, batched to one DOM update per animation frame. */
  append(chunks: readonly OutputChunk[]): void {
    this.pending.push(...chunks);
    this.frame ??= requestAnimationFrame(() => this.flush());
  }

  /**
   * Shows chunks at their virtual times; resolves when the replay ends or is skipped. `onTick` gets the virtual
   * time reached, for the status line.
   */
  replay(chunks: readonly OutputChunk[], elapsed: number, onTick?: (virtualSeconds: number) => void): Promise<void> {
    this.stopReplay(false);
    const plan = planReplay(chunks, elapsed);
    if (plan.duration === 0) {
      this.append(chunks);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let next = 0; // index of the first step not shown yet
      const timers = plan.steps.map((step, index) =>
        setTimeout(() => {
          next = index + 1;
          this.append(step.chunks);
        }, step.at),
      );
      const tick = Math.max(100, Math.round(plan.duration / 40));
      for (let at = tick; at < plan.duration; at += tick)
        timers.push(setTimeout(() => onTick?.(at / 1000 / plan.scale), at));
      timers.push(setTimeout(() => this.stopReplay(false), plan.duration));
      this.replaying = { timers, rest: () => plan.steps.slice(next).flatMap((step) => step.chunks), done: resolve };
    });
  }

  get isReplaying(): boolean {
    return this.replaying !== null;
  }

  /** Ends a running replay at once, showing the rest of the output. */
  skipReplay(): void {
    this.stopReplay(true);
  }

  private stopReplay(showRest: boolean): void {
    const replay = this.replaying;
    if (!replay) return;
    this.replaying = null;
    replay.timers.forEach(clearTimeout);
    if (showRest) this.append(replay.rest());
    replay.done();
  }

  private flush(): void {
    this.frame = null;
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) this.write(chunk);
    if (this.chars > MAX_CHARS) this.dropOldest();
    this.log.scrollTop = this.log.scrollHeight;
  }

  private write(chunk: OutputChunk): void {
    this.chars += chunk.text.length;
    const last = this.log.lastElementChild as HTMLElement | null;
    if (last && last !== this.notice && last.dataset.stream === chunk.stream) {
      last.append(chunk.text);
      return;
    }
    const span = document.createElement('span');
    span.dataset.stream = chunk.stream;
    span.className = chunk.stream === 'stderr' ? 'aw-stderr' : 'aw-stdout';
    span.textContent = chunk.text; // text only: program output is never parsed as HTML
    this.log.append(span);
  }

  private dropOldest(): void {
    const keep = MAX_CHARS / 2;
    for (const span of [...this.log.children] as HTMLElement[]) {
      if (span === this.notice) continue;
      if (this.chars <= keep) break;
      const text = span.textContent ?? '';
      const excess = this.chars - keep;
      if (text.length <= excess) {
        span.remove();
        this.chars -= text.length;
        this.dropped += text.length;
      } else {
        span.textContent = text.slice(excess);
        this.chars -= excess;
        this.dropped += excess;
      }
    }
    if (!this.notice) {
      this.notice = document.createElement('span');
      this.notice.className = 'aw-output-notice';
      this.log.prepend(this.notice);
    }
    this.notice.textContent = `[${this.dropped.toLocaleString('en')} characters of earlier output are not shown]\n`;
  }
}
