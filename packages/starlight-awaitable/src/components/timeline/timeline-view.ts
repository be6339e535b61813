/**
 * The event-loop timeline UI: summary facts, lanes on a virtual-time axis (virtualised: only the rows in view
 * exist in the DOM), a step-through panel with the loop's state, the output list and every step as text.
 * Thin over the pure models in src/trace (lanes.ts, steps.ts, facts.ts). Loaded lazily (dynamic import).
 */
import type { RunResult } from '../../runtime/protocol.ts';
import { HOLD_THRESHOLD } from '../../trace/events.ts';
import { traceFacts, type TraceFacts } from '../../trace/facts.ts';
import {
  axisTicks,
  buildTimeline,
  formatDuration,
  type Lane,
  type Segment,
  type TimelineModel,
} from '../../trace/lanes.ts';
import { LoopSteps, type LoopState } from '../../trace/steps.ts';
import { LANE_FILTER_FROM, matchingLanes } from './lane-filter.ts';
import './timeline.css';

export interface TimelineOptions {
  /** Highlight a line of the learner's code (null: clear). */
  onLine?: (line: number | null) => void;
  /** Start with asyncio's internal tasks shown (the reader can switch them on and off). */
  internal?: boolean;
}

const ROW = 30;
const OVERSCAN = 6;
const LIST_PAGE = 400;
const STATE_LIST_MAX = 40;
const SPEEDS = [0.5, 1, 2, 4, 8];
const KIND_TEXT: Record<Segment['kind'], string> = {
  running: 'running',
  ready: 'ready, waiting for the loop',
  suspended: 'suspended',
  blocking: 'blocking the loop',
  computing: 'computing, holding the loop',
  'gil-wait': 'waiting for the GIL / a core',
  job: 'thread or process job',
  'job-sleep': 'sleeping in the thread',
  'job-cpu': 'computing in the thread or process',
};
/** What held the loop, in words: `computing`, `waiting for the GIL`, or the blocking call's name. */
const blockReason = (reason: string) =>
  reason === 'cpu' ? 'computing' : reason === 'gil' ? 'waiting for the GIL' : reason;
/** The same, with a blocking call written as a call: `time.sleep()`. */
const blockText = (reason: string) => (reason === 'cpu' || reason === 'gil' ? blockReason(reason) : `${reason}()`);
const MARK_GLYPH: Record<string, string> = {
  ok: '✓',
  error: '✗',
  cancelled: '⊘',
  'cancel-requested': '⚑',
  output: '▮',
  created: '',
  microtask: 'μ',
  timer: '⏱',
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

const pct = (t: number, end: number) => `${end > 0 ? (t / end) * 100 : 0}%`;
/** The threshold in words, as the legend states it. */
const THRESHOLD_TEXT = formatDuration(HOLD_THRESHOLD);
/** Why asyncio runs a task of its own, by coroutine name. */
const INTERNAL_PURPOSE: Record<string, string> = {
  shutdown_asyncgens: "asyncio.run's clean-up after main() returns",
  shutdown_default_executor: "asyncio.run's clean-up after main() returns",
  to_thread: 'one for each asyncio.to_thread() call, waiting for its thread',
};

/**
 * `to_thread ×3 (one for each asyncio.to_thread() call, …); shutdown_asyncgens and shutdown_default_executor
 * (asyncio.run's clean-up …)`: asyncio's own coroutines by name, grouped by why they ran.
 */
function internalNames(coros: string[]): string {
  const counts = new Map<string, number>();
  for (const coro of coros) {
    const name = coro.replace(/\(.*$/s, '').replace(/^.*\./, '') || 'task';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const byPurpose = new Map<string, string[]>();
  for (const [name, n] of counts) {
    const purpose = INTERNAL_PURPOSE[name] ?? 'part of how asyncio works';
    byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), n > 1 ? `${name} ×${n}` : name]);
  }
  return [...byPurpose].map(([purpose, names]) => `${names.join(' and ')}: ${purpose}`).join('; ');
}
const secs = (t: number) => `${t.toFixed(3)} s`;

export class TimelineView {
  readonly root: HTMLElement;
  model!: TimelineModel;
  steps!: LoopSteps;
  facts!: TraceFacts;
  /** Milliseconds to build the models and draw the first frame (for tests and benchmarks). */
  renderMs = 0;
  private showInternal: boolean;
  private resize: ResizeObserver | null = null;
  private ticks!: HTMLElement;
  private step = 0;
  private playing: ReturnType<typeof setInterval> | null = null;
  private speed = 1;
  private scroller!: HTMLElement;
  private rowsLayer!: HTMLElement;
  private cursor!: HTMLElement;
  private tooltip!: HTMLElement;
  private statePanel!: HTMLElement;
  private stepLabel!: HTMLElement;
  private playButton!: HTMLButtonElement;
  private eventsList!: HTMLOListElement;
  private outputsList!: HTMLOListElement;
  private listed = 0;
  private frame = 0;
  private renderedRange = '';
  /** The lane filter: what the reader typed, and the indices (into model.lanes) of the lanes it keeps. */
  private laneQuery = '';
  private shownLanes: number[] = [];
  private canvas!: HTMLElement;

  private readonly result: RunResult;
  private readonly options: TimelineOptions;

  constructor(host: HTMLElement, result: RunResult, options: TimelineOptions = {}) {
    this.result = result;
    this.options = options;
    this.showInternal = options.internal === true;
    this.root = el('div', {
      class: 'aw-tl',
      role: 'group',
      'aria-label': 'Event loop timeline',
      'data-timeline': '',
    });
    this.root.addEventListener('keydown', (event) => this.onKey(event));
    host.replaceChildren(this.root);
    this.render();
  }

  /** Builds the models and draws everything (again, when internal tasks are switched on or off). */
  private render(): void {
    const started = performance.now();
    const events = this.result.events;
    this.pause();
    this.resize?.disconnect();
    this.model = buildTimeline(events, { internal: this.showInternal });
    this.steps = new LoopSteps(events, { internal: this.showInternal });
    this.facts = traceFacts(events);
    this.shownLanes = matchingLanes(
      this.model.lanes.map((lane) => lane.label),
      this.laneQuery,
    );
    this.listed = 0;
    this.renderedRange = '';
    this.root.replaceChildren();
    this.build();
    this.renderTicks();
    this.resize = new ResizeObserver(() => this.renderTicks());
    this.resize.observe(this.ticks);
    this.renderRows();
    this.show(Math.min(this.step, this.steps.length - 1));
    this.renderMs = performance.now() - started;
    this.root.dataset.renderMs = this.renderMs.toFixed(1);
  }

  destroy(): void {
    this.pause();
    this.resize?.disconnect();
    cancelAnimationFrame(this.frame);
    this.root.remove();
  }

  /** Shows step `index` (clamped): cursor, state panel, current event in the list. */
  show(index: number): void {
    const i = Math.max(0, Math.min(this.steps.length - 1, index));
    this.step = i;
    const state = this.steps.at(i);
    this.stepLabel.textContent = `Step ${i} of ${this.steps.length - 1} · ${secs(state.clock)}`;
    this.cursor.style.setProperty('--x', String(this.model.end > 0 ? this.steps.timeOf(i) / this.model.end : 0));
    this.renderState(state);
    this.markCurrent();
    this.renderedRange = '';
    this.renderRows();
  }

  get current(): number {
    return this.step;
  }

  private build(): void {
    const r = this.result;
    if (r.events.length === 0) {
      this.root.append(el('p', { text: 'This run recorded no trace (it was stopped or crashed before Python ran).' }));
    }
    this.root.append(this.buildFacts());
    const internal = this.buildInternalNote();
    if (internal) this.root.append(internal);
    this.root.append(this.buildControls());
    this.root.append(this.buildLegend());
    this.root.append(this.buildChart());
    this.statePanel = el('div', { class: 'aw-tl__state' });
    this.root.append(this.statePanel);
    this.root.append(this.buildOutputs());
    this.root.append(this.buildEventsList());
    this.tooltip = el('div', {
      class: 'aw-tl__tooltip',
      role: 'tooltip',
      id: `aw-tl-tip-${Math.random().toString(36).slice(2)}`,
    });
    this.tooltip.hidden = true;
    this.root.append(this.tooltip);
  }

  /** One sentence on asyncio's own tasks, and a switch that shows them. Null when the run had none. */
  private buildInternalNote(): HTMLElement | null {
    const internal = this.model.internalTasks;
    if (internal.length === 0) return null;
    const n = internal.length;
    const names = internalNames(internal.map((t) => t.coro));
    const note = el(
      'p',
      { class: 'aw-tl__internal' },
      `asyncio also ran ${n} ${n === 1 ? 'task' : 'tasks'} of its own (${names}); ${n === 1 ? 'it is' : 'they are'} not your code, so ${this.showInternal ? (n === 1 ? 'its lane is in italics' : 'their lanes are in italics') : `the timeline hides ${n === 1 ? 'it' : 'them'}`}. `,
    );
    const toggle = el('input', { type: 'checkbox' });
    toggle.checked = this.showInternal;
    toggle.addEventListener('change', () => {
      this.showInternal = toggle.checked;
      this.render();
      this.root.querySelector<HTMLInputElement>('.aw-tl__internal input')?.focus();
    });
    note.append(el('label', {}, toggle, ` Show asyncio's internal tasks`));
    return note;
  }

  private buildFacts(): HTMLElement {
    const f = this.facts;
    const dl = el('dl', { class: 'aw-tl__facts' });
    const add = (term: string, value: string) =>
      dl.append(el('div', {}, el('dt', { text: `${term}: ` }), el('dd', { text: value })));
    add('Total virtual time', secs(f.totalTime));
    add(
      'Tasks',
      `${f.taskCount}${this.model.internalTasks.length ? ` (+${this.model.internalTasks.length} of asyncio's own, ${this.model.hiddenTasks ? 'hidden' : 'shown'})` : ''}`,
    );
    add(
      'Peak concurrency',
      f.peak.peak === 0
        ? 'nothing waited at the same time'
        : `${f.peak.peak} at ${secs(f.peak.at ?? 0)}${f.peak.active.length <= 4 ? ` (${f.peak.active.map((s) => s.label).join(', ')})` : ''}`,
    );
    // The model's blocks leave out holds under HOLD_THRESHOLD (every step computes a little).
    const blocks = this.model.blocks;
    if (blocks.length === 0) add('Loop blocked', 'never');
    else {
      const total = blocks.reduce((sum, b) => sum + b.duration, 0);
      const byLine = new Map<string, number>();
      for (const b of blocks) {
        const key = `${blockReason(b.reason)}${b.line ? ` on line ${b.line}` : ''}`;
        byLine.set(key, (byLine.get(key) ?? 0) + b.duration);
      }
      add(
        'Loop blocked',
        `${formatDuration(total)} by ${[...byLine].map(([what, d]) => `${what} (${formatDuration(d)})`).join(', ')}`,
      );
    }
    const neverAwaited = [...this.result.stderr.matchAll(/coroutine '([^']+)' was never awaited/g)].map(
      (m) => `${m[1]}()`,
    );
    const pending = f.pending.map((p) =>
      p.reason === 'outlived-main'
        ? `${p.task.name} ${p.task.coro} (still pending when ${p.root?.coro ?? 'main'} ended)`
        : `${p.task.name} ${p.task.coro} (never finished)`,
    );
    add('Never awaited', neverAwaited.length ? neverAwaited.join(', ') : 'none');
    add('Left pending', pending.length ? pending.join('; ') : 'none');
    if (f.failures.length) {
      add(
        'Errors and cancellations',
        f.failures
          .filter((x) => !x.internal)
          .map((x) => `${x.id} ${x.state === 'error' ? `raised ${x.exception}` : 'cancelled'} at ${secs(x.t)}`)
          .join('; ') || 'none',
      );
    }
    return dl;
  }

  private buildControls(): HTMLElement {
    const bar = el('div', { class: 'aw-tl__controls', role: 'toolbar', 'aria-label': 'Step through the run' });
    const back = el('button', { type: 'button', text: 'Step back', 'aria-keyshortcuts': 'ArrowLeft' });
    this.playButton = el('button', { type: 'button', text: 'Play' });
    const forward = el('button', { type: 'button', text: 'Step forward', 'aria-keyshortcuts': 'ArrowRight' });
    back.addEventListener('click', () => {
      this.pause();
      this.show(this.step - 1);
    });
    forward.addEventListener('click', () => {
      this.pause();
      this.show(this.step + 1);
    });
    this.playButton.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    const speed = el('select', { 'aria-label': 'Speed' });
    for (const s of SPEEDS) speed.append(el('option', { value: String(s), text: `${s}×` }));
    speed.value = '1';
    speed.addEventListener('change', () => {
      this.speed = Number(speed.value);
      if (this.playing) {
        this.pause();
        this.play();
      }
    });
    this.stepLabel = el('span', { class: 'aw-tl__stepno' });
    bar.append(back, this.playButton, forward, el('label', {}, 'Speed ', speed), this.stepLabel);
    return bar;
  }

  private buildLegend(): HTMLElement {
    const legend = el('ul', { class: 'aw-tl__legend', 'aria-label': 'Legend' });
    const used = new Set(this.model.lanes.flatMap((lane) => lane.segments.map((segment) => segment.kind)));
    const kinds = ['running', 'ready', 'suspended', 'blocking', 'computing', 'gil-wait', 'job', 'job-sleep', 'job-cpu'];
    for (const kind of kinds as Segment['kind'][]) {
      // The first four are always worth explaining; the rest only when this run has them.
      if (!['running', 'ready', 'suspended', 'blocking'].includes(kind) && !used.has(kind)) continue;
      legend.append(el('li', {}, el('span', { class: 'aw-tl__swatch', 'data-kind': kind }), KIND_TEXT[kind]));
    }
    if (this.model.blocks.length)
      legend.append(
        el('li', {}, el('span', { class: 'aw-tl__swatch aw-tl__swatch--frozen' }), 'loop frozen (all lanes)'),
      );
    legend.append(el('li', { text: '✓ done · ✗ error · ⊘ cancelled · ▮ printed' }));
    legend.append(
      el('li', {
        class: 'aw-tl__threshold',
        text: `Red marks only a hold of the loop of ${THRESHOLD_TEXT} or more; shorter computing counts as running.`,
      }),
    );
    return legend;
  }

  private buildChart(): HTMLElement {
    const chart = el('div', { class: 'aw-tl__chart' });
    const axis = el(
      'div',
      { class: 'aw-tl__axis', 'aria-hidden': 'true' },
      el('span', { class: 'aw-tl__axis-label', text: 'virtual time' }),
    );
    this.ticks = el('div', { class: 'aw-tl__axis-track' });
    axis.append(this.ticks);
    this.scroller = el('div', {
      class: 'aw-tl__scroller',
      tabindex: '0',
      'aria-label': `Lanes: ${this.model.lanes.length}`,
      role: 'group',
    });
    const canvas = el('div', { class: 'aw-tl__canvas', style: `height:${this.shownLanes.length * ROW}px` });
    this.canvas = canvas;
    for (const block of this.model.blocks) {
      canvas.append(
        el('div', {
          class: 'aw-tl__frozen',
          'aria-hidden': 'true',
          style: `--x:${block.start / (this.model.end || 1)};--w:${block.duration / (this.model.end || 1)}`,
          title: `Loop frozen: ${block.reason}${block.line ? ` on line ${block.line}` : ''}`,
        }),
      );
    }
    this.cursor = el('div', { class: 'aw-tl__cursor', 'aria-hidden': 'true' });
    this.rowsLayer = el('div', { class: 'aw-tl__rows' });
    canvas.append(this.rowsLayer, this.cursor);
    this.scroller.append(canvas);
    this.scroller.addEventListener(
      'scroll',
      () => {
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.renderRows());
      },
      { passive: true },
    );
    this.rowsLayer.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLElement>('[data-seg]');
      if (button) this.pickSegment(button);
    });
    const showTip = (event: Event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-seg]');
      if (target) this.showTooltip(target);
    };
    this.rowsLayer.addEventListener('pointerover', showTip);
    this.rowsLayer.addEventListener('focusin', showTip);
    this.rowsLayer.addEventListener('pointerleave', () => (this.tooltip.hidden = true));
    this.rowsLayer.addEventListener('focusout', () => (this.tooltip.hidden = true));
    if (this.model.lanes.length >= LANE_FILTER_FROM) chart.append(this.buildLaneFilter());
    chart.append(axis, this.scroller);
    return chart;
  }

  /** A search box that keeps only the lanes whose name matches (for programs with many tasks). */
  private buildLaneFilter(): HTMLElement {
    const input = el('input', { type: 'search', class: 'aw-tl__filter-input', spellcheck: 'false' });
    input.value = this.laneQuery;
    const count = el('span', { class: 'aw-tl__filter-count', role: 'status', 'aria-live': 'polite' });
    const total = this.model.lanes.length;
    const describe = () =>
      (count.textContent =
        this.shownLanes.length === total ? `${total} lanes` : `${this.shownLanes.length} of ${total} lanes match`);
    describe();
    input.addEventListener('input', () => {
      this.laneQuery = input.value;
      this.shownLanes = matchingLanes(
        this.model.lanes.map((lane) => lane.label),
        this.laneQuery,
      );
      this.canvas.style.height = `${this.shownLanes.length * ROW}px`;
      this.scroller.scrollTop = 0;
      this.renderedRange = '';
      this.renderRows();
      describe();
    });
    return el('div', { class: 'aw-tl__filter' }, el('label', {}, 'Filter lanes by name ', input), count);
  }

  /**
   * Axis ticks that fit the track's width: as many nice steps as the labels allow, fewer until no two labels touch.
   * The last label ends at its tick when it would run past the track.
   */
  private renderTicks(): void {
    const track = this.ticks;
    const width = track.clientWidth;
    if (width === 0) return;
    for (let wanted = Math.max(1, Math.floor(width / 48)); wanted >= 1; wanted--) {
      const ticks = axisTicks(this.model.end, wanted);
      track.replaceChildren(
        ...ticks.map((tick) =>
          el('span', { class: 'aw-tl__tick', style: `left:${pct(tick, this.model.end)}`, text: formatDuration(tick) }),
        ),
      );
      const labels = [...track.children] as HTMLElement[];
      const right = track.getBoundingClientRect().right + 16;
      const last = labels.at(-1);
      if (last && labels.length > 1 && last.getBoundingClientRect().right > right)
        last.classList.add('aw-tl__tick--end');
      const boxes = labels.map((label) => label.getBoundingClientRect());
      if (boxes.every((box, i) => i === 0 || box.left >= boxes[i - 1]!.right + 4)) return;
    }
  }

  private segmentAt(button: HTMLElement): [Lane, Segment] {
    const lane = this.model.lanes[Number(button.dataset.lane)]!;
    return [lane, lane.segments[Number(button.dataset.seg)]!];
  }

  private pickSegment(button: HTMLElement): void {
    const [, segment] = this.segmentAt(button);
    this.options.onLine?.(segment.line);
    this.pause();
    this.show(this.steps.stepOfSeq(segment.seq));
    (
      this.rowsLayer.querySelector<HTMLElement>(
        `[data-lane="${button.dataset.lane}"][data-seg="${button.dataset.seg}"]`,
      ) ?? button
    ).focus();
  }

  private describeSegment(lane: Lane, s: Segment): string {
    const span =
      s.end > s.start
        ? `${secs(s.start)} to ${secs(s.end)} (${formatDuration(s.end - s.start)})`
        : `at ${secs(s.start)}`;
    const line = s.line !== null ? `, line ${s.line}` : '';
    return `${lane.label}: ${KIND_TEXT[s.kind]} ${span}${line}. ${s.detail}.`;
  }

  private showTooltip(button: HTMLElement): void {
    const [lane, segment] = this.segmentAt(button);
    this.tooltip.textContent = this.describeSegment(lane, segment);
    this.tooltip.hidden = false;
    const box = button.getBoundingClientRect();
    const host = this.root.getBoundingClientRect();
    this.tooltip.style.left = `${Math.max(0, Math.min(box.left - host.left, host.width - 320))}px`;
    this.tooltip.style.top = `${box.bottom - host.top + 4}px`;
  }

  /** Draws the rows in view (plus a margin); nothing else of a 2,000-lane run exists in the DOM. */
  private renderRows(): void {
    const lanes = this.model.lanes;
    const shown = this.shownLanes;
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight || 360;
    const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
    const last = Math.min(shown.length, Math.ceil((top + height) / ROW) + OVERSCAN);
    const key = `${first}:${last}`;
    if (key === this.renderedRange) return;
    const focused =
      document.activeElement instanceof HTMLElement && this.rowsLayer.contains(document.activeElement)
        ? document.activeElement.dataset
        : null;
    this.renderedRange = key;
    const state = this.steps.at(this.step);
    const current = state.running?.task ?? state.blocking?.task ?? state.turn?.task ?? null;
    const fragment = document.createDocumentFragment();
    for (let row = first; row < last; row++)
      fragment.append(this.renderLane(lanes[shown[row]!]!, shown[row]!, current, row));
    this.rowsLayer.replaceChildren(fragment);
    if (focused?.lane)
      this.rowsLayer.querySelector<HTMLElement>(`[data-lane="${focused.lane}"][data-seg="${focused.seg}"]`)?.focus();
  }

  /** `index`: the lane's place in the model (segment buttons name it); `position`: the row it is drawn in. */
  private renderLane(lane: Lane, index: number, current: string | null, position = index): HTMLElement {
    const end = this.model.end || 1;
    const row = el('div', {
      class: 'aw-tl__lane',
      'data-kind': lane.kind,
      'data-lane-id': lane.id,
      style: `top:${position * ROW}px`,
    });
    if (lane.id === current) row.classList.add('aw-tl__lane--current');
    if (lane.task?.internal) row.classList.add('aw-tl__lane--internal');
    // A button: the full name shows on hover and focus (it is cut short on a narrow screen), and choosing it
    // jumps to the moment the task was created.
    const name = el('button', { type: 'button', class: 'aw-tl__lane-label', title: lane.label, text: lane.label });
    const created = lane.task?.created.seq;
    name.addEventListener('click', () => {
      this.pause();
      this.show(created === undefined ? 0 : this.steps.stepOfSeq(created));
    });
    row.append(name);
    const track = el('div', { class: 'aw-tl__track' });
    // Aggregate: a lane with very many segments drops its zero-length running/ready slivers.
    const crowded = lane.segments.length > 200;
    lane.segments.forEach((s, j) => {
      if (crowded && (s.kind === 'running' || s.kind === 'ready') && s.end === s.start) return;
      const focusable = s.kind !== 'running' && s.kind !== 'ready';
      const wide = (s.end - s.start) / end > 0.08;
      const button = el(
        'button',
        {
          type: 'button',
          class: 'aw-tl__seg',
          'data-kind': s.kind,
          'data-lane': String(index),
          'data-seg': String(j),
          tabindex: focusable ? '0' : '-1',
          // Starts with the visible label (WCAG 2.5.3 "label in name"), then the details.
          'aria-label': `${s.label}: ${this.describeSegment(lane, s)}`,
          style: `left:${pct(s.start, end)};width:${pct(s.end - s.start, end)}`,
        },
        wide ? s.label : '',
      );
      track.append(button);
    });
    for (const m of lane.markers) {
      if (m.kind === 'created') continue;
      track.append(
        el('span', {
          class: 'aw-tl__mark',
          'data-kind': m.kind,
          'aria-hidden': 'true',
          title: `${secs(m.t)}: ${m.text.replace(/\n$/, '')}`,
          style: `left:${pct(m.t, end)}`,
          text: MARK_GLYPH[m.kind] ?? '•',
        }),
      );
    }
    row.append(track);
    return row;
  }

  private renderState(state: LoopState): void {
    const p = (text: string, cls?: string) => el('p', { class: cls, text });
    const list = <T>(items: T[], ordered: boolean, text: (item: T) => string, empty: string) => {
      if (items.length === 0) return p(empty, 'aw-tl__empty');
      const node = el(ordered ? 'ol' : 'ul');
      for (const item of items.slice(0, STATE_LIST_MAX)) node.append(el('li', { text: text(item) }));
      if (items.length > STATE_LIST_MAX) node.append(el('li', { text: `… and ${items.length - STATE_LIST_MAX} more` }));
      return node;
    };
    const box = (title: string, ...content: Node[]) =>
      el('div', { class: 'aw-tl__box' }, el('p', { class: 'aw-tl__box-title', text: title }), ...content);
    const turn = state.turn;
    const running = state.blocking
      ? p(
          `⛔ ${state.running?.label ?? 'Top-level code'} holds the loop: ${blockText(state.blocking.reason)}${state.blocking.line ? ` on line ${state.blocking.line}` : ''} until ${secs(state.blocking.until)}. Every other task is frozen.`,
          'aw-tl__blocked',
        )
      : state.running
        ? p(`▶ ${state.running.label}${state.running.line ? `, running to line ${state.running.line}` : ''}`)
        : turn
          ? p(
              `${turn.label} just had its turn${turn.line ? ` (it ran to line ${turn.line})` : ''}; the loop picks what runs next.`,
            )
          : p('Nothing: the loop is choosing what to run next, or waiting for a timer.', 'aw-tl__empty');
    const outputs = this.model.outputs.slice(0, state.outputCount);
    const out = el('pre', { class: 'aw-tl__out' });
    out.textContent =
      outputs
        .slice(-30)
        .map((o) => o.text)
        .join('') || '(nothing yet)';
    const boxes = [
      box('Running now', running),
      box(
        'Ready queue (runs next, in order)',
        list(state.ready, true, (r) => r.label, 'empty'),
      ),
      box(
        'Suspended (waiting)',
        list(state.suspended, false, (s) => `${s.label} — ${s.awaiting}${s.line ? `, line ${s.line}` : ''}`, 'none'),
      ),
      box(
        'Pending timers',
        list(
          state.timers,
          true,
          (t) => `#${t.timer} at ${secs(t.when)}: ${t.purpose}${t.task ? ` (${t.task})` : ''}`,
          'none',
        ),
      ),
    ];
    if (this.model.lanes.some((l) => l.kind === 'worker'))
      boxes.push(
        box(
          'Threads and processes',
          list(
            state.workers,
            false,
            (w) =>
              `${w.worker}: ${w.function}() (job ${w.job})${w.sleepingUntil !== null ? `, sleeping until ${secs(w.sleepingUntil)}` : ''}`,
            'all idle',
          ),
        ),
      );
    boxes.push(
      box(
        'Finished',
        list(
          state.finished,
          false,
          (f) =>
            `${f.label}: ${f.state === 'ok' ? 'done' : f.state === 'error' ? `raised ${f.exception}` : 'cancelled'}`,
          'none yet',
        ),
      ),
    );
    boxes.push(box(`Output so far (${outputs.length})`, out));
    this.statePanel.replaceChildren(
      el(
        'p',
        { class: 'aw-tl__now', 'aria-live': 'polite', 'aria-atomic': 'true' },
        el('strong', { text: `Clock ${secs(state.clock)}. ` }),
        state.description,
      ),
      el('div', { class: 'aw-tl__boxes' }, ...boxes),
    );
  }

  private buildOutputs(): HTMLElement {
    const section = el('div', { class: 'aw-tl__outputs' });
    section.append(el('p', { class: 'aw-tl__box-title', text: 'Printed lines (choose one to jump to its moment)' }));
    this.outputsList = el('ol', { 'aria-label': 'Printed lines' });
    if (this.model.outputs.length === 0)
      section.append(el('p', { class: 'aw-tl__empty', text: 'The program printed nothing.' }));
    for (const [i, o] of this.model.outputs.slice(0, LIST_PAGE).entries()) {
      const button = el(
        'button',
        { type: 'button', 'data-output': String(i) },
        `${secs(o.t)} ${o.lane}: `,
        el('code', { text: o.text.replace(/\n$/, '') }),
      );
      button.addEventListener('click', () => {
        this.pause();
        this.show(this.steps.stepOfSeq(o.seq));
      });
      this.outputsList.append(el('li', { class: o.stream === 'stderr' ? 'aw-tl__stderr' : undefined }, button));
    }
    if (this.model.outputs.length) section.append(this.outputsList);
    if (this.model.outputs.length > LIST_PAGE)
      section.append(el('p', { text: `… and ${this.model.outputs.length - LIST_PAGE} more lines.` }));
    return section;
  }

  private buildEventsList(): HTMLElement {
    const details = el('details', { class: 'aw-tl__events' });
    // Numbered like the step counter ("Step 0 of 10"): step 0 is the start, before anything ran.
    details.append(el('summary', { text: `Every step as text (steps 0–${this.steps.length - 1})` }));
    this.eventsList = el('ol', { 'aria-label': 'Events, in order', start: '0', tabindex: '0' });
    const more = el('button', { type: 'button', text: 'Show more steps' });
    const fill = () => {
      const next = this.steps.descriptions(this.listed, this.listed + LIST_PAGE);
      for (const [k, text] of next.entries())
        this.eventsList.append(el('li', { 'data-step': String(this.listed + k), text }));
      this.listed += next.length;
      more.hidden = this.listed >= this.steps.length;
      this.markCurrent();
    };
    more.addEventListener('click', fill);
    details.append(this.eventsList, more);
    fill();
    return details;
  }

  private markCurrent(): void {
    if (!this.eventsList) return;
    this.eventsList.querySelector('[aria-current]')?.removeAttribute('aria-current');
    this.eventsList.querySelector(`[data-step="${this.step}"]`)?.setAttribute('aria-current', 'step');
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (target.closest('select, input, textarea, summary')) return;
    const moves: Record<string, number> = {
      ArrowLeft: this.step - 1,
      ArrowRight: this.step + 1,
      Home: 0,
      End: this.steps.length - 1,
    };
    if (!(event.key in moves) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.pause();
    this.show(moves[event.key]!);
  }

  private play(): void {
    if (this.step >= this.steps.length - 1) this.show(0);
    this.playButton.textContent = 'Pause';
    this.playing = setInterval(() => {
      if (this.step >= this.steps.length - 1) this.pause();
      else this.show(this.step + 1);
    }, 600 / this.speed);
  }

  private pause(): void {
    if (this.playing) clearInterval(this.playing);
    this.playing = null;
    if (this.playButton) this.playButton.textContent = 'Play';
  }
}

export function renderTimeline(host: HTMLElement, result: RunResult, options: TimelineOptions = {}): TimelineView {
  return new TimelineView(host, result, options);
}
