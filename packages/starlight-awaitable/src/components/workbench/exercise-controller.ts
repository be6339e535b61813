/**
 * Exercise behaviour on top of a workbench: Check (run with the trace, grade, show results), progressive hints,
 * the reference solution behind a confirmation, and saved progress (autosave, restore, two-tab conflicts).
 */
import { exerciseSchema, type ExerciseSpec } from '../../grading/schema.ts';
import { firstFailingLine, gradeRun, gradingRunOptions, verdictLine } from '../../grading/grade.ts';
import type { Grade, GradeItem } from '../../grading/report.ts';
import { AutosaveController, subscribeToProgressChanges, type SaveResult } from '../../progress/index.ts';
import { pageStore } from '../progress/page-store.ts';
import type { RunOptions, RunResult } from '../../runtime/client.ts';
import type { WorkbenchConfig } from '../configs.ts';
import type { CodeSurface } from './code-surface.ts';
import { ConflictNotice } from './conflict-notice.ts';
import { EXERCISE_MESSAGES } from '../messages.ts';

/** What an exercise uses of its workbench (<aw-workbench> is one): its regions, status lines, editor and Run. */
export interface ExerciseHost extends Pick<HTMLElement, 'dataset' | 'toggleAttribute'> {
  readonly surface: Pick<CodeSurface, 'getValue' | 'setValue' | 'highlightLine' | 'upgrade'>;
  /** Called after every edit of the code. */
  readonly codeListeners: Set<(code: string) => void>;
  region(role: string): HTMLElement;
  button(action: string): HTMLButtonElement;
  status(text: string): void;
  warn(text: string | null): void;
  /** Runs the code with these grading options; `onResult` gets the result as soon as the run ends. */
  run(
    options: Pick<RunOptions, 'inspect' | 'checks'>,
    timeLimit: number | undefined,
    onResult: (result: RunResult) => void,
  ): Promise<unknown>;
}

export type ExerciseConfig = NonNullable<WorkbenchConfig['exercise']>;

export class ExerciseController {
  private readonly bench: ExerciseHost;
  private readonly starter: string;
  private readonly id: string;
  /** Null when the page's spec does not parse (the build validates it, so only a damaged page gets here). */
  private readonly spec: ExerciseSpec | null;
  private readonly hints: string[];
  private readonly store = pageStore();
  private readonly autosave: AutosaveController;
  private readonly conflict: ConflictNotice;

  constructor(bench: ExerciseHost, exercise: ExerciseConfig, starter: string) {
    this.bench = bench;
    this.starter = starter;
    this.id = exercise.id;
    const parsed = exerciseSchema.safeParse(exercise.spec);
    this.spec = parsed.success ? parsed.data : null;
    this.hints = exercise.hints;
    this.autosave = new AutosaveController({
      store: this.store,
      exerciseId: this.id,
      onSave: (result) => this.saved(result),
    });
    // Right below the code, where the learner is looking when the other tab's save arrives.
    this.conflict = new ConflictNotice(bench.region('code').parentElement!, {
      keepMine: () => this.saved(this.autosave.keepMine()),
      loadTheirs: () => void this.showCode(this.autosave.loadTheirs() ?? starter),
    });

    if (!this.store.persistent) bench.warn(EXERCISE_MESSAGES.cannotSave);
    const saved = this.autosave.load();
    if (saved !== null && saved !== starter) {
      void this.showCode(saved);
      bench.status(EXERCISE_MESSAGES.restored);
    }
    bench.codeListeners.add((code) => this.autosave.edit(code));
    subscribeToProgressChanges(window, (change) => {
      if (change.kind === 'exercise' && change.exerciseId !== this.id) return;
      this.externalChange();
    });
    addEventListener('pagehide', () => this.autosave.flush());

    this.restoreHints();
    this.showSolvedState();
  }

  private async showCode(code: string): Promise<void> {
    // Saved code differs from the build-time highlighting: show it in the real editor at once.
    await this.bench.surface.setValue(code);
    void this.bench.surface.upgrade();
  }

  private externalChange(): void {
    const change = this.autosave.externalChange();
    if (change.status === 'reload') {
      void this.showCode(change.code ?? this.starter);
      this.bench.status(EXERCISE_MESSAGES.fromOtherTab);
    } else if (change.status === 'conflict') this.conflict.show(change.theirs.savedAt);
    this.showSolvedState();
    this.restoreHints();
  }

  private saved(result: SaveResult | null): void {
    if (!result) return;
    if (result.status === 'conflict') this.conflict.show(result.theirs.savedAt);
    else if (!result.ok) this.bench.warn(EXERCISE_MESSAGES.saveFailed(result.message));
    else {
      this.conflict.hide();
      if (this.store.persistent) this.bench.warn(null);
    }
  }

  async check(): Promise<void> {
    this.autosave.flush();
    const verdict = this.bench.region('verdict');
    const panel = this.bench.region('checks');
    panel.hidden = false;
    const spec = this.spec;
    if (!spec) {
      verdict.textContent = EXERCISE_MESSAGES.specUnreadable;
      return;
    }
    verdict.textContent = EXERCISE_MESSAGES.checking;
    this.bench.region('check-list').replaceChildren();
    // The source the run uses: the analysis check reads the same text.
    const source = this.bench.surface.getValue();
    const { inspect, checks } = gradingRunOptions(spec, source);
    // Grade as soon as the run ends: the output replay carries on beside the verdict.
    await this.bench.run({ inspect, checks }, undefined, (result) => this.graded(gradeRun(spec, source, result)));
  }

  private graded(grade: Grade): void {
    this.showResults(grade);
    this.store.markAttempted(this.id);
    if (grade.solved) {
      this.store.markSolved(this.id);
      this.showSolvedState();
      // Same-tab listeners (the sidebar's check marks) do not get `storage` events.
      dispatchEvent(new Event('awaitable:progress'));
    }
  }

  private showResults(grade: Grade): void {
    this.bench.region('verdict').textContent = verdictLine(grade);
    this.bench.toggleAttribute('data-all-passed', grade.solved);
    this.bench.region('check-list').replaceChildren(...grade.items.map(resultItem));
    const line = firstFailingLine(grade);
    if (line) this.bench.surface.highlightLine(line);
  }

  private showSolvedState(): void {
    const state = this.store.getState(this.id);
    this.bench.dataset.solved = String(state.status === 'solved');
    if (state.status === 'solved' && state.solvedAt) {
      const verdict = this.bench.region('verdict');
      const panel = this.bench.region('checks');
      if (panel.hidden) {
        panel.hidden = false;
        verdict.textContent = EXERCISE_MESSAGES.solvedOn(new Date(state.solvedAt).toLocaleDateString());
      }
    }
  }

  revealHint(): void {
    const shown = this.bench.region('hints').childElementCount;
    if (shown >= this.hints.length) {
      this.bench.status(EXERCISE_MESSAGES.lastHint);
      return;
    }
    this.renderHints(shown + 1);
    this.store.setHintsRevealed(this.id, shown + 1);
    (this.bench.region('hints').lastElementChild as HTMLElement | null)?.focus();
  }

  private restoreHints(): void {
    const count = Math.min(this.store.getState(this.id).hintsRevealed, this.hints.length);
    if (count > this.bench.region('hints').childElementCount) this.renderHints(count);
  }

  private renderHints(count: number): void {
    const list = this.bench.region('hints');
    list.hidden = count === 0;
    list.replaceChildren(
      ...this.hints.slice(0, count).map((hint) => {
        const item = document.createElement('li');
        item.tabIndex = -1;
        item.textContent = hint;
        return item;
      }),
    );
    const button = this.bench.button('hint');
    button.disabled = count >= this.hints.length;
    button.title = EXERCISE_MESSAGES.hintsLeft(this.hints.length - count);
  }

  askForSolution(): void {
    // Once seen, the button toggles the solution pane (it never touches the learner's code).
    if (this.store.getState(this.id).solutionShown && this.solutionSeenHere) return this.toggleSolution();
    const prompt = this.bench.region('confirm-solution');
    prompt.hidden = false;
    prompt.querySelector<HTMLButtonElement>('[data-action="confirm-solution"]')?.focus();
  }

  closeSolutionPrompt(): void {
    this.bench.region('confirm-solution').hidden = true;
    this.bench.button('solution').focus();
  }

  private solutionSeenHere = false;

  showSolution(): void {
    this.bench.region('confirm-solution').hidden = true;
    this.store.markSolutionShown(this.id);
    this.solutionSeenHere = true;
    this.toggleSolution(true);
    this.bench.status(EXERCISE_MESSAGES.solutionShown);
  }

  private toggleSolution(show = this.bench.region('solution').hidden): void {
    this.bench.region('solution').hidden = !show;
    const button = this.bench.button('solution');
    button.textContent = EXERCISE_MESSAGES.solutionButton(Boolean(show));
    button.setAttribute('aria-expanded', String(show));
  }
}

function resultItem(result: GradeItem): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.passed = String(result.passed);
  item.dataset.kind = result.kind;
  item.textContent = EXERCISE_MESSAGES.result(result.passed, result.message);
  if (result.excerpt) {
    // The offending line with a caret under it: monospace, its own indentation kept.
    const code = document.createElement('pre');
    code.textContent = result.excerpt;
    Object.assign(code.style, { textIndent: '0', margin: '0.3rem 0', overflowX: 'auto', fontSize: 'inherit' });
    item.append(code);
  }
  return item;
}
