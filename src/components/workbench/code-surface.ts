/**
 * The code area of a workbench. It starts as the build-time highlighted <pre> (no Monaco bytes) and turns into
 * a Monaco editor the first time the learner focuses or clicks it. Callers see one interface either way.
 */
import { loadMonaco } from './monaco-loader';
import type * as Monaco from 'monaco-editor/editor/editor.api';

export interface CodeSurfaceOptions {
  /** Accessible name of the editor, e.g. "Code for: All three at once". */
  label: string;
  onChange?: (code: string) => void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRun?: () => void;
}

export class CodeSurface {
  private readonly host: HTMLElement;
  private readonly staticView: HTMLElement;
  private readonly options: CodeSurfaceOptions;
  private code: string;
  private editor: Monaco.editor.IStandaloneCodeEditor | null = null;
  private upgrading: Promise<Monaco.editor.IStandaloneCodeEditor> | null = null;
  private decorations: Monaco.editor.IEditorDecorationsCollection | null = null;
  private highlighted: number | null = null;

  constructor(host: HTMLElement, initialCode: string, options: CodeSurfaceOptions) {
    this.host = host;
    this.options = options;
    this.code = initialCode;
    this.staticView = host.querySelector<HTMLElement>('pre') ?? host;
    this.staticView.tabIndex = 0;
    this.staticView.setAttribute('role', 'textbox');
    this.staticView.setAttribute('aria-multiline', 'true');
    this.staticView.setAttribute('aria-label', `${options.label} (press Enter or click to edit)`);
    const upgradeAndFocus = () => void this.upgrade().then((editor) => editor.focus());
    this.staticView.addEventListener('pointerdown', upgradeAndFocus, { once: true });
    this.staticView.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        upgradeAndFocus();
      }
    });
  }

  getValue(): string {
    return this.editor ? this.editor.getValue() : this.code;
  }

  get isEditor(): boolean {
    return this.editor !== null;
  }

  /** Replaces the code. With `undoable`, the change goes on the editor's undo stack (Ctrl+Z brings it back). */
  async setValue(code: string, { undoable = false } = {}): Promise<void> {
    if (!undoable && !this.editor) {
      this.code = code;
      this.renderStatic();
      return;
    }
    const editor = await this.upgrade();
    const model = editor.getModel()!;
    if (undoable) {
      editor.pushUndoStop();
      editor.executeEdits('reset', [{ range: model.getFullModelRange(), text: code }]);
      editor.pushUndoStop();
    } else model.setValue(code);
  }

  async undo(): Promise<void> {
    const editor = await this.upgrade();
    editor.trigger('workbench', 'undo', null);
    editor.focus();
  }

  /** Marks a line (1-based) as the one an error or a check points at; null clears it. */
  highlightLine(line: number | null): void {
    this.highlighted = line;
    if (this.editor) {
      this.decorations?.clear();
      if (line !== null) {
        this.decorations = this.editor.createDecorationsCollection([
          {
            range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
            options: {
              isWholeLine: true,
              className: 'aw-line-flagged',
              linesDecorationsClassName: 'aw-line-flagged-gutter',
            },
          },
        ]);
        this.editor.revealLineInCenterIfOutsideViewport(line);
      }
      return;
    }
    this.staticView.querySelectorAll('.aw-line-flagged').forEach((el) => el.classList.remove('aw-line-flagged'));
    if (line !== null) this.staticView.querySelectorAll('.line')[line - 1]?.classList.add('aw-line-flagged');
  }

  /** Turns the static view into Monaco (once; later calls share the same promise). */
  upgrade(): Promise<Monaco.editor.IStandaloneCodeEditor> {
    this.upgrading ??= this.createEditor();
    return this.upgrading;
  }

  private async createEditor(): Promise<Monaco.editor.IStandaloneCodeEditor> {
    this.host.setAttribute('aria-busy', 'true');
    const { monaco } = await loadMonaco();
    const dark = document.documentElement.dataset.theme !== 'light';
    const lines = Math.max(this.code.split('\n').length, 6);
    const container = document.createElement('div');
    container.className = 'aw-monaco';
    container.style.height = `${Math.min(lines, 28) * 20 + 16}px`;
    this.staticView.replaceWith(container);
    const editor = monaco.editor.create(container, {
      value: this.code,
      language: 'python',
      theme: dark ? 'vs-dark' : 'vs',
      ariaLabel: this.options.label,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      lineHeight: 20,
      tabSize: 4,
      insertSpaces: true,
      padding: { top: 8, bottom: 8 },
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      scrollbar: { alwaysConsumeMouseWheel: false },
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => this.options.onRun?.());
    editor.onDidChangeModelContent(() => {
      this.code = editor.getValue();
      this.options.onChange?.(this.code);
      if (this.highlighted !== null) this.highlightLine(null);
    });
    // Follow Starlight's theme switch.
    new MutationObserver(() =>
      monaco.editor.setTheme(document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark'),
    ).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    this.editor = editor;
    const line = this.highlighted;
    if (line !== null) this.highlightLine(line);
    this.host.removeAttribute('aria-busy');
    return editor;
  }

  /** Shows code that differs from the build-time highlighting as plain text until Monaco takes over. */
  private renderStatic(): void {
    const code = document.createElement('code');
    for (const text of this.code.replace(/\n$/, '').split('\n')) {
      const line = document.createElement('span');
      line.className = 'line';
      line.textContent = text;
      code.append(line, '\n');
    }
    this.staticView.replaceChildren(code);
  }
}
