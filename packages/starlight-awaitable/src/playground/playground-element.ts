/**
 * <aw-playground>: the Playground page's behaviour around its workbench: a share link in the fragment is loaded
 * (never run) or refused with a message and an empty editor; Share packs the code into a link; the picker loads a
 * lesson example; every run goes into the local history. All text from links and storage is inserted as text.
 */
import type { CodeSurface } from '../components/workbench/code-surface.ts';
import type { RanProgram } from '../components/workbench/workbench-element.ts';
import { addToHistory, historyLabel, HistoryStore, removeFromHistory, type HistoryEntry } from './history.ts';
import { HISTORY_MESSAGES, PLAYGROUND_MESSAGES, SHARE_MESSAGES } from './messages.ts';
import { readConfig } from '../components/element-config.ts';
import { startingProgramsSchema } from '../components/configs.ts';
import { decodeShare, encodeShare } from './share.ts';
import type { StartingProgram } from './examples.ts';

/** What the Playground uses of its workbench (<aw-workbench>): the editor, the status line and its runs. */
interface PlaygroundBench extends Pick<HTMLElement, 'addEventListener'> {
  readonly surface: Pick<CodeSurface, 'getValue' | 'setValue' | 'highlightLine'>;
  /** Stdin and the CPU-time switch of every run come from the Playground's own controls. */
  runSettings: (() => { stdin: string | null; cpuTime: boolean }) | null;
  status(text: string): void;
}

export class PlaygroundElement extends HTMLElement {
  private bench!: PlaygroundBench;
  private programs: StartingProgram[] = [];
  private history = new HistoryStore(storageOrNull());
  private ready = false;

  async connectedCallback(): Promise<void> {
    if (this.ready) return;
    this.ready = true;
    this.programs = readConfig(this, startingProgramsSchema, 'programs');
    await customElements.whenDefined('aw-workbench');
    this.bench = this.querySelector<HTMLElement & PlaygroundBench>('aw-workbench')!;
    this.bench.runSettings = () => ({ stdin: this.stdin.value || null, cpuTime: this.cpuTime.checked });
    this.bench.addEventListener('aw-ran', (event) => this.remember((event as CustomEvent<RanProgram>).detail));
    this.button('share').addEventListener('click', () => void this.share());
    this.picker.addEventListener('change', () => void this.pick());
    this.renderHistory();
    window.addEventListener('hashchange', () => void this.loadFromLink());
    await this.loadFromLink();
    this.dataset.ready = '';
  }

  private region<T extends HTMLElement>(role: string): T {
    return this.querySelector<T>(`[data-role="${role}"]`)!;
  }
  private button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }
  private get stdin(): HTMLTextAreaElement {
    return this.region('stdin');
  }
  private get cpuTime(): HTMLInputElement {
    return this.region('cpu-time');
  }
  private get picker(): HTMLSelectElement {
    return this.region('picker');
  }

  private notice(text: string | null, kind: 'link' | 'error' = 'link'): void {
    const notice = this.region('notice');
    notice.textContent = text ?? '';
    notice.dataset.kind = kind;
    notice.hidden = text === null;
  }

  /** A link's program goes into the editor without running; a bad link leaves an empty editor and says why. */
  private async loadFromLink(): Promise<void> {
    const fragment = location.hash.slice(1);
    if (!fragment) return;
    const decoded = await decodeShare(fragment);
    if (decoded.ok) {
      await this.load(decoded.program.code, decoded.program.stdin, decoded.program.cpuTime);
      this.notice(SHARE_MESSAGES.fromLink);
    } else {
      await this.load('', '', true);
      this.notice(decoded.error, 'error');
    }
  }

  private async load(code: string, stdin: string, cpuTime: boolean): Promise<void> {
    await this.bench.surface.setValue(code, { undoable: true });
    this.bench.surface.highlightLine(null);
    this.stdin.value = stdin;
    this.cpuTime.checked = cpuTime;
  }

  private async pick(): Promise<void> {
    const program = this.programs[Number(this.picker.value)];
    if (this.picker.value === '' || !program) return;
    await this.load(program.code, '', program.cpuTime);
    this.notice(null);
    this.bench.status(PLAYGROUND_MESSAGES.loadedExample(program.title));
  }

  private async share(): Promise<void> {
    const result = this.region('share-result');
    const message = this.region('share-message');
    const link = this.region<HTMLInputElement>('share-link');
    const packed = await encodeShare({
      code: this.bench.surface.getValue(),
      stdin: this.stdin.value,
      cpuTime: this.cpuTime.checked,
    });
    result.hidden = false;
    if (!packed.ok) {
      message.textContent = packed.error;
      link.value = '';
      link.parentElement!.hidden = true;
      return;
    }
    const url = `${location.origin}${location.pathname}#${packed.fragment}`;
    link.value = url;
    link.parentElement!.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      message.textContent = SHARE_MESSAGES.copied;
    } catch {
      message.textContent = SHARE_MESSAGES.copyFailed;
      link.select();
    }
  }

  private remember(ran: RanProgram): void {
    const entry: HistoryEntry = {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      code: ran.source,
      stdin: ran.stdin ?? '',
      cpuTime: ran.cpuTime,
      at: Date.now(),
    };
    const saved = this.history.save(addToHistory(this.history.list(), entry));
    this.renderHistory(saved ? null : HISTORY_MESSAGES.unavailable);
  }

  private renderHistory(problem: string | null = null): void {
    const entries = this.history.list();
    this.region('history-message').textContent = problem ?? (entries.length === 0 ? HISTORY_MESSAGES.empty : '');
    const list = this.region('history');
    list.replaceChildren(
      ...entries.map((entry) => {
        const item = document.createElement('li');
        const open = document.createElement('button');
        open.type = 'button';
        open.dataset.history = 'open';
        open.textContent = 'Open';
        open.addEventListener('click', () => {
          void this.load(entry.code, entry.stdin, entry.cpuTime).then(() => {
            this.notice(null);
            this.bench.status(PLAYGROUND_MESSAGES.loadedFromHistory);
          });
        });
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.dataset.history = 'delete';
        remove.textContent = 'Delete';
        const label = document.createElement('code');
        label.textContent = historyLabel(entry);
        open.setAttribute('aria-label', `Open ${label.textContent}`);
        remove.setAttribute('aria-label', `Delete ${label.textContent} from the history`);
        remove.addEventListener('click', () => {
          const saved = this.history.save(removeFromHistory(this.history.list(), entry.id));
          this.renderHistory(saved ? null : HISTORY_MESSAGES.unavailable);
          this.querySelector<HTMLElement>('#aw-pg-history-title')?.focus(); // the button is gone
        });
        const when = document.createElement('time');
        when.dateTime = new Date(entry.at).toISOString();
        when.textContent = new Date(entry.at).toLocaleString();
        item.append(label, when, open, remove);
        return item;
      }),
    );
  }
}

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function definePlayground(): void {
  if (!customElements.get('aw-playground')) customElements.define('aw-playground', PlaygroundElement);
}
