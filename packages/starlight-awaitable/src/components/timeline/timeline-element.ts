/**
 * <aw-timeline>: the `<Timeline>` MDX component's behaviour. Shows the snippet as highlighted code (no editor);
 * "Run and show timeline" runs it with a trace in the shared Python runtime and only then loads the timeline
 * view (dynamic import), so a page that embeds a timeline ships almost no script until the reader asks for it.
 */
import { pageRuntime } from '../../runtime/client.ts';
import { finishedMessage } from '../run-status.ts';
import { withRuntimeStatus } from '../with-runtime-status.ts';
import { TIMELINE_MESSAGES } from '../messages.ts';
import { readConfig } from '../element-config.ts';
import { timelineConfigSchema, type TimelineConfig } from '../configs.ts';

export class TimelineElement extends HTMLElement {
  private config!: TimelineConfig;
  private busy = false;

  connectedCallback(): void {
    if (this.config) return;
    this.config = readConfig(this, timelineConfigSchema);
    this.querySelector('[data-action="show"]')!.addEventListener('click', () => void this.show());
  }

  private region(role: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  }

  /** Marks one line of the static code (the same job `surface.highlightLine` does in a workbench). */
  highlightLine(line: number | null): void {
    const lines = this.region('code').querySelectorAll<HTMLElement>('.line');
    lines.forEach((node, i) => node.classList.toggle('aw-tl-line-hl', line !== null && i === line - 1));
  }

  async show(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const button = this.querySelector<HTMLButtonElement>('[data-action="show"]')!;
    button.disabled = true;
    const status = this.region('status');
    const runtime = pageRuntime();
    try {
      const recordedRun = await import('../workbench/recorded-run.ts'); // README → "Recorded runs"
      const [{ result, recorded }, view] = await withRuntimeStatus(
        runtime,
        (text) => (status.textContent = text),
        () =>
          Promise.all([
            recordedRun.answerRun(runtime, recordedRun.parseRecordings(this.config.recordings), {
              source: this.config.code,
              filename: this.config.filename,
              cpuTime: this.config.cpuTime,
              trace: true,
            }),
            import('./timeline-view.ts'),
          ]),
      );
      status.textContent = finishedMessage(result);
      recordedRun.showRecordedNote(status, recorded ? runtime.status : null);
      const host = this.region('timeline');
      host.dataset.answeredBy = recorded ? 'recording' : 'python';
      host.hidden = false;
      view.renderTimeline(host, result, { onLine: (line) => this.highlightLine(line) });
      button.textContent = TIMELINE_MESSAGES.runAgain;
    } finally {
      button.disabled = false;
      this.busy = false;
    }
  }
}

export function defineTimeline(): void {
  if (!customElements.get('aw-timeline')) customElements.define('aw-timeline', TimelineElement);
}
