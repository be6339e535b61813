/**
 * <aw-workbench>: wires the code surface, the shared Python runtime, the output log and (for exercises) the
 * grader, hints, solution and saved progress. Thin on purpose: each job lives in its own module.
 */
import {
  pageRuntime,
  warmUpWhenIdle,
  type OutputChunk,
  type RunOptions,
  type RunResult,
} from '../../runtime/client.ts';
import type { RuntimeSession } from '../../runtime/session.ts';
import { TIME_LIMIT_ERROR } from '../../runtime/protocol.ts';
import { describeStatus, finishedMessage, formatSeconds } from '../run-status.ts';
import { withRuntimeStatus } from '../with-runtime-status.ts';
import { WORKBENCH_MESSAGES } from '../messages.ts';
import { readConfig } from '../element-config.ts';
import { workbenchConfigSchema, type WorkbenchConfig } from '../configs.ts';
import { CodeSurface } from './code-surface.ts';
import { OutputView } from './output-view.ts';
import type { ExerciseController } from './exercise-controller.ts';

/** The wall-clock limit (seconds) of the one longer run offered after a run hits the normal limit. */
const LONGER_TIME_LIMIT = 60;

/** From this width of the workbench (px) the reference solution sits beside the learner's code, not below it. */
const WIDE_PX = 900;

/** What a run was given: the Playground keeps it in its history (event `aw-ran` on the workbench). */
export interface RanProgram {
  source: string;
  stdin: string | null;
  cpuTime: boolean;
}

/** If a run answers faster than this, its output is replayed at virtual speed; otherwise it is shown live. */
const LIVE_AFTER_MS = 300;

export class WorkbenchElement extends HTMLElement {
  config!: WorkbenchConfig;
  surface!: CodeSurface;
  output!: OutputView;
  /** Called after every edit of the code (the exercise controller autosaves through this). */
  readonly codeListeners = new Set<(code: string) => void>();
  /** The Playground sets this: stdin and the CPU-time switch come from its own controls. */
  runSettings: (() => { stdin: string | null; cpuTime: boolean }) | null = null;
  private buttons = new Map<string, HTMLButtonElement>();
  private statusLine!: HTMLElement;
  private running = false;

  connectedCallback(): void {
    if (this.config) return; // moved in the DOM: already wired
    this.config = readConfig(this, workbenchConfigSchema);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]'))
      this.buttons.set(button.dataset.action!, button);
    this.statusLine = this.region('status');
    this.output = new OutputView(this.region('output'));
    this.surface = new CodeSurface(this.region('code'), this.config.starter, {
      label: `Code: ${this.config.title}`,
      onChange: (code) => this.codeChanged(code),
      onRun: () => void this.run(),
      // Through the button, so a check before the exercise chunk has loaded waits for it like a click does.
      onCheck: this.config.exercise ? () => this.button('check').click() : undefined,
      language: this.config.language,
    });
    this.on('run', () => void this.run());
    this.on('stop', () => this.stop());
    this.on('reset', () => void this.reset());
    this.on('undo-reset', () => void this.undoReset());
    this.on('skip', () => this.output.skipReplay());
    this.on('longer', () => {
      this.button('longer').hidden = true;
      void this.run({}, LONGER_TIME_LIMIT);
    });
    this.on('timeline', () => void this.toggleTimeline()); // Timeline (event-loop visualizer)
    this.on('open-playground', () => void this.openInPlayground());
    this.addEventListener('keydown', (event) => {
      // Ctrl/Cmd+Enter runs and Shift+Ctrl/Cmd+Enter checks anywhere in the workbench (Monaco handles both
      // itself inside the editor).
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || this.isInEditor(event.target)) return;
      event.preventDefault();
      if (event.shiftKey && this.config.exercise) this.button('check').click();
      else void this.run();
    });
    // Exercise behaviour (grading, hints, saved progress) is a separate chunk: example-only pages never load it.
    // Its buttons exist from the start and wait for the chunk, so an early click is never lost.
    const exercise = this.config.exercise;
    if (exercise) {
      const controller = import('./exercise-controller.ts').then(
        ({ ExerciseController }) => new ExerciseController(this, exercise, this.config.starter),
      );
      const later = (action: (c: ExerciseController) => void) => () => void controller.then(action);
      this.on(
        'check',
        later((c) => void c.check()),
      );
      this.on(
        'hint',
        later((c) => c.revealHint()),
      );
      this.on(
        'solution',
        later((c) => c.askForSolution()),
      );
      this.on(
        'confirm-solution',
        later((c) => c.showSolution()),
      );
      this.on(
        'cancel-solution',
        later((c) => c.closeSolutionPrompt()),
      );
    }
    // Wide enough for the code and the reference solution side by side (narrower: stacked, see Workbench.astro).
    new ResizeObserver(([entry]) => this.toggleAttribute('data-wide', entry.contentRect.width >= WIDE_PX)).observe(
      this,
    );
    if (!this.config.language) warmUpWhenIdle(); // the JavaScript runtime starts on the first run, never before
  }

  /** The runtime this workbench's language runs in (the JavaScript one is a separate chunk, loaded on first use). */
  private async runtime(): Promise<RuntimeSession> {
    if (!this.config.language) return pageRuntime();
    const { pageJsRuntime } = await import('../../jsrun/browser/client.ts');
    return pageJsRuntime();
  }

  private isInEditor(target: EventTarget | null): boolean {
    return target instanceof Element && target.closest('.monaco-editor') !== null;
  }

  private codeChanged(code: string): void {
    this.button('undo-reset').hidden = true;
    for (const listener of this.codeListeners) listener(code);
  }

  region(role: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  }

  button(action: string): HTMLButtonElement {
    return this.buttons.get(action)!;
  }

  on(action: string, handler: () => void): void {
    this.buttons.get(action)?.addEventListener('click', handler);
  }

  /** A warning that stays until cleared (e.g. "your code cannot be saved"); null hides it. */
  warn(text: string | null): void {
    const warning = this.region('warning');
    warning.textContent = text ?? '';
    warning.hidden = text === null;
  }

  status(text: string): void {
    this.statusLine.textContent = text;
  }

  /**
   * Runs the learner's code and shows its output; resolves with the result once the output is shown.
   * `onResult` gets the result as soon as the run ends, while the output may still be replaying (Check grades then).
   */
  async run(
    options: Pick<RunOptions, 'trace' | 'checks' | 'inspect'> = {},
    timeLimit?: number,
    onResult?: (result: RunResult) => void,
  ): Promise<RunResult | null> {
    if (this.running) {
      // Run or Check pressed while the last output is still replaying (its verdict already shown): finish that
      // replay at once and go on, instead of ignoring the press. During a run itself, a press does nothing.
      if (!this.output.isReplaying) return null;
      this.output.skipReplay();
      await this.lastRun;
      if (this.running) return null;
    }
    this.lastRun = this.runNow(options, timeLimit, onResult);
    return this.lastRun;
  }

  private lastRun: Promise<RunResult | null> = Promise.resolve(null);

  private async runNow(
    options: Pick<RunOptions, 'trace' | 'checks' | 'inspect'>,
    timeLimit: number | undefined,
    onResult: ((result: RunResult) => void) | undefined,
  ): Promise<RunResult | null> {
    this.running = true;
    this.setBusy(true);
    this.output.clear();
    // The last run's "Finished in …" must not stand beside the cleared output while this one starts.
    this.status(describeStatus({ state: 'running' }, this.runtimeName));
    this.region('output').hidden = false;
    this.surface.highlightLine(null);
    const runtime = await this.runtime();
    const streamed: OutputChunk[] = [];
    let live = false;
    const goLive = setTimeout(() => {
      live = true;
      this.output.append(streamed);
    }, LIVE_AFTER_MS);
    const ran: RanProgram = {
      source: this.surface.getValue(),
      ...(this.runSettings?.() ?? { stdin: this.config.exercise?.spec.stdin ?? null, cpuTime: this.config.cpuTime }),
    };
    this.dispatchEvent(new CustomEvent<RanProgram>('aw-ran', { detail: ran }));
    try {
      const { recordedRun, result, recorded } = await withRuntimeStatus(
        runtime,
        (text) => this.status(text),
        async () => {
          // Loaded on the first Run (cached after): keeps recorded runs out of the JS before interaction.
          const recordedRun = await import('./recorded-run.ts'); // README → "Recorded runs"
          recordedRun.showRecordedNote(this.statusLine, null);
          const answer = await recordedRun.answerRun(
            runtime,
            recordedRun.parseRecordings(this.config.recordings),
            {
              source: ran.source,
              filename: this.config.filename,
              stdin: ran.stdin,
              cpuTime: ran.cpuTime,
              ...options,
              trace: true, // always: the Timeline shows the last run's trace (the overhead is negligible)
            },
            {
              timeLimit,
              onOutput: (chunks) => {
                streamed.push(...chunks);
                if (live) this.output.append(chunks);
              },
            },
          );
          return { recordedRun, ...answer };
        },
        this.runtimeName,
      );
      clearTimeout(goLive);
      onResult?.(result);
      // The run is over: Run and Check work again during the replay (they end it and start anew, see run()).
      this.setBusy(false);
      if (live) {
        // Streamed batches are cut differently from the result's chunks: show the authoritative result.
        this.output.clear();
        this.output.append(result.output);
      } else await this.replay(result);
      this.status(finishedMessage(result));
      recordedRun.showRecordedNote(this.statusLine, recorded ? runtime.status : null);
      this.region('output').dataset.answeredBy = recorded
        ? 'recording'
        : this.config.language
          ? 'javascript'
          : 'python';
      // A program stopped by the wall-clock limit may just be slow: offer one run with a longer limit.
      this.button('longer').hidden = !(result.error?.type === TIME_LIMIT_ERROR && timeLimit === undefined);
      if (result.error?.line) this.surface.highlightLine(result.error.line);
      this.lastResult = result; // Timeline
      void this.showTimeline();
      return result;
    } finally {
      clearTimeout(goLive);
      this.running = false;
      this.setBusy(false);
    }
  }

  private async replay(result: RunResult): Promise<void> {
    const skip = this.button('skip');
    skip.hidden = result.elapsed === 0;
    const total = formatSeconds(result.elapsed);
    await this.output.replay(result.output, result.elapsed, (t) =>
      this.status(WORKBENCH_MESSAGES.replaying(formatSeconds(t), total)),
    );
    skip.hidden = true;
  }

  // --- Timeline (event-loop visualizer): the last run's trace, its view loaded on first use. ---
  private lastResult: RunResult | null = null;
  private timelineView: { destroy(): void } | null = null;

  private async toggleTimeline(): Promise<void> {
    const panel = this.region('timeline');
    panel.hidden = !panel.hidden;
    this.button('timeline').setAttribute('aria-expanded', String(!panel.hidden));
    if (panel.hidden) return;
    if (this.lastResult) await this.showTimeline();
    else await this.run(); // shows the timeline when it ends
  }

  private async showTimeline(): Promise<void> {
    const panel = this.region('timeline');
    if (panel.hidden || !this.lastResult) return;
    const { renderTimeline } = await import('../timeline/timeline-view.ts');
    this.timelineView?.destroy();
    this.timelineView = renderTimeline(panel, this.lastResult, {
      onLine: (line) => this.surface.highlightLine(line),
    });
  }
  // --- end Timeline ---

  /** The code as it is now (an exercise's current attempt, not its starter) in the Playground, through a link. */
  private async openInPlayground(): Promise<void> {
    const { encodeShare } = await import('../../playground/share.ts');
    const packed = await encodeShare({
      code: this.surface.getValue(),
      stdin: this.config.exercise?.spec.stdin ?? '',
      cpuTime: this.config.cpuTime,
    });
    if (!packed.ok) this.status(packed.error);
    else location.assign(`/playground/#${packed.fragment}`);
  }

  private stop(): void {
    void this.runtime().then((runtime) => runtime.stop());
  }

  private get runtimeName(): string {
    return this.config.language ? 'JavaScript' : 'Python';
  }

  private setBusy(busy: boolean): void {
    for (const action of ['run', 'check']) {
      const button = this.buttons.get(action);
      if (button) button.disabled = busy;
    }
    this.button('stop').hidden = !busy;
    this.toggleAttribute('data-running', busy);
  }

  private async reset(): Promise<void> {
    if (this.surface.getValue() === this.config.starter) {
      this.status(WORKBENCH_MESSAGES.alreadyStarter);
      return;
    }
    await this.surface.setValue(this.config.starter, { undoable: true });
    this.surface.highlightLine(null);
    const undo = this.button('undo-reset');
    this.status(WORKBENCH_MESSAGES.reset);
    undo.hidden = false; // after setValue: its change event hides the button
  }

  private async undoReset(): Promise<void> {
    await this.surface.undo();
    this.button('undo-reset').hidden = true;
    this.status(WORKBENCH_MESSAGES.undone);
  }
}

export function defineWorkbench(): void {
  if (!customElements.get('aw-workbench')) customElements.define('aw-workbench', WorkbenchElement);
}
